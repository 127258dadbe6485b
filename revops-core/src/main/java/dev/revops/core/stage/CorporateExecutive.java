package dev.revops.core.stage;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;

/** A corporate executive a centralised Ops team can report to. */
public enum CorporateExecutive implements Localizable {
  /** The chief financial officer: close to budgets. */
  CFO,
  /** The growth leadership. */
  GROWTH,
  /** The chief operating officer. */
  COO,
  /** The chief executive officer. */
  CEO;

  @Override
  public String displayName(Locale locale) {
    return Messages.text("executive." + name(), locale);
  }
}
