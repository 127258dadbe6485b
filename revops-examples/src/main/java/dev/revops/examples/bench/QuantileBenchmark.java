package dev.revops.examples.bench;

import com.google.common.math.Quantiles;
import dev.revops.core.pay.QuantileMethod;
import dev.revops.core.pay.SalaryDistributions;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.commons.statistics.descriptive.Quantile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** P10, P25, P50, P75 and P90 of 1,000,000 salaries, computed once. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QuantileBenchmark {

  static final double[] FRACTIONS = {0.10, 0.25, 0.50, 0.75, 0.90};

  double[] salaries = new double[0];

  /** A million log-normal salaries around 56 K€. */
  @Setup
  public void setUp() {
    Random random = new Random(42);
    salaries = new double[1_000_000];
    for (int i = 0; i < salaries.length; i++) {
      salaries[i] = Math.exp(Math.log(56_000) + 0.2 * random.nextGaussian());
    }
  }

  /** revops one-shot quantiles (validation, then selection on a copy). */
  @Benchmark
  public double[] revopsQuantiles() {
    return SalaryDistributions.quantiles(salaries, QuantileMethod.HF7, FRACTIONS);
  }

  /** revops distribution: validation, copy, full sort, then five lookups. */
  @Benchmark
  public double[] revopsEmpiricalDistribution() {
    return SalaryDistributions.empirical(salaries, QuantileMethod.HF7).quantiles(FRACTIONS);
  }

  /** Guava {@code Quantiles.percentiles().indexes(...)} (copies, then selects). */
  @Benchmark
  public Object guava() {
    return Quantiles.percentiles().indexes(10, 25, 50, 75, 90).compute(salaries);
  }

  /** Commons Statistics {@code Quantile}, on a copy like the others (its default selects in place). */
  @Benchmark
  public double[] commonsStatistics() {
    return Quantile.withDefaults().withCopy(true).with(Quantile.EstimationMethod.HF7).evaluate(salaries, FRACTIONS);
  }

  /** Baseline: copy, {@code Arrays.sort}, then index. */
  @Benchmark
  public double[] fullSort() {
    double[] copy = salaries.clone();
    Arrays.sort(copy);
    double[] out = new double[FRACTIONS.length];
    for (int i = 0; i < out.length; i++) {
      double h = (copy.length - 1) * FRACTIONS[i];
      int lo = (int) Math.floor(h);
      out[i] = copy[lo] + (h - lo) * (copy[Math.min(lo + 1, copy.length - 1)] - copy[lo]);
    }
    return out;
  }
}
