package dev.revops.core.pay;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;
import java.util.Objects;

/** Where a salary sits against the middle half of a distribution. */
public enum PayVerdict implements Localizable {
  /** Below the 25th percentile. */
  BELOW_P25,
  /** From the 25th to the 75th percentile, inclusive. */
  P25_TO_P75,
  /** Above the 75th percentile. */
  ABOVE_P75;

  @Override
  public String displayName(Locale locale) {
    return Messages.text("verdict." + name(), locale);
  }

  /**
   * The verdict for a percentile.
   *
   * @param percentile  the percentile, not null
   * @return the verdict, never null
   */
  public static PayVerdict of(Percentile percentile) {
    Objects.requireNonNull(percentile, "percentile");
    if (percentile.compareTo(Percentile.P25) < 0) {
      return BELOW_P25;
    }
    return percentile.compareTo(Percentile.P75) > 0 ? ABOVE_P75 : P25_TO_P75;
  }
}
