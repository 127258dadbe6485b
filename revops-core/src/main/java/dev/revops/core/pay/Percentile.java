package dev.revops.core.pay;

import dev.revops.core.InvalidValueException;
import dev.revops.core.internal.Checks;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A percentile strictly between 0 and 100, such as {@link #P75}.
 *
 * <p>{@code Percentile.parse("P75").fraction()} is 0.75; {@code Percentile.of(12.5)} prints as
 * {@code P12.5}, which {@link #parse(CharSequence)} reads back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Percentile implements Comparable<Percentile> {

  /** The 10th percentile. */
  public static final Percentile P10 = new Percentile(10);
  /** The 25th percentile (first quartile). */
  public static final Percentile P25 = new Percentile(25);
  /** The median. */
  public static final Percentile P50 = new Percentile(50);
  /** The 75th percentile (third quartile). */
  public static final Percentile P75 = new Percentile(75);
  /** The 90th percentile. */
  public static final Percentile P90 = new Percentile(90);
  /** The lowest percentile there is: the smallest positive {@code double}. */
  public static final Percentile LOWEST = new Percentile(Double.MIN_VALUE);
  /** The highest percentile there is: the largest {@code double} below 100. */
  public static final Percentile HIGHEST = new Percentile(Math.nextDown(100.0));

  private final double value;

  private Percentile(double value) {
    this.value = value;
  }

  /**
   * Obtains a percentile from its value.
   *
   * @param value  the percentile, strictly between 0 and 100
   * @return the percentile, never null
   * @throws IllegalArgumentException if the value is not strictly between 0 and 100
   */
  public static Percentile of(double value) {
    Checks.check(value > 0 && value < 100, "percentile", value, "must be strictly between 0 and 100");
    return new Percentile(value);
  }

  /**
   * Obtains a percentile from a fraction: {@code ofFraction(0.75)} is {@link #P75}.
   *
   * @param fraction  the fraction, strictly between 0 and 1
   * @return the percentile, never null
   * @throws IllegalArgumentException if the fraction is not strictly between 0 and 1
   */
  public static Percentile ofFraction(double fraction) {
    Checks.check(fraction > 0 && fraction < 1, "fraction", fraction, "must be strictly between 0 and 1");
    return new Percentile(Math.min(Math.nextDown(100.0), Math.max(Double.MIN_VALUE, fraction * 100)));
  }

  /**
   * Obtains the nearest percentile to a fraction from 0 to 1 inclusive: 0 becomes
   * {@link #LOWEST}, 1 becomes {@link #HIGHEST}.
   *
   * @param fraction  the fraction, from 0 to 1
   * @return the percentile, never null
   * @throws IllegalArgumentException if the fraction is outside [0, 1] or NaN
   */
  public static Percentile ofFractionClamped(double fraction) {
    Checks.check(fraction >= 0 && fraction <= 1, "fraction", fraction, "must be between 0 and 1");
    return new Percentile(Math.min(Math.nextDown(100.0), Math.max(Double.MIN_VALUE, fraction * 100)));
  }

  /**
   * Obtains a percentile from its text, the inverse of {@link #toString()}: {@code P75},
   * {@code p12.5}, or the bare number {@code 75}.
   *
   * @param text  the text, not null
   * @return the percentile, never null
   * @throws IllegalArgumentException if the text is not a percentile strictly between 0 and 100
   */
  public static Percentile parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().strip();
    String number = s.startsWith("P") || s.startsWith("p") ? s.substring(1) : s;
    double value;
    try {
      value = Double.parseDouble(number);
    } catch (NumberFormatException e) {
      InvalidValueException invalid = Checks.invalid("percentile", text, "must be written P followed by a number, as in P75");
      invalid.initCause(e);
      throw invalid;
    }
    Checks.check(!number.isEmpty() && Character.isDigit(number.charAt(number.length() - 1)),
        "percentile", text, "must be written P followed by a number, as in P75");
    return of(value);
  }

  /**
   * The percentile, strictly between 0 and 100.
   *
   * @return the value
   */
  public double value() {
    return value;
  }

  /**
   * The percentile as a fraction, strictly between 0 and 1: 0.75 for {@link #P75}. The fraction of
   * {@link #LOWEST}, whose value / 100 would underflow to 0, is the smallest positive double.
   *
   * @return the fraction
   */
  public double fraction() {
    // LOWEST (the smallest double above 0) would underflow to 0: every percentile's fraction is
    // strictly between 0 and 1, so that every valid percentile has a salary
    double fraction = value / 100;
    return fraction > 0 ? Math.min(fraction, Math.nextDown(1.0)) : Double.MIN_VALUE;
  }

  @Override
  public int compareTo(Percentile other) {
    return Double.compare(value, java.util.Objects.requireNonNull(other, "other").value);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Percentile && Double.compare(value, ((Percentile) other).value) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(value);
  }

  /**
   * Returns {@code P} followed by the value: {@code P75}, {@code P12.5}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    if (value == Math.rint(value)) {
      return "P" + (long) value;
    }
    return "P" + value;
  }
}
