package dev.revops.core.pay;

import dev.revops.core.internal.Checks;
import org.immutables.value.Value;

/**
 * An average pay rise reported by a benchmark for one year, such as +8 % in 2023. Shown as a
 * fact; never used silently as a growth assumption.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportedRaise {

  ReportedRaise() {}

  /**
   * The year of the rise.
   *
   * @return the year
   */
  @Value.Parameter
  public abstract int year();

  /**
   * The average rise as a fraction: 0.08 for +8 %.
   *
   * @return the rise, finite, > -1
   */
  @Value.Parameter
  public abstract double rate();

  /**
   * Obtains a reported rise.
   *
   * @param year  the year, from 1900 to 2200
   * @param rate  the rise as a fraction, finite, > -1
   * @return the rise, never null
   * @throws IllegalArgumentException if an argument breaks its rule
   */
  public static ReportedRaise of(int year, double rate) {
    return ImmutableReportedRaise.of(year, rate);
  }

  @Value.Check
  void check() {
    Checks.check(year() >= 1900 && year() <= 2200, "year", year(), "must be between 1900 and 2200");
    Checks.check(Double.isFinite(rate()) && rate() > -1, "rate", rate(), "must be a finite fraction > -1");
  }
}
