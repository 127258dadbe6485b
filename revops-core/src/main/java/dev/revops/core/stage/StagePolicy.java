package dev.revops.core.stage;

import dev.revops.core.explain.PolicyFigure;
import dev.revops.core.explain.Provenance;
import dev.revops.core.internal.Checks;
import dev.revops.core.internal.ProvenanceTracker;
import java.util.Map;
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
   * The numbers and choices of this policy whose provenance explanations report. Every default is an assumption of revops: the source gives no thresholds.
   */
  public enum Figure implements PolicyFigure {
    /** {@link #dominantShare()}: a stage needs 80 % of Ops headcount (assumption). */
    DOMINANT_SHARE(Provenance.assumption()),
    /** {@link #leaderOutsideCommitteeCountsAs()}: a leader outside the committee counts as centralised (assumption). */
    LEADER_OUTSIDE_COMMITTEE_COUNTS_AS(Provenance.assumption()),
    /** {@link #firstOpsCompanySize()}: first Ops from 10 business staff (assumption). */
    FIRST_OPS_COMPANY_SIZE(Provenance.assumption()),
    /** {@link #centralizeMinTeams()}: centralise from 2 Ops teams (assumption). */
    CENTRALIZE_MIN_TEAMS(Provenance.assumption()),
    /** {@link #centralizeMinOpsHeadcount()}: centralise from 3 Ops (assumption). */
    CENTRALIZE_MIN_OPS_HEADCOUNT(Provenance.assumption()),
    /** {@link #centralizeMinSymptoms()}: centralise from 1 stage-1 symptom (assumption). */
    CENTRALIZE_MIN_SYMPTOMS(Provenance.assumption()),
    /** {@link #singleTeamCentralizeMinSymptoms()}: one team centralises from 2 stage-1 symptoms (assumption). */
    SINGLE_TEAM_CENTRALIZE_MIN_SYMPTOMS(Provenance.assumption()),
    /** {@link #autonomousMinOpsHeadcount()}: autonomous from 8 Ops (assumption). */
    AUTONOMOUS_MIN_OPS_HEADCOUNT(Provenance.assumption()),
    /** {@link #autonomousMinCompanySize()}: autonomous from 200 business staff (assumption). */
    AUTONOMOUS_MIN_COMPANY_SIZE(Provenance.assumption()),
    /** {@link #hybridMinOpsHeadcount()}: hybrid from 15 Ops (assumption). */
    HYBRID_MIN_OPS_HEADCOUNT(Provenance.assumption()),
    /** {@link #hybridMinCompanySize()}: hybrid from 500 business staff (assumption). */
    HYBRID_MIN_COMPANY_SIZE(Provenance.assumption()),
    /** {@link #allowSkipToAutonomous()}: no jump from stage 1 to stage 3 (assumption). */
    ALLOW_SKIP_TO_AUTONOMOUS(Provenance.assumption());

    private final Provenance defaultProvenance;

    Figure(Provenance defaultProvenance) {
      this.defaultProvenance = defaultProvenance;
    }

    @Override
    public Provenance defaultProvenance() {
      return defaultProvenance;
    }
  }

  /**
   * Where each figure of this policy comes from. Built by the builder: a figure the caller set is
   * an {@linkplain Provenance#input() input}, the others keep the provenance of their default (or
   * of the policy given to {@code from}). A policy read from a document without this map takes,
   * for each figure, the provenance of its default when it has the default value, and input
   * otherwise.
   *
   * @return the provenance of every figure, never null
   */
  @Value.Default
  public Map<Figure, Provenance> provenance() {
    return ProvenanceTracker.byValue(Figure.class, this::hasDefaultValue);
  }

  /**
   * Where one figure of this policy comes from.
   *
   * @param figure  the figure, not null
   * @return the provenance, never null
   */
  public Provenance provenance(Figure figure) {
    return ProvenanceTracker.of(provenance(), figure);
  }

  private boolean hasDefaultValue(Figure figure) {
    StagePolicy d = Defaults.INSTANCE;
    return switch (figure) {
      case DOMINANT_SHARE -> dominantShare() == d.dominantShare();
      case LEADER_OUTSIDE_COMMITTEE_COUNTS_AS -> leaderOutsideCommitteeCountsAs() == d.leaderOutsideCommitteeCountsAs();
      case FIRST_OPS_COMPANY_SIZE -> firstOpsCompanySize() == d.firstOpsCompanySize();
      case CENTRALIZE_MIN_TEAMS -> centralizeMinTeams() == d.centralizeMinTeams();
      case CENTRALIZE_MIN_OPS_HEADCOUNT -> centralizeMinOpsHeadcount() == d.centralizeMinOpsHeadcount();
      case CENTRALIZE_MIN_SYMPTOMS -> centralizeMinSymptoms() == d.centralizeMinSymptoms();
      case SINGLE_TEAM_CENTRALIZE_MIN_SYMPTOMS -> singleTeamCentralizeMinSymptoms() == d.singleTeamCentralizeMinSymptoms();
      case AUTONOMOUS_MIN_OPS_HEADCOUNT -> autonomousMinOpsHeadcount() == d.autonomousMinOpsHeadcount();
      case AUTONOMOUS_MIN_COMPANY_SIZE -> autonomousMinCompanySize() == d.autonomousMinCompanySize();
      case HYBRID_MIN_OPS_HEADCOUNT -> hybridMinOpsHeadcount() == d.hybridMinOpsHeadcount();
      case HYBRID_MIN_COMPANY_SIZE -> hybridMinCompanySize() == d.hybridMinCompanySize();
      case ALLOW_SKIP_TO_AUTONOMOUS -> allowSkipToAutonomous() == d.allowSkipToAutonomous();
    };
  }

  /**
   * Returns the default policy: the default thresholds.
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
    private final ProvenanceTracker<Figure> provenance = new ProvenanceTracker<>(Figure.class);

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
      provenance.startFrom(instance.provenance());
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
      provenance.set(Figure.DOMINANT_SHARE);
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
      provenance.set(Figure.LEADER_OUTSIDE_COMMITTEE_COUNTS_AS);
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
      provenance.set(Figure.FIRST_OPS_COMPANY_SIZE);
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
      provenance.set(Figure.CENTRALIZE_MIN_TEAMS);
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
      provenance.set(Figure.CENTRALIZE_MIN_OPS_HEADCOUNT);
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
      provenance.set(Figure.CENTRALIZE_MIN_SYMPTOMS);
      return this;
    }

    /**
     * Sets {@link StagePolicy#singleTeamCentralizeMinSymptoms()}.
     *
     * @param singleTeamCentralizeMinSymptoms  the number of stage-1 symptoms, from 1 to 3
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder singleTeamCentralizeMinSymptoms(int singleTeamCentralizeMinSymptoms) {
      delegate.singleTeamCentralizeMinSymptoms(singleTeamCentralizeMinSymptoms);
      provenance.set(Figure.SINGLE_TEAM_CENTRALIZE_MIN_SYMPTOMS);
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
      provenance.set(Figure.AUTONOMOUS_MIN_OPS_HEADCOUNT);
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
      provenance.set(Figure.AUTONOMOUS_MIN_COMPANY_SIZE);
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
      provenance.set(Figure.HYBRID_MIN_OPS_HEADCOUNT);
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
      provenance.set(Figure.HYBRID_MIN_COMPANY_SIZE);
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
      provenance.set(Figure.ALLOW_SKIP_TO_AUTONOMOUS);
      return this;
    }

    /**
     * Builds a new {@link StagePolicy StagePolicy}.
     * @return An immutable instance of StagePolicy
     * @throws dev.revops.core.MissingValueException if any required attributes are missing
     */
    public StagePolicy build() {
      return delegate.provenance(provenance.provenance()).build();
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
   * Stage-1 symptoms that make centralising worth it for an organisation with fewer Ops teams
   * than {@link #centralizeMinTeams()}, usually a single embedded team. Centralising pools the
   * work of several teams; a single team has nothing to pool, but when it is caught between its
   * business and the company (business priorities crowding out company projects, no budget of
   * its own), a line to a corporate executive resolves that. Default 2: one symptom alone can be
   * a passing tension; two make a pattern. At least {@link #centralizeMinSymptoms()} is required
   * in any case.
   *
   * @return the count, from 1 to 3
   */
  @Value.Default
  public int singleTeamCentralizeMinSymptoms() {
    return 2;
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
    Checks.check(singleTeamCentralizeMinSymptoms() >= 1 && singleTeamCentralizeMinSymptoms() <= 3,
        "singleTeamCentralizeMinSymptoms", singleTeamCentralizeMinSymptoms(), "must be between 1 and 3");
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
