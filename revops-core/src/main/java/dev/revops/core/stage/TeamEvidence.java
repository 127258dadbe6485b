package dev.revops.core.stage;

import org.immutables.value.Value;

/**
 * How one Ops team was read by {@link StageAdvisor#classify(OpsOrgChart)}: its reporting line and
 * the stage pattern that line belongs to.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TeamEvidence {

  TeamEvidence() {}

  /**
   * The team.
   *
   * @return the team, never null
   */
  @Value.Parameter
  public abstract OpsTeam team();

  /**
   * The stage whose pattern the team follows ({@link OrgStage#EMBEDDED},
   * {@link OrgStage#CENTRALIZED} or {@link OrgStage#AUTONOMOUS}).
   *
   * @return the pattern, never null
   */
  @Value.Parameter
  public abstract OrgStage pattern();

  static TeamEvidence of(OpsTeam team, OrgStage pattern) {
    return ImmutableTeamEvidence.of(team, pattern);
  }
}
