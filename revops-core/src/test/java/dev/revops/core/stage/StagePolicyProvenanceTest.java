package dev.revops.core.stage;

import dev.revops.core.testing.PolicyChecks;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.explain.Provenance;
import org.junit.jupiter.api.Test;

class StagePolicyProvenanceTest {

  private static StagePolicy withoutProvenance(StagePolicy.Figure changed) {
    ImmutableStagePolicy.Generator g = ImmutableStagePolicy.generator();
    switch (changed) {
      case DOMINANT_SHARE -> g.dominantShare(0.9);
      case LEADER_OUTSIDE_COMMITTEE_COUNTS_AS -> g.leaderOutsideCommitteeCountsAs(OrgStage.AUTONOMOUS);
      case FIRST_OPS_COMPANY_SIZE -> g.firstOpsCompanySize(12);
      case CENTRALIZE_MIN_TEAMS -> g.centralizeMinTeams(3);
      case CENTRALIZE_MIN_OPS_HEADCOUNT -> g.centralizeMinOpsHeadcount(4);
      case CENTRALIZE_MIN_SYMPTOMS -> g.centralizeMinSymptoms(2);
      case SINGLE_TEAM_CENTRALIZE_MIN_SYMPTOMS -> g.singleTeamCentralizeMinSymptoms(3);
      case AUTONOMOUS_MIN_OPS_HEADCOUNT -> g.autonomousMinOpsHeadcount(9);
      case AUTONOMOUS_MIN_COMPANY_SIZE -> g.autonomousMinCompanySize(250);
      case HYBRID_MIN_OPS_HEADCOUNT -> g.hybridMinOpsHeadcount(16);
      case HYBRID_MIN_COMPANY_SIZE -> g.hybridMinCompanySize(600);
      case ALLOW_SKIP_TO_AUTONOMOUS -> g.allowSkipToAutonomous(true);
    }
    return g.build();
  }

  @Test
  void defaults_are_assumptions_and_what_the_caller_sets_is_an_input() {
    for (StagePolicy.Figure f : StagePolicy.Figure.values()) {
      assertThat(StagePolicy.defaults().provenance(f)).isEqualTo(Provenance.assumption());
    }
    StagePolicy set = StagePolicy.builder().dominantShare(0.8).build();
    assertThat(set.provenance(StagePolicy.Figure.DOMINANT_SHARE)).isEqualTo(Provenance.input());
    assertThat(StagePolicy.builder().from(set).build().provenance(StagePolicy.Figure.DOMINANT_SHARE))
        .isEqualTo(Provenance.input());
  }

  @Test
  void a_policy_without_provenance_counts_each_changed_figure_as_an_input() {
    PolicyChecks.eachChangedFigureIsAnInput(StagePolicy.Figure.class, changed -> withoutProvenance(changed)::provenance);
  }
}
