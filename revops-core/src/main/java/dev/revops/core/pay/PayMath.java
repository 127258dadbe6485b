package dev.revops.core.pay;

import dev.revops.core.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Conversions between {@link Money} and {@code double} amounts, and the standard normal. */
final class PayMath {

  static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private PayMath() {}

  /**
   * Refuses an amount in another currency than the one it is compared with.
   *
   * @param field  the amount's field, for the message
   * @param amount  the amount
   * @param currency  the currency expected
   * @param whose  what the currency is that of, for the message ({@code "the distribution"})
   */
  static void checkCurrency(String field, Money amount, CurrencyUnit currency, String whose) {
    if (!amount.getCurrencyUnit().equals(currency)) {
      throw Checks.invalid(field, amount, "must be in " + currency + ", the currency of " + whose);
    }
  }

  /** The amount as a double in the currency's major unit, checking the currency. */
  static double amount(String field, CurrencyUnit currency, Money salary, String whose) {
    Objects.requireNonNull(salary, field);
    checkCurrency(field, salary, currency, whose);
    // an amount beyond the double range is as high (or low) as the largest double: its percentile
    // is the edge one, not an error
    double value = salary.getAmount().doubleValue();
    return Double.isInfinite(value) ? Math.copySign(Double.MAX_VALUE, value) : value;
  }

  /** The largest amount statistics run on (the largest double). */
  static final java.math.BigDecimal MAX_AMOUNT = new java.math.BigDecimal(Double.MAX_VALUE);

  /** A positive amount, validated: the field name goes into the message. */
  static double positiveAmount(String field, CurrencyUnit currency, Money salary, String whose) {
    double value = amount(field, currency, salary, whose);
    if (!(value > 0)) {
      throw Checks.invalid(field, salary, "must be > 0");
    }
    if (value == Double.MAX_VALUE && salary.getAmount().compareTo(MAX_AMOUNT) > 0) {
      throw Checks.invalid(field, salary, "must be at most " + MAX_AMOUNT.round(new java.math.MathContext(3))
          + ", the largest amount revops computes with");
    }
    return value;
  }

  /** Salaries are estimates: texts show them to the nearest {@value} units of their currency. */
  static final int DISPLAY_STEP = 100;

  /** An amount rounded half-even to {@link #DISPLAY_STEP} for texts; exact values stay in the results. */
  static Money forDisplay(Money amount) {
    return amount.rounded(-2, RoundingMode.HALF_EVEN);
  }

  /** A double amount as money, rounded half-even to the currency's minor unit. */
  static Money money(CurrencyUnit currency, double amount) {
    Checks.check(Double.isFinite(amount), "amount", amount, "must be finite");
    return Money.of(currency, new BigDecimal(amount), RoundingMode.HALF_EVEN);
  }

  static void checkFraction(double fraction) {
    Checks.check(fraction > 0 && fraction < 1, "fraction", fraction, "must be strictly between 0 and 1");
  }

  static void checkFinite(double amount) {
    Checks.check(!Double.isNaN(amount) && !Double.isInfinite(amount), "amount", amount, "must be finite");
  }
}
