package dev.revops.core.pay;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;

/** Whether an offered salary is one a benchmark can say something about. */
public enum OfferPlausibility implements Localizable {
  /** Within what the benchmark describes. */
  PLAUSIBLE,
  /** Below the legal minimum for a full-time year ({@link OfferPolicy#minimumAnnualPay()}). */
  BELOW_MINIMUM_WAGE,
  /** Far above the highest salary the study saw at the level ({@link OfferPolicy#farAboveMaximumRatio()}). */
  FAR_ABOVE_MAXIMUM;

  @Override
  public String displayName(Locale locale) {
    return Messages.text("plausibility." + name(), locale);
  }
}
