package dev.revops.core.plan;

import dev.revops.core.explain.Explanation;
import dev.revops.core.internal.Checks;
import dev.revops.core.stage.Verdict;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The plan of one scenario: its periods, from today's team to the end of the horizon, with totals.
 *
 * <p>{@code planner.plan(input).steps().get(3).hires()} is the number of Ops who start in the
 * fourth period. When a plan is built it checks that the headcount of a period is the previous one
 * plus its hires minus its leavers and that the cumulative cost adds up. That nobody leaves but by
 * attrition or a planned departure and that no period hires beyond the cap are rules of
 * {@link OpsPlanner}, tested as properties, not checked on the result.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OpsPlan {

  OpsPlan() {}

  /**
   * The scenario's name.
   *
   * @return the name, never blank
   */
  public abstract String scenario();

  /**
   * The Ops in the team before the first period.
   *
   * @return the starting headcount, zero or more
   */
  public abstract int startingHeadcount();

  /**
   * The periods, in order.
   *
   * @return the periods, at least one
   */
  public abstract List<PlanStep> steps();

  /**
   * Why: a summary line, the assumptions the plan rests on, and the stage timing.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  /**
   * The people hired over the plan.
   *
   * @return the sum of the periods' hires
   */
  public int totalHires() {
    int n = 0;
    for (PlanStep s : steps()) {
      n += s.hires();
    }
    return n;
  }

  /**
   * The people who left over the plan.
   *
   * @return the sum of the periods' leavers
   */
  public int totalLeavers() {
    int n = 0;
    for (PlanStep s : steps()) {
      n += s.leavers();
    }
    return n;
  }

  /**
   * The cost of the whole plan.
   *
   * @return the last period's cumulative cost
   */
  public Money totalCost() {
    return steps().get(steps().size() - 1).cumulativeCost();
  }

  /**
   * The Ops in the team at the end of the plan.
   *
   * @return the last period's headcount
   */
  public int finalHeadcount() {
    return steps().get(steps().size() - 1).headcount();
  }

  /**
   * The first period whose stage advice is to move to another stage: when to reorganise.
   *
   * @return the period, empty without stage advice or when no move is advised
   */
  public Optional<PlanStep> firstStageChange() {
    for (PlanStep s : steps()) {
      if (s.stage().isPresent() && s.stage().get().verdict() == Verdict.MOVE) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    Checks.check(!scenario().isBlank(), "scenario", scenario(), "must not be blank");
    Checks.check(!steps().isEmpty(), "steps", steps(), "must hold at least one period");
    Checks.check(startingHeadcount() >= 0, "startingHeadcount", startingHeadcount(), "must be >= 0");
    int previous = startingHeadcount();
    Money cumulative = null;
    for (int i = 0; i < steps().size(); i++) {
      PlanStep s = steps().get(i);
      if (s.index() != i) {
        throw Checks.invalid("steps[" + i + "].index", s.index(), "must be " + i);
      }
      if (s.headcount() != previous + s.hires() - s.leavers()) {
        throw Checks.invalid("steps[" + i + "].headcount", s.headcount(),
            "must be the previous headcount (" + previous + ") plus the hires (" + s.hires() + ") minus the leavers ("
              + s.leavers() + ")");
      }
      cumulative = cumulative == null ? s.cost() : cumulative.plus(s.cost());
      if (!s.cumulativeCost().equals(cumulative)) {
        throw Checks.invalid("steps[" + i + "].cumulativeCost", s.cumulativeCost(),
            "must be the sum of the costs so far (" + cumulative + ")");
      }
      previous = s.headcount();
    }
  }
}
