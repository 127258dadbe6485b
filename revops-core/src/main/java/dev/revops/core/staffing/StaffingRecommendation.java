package dev.revops.core.staffing;

import com.google.common.collect.ImmutableMap;
import dev.revops.core.explain.Explanation;
import dev.revops.core.internal.Checks;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessTeam;
import dev.revops.core.org.OpsTarget;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How many Ops a business organisation needs in a phase, and where they go.
 *
 * <p>For the source's customer-service organisation of 100 people in four functions, mature:
 * {@link #minimum()} 4 (one per function), {@link #fte()} 5.0 (100 / 20), {@link #target()} 5,
 * {@link #bandLow()} to {@link #bandHigh()} 5 to 10 (mature ratio to early ratio), and an {@link #allocation()} of 2 Ops for
 * the three-tier support team and 1 for each other team.
 *
 * <p>Produced by {@link StaffingCalculator#recommend}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StaffingRecommendation {

  StaffingRecommendation() {}

  /**
   * The organisation assessed.
   *
   * @return the organisation, never null
   */
  public abstract BusinessOrg org();

  /**
   * The phase the ratio was taken for.
   *
   * @return the phase, never null
   */
  public abstract MaturityPhase phase();

  /**
   * Business staff per Ops used: the policy's ratio for the phase.
   *
   * @return the ratio, >= 1
   */
  public abstract double staffPerOps();

  /**
   * The business staff Ops support: the organisation's total headcount.
   *
   * @return the headcount, zero or more
   */
  public abstract long businessHeadcount();

  /**
   * The business functions with staff, in the order of the organisation; each gets at least the
   * policy's floor.
   *
   * @return the staffed functions, never null
   */
  public abstract Set<BusinessFunction> staffedFunctions();

  /**
   * The floor: the minimum Ops per function (one, in the source) for each function large enough
   * for an Ops of its own ({@link StaffingPolicy#dedicatedOpsFromStaff()}), plus one Ops per
   * {@link StaffingPolicy#smallFunctionsPerOps()} smaller functions, at most the
   * {@link #maximum()}.
   *
   * @return the minimum number of Ops, zero or more
   */
  public abstract int minimum();

  /**
   * The exact number of Ops the ratio asks for, before rounding and before the floor:
   * business headcount / staff per Ops, plus the coordination of the functions supported beyond
   * {@link StaffingPolicy#functionsInRatio()} (minus it below), never below 0.
   *
   * @return the full-time equivalents, >= 0
   */
  public abstract double fte();

  /**
   * The recommended number of Ops: {@link #fte()} rounded as the policy says, and never below
   * {@link #minimum()}.
   *
   * @return the target, >= {@link #minimum()}
   */
  public abstract int target();

  /**
   * The lower end of the band: the target at the mature ratio (never below the minimum).
   *
   * @return the lower end
   */
  public abstract int bandLow();

  /**
   * The upper end of the band: the target at the early ratio (never below the minimum).
   *
   * @return the upper end
   */
  public abstract int bandHigh();

  /**
   * The Ops per team, in the order of the organisation's teams, summing to {@link #target()}.
   * Every staffed function gets at least the floor; teams of the same function share its Ops.
   *
   * @return the allocation, never null
   */
  public abstract List<TeamAllocation> allocation();

  /**
   * Why: the inputs, the ratio and where it comes from, the floor, the rounding, the apportionment
   * and every assumption used.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  /**
   * Returns true if the ratio alone gave fewer Ops than the floor, so the target was raised.
   *
   * @return whether the floor decided the target
   */
  public boolean raisedToMinimum() {
    return target() == minimum() && minimum() > 0 && rounded() < minimum();
  }

  /**
   * The Ops the ratio asks for, rounded, before the floor is applied.
   *
   * @return the rounded ratio target
   */
  public abstract int rounded();

  /**
   * The most Ops the policy allows for this organisation: its headcount divided by the early ratio,
   * rounded up ({@link StaffingPolicy#capAtEarlyRatio()}); empty when the policy sets no cap.
   *
   * @return the maximum, empty without a cap
   */
  public abstract java.util.OptionalInt maximum();

  /**
   * The Ops allocated to one function, over its teams.
   *
   * @param function  the function, not null
   * @return the number of Ops, zero if the organisation has no team doing it
   */
  public int opsFor(BusinessFunction function) {
    Objects.requireNonNull(function, "function");
    return allocation().stream().filter(a -> a.team().function().equals(function))
        .mapToInt(TeamAllocation::ops).sum();
  }

  /**
   * The Ops per function, in the order of the organisation.
   *
   * @return the Ops of each function, never null
   */
  public Map<BusinessFunction, Integer> allocationByFunction() {
    Map<BusinessFunction, Integer> byFunction = new LinkedHashMap<>();
    for (TeamAllocation a : allocation()) {
      byFunction.merge(a.team().function(), a.ops(), Integer::sum);
    }
    return ImmutableMap.copyOf(byFunction);
  }

  /**
   * This recommendation as the figure an Ops organisation is checked against: the target, the
   * minimum, the business headcount and the staffed functions (for example by
   * {@code StageAdvisor.diagnose(chart, signals, target)}).
   *
   * @return the target, never null
   */
  public OpsTarget opsTarget() {
    return OpsTarget.of(target(), minimum(), businessHeadcount(), staffedFunctions());
  }

  @Value.Check
  void check() {
    Checks.check(Double.isFinite(staffPerOps()) && staffPerOps() >= 1,
        "staffPerOps", staffPerOps(), "must be a finite number >= 1");
    Checks.check(businessHeadcount() == org().totalHeadcount(), "businessHeadcount", businessHeadcount(),
        "must equal the organisation's total headcount (" + org().totalHeadcount() + ")");
    Checks.check(Double.isFinite(fte()) && fte() >= 0, "fte", fte(), "must be a finite number >= 0");
    Checks.check(minimum() >= 0, "minimum", minimum(), "must be >= 0");
    Checks.check(rounded() >= 0, "rounded", rounded(), "must be >= 0");
    int expected = Math.min(maximum().orElse(Integer.MAX_VALUE), Math.max(minimum(), rounded()));
    if (target() != expected) {
      throw Checks.invalid("target", target(), "must be the larger of minimum (" + minimum() + ") and rounded ("
          + rounded() + "), at most the maximum (" + maximum() + ")");
    }
    if (maximum().isPresent() && minimum() > maximum().getAsInt()) {
      throw Checks.invalid("minimum", minimum(), "must not exceed the maximum (" + maximum().getAsInt() + ")");
    }
    if (bandLow() < minimum() || bandLow() > bandHigh()) {
      throw Checks.invalid("bandLow", bandLow(),
          "must be between minimum (" + minimum() + ") and bandHigh (" + bandHigh() + ")");
    }
    Set<BusinessFunction> withStaff = new HashSet<>();
    for (BusinessTeam team : org().teams()) {
      if (team.headcount() > 0) {
        withStaff.add(team.function());
      }
    }
    for (BusinessFunction f : staffedFunctions()) {
      if (!withStaff.contains(f)) {
        throw Checks.invalid("staffedFunctions", f, "must have staff in the organisation");
      }
    }
    if (allocation().size() != org().teams().size()) {
      throw Checks.invalid("allocation", allocation().size() + " teams",
          "must hold one entry per team of the organisation (" + org().teams().size() + ")");
    }
    long sum = 0;
    for (int i = 0; i < allocation().size(); i++) {
      TeamAllocation a = allocation().get(i);
      if (!a.team().equals(org().teams().get(i))) {
        throw Checks.invalid("allocation[" + i + "].team", a.team(),
            "must be team " + i + " of the organisation (" + org().teams().get(i) + ")");
      }
      if (a.ops() > 0 && a.team().headcount() == 0) {
        throw Checks.invalid("allocation[" + i + "].ops", a.ops(), "must be 0 for a team without staff");
      }
      sum += a.ops();
    }
    if (sum != target()) {
      throw Checks.invalid("allocation", sum + " Ops in all", "must add up to the target (" + target() + ")");
    }
  }
}
