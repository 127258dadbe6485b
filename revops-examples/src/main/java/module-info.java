/** Runnable examples of revops. Not published. */
module dev.revops.examples {
  requires dev.revops.core;
  requires dev.revops.json;
  requires static org.jspecify;
  requires info.picocli;

  opens dev.revops.examples.cli to info.picocli;
}
