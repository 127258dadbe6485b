/**
 * JMH benchmarks of the hot paths, each against a baseline measured in the same run. Run with
 * {@code java -jar revops-examples/target/benchmarks.jar}; results and the exact command are in
 * BENCHMARKS.md.
 */
@NullMarked
package dev.revops.examples.bench;

import org.jspecify.annotations.NullMarked;
