package dev.revops.core.stage;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;

/** Something observed in an Ops organisation that argues for a change of stage. */
public enum Symptom implements Localizable {
  /**
   * Several Ops teams serve different functions, with no shared team and no shared tooling:
   * derived from the org chart and {@link StageSignals#sharedTooling()}.
   */
  SILOS,
  /** Business priorities crowd out company-wide projects. */
  CONFLICTS_OF_INTEREST,
  /** Ops projects struggle to get a budget. */
  NO_BUDGET_ACCESS,
  /** A central Ops team is losing touch with day-to-day field needs. */
  LOSING_TOUCH_WITH_FIELD,
  /** Leadership gives Ops a mandate for a strategic transformation. */
  STRATEGIC_TRANSFORMATION_MANDATE;

  @Override
  public String displayName(Locale locale) {
    return Messages.text("symptom." + name(), locale);
  }
}
