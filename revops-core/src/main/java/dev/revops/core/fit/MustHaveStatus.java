package dev.revops.core.fit;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;

/** Where a candidate stands on one of a role's must-haves. */
public enum MustHaveStatus implements Localizable {
  /** An interview, a reference or a practical case showed at least the minimum. */
  MET,
  /** The candidate's strongest evidence shows less than the minimum: the candidate does not meet the role. */
  NOT_MET,
  /** Not assessed, or only self-declared at the minimum or above: to verify before an offer. */
  TO_VERIFY;

  @Override
  public String displayName(Locale locale) {
    return Messages.text("mustHave." + name(), locale);
  }
}
