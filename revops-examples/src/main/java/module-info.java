/** Runnable examples of revops. Not published. */
module dev.revops.examples {
  requires dev.revops.core;
  requires dev.revops.json;
  requires static org.jspecify;
  requires info.picocli;
  requires jmh.core;
  requires org.apache.commons.statistics.descriptive;
  requires com.google.common; // Guava Quantiles: a baseline of the quantile benchmark

  opens dev.revops.examples.cli to info.picocli;
}
