package dev.revops.core.pay;

import dev.revops.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The assumptions of an offer check ({@link SalaryBenchmark#checkOffer}): none of them is a figure
 * of the study; each is named, documented and overridable, and the check's explanation reports
 * each one it used as an assumption (or as an input when the caller changed it).
 *
 * <pre>{@code
 * OfferPolicy policy = OfferPolicy.builder().experienceElasticity(0.3).rangeLow(Percentile.P10).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OfferPolicy {

  /** Default {@link #experienceElasticity()}. */
  public static final double DEFAULT_EXPERIENCE_ELASTICITY = 0.5;
  /** Default {@link #viewsDisagreeAbove()}. */
  public static final double DEFAULT_VIEWS_DISAGREE_ABOVE = 0.25;
  /** Default {@link #farAboveMaximumRatio()}. */
  public static final double DEFAULT_FAR_ABOVE_MAXIMUM_RATIO = 1.5;
  /**
   * Default {@link #minimumAnnualPay()}: the French minimum wage (SMIC) for a full-time year,
   * 11.88 € gross an hour from 1 November 2024, times 151.67 hours a month, times 12: 21,621.60 €
   * gross a year. Later revaluations are not tracked by revops: set the figure of your year.
   */
  public static final Money FRENCH_MINIMUM_WAGE_2024 = Money.of(CurrencyUnit.EUR, new BigDecimal("21621.60"));

  OfferPolicy() {}

  /**
   * The default policy.
   *
   * @return the policy, never null
   */
  public static OfferPolicy defaults() {
    return Defaults.INSTANCE;
  }

  /** Holds the default instance, built once on first use. */
  private static final class Defaults {
    static final OfferPolicy INSTANCE = builder().build();
  }

  /**
   * Returns a builder starting from the defaults.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OfferPolicy}. Not thread-safe. */
  public static final class Builder {
    private final ImmutableOfferPolicy.Generator delegate = ImmutableOfferPolicy.generator();

    Builder() {}

    /**
     * Starts from another policy.
     *
     * @param instance  the policy, not null
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder from(OfferPolicy instance) {
      delegate.from(instance);
      return this;
    }

    /**
     * Sets {@link OfferPolicy#experienceElasticity()}.
     *
     * @param experienceElasticity  from 0 to 1
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder experienceElasticity(double experienceElasticity) {
      delegate.experienceElasticity(experienceElasticity);
      return this;
    }

    /**
     * Sets {@link OfferPolicy#viewsDisagreeAbove()}.
     *
     * @param viewsDisagreeAbove  a relative gap, > 0
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder viewsDisagreeAbove(double viewsDisagreeAbove) {
      delegate.viewsDisagreeAbove(viewsDisagreeAbove);
      return this;
    }

    /**
     * Sets {@link OfferPolicy#farAboveMaximumRatio()}.
     *
     * @param farAboveMaximumRatio  a ratio to the cohort's maximum, >= 1
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder farAboveMaximumRatio(double farAboveMaximumRatio) {
      delegate.farAboveMaximumRatio(farAboveMaximumRatio);
      return this;
    }

    /**
     * Sets {@link OfferPolicy#minimumAnnualPay()}; zero turns the check off.
     *
     * @param minimumAnnualPay  the minimum, not null, >= 0
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder minimumAnnualPay(Money minimumAnnualPay) {
      Objects.requireNonNull(minimumAnnualPay, "minimumAnnualPay");
      delegate.minimumAnnualPay(minimumAnnualPay);
      return this;
    }

    /**
     * Sets the low end of {@link OfferCheck#payRange()}.
     *
     * @param rangeLow  the percentile, not null, below {@code rangeHigh}
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder rangeLow(Percentile rangeLow) {
      delegate.rangeLow(rangeLow);
      return this;
    }

    /**
     * Sets the high end of {@link OfferCheck#payRange()}.
     *
     * @param rangeHigh  the percentile, not null, above {@code rangeLow}
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder rangeHigh(Percentile rangeHigh) {
      delegate.rangeHigh(rangeHigh);
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy, never null
     */
    public OfferPolicy build() {
      return delegate.build();
    }
  }

  /**
   * How much of the study-wide effect of experience applies within a level. The experience view
   * scales the level's median by (experience median at the candidate's years / experience median
   * at the study's typical respondent) raised to this power. Across the study, experience also
   * carries promotions (people with 16 years are more often directors), so within a level it moves
   * pay less. Default 0.5, an assumption: a junior with 1 year gets 0.77 of the level median
   * (45/75 to the power 0.5), a senior with 18 years 1.15.
   *
   * @return the elasticity, from 0 to 1
   */
  @Value.Default
  public double experienceElasticity() {
    return DEFAULT_EXPERIENCE_ELASTICITY;
  }

  /**
   * The relative gap between the level's median and the experience curve's median at the
   * candidate's years above which the check warns that the two views disagree. Default 0.25, an
   * assumption: within the ± 25 % that separates neighbouring levels of the study.
   *
   * @return the gap, > 0
   */
  @Value.Default
  public double viewsDisagreeAbove() {
    return DEFAULT_VIEWS_DISAGREE_ABOVE;
  }

  /**
   * How far above the cohort's observed maximum an offer becomes implausible. Default 1.5, an
   * assumption: half as much again as the best-paid person the study saw at that level.
   *
   * @return the ratio, >= 1
   */
  @Value.Default
  public double farAboveMaximumRatio() {
    return DEFAULT_FAR_ABOVE_MAXIMUM_RATIO;
  }

  /**
   * The legal minimum for a full-time year; an offer below it is flagged. Checked only when the
   * currencies match; zero means no check. Default {@link #FRENCH_MINIMUM_WAGE_2024}.
   *
   * @return the minimum, never null, >= 0
   */
  @Value.Default
  public Money minimumAnnualPay() {
    return FRENCH_MINIMUM_WAGE_2024;
  }

  /**
   * The low end of the pay range the check shows. Default P25.
   *
   * @return the percentile, never null
   */
  @Value.Default
  public Percentile rangeLow() {
    return Percentile.P25;
  }

  /**
   * The high end of the pay range the check shows. Default P75.
   *
   * @return the percentile, never null
   */
  @Value.Default
  public Percentile rangeHigh() {
    return Percentile.P75;
  }

  /** Whether the figures are the defaults, to report them as assumptions rather than inputs. */
  boolean isDefault() {
    return equals(defaults());
  }

  @Value.Check
  void check() {
    Checks.check(experienceElasticity() >= 0 && experienceElasticity() <= 1, "experienceElasticity",
        experienceElasticity(), "must be between 0 and 1");
    Checks.check(Double.isFinite(viewsDisagreeAbove()) && viewsDisagreeAbove() > 0, "viewsDisagreeAbove",
        viewsDisagreeAbove(), "must be a finite number > 0");
    Checks.check(Double.isFinite(farAboveMaximumRatio()) && farAboveMaximumRatio() >= 1 && farAboveMaximumRatio() <= 1000,
        "farAboveMaximumRatio", farAboveMaximumRatio(), "must be from 1 to 1000");
    Checks.check(!minimumAnnualPay().isNegative(), "minimumAnnualPay", minimumAnnualPay(), "must be >= 0");
    Checks.check(rangeLow().compareTo(rangeHigh()) < 0, "rangeLow", rangeLow(),
        "must be below rangeHigh (" + rangeHigh() + ")");
  }
}
