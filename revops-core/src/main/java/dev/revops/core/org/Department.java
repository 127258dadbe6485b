package dev.revops.core.org;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;

/**
 * The department a {@link BusinessFunction} belongs to.
 */
public enum Department implements Localizable {
  /** Prospecting, sales, account management. */
  SALES,
  /** Support, onboarding, customer success, back office serving customers. */
  CUSTOMER,
  /** Marketing and demand generation. */
  MARKETING,
  /** Finance and accounting. */
  FINANCE,
  /** Any other department. */
  OTHER;

  @Override
  public String displayName(Locale locale) {
    return Messages.text("department." + name(), locale);
  }
}
