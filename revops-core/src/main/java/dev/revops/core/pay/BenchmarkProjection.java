package dev.revops.core.pay;

import dev.revops.core.internal.Checks;
import org.immutables.value.Value;

/**
 * How a benchmark's amounts were brought from the year of its data to another year: at a yearly
 * growth the caller chose ({@link SalaryBenchmark#projectedTo(int, double)}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BenchmarkProjection {

  BenchmarkProjection() {}

  /**
   * The year of the source's data.
   *
   * @return the year
   */
  public abstract int fromYear();

  /**
   * The year the amounts are brought to.
   *
   * @return the year, after {@link #fromYear()}
   */
  public abstract int toYear();

  /**
   * The yearly growth applied, as a fraction (0.03 for 3 % a year).
   *
   * @return the growth, above -1
   */
  public abstract double annualGrowth();

  /**
   * The factor applied to every amount: (1 + growth) to the power of the years between.
   *
   * @return the factor, > 0
   */
  public double factor() {
    return Math.pow(1 + annualGrowth(), toYear() - fromYear());
  }

  static BenchmarkProjection of(int fromYear, int toYear, double annualGrowth) {
    return ImmutableBenchmarkProjection.generator().fromYear(fromYear).toYear(toYear).annualGrowth(annualGrowth).build();
  }

  @Value.Check
  void check() {
    Checks.check(toYear() > fromYear(), "toYear", toYear(), "must be after the data year (" + fromYear() + ")");
    Checks.check(Double.isFinite(annualGrowth()) && annualGrowth() > -1 && annualGrowth() <= 1, "annualGrowth",
        annualGrowth(), "must be a yearly growth above -1 (−100 %) and at most 1 (+100 %)");
    Checks.check(toYear() - fromYear() <= 50, "toYear", toYear(), "must be at most 50 years after the data year ("
        + fromYear() + ")");
  }
}
