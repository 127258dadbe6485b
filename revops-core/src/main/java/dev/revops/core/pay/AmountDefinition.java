package dev.revops.core.pay;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;

/**
 * What the amounts of a salary benchmark are: fixed or total pay, gross or net, and for what
 * period. A benchmark says it when its source does, and says that it does not know otherwise.
 */
public enum AmountDefinition implements Localizable {
  /** Gross annual fixed salary, without bonus or variable pay (the usual French "brut annuel fixe"). */
  FIXED_GROSS_ANNUAL,
  /** Gross annual total cash: fixed salary plus bonus and variable pay at target. */
  TOTAL_CASH_GROSS_ANNUAL,
  /**
   * Annual salary, without saying whether it is fixed or total, gross or net: what the bundled
   * study, as its figures are reported, gives.
   */
  ANNUAL_UNSPECIFIED;

  @Override
  public String displayName(Locale locale) {
    return Messages.text("amount." + name(), locale);
  }
}
