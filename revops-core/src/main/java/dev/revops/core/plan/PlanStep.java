package dev.revops.core.plan;

import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.Messages;
import dev.revops.core.fit.ProfileOrigin;
import dev.revops.core.internal.Checks;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.staffing.MaturityPhase;
import dev.revops.core.stage.StageDiagnosis;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One period of an {@link OpsPlan}: the business, the Ops needed and in place, the roles opened,
 * hires, departures, cost against budget, and the stage advice.
 *
 * <p>Headcounts are at the end of the period. Hires start on the day their time to hire runs out
 * (prorated in the cost of their first period); departures fall mid-period on average (half a
 * period paid).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlanStep {

  PlanStep() {}

  /**
   * The position of the period in the plan.
   *
   * @return 0 for the first period
   */
  public abstract int index();

  /**
   * The first month of the period.
   *
   * @return the month, never null
   */
  public abstract YearMonth start();

  /**
   * The length of the period.
   *
   * @return the length, never null
   */
  public abstract PeriodLength length();

  /**
   * The business organisation of the period, grown as the input says.
   *
   * @return the organisation, never null
   */
  public abstract BusinessOrg business();

  /**
   * The business headcount of each function in the period.
   *
   * @return the headcounts by function, in the organisation's order
   */
  public Map<BusinessFunction, Long> businessHeadcount() {
    Map<BusinessFunction, Long> out = new java.util.LinkedHashMap<>();
    for (dev.revops.core.org.BusinessTeam team : business().teams()) {
      out.merge(team.function(), (long) team.headcount(), Long::sum);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * The whole business headcount.
   *
   * @return the staff of every team
   */
  public long businessTotal() {
    return business().totalHeadcount();
  }

  /**
   * The maturity phase the staffing rule used.
   *
   * @return the phase, never null
   */
  public abstract MaturityPhase phase();

  /**
   * The Ops the staffing rule asks for in the period (its target).
   *
   * @return the Ops needed, zero or more
   */
  public abstract int opsNeeded();

  /**
   * The Ops in the team at the end of the period.
   *
   * @return the headcount, zero or more
   */
  public abstract int headcount();

  /**
   * The productive full-time equivalents at the end of the period: each person counts for the share
   * of their ramp-up done.
   *
   * @return the FTE, between 0 and {@link #headcount()}
   */
  public abstract double productiveFte();

  /**
   * The roles opened in the period (new roles and backfills).
   *
   * @return the roles, zero or more
   */
  public abstract int rolesOpened();

  /**
   * The people who started in the period.
   *
   * @return the hires, zero or more
   */
  public abstract int hires();

  /**
   * Among the hires, those replacing a departure.
   *
   * @return the backfills, at most {@link #hires()}
   */
  public abstract int backfills();

  /**
   * The people who left in the period (attrition and planned departures).
   *
   * @return the leavers, zero or more
   */
  public abstract int leavers();

  /**
   * The hires by level.
   *
   * @return the hires of each level hired, summing to {@link #hires()}
   */
  public abstract Map<OpsLevel, Integer> hiresByLevel();

  /**
   * The hires by recommended candidate pool.
   *
   * @return the hires from each pool, summing to {@link #hires()}
   */
  public abstract Map<ProfileOrigin, Integer> hiresByPool();

  /**
   * The hires due in the period that a hard budget pushed to a later period, by level.
   *
   * @return the delayed hires, possibly empty
   */
  public abstract Map<OpsLevel, Integer> delayedByBudget();

  /**
   * The hires due in the period that the hiring cap pushed to a later period.
   *
   * @return the delayed hires, zero or more
   */
  public abstract int delayedByCapacity();

  /**
   * The hires due in the period that a hiring freeze put on hold until it ends.
   *
   * @return the hires on hold, zero or more
   */
  public abstract int delayedByFreeze();

  /**
   * The payroll cost of the period, employer on-cost included, prorated for the part of the period
   * each person worked.
   *
   * @return the cost, never null
   */
  public abstract Money cost();

  /**
   * The yearly payroll cost of the team at the end of the period.
   *
   * @return the run-rate, never null
   */
  public abstract Money runRate();

  /**
   * The cost of the plan up to and including this period.
   *
   * @return the cumulative cost, never null
   */
  public abstract Money cumulativeCost();

  /**
   * The budget of the period.
   *
   * @return the budget, empty without a budget
   */
  public abstract Optional<Money> budget();

  /**
   * The budget left in the period: budget minus cost, negative when over budget.
   *
   * @return the variance, empty without a budget
   */
  public abstract Optional<Money> variance();

  /**
   * The stage diagnosis of the team as it stands at the end of the period.
   *
   * @return the diagnosis, empty without an org chart in the input
   */
  public abstract Optional<StageDiagnosis> stage();

  /**
   * The business functions whose Ops the staffing rule allocates but the team is too small to
   * cover, largest allocation first.
   *
   * @return the functions without Ops coverage, possibly empty
   */
  public abstract List<BusinessFunction> uncovered();

  /**
   * Why: the summary line first, then the needs, roles, hires, departures, cost and stage.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  /**
   * The period's label: "2027-01" for a month, "Q1 2027" ("T1 2027" in French) for a calendar
   * quarter, "2027-02 to 2027-04" otherwise.
   *
   * @param locale  the language, not null
   * @return the label, never null
   */
  public String label(Locale locale) {
    return label(start(), length(), locale);
  }

  static String label(YearMonth start, PeriodLength length, Locale locale) {
    if (length == PeriodLength.MONTH) {
      return start.toString();
    }
    if ((start.getMonthValue() - 1) % 3 == 0) {
      return Messages.format("plan.period.calendarQuarter", locale,
          List.of((long) (start.getMonthValue() + 2) / 3, String.valueOf(start.getYear())));
    }
    return Messages.format("plan.period.range", locale, List.of(start.toString(), start.plusMonths(2).toString()));
  }

  @Value.Check
  void check() {
    Checks.check(index() >= 0, "index", index(), "must be >= 0");
    Checks.check(opsNeeded() >= 0, "opsNeeded", opsNeeded(), "must be >= 0");
    Checks.check(headcount() >= 0, "headcount", headcount(), "must be >= 0");
    Checks.check(hires() >= 0 && leavers() >= 0 && rolesOpened() >= 0 && delayedByCapacity() >= 0
        && delayedByFreeze() >= 0, "hires", hires(),
        "must be >= 0, like the leavers, roles opened and hires delayed");
    if (!(backfills() >= 0 && backfills() <= hires())) {
      throw Checks.invalid("backfills", backfills(), "must be between 0 and the hires (" + hires() + ")");
    }
    if (!(productiveFte() >= 0 && productiveFte() <= headcount() + 1e-9)) {
      throw Checks.invalid("productiveFte", productiveFte(), "must be between 0 and the headcount (" + headcount() + ")");
    }
    if (sum(hiresByLevel()) != hires()) {
      throw Checks.invalid("hiresByLevel", hiresByLevel(), "must sum to the hires (" + hires() + ")");
    }
    if (sum(hiresByPool()) != hires()) {
      throw Checks.invalid("hiresByPool", hiresByPool(), "must sum to the hires (" + hires() + ")");
    }
    Checks.check(budget().isPresent() == variance().isPresent(), "variance", variance().orElse(null),
        "must be given exactly when the budget is");
    if (budget().isPresent()) {
      if (!variance().get().equals(budget().get().minus(cost()))) {
        throw Checks.invalid("variance", variance().get(),
            "must be the budget (" + budget().get() + ") minus the cost (" + cost() + ")");
      }
    }
  }

  private static long sum(Map<?, Integer> counts) {
    long n = 0;
    for (int c : counts.values()) {
      Checks.check(c > 0, "count", c, "must be > 0: a level or pool with no hire is left out");
      n += c;
    }
    return n;
  }
}
