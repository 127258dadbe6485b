package dev.revops.core.staffing;

import dev.revops.core.internal.Checks;
import dev.revops.core.org.BusinessTeam;
import org.immutables.value.Value;

/**
 * The Ops allocated to one business team by a {@link StaffingRecommendation}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TeamAllocation {

  TeamAllocation() {}

  /**
   * The team.
   *
   * @return the team, never null
   */
  @Value.Parameter
  public abstract BusinessTeam team();

  /**
   * The Ops allocated to the team, in whole people.
   *
   * @return the number of Ops, zero or more
   */
  @Value.Parameter
  public abstract int ops();

  /**
   * The headcount weighted by the team's tiers, as used to share out the Ops: headcount times
   * {@code 1 + extra tier weight × (tiers − 1)}.
   *
   * @return the weighted headcount, finite and >= 0
   */
  @Value.Parameter
  public abstract double weightedHeadcount();

  /**
   * Obtains an allocation.
   *
   * @param team  the team, not null
   * @param ops  the Ops allocated, >= 0
   * @param weightedHeadcount  the tier-weighted headcount, finite, >= 0
   * @return the new instance, never null
   * @throws IllegalArgumentException if a number breaks its rule
   */
  static TeamAllocation of(BusinessTeam team, int ops, double weightedHeadcount) {
    return ImmutableTeamAllocation.of(team, ops, weightedHeadcount);
  }

  @Value.Check
  void check() {
    Checks.check(ops() >= 0, "ops", ops(), "must be >= 0");
    Checks.check(Double.isFinite(weightedHeadcount()) && weightedHeadcount() >= 0,
        "weightedHeadcount", weightedHeadcount(), "must be a finite number >= 0");
  }
}
