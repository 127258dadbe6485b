/** Runnable examples of revops. Not published. */
module dev.revops.examples {
  requires dev.revops.core;
  requires dev.revops.json;
  requires static org.jspecify;
}
