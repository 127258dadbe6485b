package dev.revops.core.pay;

import dev.revops.core.internal.Checks;
import org.immutables.value.Value;
import org.joda.money.CurrencyMismatchException;
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
   * @throws IllegalArgumentException if the percentiles or salaries are out of order
   * @throws CurrencyMismatchException if the salaries differ in currency
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
   * @return the penetration; for a band with no width, 0.5 on it and minus or plus infinity below
   *     or above it
   * @throws CurrencyMismatchException if the salary is in another currency
   */
  public double penetration(Money salary) {
    double value = PayMath.amount(low().getCurrencyUnit(), salary);
    double lo = low().getAmount().doubleValue();
    double hi = high().getAmount().doubleValue();
    if (hi == lo) {
      return value == lo ? 0.5 : value < lo ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return (value - lo) / (hi - lo);
  }

  @Value.Check
  void check() {
    if (!low().getCurrencyUnit().equals(high().getCurrencyUnit())) {
      throw new CurrencyMismatchException(low().getCurrencyUnit(), high().getCurrencyUnit());
    }
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
