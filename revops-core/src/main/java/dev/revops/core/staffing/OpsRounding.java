package dev.revops.core.staffing;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How the exact number of Ops (business staff divided by the ratio, a fraction) becomes a whole
 * number of people. The fraction itself stays available as
 * {@link StaffingRecommendation#fte()}.
 */
public enum OpsRounding implements Localizable {
  /** Up to the next whole Ops: never fewer than the ratio asks. */
  CEILING(RoundingMode.CEILING),
  /** To the nearest whole Ops, halves up. The default (an assumption: the source does not say). */
  HALF_UP(RoundingMode.HALF_UP),
  /** Down to the whole Ops below: never more than the ratio asks (the floor still applies). */
  FLOOR(RoundingMode.FLOOR);

  private final RoundingMode mode;

  OpsRounding(RoundingMode mode) {
    this.mode = mode;
  }

  /**
   * The {@link RoundingMode} that implements this rounding.
   *
   * @return the rounding mode, never null
   */
  public RoundingMode mode() {
    return mode;
  }

  @Override
  public String displayName(Locale locale) {
    return Messages.text("rounding." + name(), locale);
  }
}
