package dev.revops.core.staffing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Range;
import dev.revops.core.explain.Explanation;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * How many Ops a business organisation needs in a phase, and where they go.
 *
 * <p>For the source's customer-service organisation of 100 people in four functions, mature:
 * {@link #minimum()} 4 (one per function), {@link #fte()} 5.0 (100 / 20), {@link #target()} 5,
 * {@link #band()} [5, 10] (mature ratio to early ratio), and an {@link #allocation()} of 2 Ops for
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
  public abstract ImmutableSet<BusinessFunction> staffedFunctions();

  /**
   * The floor: the staffed functions times the minimum Ops per function (one, in the source).
   *
   * @return the minimum number of Ops, zero or more
   */
  public abstract long minimum();

  /**
   * The exact number of Ops the ratio asks for, before rounding and before the floor:
   * business headcount / staff per Ops.
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
  public abstract long target();

  /**
   * The lower end of the band: the target at the mature ratio (never below the minimum).
   *
   * @return the lower end
   */
  public abstract long bandLow();

  /**
   * The upper end of the band: the target at the early ratio (never below the minimum).
   *
   * @return the upper end
   */
  public abstract long bandHigh();

  /**
   * The Ops per team, in the order of the organisation's teams, summing to {@link #target()}.
   * Every staffed function gets at least the floor; teams of the same function share its Ops.
   *
   * @return the allocation, never null
   */
  public abstract ImmutableList<TeamAllocation> allocation();

  /**
   * Why: the inputs, the ratio and where it comes from, the floor, the rounding, the apportionment
   * and every assumption used.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  /**
   * The range from the mature-ratio target to the early-ratio target, both never below the
   * minimum: how many Ops the source's rule of thumb allows for this organisation.
   *
   * @return the closed range, never null
   */
  public Range<Long> band() {
    return Range.closed(bandLow(), bandHigh());
  }

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
  public abstract long rounded();

  /**
   * The Ops allocated to one function, over its teams.
   *
   * @param function  the function, not null
   * @return the number of Ops, zero if the organisation has no team doing it
   */
  public long opsFor(BusinessFunction function) {
    Objects.requireNonNull(function, "function");
    return allocation().stream().filter(a -> a.team().function().equals(function))
        .mapToLong(TeamAllocation::ops).sum();
  }

  /**
   * The Ops per function, in the order of the organisation.
   *
   * @return the Ops of each function, never null
   */
  public ImmutableMap<BusinessFunction, Long> allocationByFunction() {
    Map<BusinessFunction, Long> byFunction = new LinkedHashMap<>();
    for (TeamAllocation a : allocation()) {
      byFunction.merge(a.team().function(), a.ops(), Long::sum);
    }
    return ImmutableMap.copyOf(byFunction);
  }
}
