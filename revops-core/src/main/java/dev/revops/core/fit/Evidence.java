package dev.revops.core.fit;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;

/** How an assessed proficiency is known; each kind weighs differently in a fit's confidence. */
public enum Evidence implements Localizable {
  /** Observed in a practical case. */
  PRACTICAL_CASE,
  /** Judged in an interview. */
  INTERVIEW,
  /** Reported by a reference. */
  REFERENCE,
  /** Declared by the candidate. */
  SELF_DECLARED;

  @Override
  public String displayName(Locale locale) {
    return Messages.text("evidence." + name(), locale);
  }
}
