package dev.revops.core.staffing;

import dev.revops.core.internal.Checks;
import org.immutables.value.Value;

/**
 * What a company can observe about its Ops function, from which
 * {@link StaffingCalculator#assessPhase(MaturitySignals)} derives a {@link MaturityPhase}.
 *
 * <p>A one-year-old Ops function created where there was none, in a company whose business
 * headcount grows by 30 % a year:
 * <pre>{@code
 * MaturitySignals.builder().opsAgeYears(1.0).headcountGrowth(0.30).priorOpsSupport(false).build()
 * }</pre>
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
  public abstract double opsAgeYears();

  /**
   * Year-on-year growth of the business headcount, as a fraction: 0.30 for +30 %, -0.10 for a
   * 10 % reduction.
   *
   * @return the growth, finite and > -1
   */
  public abstract double headcountGrowth();

  /**
   * Whether the business teams had Ops support before the current Ops function (another team,
   * an agency, Ops work done by the business heads). Without it, a new Ops function starts with
   * a backlog of needs and projects.
   *
   * @return true if Ops support existed before
   */
  public abstract boolean priorOpsSupport();

  /**
   * Returns a builder; the three values are required.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MaturitySignals}; every value is required. Not thread-safe. */
  public static final class Builder {
    private final ImmutableMaturitySignals.Generator delegate = ImmutableMaturitySignals.generator();

    Builder() {}

    /**
     * Sets how long the Ops function has existed.
     *
     * @param years  the age in years, finite, >= 0
     * @return this builder
     */
    public Builder opsAgeYears(double years) {
      delegate.opsAgeYears(years);
      return this;
    }

    /**
     * Sets the year-on-year growth of the business headcount.
     *
     * @param growth  the growth as a fraction (0.30 for +30 %), finite, > -1
     * @return this builder
     */
    public Builder headcountGrowth(double growth) {
      delegate.headcountGrowth(growth);
      return this;
    }

    /**
     * Sets whether the business teams had Ops support before the current Ops function.
     *
     * @param prior  true if Ops support existed before
     * @return this builder
     */
    public Builder priorOpsSupport(boolean prior) {
      delegate.priorOpsSupport(prior);
      return this;
    }

    /**
     * Builds the signals.
     *
     * @return the signals, never null
     * @throws dev.revops.core.MissingValueException if a value was not set
     * @throws dev.revops.core.InvalidValueException if a number breaks its rule
     */
    public MaturitySignals build() {
      return delegate.build();
    }
  }

  @Value.Check
  void check() {
    Checks.check(Double.isFinite(opsAgeYears()) && opsAgeYears() >= 0,
        "opsAgeYears", opsAgeYears(), "must be a finite number >= 0");
    Checks.check(Double.isFinite(headcountGrowth()) && headcountGrowth() > -1,
        "headcountGrowth", headcountGrowth(), "must be a finite fraction > -1 (0.3 for +30 %)");
  }
}
