package dev.revops.core.fit;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;

/** The pool an Ops candidate comes from. Few people have more than five or six years in Ops in France. */
public enum ProfileOrigin implements Localizable {
  /** Former sales rep or customer success manager. */
  SALES_OR_CUSTOMER_SUCCESS,
  /** Former consultant. */
  CONSULTING,
  /** Finance: M&amp;A, private equity, corporate finance. */
  FINANCE,
  /** Already worked in Ops. */
  EXPERIENCED_OPS,
  /** Any other background. */
  OTHER;

  @Override
  public String displayName(Locale locale) {
    return Messages.text("origin." + name(), locale);
  }
}
