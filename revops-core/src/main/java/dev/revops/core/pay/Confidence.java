package dev.revops.core.pay;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;

/**
 * How much weight a distribution's percentiles bear, given the data behind it.
 */
public enum Confidence implements Localizable {
  /** Too little data: percentiles are not published. */
  NONE,
  /** Thin data, or a fit near its limits: percentiles are indicative only. */
  LOW,
  /** A model fitted to summary figures, or a modest sample. */
  MEDIUM,
  /** A large sample. */
  HIGH;

  @Override
  public String displayName(Locale locale) {
    return Messages.text("confidence." + name(), locale);
  }
}
