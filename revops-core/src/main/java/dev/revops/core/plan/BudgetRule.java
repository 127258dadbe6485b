package dev.revops.core.plan;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;

/** Whether a {@link Budget} may be exceeded. */
public enum BudgetRule implements Localizable {
  /** Hires wait until their cost fits in the period's budget; the plan says which hires waited. */
  HARD,
  /** Hires land as planned; the plan reports the periods over budget and by how much. */
  SOFT;

  @Override
  public String displayName(Locale locale) {
    return Messages.text("plan.budgetRule." + name(), locale);
  }
}
