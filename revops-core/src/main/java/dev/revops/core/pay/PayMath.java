package dev.revops.core.pay;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Conversions between {@link Money} and {@code double} amounts, and the standard normal. */
final class PayMath {

  static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private PayMath() {}

  /** The amount as a double in the currency's major unit, checking the currency and sign. */
  static double amount(CurrencyUnit currency, Money salary) {
    Objects.requireNonNull(salary, "salary");
    if (!salary.getCurrencyUnit().equals(currency)) {
      throw new CurrencyMismatchException(currency, salary.getCurrencyUnit());
    }
    return salary.getAmount().doubleValue();
  }

  /** A positive amount, validated: the field name goes into the message. */
  static double positiveAmount(String field, CurrencyUnit currency, Money salary) {
    Objects.requireNonNull(salary, field);
    double value = amount(currency, salary);
    checkArgument(value > 0, "%s (%s) must be > 0", field, salary);
    return value;
  }

  /** A double amount as money, rounded half-even to the currency's minor unit. */
  static Money money(CurrencyUnit currency, double amount) {
    checkArgument(Double.isFinite(amount), "amount (%s) must be finite", amount);
    return Money.of(currency, new BigDecimal(amount), RoundingMode.HALF_EVEN);
  }

  static void checkFraction(double fraction) {
    checkArgument(fraction > 0 && fraction < 1, "fraction (%s) must be strictly between 0 and 1", fraction);
  }

  static void checkFinite(double amount) {
    checkArgument(!Double.isNaN(amount) && !Double.isInfinite(amount), "amount (%s) must be finite", amount);
  }
}
