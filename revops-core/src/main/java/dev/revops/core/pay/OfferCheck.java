package dev.revops.core.pay;

import com.google.common.collect.ImmutableList;
import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.Reason;
import dev.revops.core.internal.Checks;
import dev.revops.core.org.OpsLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A salary offer checked against a benchmark ({@link SalaryBenchmark#checkOffer}): where it sits
 * for the level and, when the candidate's years are known, for the level adjusted for experience;
 * the pay range of a percentile band; the chances of a bonus, variable pay and equity at the level;
 * and whether the amount is plausible at all.
 *
 * <pre>{@code
 * OfferCheck check = SalaryBenchmarks.businessOpsNetworkFrance()
 *     .checkOffer(OpsLevel.SENIOR, OptionalDouble.of(5), Money.of(CurrencyUnit.EUR, 60_000));
 * check.levelView().percentile();          // about P66 of the Senior distribution
 * check.experienceView();                  // about P33: the Senior median scaled up for 5 years
 * check.experienceCurveMedian();           // EUR 75,000: 34 % above the level median, flagged
 * check.payRange();                        // P25–P75 of the level
 * check.equityChance();                    // 0.64
 * }</pre>
 *
 * <p><b>The two views.</b> The level view is the level's distribution. The experience view is the
 * same distribution with its median scaled by the experience factor: the study's median at the
 * candidate's years over the level's median, raised to {@link OfferPolicy#experienceElasticity()}
 * (the level's median is first brought within the experience curve's range, which is flat beyond
 * its anchors). The reference is the level's own typical respondent, the years at which the
 * experience curve meets the level's median, not the study's typical respondent (5 years): a
 * junior's median already reflects a junior's one or two years, and scaling it from 5 years would
 * count the lack of experience twice (a 1-year junior would drop to 36 K€). The two views agree
 * for a candidate with the level's typical years. The study's experience medians mix levels
 * (people with 5–6 years include managers and directors); when the curve's median at the
 * candidate's years and the level's median differ by more than
 * {@link OfferPolicy#viewsDisagreeAbove()}, the check says so with both figures.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OfferCheck {

  OfferCheck() {}

  /**
   * The level of the role.
   *
   * @return the level, never null
   */
  public abstract OpsLevel level();

  /**
   * The candidate's total years of experience.
   *
   * @return the years, empty if not given
   */
  public abstract OptionalDouble years();

  /**
   * The salary offered.
   *
   * @return the salary, never null
   */
  public abstract Money salary();

  /**
   * The offer on the level's distribution.
   *
   * @return the position, never null
   */
  public abstract PayPosition levelView();

  /**
   * The offer on the level's distribution adjusted for the candidate's experience.
   *
   * @return the position, empty when the years are not given or the benchmark has no experience curve
   */
  public abstract Optional<PayPosition> experienceView();

  /**
   * The factor applied to the level's median for the experience view.
   *
   * @return the factor, empty without an experience view
   */
  public abstract OptionalDouble experienceFactor();

  /**
   * The study's median salary at the candidate's years, all levels together.
   *
   * @return the median, empty without an experience view
   */
  public abstract Optional<Money> experienceCurveMedian();

  /**
   * Whether the level's median and the experience curve's median at the candidate's years differ
   * by more than {@link OfferPolicy#viewsDisagreeAbove()}.
   *
   * @return true if the views disagree
   */
  public abstract boolean viewsDisagree();

  /**
   * The pay range of the level between the policy's percentiles (P25–P75 by default), in the
   * benchmark's {@linkplain SalaryBenchmark#amountDefinition() amount definition}; the experience
   * view's own middle band is {@code experienceView().get().middleBand()}.
   *
   * @return the range, never null
   */
  public abstract SalaryBand payRange();

  /**
   * The share of people at the level who receive a bonus.
   *
   * @return the share, empty if the benchmark does not say
   */
  public abstract OptionalDouble bonusChance();

  /**
   * The share of people with a variable part of pay (all levels).
   *
   * @return the share, empty if the benchmark does not say
   */
  public abstract OptionalDouble variablePayChance();

  /**
   * The share of people at the level with equity (BSPCE in the bundled study).
   *
   * @return the share, empty if the benchmark does not say
   */
  public abstract OptionalDouble equityChance();

  /**
   * Whether the amount is plausible.
   *
   * @return the plausibility, never null
   */
  public abstract OfferPlausibility plausibility();

  /**
   * The warnings: implausible amount, views that disagree, and the warnings of the distribution.
   *
   * @return the warnings, possibly empty
   */
  public abstract List<Reason> warnings();

  /**
   * Why: the answer first, then both views, the range, the outlook and every assumption.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  static OfferCheck of(SalaryBenchmark benchmark, OpsLevel level, OptionalDouble years, Money salary, OfferPolicy policy) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(years, "years");
    Objects.requireNonNull(salary, "salary");
    Objects.requireNonNull(policy, "policy");
    years.ifPresent(y -> Checks.check(Double.isFinite(y) && y >= 0 && y <= 70, "years", y, "must be from 0 to 70"));
    double amount = PayMath.positiveAmount("salary", benchmark.currency(), salary, "the benchmark");
    LogNormalSalaryDistribution levelDistribution = benchmark.distribution(level);
    SalaryCohort cohort = benchmark.cohort(level);
    PayPosition levelView = levelDistribution.position(salary);
    List<Reason> details = new ArrayList<>();
    List<Reason> warnings = new ArrayList<>(levelDistribution.warnings());
    Reason policyReason = policy.isDefault()
        ? Reason.assumption(PayMessages.ASSUMPTION_OFFER_POLICY, policy.experienceElasticity(), policy.viewsDisagreeAbove(),
            policy.farAboveMaximumRatio())
        : Reason.input(PayMessages.INPUT_OFFER_POLICY, policy.experienceElasticity(), policy.viewsDisagreeAbove(),
            policy.farAboveMaximumRatio());
    details.add(Reason.computed(PayMessages.OFFER_LEVEL_VIEW, level, levelView.percentile().value(), levelView.compaRatio(),
        PayMath.forDisplay(levelView.median())));
    Optional<PayPosition> experienceView = Optional.empty();
    OptionalDouble factor = OptionalDouble.empty();
    Optional<Money> curveMedian = Optional.empty();
    boolean disagree = false;
    if (years.isPresent() && benchmark.experienceAnchors().size() >= 2) {
      ExperienceCurve curve = benchmark.experienceCurve();
      double levelMedian = levelDistribution.median().getAmount().doubleValue();
      // the level's own typical respondent: where the experience curve meets the level's median
      // (clamped to the curve's range: the curve is flat beyond its anchors)
      double reference = Math.max(curve.lowest(), Math.min(curve.highest(), levelMedian));
      double atYears = curve.amountAt(years.getAsDouble());
      double f = Math.pow(atYears / reference, policy.experienceElasticity());
      LogNormalSalaryDistribution adjusted = levelDistribution.scaled(f);
      PayPosition view = adjusted.position(salary);
      experienceView = Optional.of(view);
      factor = OptionalDouble.of(f);
      curveMedian = Optional.of(PayMath.money(benchmark.currency(), atYears));
      double gap = atYears / levelMedian - 1;
      disagree = Math.abs(gap) > policy.viewsDisagreeAbove();
      OptionalDouble typicalYears = reference == levelMedian ? curve.yearsAt(reference) : OptionalDouble.empty();
      details.add(typicalYears.isPresent()
          ? Reason.computed(PayMessages.OFFER_EXPERIENCE_FACTOR, years.getAsDouble(), PayMath.forDisplay(curveMedian.get()),
              level, Math.round(typicalYears.getAsDouble() * 10) / 10.0, policy.experienceElasticity(), f)
          : Reason.computed(PayMessages.OFFER_EXPERIENCE_FACTOR_EDGE, years.getAsDouble(),
              PayMath.forDisplay(curveMedian.get()), PayMath.forDisplay(PayMath.money(benchmark.currency(), reference)),
              policy.experienceElasticity(), f));
      details.add(Reason.computed(PayMessages.OFFER_EXPERIENCE_VIEW, view.percentile().value(), view.compaRatio(),
          PayMath.forDisplay(view.median())));
      if (disagree) {
        Reason w = Reason.computed(PayMessages.WARNING_VIEWS_DISAGREE, years.getAsDouble(),
            PayMath.forDisplay(curveMedian.get()), level, PayMath.forDisplay(levelDistribution.median()), Math.abs(gap),
            policy.viewsDisagreeAbove());
        warnings.add(w);
        details.add(w);
      }
    } else if (years.isPresent()) {
      details.add(Reason.computed(PayMessages.OFFER_NO_EXPERIENCE_CURVE));
    }
    SalaryBand range = levelDistribution.band(policy.rangeLow(), policy.rangeHigh());
    details.add(Reason.computed(PayMessages.OFFER_RANGE, policy.rangeLow().toString(), policy.rangeHigh().toString(),
        PayMath.forDisplay(range.low()), PayMath.forDisplay(range.high()), benchmark.amountDefinition()));
    CompensationOutlook outlook = benchmark.outlook(level);
    details.addAll(outlook.explanation().reasons());
    OfferPlausibility plausibility = OfferPlausibility.PLAUSIBLE;
    Optional<Money> minimum = Optional.of(policy.minimumAnnualPay())
        .filter(m -> m.isPositive() && m.getCurrencyUnit().equals(benchmark.currency()));
    double ceiling = cohort.maximum().getAmount().doubleValue() * policy.farAboveMaximumRatio();
    if (minimum.isPresent() && salary.isLessThan(minimum.get())) {
      plausibility = OfferPlausibility.BELOW_MINIMUM_WAGE;
      Reason w = Reason.computed(PayMessages.WARNING_BELOW_MINIMUM, salary, minimum.get());
      warnings.add(w);
      details.add(w);
    } else if (amount > ceiling) {
      plausibility = OfferPlausibility.FAR_ABOVE_MAXIMUM;
      Reason w = Reason.computed(PayMessages.WARNING_FAR_ABOVE_MAXIMUM, salary, amount / cohort.maximum().getAmount().doubleValue(),
          level, cohort.maximum(), policy.farAboveMaximumRatio());
      warnings.add(w);
      details.add(w);
    }
    if (policy.minimumAnnualPay().isPositive() && minimum.isEmpty()) {
      details.add(Reason.computed(PayMessages.OFFER_MINIMUM_OTHER_CURRENCY, policy.minimumAnnualPay()));
    }
    details.add(policyReason);
    Reason summary;
    if (plausibility != OfferPlausibility.PLAUSIBLE) {
      summary = Reason.computed(PayMessages.OFFER_SUMMARY_IMPLAUSIBLE, salary, level, plausibility);
    } else if (experienceView.isPresent()) {
      summary = Reason.computed(PayMessages.OFFER_SUMMARY_WITH_EXPERIENCE, salary, level, levelView.percentile().value(),
          experienceView.get().percentile().value(), levelView.verdict(), policy.rangeLow().toString(),
          policy.rangeHigh().toString(), PayMath.forDisplay(range.low()), PayMath.forDisplay(range.high()));
    } else {
      summary = Reason.computed(PayMessages.OFFER_SUMMARY, salary, level, levelView.percentile().value(), levelView.verdict(),
          policy.rangeLow().toString(), policy.rangeHigh().toString(), PayMath.forDisplay(range.low()),
          PayMath.forDisplay(range.high()));
    }
    Explanation why = Explanation.builder().addReasons(summary).addAllReasons(details)
        .addAllReasons(levelView.explanation().reasons()).build();
    return ImmutableOfferCheck.generator()
        .level(level)
        .years(years)
        .salary(salary)
        .levelView(levelView)
        .experienceView(experienceView)
        .experienceFactor(factor)
        .experienceCurveMedian(curveMedian)
        .viewsDisagree(disagree)
        .payRange(range)
        .bonusChance(outlook.bonusChance())
        .variablePayChance(outlook.variablePayChance())
        .equityChance(outlook.equityChance())
        .plausibility(plausibility)
        .warnings(ImmutableList.copyOf(warnings))
        .explanation(why)
        .build();
  }

  @Value.Check
  void check() {
    Checks.check(experienceView().isPresent() == experienceFactor().isPresent(), "experienceFactor",
        experienceFactor().isPresent() ? experienceFactor().getAsDouble() : null,
        "must be given exactly when there is an experience view");
    experienceFactor().ifPresent(f -> Checks.check(Double.isFinite(f) && f > 0, "experienceFactor", f,
        "must be a finite number > 0"));
    Checks.check(levelView().salary().equals(salary()), "levelView.salary", levelView().salary(),
        "must be the salary offered (" + salary() + ")");
    checkShare("bonusChance", bonusChance());
    checkShare("variablePayChance", variablePayChance());
    checkShare("equityChance", equityChance());
  }

  private static void checkShare(String field, OptionalDouble share) {
    share.ifPresent(s -> Checks.check(s >= 0 && s <= 1, field, s, "must be between 0 and 1"));
  }
}
