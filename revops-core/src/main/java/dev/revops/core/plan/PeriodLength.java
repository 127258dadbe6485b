package dev.revops.core.plan;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;

/** The length of the periods of a plan: a month or a quarter (three months). */
public enum PeriodLength implements Localizable {
  /** One calendar month. */
  MONTH(1),
  /** Three calendar months, starting with the plan's first month. */
  QUARTER(3);

  private final int months;

  PeriodLength(int months) {
    this.months = months;
  }

  /**
   * The number of months in a period.
   *
   * @return 1 or 3
   */
  public int months() {
    return months;
  }

  /**
   * The number of periods in a year.
   *
   * @return 12 or 4
   */
  public int periodsPerYear() {
    return 12 / months;
  }

  @Override
  public String displayName(Locale locale) {
    return Messages.text("plan.period." + name(), locale);
  }
}
