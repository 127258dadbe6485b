package dev.revops.core.staffing;

import dev.revops.core.internal.Checks;
import org.immutables.value.Value;

/**
 * What a company can observe about its Ops function, from which
 * {@link StaffingCalculator#assessPhase(MaturitySignals)} derives a {@link MaturityPhase}.
 *
 * <p>A one-year-old Ops function created where there was none, in a company whose business
 * headcount grows by 30 % a year: {@code MaturitySignals.of(1.0, 0.30, false)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MaturitySignals {

  MaturitySignals() {}

  /**
   * How long the Ops function has existed, in years.
   *
   * @return the age in years, finite and >= 0
   */
  @Value.Parameter
  public abstract double opsAgeYears();

  /**
   * Year-on-year growth of the business headcount, as a fraction: 0.30 for +30 %, -0.10 for a
   * 10 % reduction.
   *
   * @return the growth, finite and > -1
   */
  @Value.Parameter
  public abstract double headcountGrowth();

  /**
   * Whether the business teams had Ops support before the current Ops function (another team,
   * an agency, Ops work done by the business heads). Without it, a new Ops function starts with
   * a backlog of needs and projects.
   *
   * @return true if Ops support existed before
   */
  @Value.Parameter
  public abstract boolean priorOpsSupport();

  /**
   * Obtains signals from their three values.
   *
   * @param opsAgeYears  the age of the Ops function in years, finite, >= 0
   * @param headcountGrowth  year-on-year growth of business headcount as a fraction, finite, > -1
   * @param priorOpsSupport  whether Ops support existed before the current function
   * @return the new instance, never null
   * @throws IllegalArgumentException if a number breaks its rule
   */
  public static MaturitySignals of(double opsAgeYears, double headcountGrowth, boolean priorOpsSupport) {
    return ImmutableMaturitySignals.of(opsAgeYears, headcountGrowth, priorOpsSupport);
  }

  @Value.Check
  void check() {
    Checks.check(Double.isFinite(opsAgeYears()) && opsAgeYears() >= 0,
        "opsAgeYears", opsAgeYears(), "must be a finite number >= 0");
    Checks.check(Double.isFinite(headcountGrowth()) && headcountGrowth() > -1,
        "headcountGrowth", headcountGrowth(), "must be a finite fraction > -1 (0.3 for +30 %)");
  }
}
