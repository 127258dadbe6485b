package dev.revops.examples.cli;

/** Output format of a subcommand. */
enum Format {
  /** Aligned tables and the explanation, for people. */
  TEXT,
  /** The revops-json document of the result. */
  JSON
}
