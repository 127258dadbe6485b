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

  @Override
  public String displayName(Locale locale) {
    return Messages.text("trigger." + name(), locale);
  }
}
