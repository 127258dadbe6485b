package dev.revops.examples.bench;

import dev.revops.core.staffing.Apportionment;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Huntington–Hill, 100,000 seats over 1,000 groups. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ApportionmentBenchmark {

  static final int SEATS = 100_000;

  long[] weights = new long[0];

  /** 1,000 groups of 1 to 10,007 people. */
  @Setup
  public void setUp() {
    weights = new long[1_000];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 1 + (i * 7_919L) % 10_007;
    }
  }

  /** revops: exact priorities, divisor search, then a heap for the last seats. */
  @Benchmark
  public int[] revops() {
    return Apportionment.HUNTINGTON_HILL.apportion(SEATS, weights);
  }

  /** Baseline: each seat to the group of highest priority, found by scanning every group (doubles). */
  @Benchmark
  public int[] naive() {
    int[] seats = new int[weights.length];
    java.util.Arrays.fill(seats, 1);
    for (int given = weights.length; given < SEATS; given++) {
      int best = 0;
      double bestPriority = -1;
      for (int g = 0; g < weights.length; g++) {
        double priority = weights[g] / Math.sqrt((double) seats[g] * (seats[g] + 1));
        if (priority > bestPriority) {
          bestPriority = priority;
          best = g;
        }
      }
      seats[best]++;
    }
    return seats;
  }
}
