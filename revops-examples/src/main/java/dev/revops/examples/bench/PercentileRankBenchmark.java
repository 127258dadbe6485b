package dev.revops.examples.bench;

import dev.revops.core.pay.EmpiricalSalaryDistribution;
import dev.revops.core.pay.LogNormalSalaryDistribution;
import dev.revops.core.pay.Percentile;
import dev.revops.core.pay.QuantileMethod;
import dev.revops.core.pay.QuantilePointsSalaryDistribution;
import dev.revops.core.pay.SalaryDistributions;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The percentile rank of 1,000,000 salaries: one lookup per salary. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PercentileRankBenchmark {

  static final int LOOKUPS = 1_000_000;

  /** Salaries in the empirical benchmark (the other distributions do not depend on it). */
  @Param({"10000"})
  public int sampleSize;

  double[] salaries = new double[0];
  double[] sample = new double[0];
  LogNormalSalaryDistribution logNormal = SalaryDistributions.logNormal(Money.of(CurrencyUnit.EUR, 56_000),
      Money.of(CurrencyUnit.EUR, 88_000), 150);
  EmpiricalSalaryDistribution empirical = SalaryDistributions.empirical(new double[] {1, 2, 3}, QuantileMethod.HF7);
  QuantilePointsSalaryDistribution points = SalaryDistributions.quantilePoints(Map.of(
      Percentile.P10, Money.of(CurrencyUnit.EUR, 45_000), Percentile.P25, Money.of(CurrencyUnit.EUR, 50_000),
      Percentile.P50, Money.of(CurrencyUnit.EUR, 56_000), Percentile.P75, Money.of(CurrencyUnit.EUR, 63_000),
      Percentile.P90, Money.of(CurrencyUnit.EUR, 70_000)));

  /** A million salaries to position, and an empirical benchmark of {@link #sampleSize}. */
  @Setup
  public void setUp() {
    Random random = new Random(7);
    salaries = new double[LOOKUPS];
    for (int i = 0; i < LOOKUPS; i++) {
      salaries[i] = Math.exp(Math.log(56_000) + 0.25 * random.nextGaussian());
    }
    sample = new double[sampleSize];
    for (int i = 0; i < sample.length; i++) {
      sample[i] = Math.exp(Math.log(56_000) + 0.2 * random.nextGaussian());
    }
    empirical = SalaryDistributions.empirical(sample, QuantileMethod.HF7);
    Arrays.sort(sample);
  }

  /** Against the log-normal fit. */
  @Benchmark
  @OperationsPerInvocation(LOOKUPS)
  public double logNormal() {
    double sum = 0;
    for (double s : salaries) {
      sum += logNormal.cdf(s);
    }
    return sum;
  }

  /** Against an empirical benchmark of {@link #sampleSize} salaries (run with {@code -p sampleSize=1000000} for 10^6). */
  @Benchmark
  @OperationsPerInvocation(LOOKUPS)
  public double empirical() {
    double sum = 0;
    for (double s : salaries) {
      sum += empirical.cdf(s);
    }
    return sum;
  }

  /** Against five quantile points. */
  @Benchmark
  @OperationsPerInvocation(LOOKUPS)
  public double quantilePoints() {
    double sum = 0;
    for (double s : salaries) {
      sum += points.cdf(s);
    }
    return sum;
  }

  /** Baseline: count the benchmark salaries at or below, by a linear scan of the 10,000 (every 100th salary). */
  @Benchmark
  @OperationsPerInvocation(LOOKUPS / 100)
  public double naiveLinearScan() {
    double sum = 0;
    for (int i = 0; i < salaries.length; i += 100) {
      int count = 0;
      for (double v : sample) {
        if (v <= salaries[i]) {
          count++;
        }
      }
      sum += count;
    }
    return sum;
  }
}
