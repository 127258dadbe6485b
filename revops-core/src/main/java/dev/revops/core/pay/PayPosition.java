package dev.revops.core.pay;

import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.Reason;
import dev.revops.core.internal.Checks;
import java.util.Objects;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Where a salary sits in a {@link SalaryDistribution}: its percentile, its compa-ratio (salary
 * divided by the median) and a verdict against the P25–P75 band, with the explanation.
 *
 * <pre>{@code
 * PayPosition offer = seniors.position(Money.of(CurrencyUnit.EUR, 60_000));
 * offer.percentile();    // P65.6
 * offer.compaRatio();    // 60 / 56 = 1.07
 * offer.verdict();       // P25_TO_P75
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PayPosition {

  PayPosition() {}

  /**
   * The salary positioned.
   *
   * @return the salary, never null
   */
  public abstract Money salary();

  /**
   * The percentile it sits at.
   *
   * @return the percentile, never null
   */
  public abstract Percentile percentile();

  /**
   * The median of the distribution.
   *
   * @return the median, never null
   */
  public abstract Money median();

  /**
   * The middle band of the distribution, P25 to P75.
   *
   * @return the band, never null
   */
  public abstract SalaryBand middleBand();

  /**
   * Salary divided by the median: 1.0 at the median.
   *
   * @return the compa-ratio, > 0
   */
  public abstract double compaRatio();

  /**
   * Below, within or above the P25–P75 band.
   *
   * @return the verdict, never null
   */
  public abstract PayVerdict verdict();

  /**
   * The confidence of the distribution the salary was positioned in.
   *
   * @return the confidence, never null
   */
  public abstract Confidence confidence();

  /**
   * Why: the distribution's explanation, then the position's figures.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  /**
   * Range penetration of the salary in a band (0 at its low end, 1 at its high end).
   *
   * @param band  the band, not null, same currency
   * @return the penetration, finite
   * @throws IllegalArgumentException as {@link SalaryBand#penetration(Money)}
   */
  public double rangePenetration(SalaryBand band) {
    return Objects.requireNonNull(band, "band").penetration(salary());
  }

  static PayPosition of(SalaryDistribution distribution, Money salary) {
    Objects.requireNonNull(salary, "salary");
    PayMath.positiveAmount("salary", distribution.currency(), salary, "the distribution");
    Percentile percentile = distribution.percentileOf(salary);
    Money median = distribution.median();
    SalaryBand middle = distribution.band(Percentile.P25, Percentile.P75);
    double compa = salary.getAmount().doubleValue() / median.getAmount().doubleValue();
    PayVerdict verdict = PayVerdict.of(percentile);
    Explanation why = Explanation.of(Reason.computed(PayMessages.POSITION_SUMMARY, salary, percentile.value(), verdict,
            compa, distribution.confidence()))
        .plus(distribution.explanation())
        .plus(Reason.input(PayMessages.INPUT_SALARY, salary))
        .plus(Reason.computed(PayMessages.COMPUTED_POSITION, percentile.value(), compa, PayMath.forDisplay(median)))
        .plus(Reason.computed(PayMessages.COMPUTED_VERDICT, verdict, PayMath.forDisplay(middle.low()),
            PayMath.forDisplay(middle.high())));
    return ImmutablePayPosition.generator()
        .salary(salary)
        .percentile(percentile)
        .median(median)
        .middleBand(middle)
        .compaRatio(compa)
        .verdict(verdict)
        .confidence(distribution.confidence())
        .explanation(why)
        .build();
  }

  @Value.Check
  void check() {
    Checks.check(salary().isPositive(), "salary", salary(), "must be > 0");
    if (!median().getCurrencyUnit().equals(salary().getCurrencyUnit())) {
      throw Checks.invalid("median", median(), "must be in the salary's currency (" + salary().getCurrencyUnit() + ")");
    }
    Checks.check(median().isPositive(), "median", median(), "must be > 0");
    Checks.check(Double.isFinite(compaRatio()) && compaRatio() >= 0, "compaRatio", compaRatio(),
        "must be a finite number >= 0");
  }
}
