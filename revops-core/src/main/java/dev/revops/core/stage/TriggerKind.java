package dev.revops.core.stage;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;

/** What a {@link Trigger} measures. */
public enum TriggerKind implements Localizable {
  /** The business headcount of the company. */
  COMPANY_SIZE,
  /** The number of Ops people. */
  OPS_HEADCOUNT,
  /** The number of Ops teams. */
  OPS_TEAMS,
  /** The number of symptoms of the current stage observed. */
  SYMPTOMS,
  /** A strategic transformation mandate (1 if given). */
  TRANSFORMATION_MANDATE,
  /** Ops losing touch with the field (1 if observed). */
  LOSING_TOUCH;

  /**
   * Returns true for a yes-or-no trigger, observed as 1 (yes) or 0 (no) against a threshold of 1:
   * {@link #TRANSFORMATION_MANDATE} and {@link #LOSING_TOUCH}.
   *
   * @return whether the trigger is a flag rather than a count
   */
  public boolean isFlag() {
    return this == TRANSFORMATION_MANDATE || this == LOSING_TOUCH;
  }

  @Override
  public String displayName(Locale locale) {
    return Messages.text("trigger." + name(), locale);
  }
}
