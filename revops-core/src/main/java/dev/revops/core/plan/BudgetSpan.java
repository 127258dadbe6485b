package dev.revops.core.plan;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;

/** What a {@link Budget} amount covers: one period of the plan, or one year (shared evenly between its periods). */
public enum BudgetSpan implements Localizable {
  /** The amount is the budget of every period. */
  PERIOD,
  /** The amount is a yearly budget; each period gets its share (a quarter or a twelfth). */
  YEAR;

  @Override
  public String displayName(Locale locale) {
    return Messages.text("plan.budgetSpan." + name(), locale);
  }
}
