package dev.revops.core.stage;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * The thresholds of {@link StageAdvisor}. The source describes the four stages and why
 * organisations move between them, but gives no numbers: every threshold here is a named,
 * documented revops assumption, overridable with the builder, and flagged in explanations.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StagePolicy {

  StagePolicy() {}

  /**
   * Returns the default thresholds.
   *
   * @return the default policy, never null
   */
  public static StagePolicy defaults() {
    return Defaults.INSTANCE;
  }

  /** Holds the default instance, built once on first use. */
  private static final class Defaults {
    static final StagePolicy INSTANCE = builder().build();
  }

  /**
   * Returns a builder starting from the defaults.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StagePolicy}. Not thread-safe. */
  public static final class Builder extends ImmutableStagePolicy.Builder {
    Builder() {}
  }

  /**
   * Share of Ops headcount one reporting pattern must hold for the chart to be read as that
   * stage; below it the chart is in transition. Default 0.8: four Ops in five follow the pattern.
   *
   * @return the share, in (0.5, 1]
   */
  @Value.Default
  public double dominantShare() {
    return 0.8;
  }

  /**
   * The pattern of a team led by an Ops leader who is not at the executive committee: a central
   * Ops function not yet at the top table. Default {@link OrgStage#CENTRALIZED}.
   *
   * @return {@link OrgStage#CENTRALIZED} or {@link OrgStage#AUTONOMOUS}
   */
  @Value.Default
  public OrgStage leaderOutsideCommitteeCountsAs() {
    return OrgStage.CENTRALIZED;
  }

  /**
   * Business headcount from which a company with no Ops should create a first Ops role. Default
   * 10: one Ops per ten business staff is the early ratio of the staffing rule of thumb.
   *
   * @return the headcount, >= 1
   */
  @Value.Default
  public int firstOpsCompanySize() {
    return 10;
  }

  /**
   * Ops teams needed before centralising pays off (something to pool). Default 2.
   *
   * @return the number of teams, >= 1
   */
  @Value.Default
  public int centralizeMinTeams() {
    return 2;
  }

  /**
   * Ops headcount needed before centralising (enough people for a shared team). Default 3.
   *
   * @return the headcount, >= 1
   */
  @Value.Default
  public int centralizeMinOpsHeadcount() {
    return 3;
  }

  /**
   * Symptoms of stage 1 (silos, conflicts of interest, no budget access) needed to recommend
   * centralising. Default 1.
   *
   * @return the count, from 1 to 3
   */
  @Value.Default
  public int centralizeMinSymptoms() {
    return 1;
  }

  /**
   * Ops headcount needed for an autonomous department with its own leader. Default 8: enough
   * for a leader and teams under them.
   *
   * @return the headcount, >= 1
   */
  @Value.Default
  public int autonomousMinOpsHeadcount() {
    return 8;
  }

  /**
   * Business headcount from which an Ops leader at the executive committee is warranted.
   * Default 200.
   *
   * @return the headcount, >= 1
   */
  @Value.Default
  public int autonomousMinCompanySize() {
    return 200;
  }

  /**
   * Ops headcount needed to split into a central team and embedded Ops. Default 15.
   *
   * @return the headcount, >= 1
   */
  @Value.Default
  public int hybridMinOpsHeadcount() {
    return 15;
  }

  /**
   * Business headcount from which one central Ops team struggles to cover both strategy and the
   * field. Default 500.
   *
   * @return the headcount, >= 1
   */
  @Value.Default
  public int hybridMinCompanySize() {
    return 500;
  }

  /**
   * Whether an embedded organisation may go straight to an autonomous department when the
   * triggers of stage 3 are met. Default false.
   *
   * @return true if stage 2 may be skipped
   */
  @Value.Default
  public boolean allowSkipToAutonomous() {
    return false;
  }

  /**
   * Returns true if every threshold has its default value.
   *
   * @return whether this is the default policy
   */
  public boolean isDefault() {
    return equals(defaults());
  }

  @Value.Check
  void check() {
    checkArgument(dominantShare() > 0.5 && dominantShare() <= 1,
        "dominantShare (%s) must be above 0.5 and at most 1", dominantShare());
    checkArgument(leaderOutsideCommitteeCountsAs() == OrgStage.CENTRALIZED || leaderOutsideCommitteeCountsAs() == OrgStage.AUTONOMOUS,
        "leaderOutsideCommitteeCountsAs (%s) must be CENTRALIZED or AUTONOMOUS", leaderOutsideCommitteeCountsAs());
    positive("firstOpsCompanySize", firstOpsCompanySize());
    positive("centralizeMinTeams", centralizeMinTeams());
    positive("centralizeMinOpsHeadcount", centralizeMinOpsHeadcount());
    checkArgument(centralizeMinSymptoms() >= 1 && centralizeMinSymptoms() <= 3,
        "centralizeMinSymptoms (%s) must be between 1 and 3", centralizeMinSymptoms());
    positive("autonomousMinOpsHeadcount", autonomousMinOpsHeadcount());
    positive("autonomousMinCompanySize", autonomousMinCompanySize());
    positive("hybridMinOpsHeadcount", hybridMinOpsHeadcount());
    positive("hybridMinCompanySize", hybridMinCompanySize());
  }

  private static void positive(String name, int value) {
    checkArgument(value >= 1, "%s (%s) must be >= 1", name, value);
  }
}
