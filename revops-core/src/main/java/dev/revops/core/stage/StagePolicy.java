package dev.revops.core.stage;

import dev.revops.core.internal.Checks;
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
  public static final class Builder {
    private final ImmutableStagePolicy.Generator delegate = ImmutableStagePolicy.generator();

    Builder() {}

    /**
     * Fill a builder with attribute values from the provided {@code StagePolicy} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder from(StagePolicy instance) {
      delegate.from(instance);
      return this;
    }

    /**
     * Initializes the value for the {@link StagePolicy#dominantShare() dominantShare} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StagePolicy#dominantShare() dominantShare}.</em>
     * @param dominantShare The value for dominantShare
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder dominantShare(double dominantShare) {
      delegate.dominantShare(dominantShare);
      return this;
    }

    /**
     * Initializes the value for the {@link StagePolicy#leaderOutsideCommitteeCountsAs() leaderOutsideCommitteeCountsAs} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StagePolicy#leaderOutsideCommitteeCountsAs() leaderOutsideCommitteeCountsAs}.</em>
     * @param leaderOutsideCommitteeCountsAs The value for leaderOutsideCommitteeCountsAs
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder leaderOutsideCommitteeCountsAs(OrgStage leaderOutsideCommitteeCountsAs) {
      delegate.leaderOutsideCommitteeCountsAs(leaderOutsideCommitteeCountsAs);
      return this;
    }

    /**
     * Initializes the value for the {@link StagePolicy#firstOpsCompanySize() firstOpsCompanySize} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StagePolicy#firstOpsCompanySize() firstOpsCompanySize}.</em>
     * @param firstOpsCompanySize The value for firstOpsCompanySize
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder firstOpsCompanySize(int firstOpsCompanySize) {
      delegate.firstOpsCompanySize(firstOpsCompanySize);
      return this;
    }

    /**
     * Initializes the value for the {@link StagePolicy#centralizeMinTeams() centralizeMinTeams} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StagePolicy#centralizeMinTeams() centralizeMinTeams}.</em>
     * @param centralizeMinTeams The value for centralizeMinTeams
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder centralizeMinTeams(int centralizeMinTeams) {
      delegate.centralizeMinTeams(centralizeMinTeams);
      return this;
    }

    /**
     * Initializes the value for the {@link StagePolicy#centralizeMinOpsHeadcount() centralizeMinOpsHeadcount} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StagePolicy#centralizeMinOpsHeadcount() centralizeMinOpsHeadcount}.</em>
     * @param centralizeMinOpsHeadcount The value for centralizeMinOpsHeadcount
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder centralizeMinOpsHeadcount(int centralizeMinOpsHeadcount) {
      delegate.centralizeMinOpsHeadcount(centralizeMinOpsHeadcount);
      return this;
    }

    /**
     * Initializes the value for the {@link StagePolicy#centralizeMinSymptoms() centralizeMinSymptoms} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StagePolicy#centralizeMinSymptoms() centralizeMinSymptoms}.</em>
     * @param centralizeMinSymptoms The value for centralizeMinSymptoms
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder centralizeMinSymptoms(int centralizeMinSymptoms) {
      delegate.centralizeMinSymptoms(centralizeMinSymptoms);
      return this;
    }

    /**
     * Initializes the value for the {@link StagePolicy#autonomousMinOpsHeadcount() autonomousMinOpsHeadcount} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StagePolicy#autonomousMinOpsHeadcount() autonomousMinOpsHeadcount}.</em>
     * @param autonomousMinOpsHeadcount The value for autonomousMinOpsHeadcount
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder autonomousMinOpsHeadcount(int autonomousMinOpsHeadcount) {
      delegate.autonomousMinOpsHeadcount(autonomousMinOpsHeadcount);
      return this;
    }

    /**
     * Initializes the value for the {@link StagePolicy#autonomousMinCompanySize() autonomousMinCompanySize} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StagePolicy#autonomousMinCompanySize() autonomousMinCompanySize}.</em>
     * @param autonomousMinCompanySize The value for autonomousMinCompanySize
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder autonomousMinCompanySize(int autonomousMinCompanySize) {
      delegate.autonomousMinCompanySize(autonomousMinCompanySize);
      return this;
    }

    /**
     * Initializes the value for the {@link StagePolicy#hybridMinOpsHeadcount() hybridMinOpsHeadcount} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StagePolicy#hybridMinOpsHeadcount() hybridMinOpsHeadcount}.</em>
     * @param hybridMinOpsHeadcount The value for hybridMinOpsHeadcount
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder hybridMinOpsHeadcount(int hybridMinOpsHeadcount) {
      delegate.hybridMinOpsHeadcount(hybridMinOpsHeadcount);
      return this;
    }

    /**
     * Initializes the value for the {@link StagePolicy#hybridMinCompanySize() hybridMinCompanySize} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StagePolicy#hybridMinCompanySize() hybridMinCompanySize}.</em>
     * @param hybridMinCompanySize The value for hybridMinCompanySize
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder hybridMinCompanySize(int hybridMinCompanySize) {
      delegate.hybridMinCompanySize(hybridMinCompanySize);
      return this;
    }

    /**
     * Initializes the value for the {@link StagePolicy#allowSkipToAutonomous() allowSkipToAutonomous} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StagePolicy#allowSkipToAutonomous() allowSkipToAutonomous}.</em>
     * @param allowSkipToAutonomous The value for allowSkipToAutonomous
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder allowSkipToAutonomous(boolean allowSkipToAutonomous) {
      delegate.allowSkipToAutonomous(allowSkipToAutonomous);
      return this;
    }

    /**
     * Builds a new {@link StagePolicy StagePolicy}.
     * @return An immutable instance of StagePolicy
     * @throws dev.revops.core.MissingValueException if any required attributes are missing
     */
    public StagePolicy build() {
      return delegate.build();
    }
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
    Checks.check(dominantShare() > 0.5 && dominantShare() <= 1,
        "dominantShare", dominantShare(), "must be above 0.5 and at most 1");
    Checks.check(leaderOutsideCommitteeCountsAs() == OrgStage.CENTRALIZED || leaderOutsideCommitteeCountsAs() == OrgStage.AUTONOMOUS,
        "leaderOutsideCommitteeCountsAs", leaderOutsideCommitteeCountsAs(), "must be CENTRALIZED or AUTONOMOUS");
    positive("firstOpsCompanySize", firstOpsCompanySize());
    positive("centralizeMinTeams", centralizeMinTeams());
    positive("centralizeMinOpsHeadcount", centralizeMinOpsHeadcount());
    Checks.check(centralizeMinSymptoms() >= 1 && centralizeMinSymptoms() <= 3,
        "centralizeMinSymptoms", centralizeMinSymptoms(), "must be between 1 and 3");
    positive("autonomousMinOpsHeadcount", autonomousMinOpsHeadcount());
    positive("autonomousMinCompanySize", autonomousMinCompanySize());
    positive("hybridMinOpsHeadcount", hybridMinOpsHeadcount());
    positive("hybridMinCompanySize", hybridMinCompanySize());
  }

  private static void positive(String name, int value) {
    if (!(value >= 1)) {
      throw Checks.invalid(name, value, "must be >= 1");
    }
  }
}
