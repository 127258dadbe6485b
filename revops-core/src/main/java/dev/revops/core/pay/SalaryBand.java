package dev.revops.core.pay;

import dev.revops.core.internal.Checks;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The salaries at two percentiles of a distribution, such as the P25–P75 band.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SalaryBand {

  SalaryBand() {}

  /**
   * The lower percentile.
   *
   * @return the lower percentile, never null
   */
  @Value.Parameter
  public abstract Percentile lowPercentile();

  /**
   * The salary at the lower percentile.
   *
   * @return the lower salary, never null
   */
  @Value.Parameter
  public abstract Money low();

  /**
   * The higher percentile.
   *
   * @return the higher percentile, never null
   */
  @Value.Parameter
  public abstract Percentile highPercentile();

  /**
   * The salary at the higher percentile.
   *
   * @return the higher salary, never null
   */
  @Value.Parameter
  public abstract Money high();

  /**
   * Obtains a band.
   *
   * @param lowPercentile  the lower percentile, not null
   * @param low  the salary at it, not null
   * @param highPercentile  the higher percentile, not null, above the lower one
   * @param high  the salary at it, not null, same currency, at least {@code low}
   * @return the band, never null
   * @throws IllegalArgumentException if the percentiles or salaries are out of order, or the salaries
   *     differ in currency
   */
  public static SalaryBand of(Percentile lowPercentile, Money low, Percentile highPercentile, Money high) {
    return ImmutableSalaryBand.of(lowPercentile, low, highPercentile, high);
  }

  /**
   * The width of the band: high minus low.
   *
   * @return the width, never null
   */
  public Money width() {
    return high().minus(low());
  }

  /**
   * Where a salary falls in the band: 0 at the low end, 1 at the high end, below 0 or above 1
   * outside (range penetration, as compensation tools call it).
   *
   * @param salary  the salary, not null, same currency
   * @return the penetration, finite; 0.5 for a band with no width and the salary on it
   * @throws IllegalArgumentException if the salary is in another currency, or the band has no width
   *     and the salary is off it (no finite penetration exists)
   */
  public double penetration(Money salary) {
    double value = PayMath.amount("salary", low().getCurrencyUnit(), salary, "the band");
    double lo = low().getAmount().doubleValue();
    double hi = high().getAmount().doubleValue();
    if (hi == lo) {
      Checks.check(value == lo, "salary", salary, "must be " + low() + ": a band with no width has a range penetration"
          + " only for its one amount");
      return 0.5;
    }
    double penetration = (value - lo) / (hi - lo);
    Checks.check(Double.isFinite(penetration), "salary", salary,
        "must be close enough to the band for its penetration to be a finite number");
    return penetration;
  }

  @Value.Check
  void check() {
    PayMath.checkCurrency("high", high(), low().getCurrencyUnit(), "low (" + low() + ")");
    if (!(lowPercentile().compareTo(highPercentile()) < 0)) {
      throw Checks.invalid("lowPercentile", lowPercentile(),
          "must be below highPercentile (" + highPercentile() + ")");
    }
    if (!(!low().isGreaterThan(high()))) {
      throw Checks.invalid("low", low(), "must not exceed high (" + high() + ")");
    }
  }

  @Override
  public String toString() {
    return lowPercentile() + " " + low() + " – " + highPercentile() + " " + high();
  }
}
