package dev.revops.core.fit;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;

/** Why a competency should be tested in the interview or the practical case. */
public enum FocusReason implements Localizable {
  /** It is a must-have of the role and no interview, reference or practical case has shown it yet. */
  MUST_HAVE_TO_VERIFY,
  /** It weighs heavily in the role and has not been assessed yet. */
  HIGH_WEIGHT_UNASSESSED,
  /** It is a watch point of the candidate's origin and no practical case has tested it yet. */
  ORIGIN_WATCH_POINT;

  @Override
  public String displayName(Locale locale) {
    return Messages.text("focus." + name(), locale);
  }
}
