package dev.revops.core.fit;

import dev.revops.core.org.MissionFamily;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.revops.core.org.MissionMix;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.org.OpsSpecialty;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FitScorerTest {

  private final FitScorer scorer = FitScorer.withDefaults();

  private static OpsRole direct(Map<Competency, Requirement> requirements) {
    return OpsRole.builder().specialty(OpsSpecialty.REVENUE_OPS).level(OpsLevel.SENIOR).mix(MissionMix.of(dev.revops.core.org.MissionFamily.DATA))
        .requirements(RoleRequirements.of(requirements)).build();
  }

  @Test
  void score_is_weighted_coverage() {
    Map<Competency, Requirement> req = new EnumMap<>(Competency.class);
    req.put(Competency.TECHNICAL_TOOLING, Requirement.of(Proficiency.EXPERT, 3));
    req.put(Competency.ANALYSIS_AND_LISTENING, Requirement.of(Proficiency.WORKING, 1));
    Candidate c = Candidate.builder().id("x").origin(ProfileOrigin.OTHER).totalYears(3)
        .assess(Competency.TECHNICAL_TOOLING, Proficiency.WORKING, Evidence.PRACTICAL_CASE)
        .assess(Competency.ANALYSIS_AND_LISTENING, Proficiency.EXPERT, Evidence.SELF_DECLARED)
        .build();
    FitAssessment fit = scorer.assess(c, direct(req));
    // prior: 2 (other background) + 0.25 × 3/6 (three years outside Ops) = 2.125 for both
    // tooling: a practical case (strength 0.8, so 4 times the prior's weight) at 2:
    //   (2.125 + 4 × 2) / 5 = 2.025; 0.75 × 2.025 / 4 = 37.96875 points
    // analysis: self-declared (0.15, so 0.15 / 0.85 times the prior) at 4:
    //   (2.125 + 0.17647 × 4) / 1.17647 = 2.40625, above the 2 required: 25 points
    double selfWeight = 0.15 / 0.85;
    assertThat(fit.breakdown().get(0).estimate()).isCloseTo(2.025, within(1e-9));
    assertThat(fit.breakdown().get(1).estimate()).isCloseTo((2.125 + selfWeight * 4) / (1 + selfWeight), within(1e-9));
    assertThat(fit.score()).isCloseTo(37.96875 + 25, within(1e-9));
    assertThat(fit.confidence()).isCloseTo(0.75 * 0.8 + 0.25 * 0.15, within(1e-12));
    // the range: 25 × (1 - 0.6375) = 9.0625 points either way
    assertThat(fit.scoreLow()).isCloseTo(62.96875 - 9.0625, within(1e-9));
    assertThat(fit.scoreHigh()).isCloseTo(62.96875 + 9.0625, within(1e-9));
    assertThat(fit.displayScore()).isEqualTo("63 (54–72)");
    assertThat(fit.breakdown()).extracting(CompetencyFit::points).containsExactly(37.96875, 25.0);
    assertThat(fit.breakdown()).allMatch(CompetencyFit::assessed);
    assertThat(fit.gaps()).singleElement().satisfies(g -> {
      assertThat(g.competency()).isEqualTo(Competency.TECHNICAL_TOOLING);
      assertThat(g.pointsLost()).isCloseTo(75 - 37.96875, within(1e-9));
      assertThat(g.assessed()).isTrue();
    });
    assertThat(fit.interviewFocus()).isEmpty();
    assertThat(fit.requirements().totalWeight()).isEqualTo(4);
  }

  @Test
  void a_none_requirement_is_always_met() {
    Map<Competency, Requirement> req = Map.of(Competency.FINANCIAL_MODELLING, Requirement.of(Proficiency.NONE, 1));
    Candidate c = Candidate.builder().id("x").origin(ProfileOrigin.SALES_OR_CUSTOMER_SUCCESS).totalYears(1).build();
    assertThat(scorer.assess(c, direct(req)).score()).isEqualTo(100);
  }

  @Test
  void ranking_breaks_ties_by_id_and_keeps_the_unassessed_apart() {
    Candidate a = Candidate.builder().id("b").origin(ProfileOrigin.OTHER).totalYears(1).build();
    Candidate b = Candidate.builder().id("a").origin(ProfileOrigin.OTHER).totalYears(1).build();
    Candidate.Builder proven = Candidate.builder().id("c").origin(ProfileOrigin.OTHER).totalYears(1);
    Candidate.Builder twin = Candidate.builder().id("d").origin(ProfileOrigin.OTHER).totalYears(1);
    for (Competency competency : Competency.values()) {
      proven.assess(competency, Proficiency.WORKING, Evidence.INTERVIEW);
      twin.assess(competency, Proficiency.WORKING, Evidence.INTERVIEW);
    }
    OpsRole role = FitSeedExamplesTest.BUSINESS_PLANNING;
    FitRanking ranking = scorer.rank(List.of(twin.build(), a, b, proven.build()), role);
    assertThat(ranking.placed()).extracting(f -> f.candidate().id()).containsExactly("c", "d");
    assertThat(ranking.notEnoughEvidence()).extracting(f -> f.candidate().id()).containsExactly("a", "b");
    assertThat(ranking.all()).extracting(f -> f.candidate().id()).containsExactly("c", "d", "a", "b");
    assertThat(ranking.explanation().render(java.util.Locale.ENGLISH)).contains("2 placed, 2 not assessed enough to rank");
    // a hiring manager keeps the best one of four
    FitShortlist shortlist = scorer.shortlist(List.of(twin.build(), a, b, proven.build()), role, 1);
    assertThat(shortlist.best()).extracting(f -> f.candidate().id()).containsExactly("c");
    assertThat(shortlist.best().get(0)).isEqualTo(ranking.placed().get(0));
    assertThat(shortlist.explanation().reasons().get(0).render(java.util.Locale.ENGLISH)).isEqualTo(
        "Computed: Shortlist (1): the best placed candidate, assessed in full; the others are only counted"
            + " (1 more placed, 2 not assessed enough to rank, 0 not meeting a must-have).");
    assertThat(shortlist.explanation().reasons().get(0).render(java.util.Locale.FRENCH)).isEqualTo(
        "Calcul : Liste restreinte (1) : le meilleur candidat classé, évalué en détail ; les autres sont seulement"
            + " comptés (1 autre classé, 2 trop peu évalués pour être classés, 0 ne satisfaisant pas un impératif).");
    assertThat(scorer.shortlist(List.of(a, b), role, 3).best()).isEmpty();
  }

  @Test
  void rejects_bad_input() {
    assertThatThrownBy(() -> Candidate.builder().id("x").origin(ProfileOrigin.OTHER).totalYears(2).opsYears(3).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("opsYears (3.0) must not exceed totalYears (2.0)");
    assertThatThrownBy(() -> Candidate.builder().id("x").origin(ProfileOrigin.OTHER).totalYears(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("totalYears (-1.0) must be a finite number >= 0");
    assertThatThrownBy(() -> Candidate.builder().id("x").origin(ProfileOrigin.OTHER).totalYears(1).opsYears(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("opsYears (-1.0) must be a finite number >= 0");
    assertThatThrownBy(() -> Candidate.builder().id(" ").origin(ProfileOrigin.OTHER).totalYears(1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("id ( ) must not be blank");
    assertThatThrownBy(() -> Candidate.builder().id("x").origin(ProfileOrigin.OTHER).totalYears(1)
            .assess(Competency.DATA_MODELLING, Proficiency.BASIC, Evidence.INTERVIEW)
            .assess(Competency.DATA_MODELLING, Proficiency.STRONG, Evidence.INTERVIEW).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("assessments[1].evidence (INTERVIEW) must not assess DATA_MODELLING again with the same kind of evidence");
    // two kinds of evidence on one competency are two assessments
    assertThat(Candidate.builder().id("x").origin(ProfileOrigin.OTHER).totalYears(1)
        .assess(Competency.DATA_MODELLING, Proficiency.EXPERT, Evidence.SELF_DECLARED)
        .assess(Competency.DATA_MODELLING, Proficiency.WORKING, Evidence.PRACTICAL_CASE).build()
        .assessment(Competency.DATA_MODELLING).orElseThrow().evidence()).isEqualTo(Evidence.PRACTICAL_CASE);
    assertThatThrownBy(() -> Proficiency.of(5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("proficiency (5) must be between 0 and 4");
    assertThatThrownBy(() -> Proficiency.of(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MissionMix.of(Map.of(MissionFamily.PROCESS, 0, MissionFamily.TOOLS, 0, MissionFamily.DATA, 0, MissionFamily.TRANSVERSAL, 0))).isInstanceOf(IllegalArgumentException.class);
    Candidate x = Candidate.builder().id("x").origin(ProfileOrigin.OTHER).totalYears(1).build();
    assertThatThrownBy(() -> scorer.rank(List.of(x, x), FitSeedExamplesTest.SALES_OPS_CRM))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("candidates[1] (x) must not repeat the id of another candidate");
    assertThatThrownBy(() -> scorer.shortlist(List.of(x, x), FitSeedExamplesTest.SALES_OPS_CRM, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("candidates[1] (x) must not repeat the id of another candidate");
    assertThatThrownBy(() -> scorer.shortlist(List.of(x), FitSeedExamplesTest.SALES_OPS_CRM, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("size (0) must be at least 1");
    assertThatThrownBy(() -> scorer.assess(null, FitSeedExamplesTest.SALES_OPS_CRM))
        .isInstanceOf(NullPointerException.class).hasMessage("candidate");
    assertThatThrownBy(() -> scorer.assess(x, null)).isInstanceOf(NullPointerException.class).hasMessage("role");
    assertThatThrownBy(() -> Requirement.of(Proficiency.BASIC, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight (0.0) must be a finite number > 0");
    assertThatThrownBy(() -> RoleRequirements.of(Map.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("requirements ({}) must hold at least one competency");
    assertThatThrownBy(() -> FitPolicy.builder().coreShare(1).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("coreShare (1.0) must be strictly between 0 and 1");
    assertThatThrownBy(() -> FitPolicy.builder().specialtyBoost(0.5).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("specialtyBoost (0.5) must be a finite number >= 1");
    assertThatThrownBy(() -> FitPolicy.builder().priors(Map.of()).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("priors ([]) must hold a prior for SALES_OR_CUSTOMER_SUCCESS");
  }

  @Test
  void derived_requirements_follow_level_and_specialty() {
    RoleRequirements junior = FitPolicy.defaults().requirements(OpsRole.builder().from(FitSeedExamplesTest.SALES_OPS_CRM)
        .level(OpsLevel.JUNIOR).build());
    assertThat(junior.byCompetency().get(Competency.TECHNICAL_TOOLING).required()).isEqualTo(Proficiency.WORKING);
    RoleRequirements vp = FitPolicy.defaults().requirements(OpsRole.builder().from(FitSeedExamplesTest.SALES_OPS_CRM)
        .level(OpsLevel.VP).build());
    assertThat(vp.byCompetency().get(Competency.TECHNICAL_TOOLING).required()).isEqualTo(Proficiency.EXPERT);
    // project management is not core in this role (strong, one step below expert), but a VP leads
    // projects: the level's emphasis raises it to expert
    assertThat(vp.byCompetency().get(Competency.PROJECT_MANAGEMENT).required()).isEqualTo(Proficiency.EXPERT);
    assertThat(vp.totalWeight()).isCloseTo(1, within(1e-12));
    assertThat(FitPolicy.defaults().prior(ProfileOrigin.FINANCE).expected(Competency.FINANCIAL_MODELLING)).isEqualTo(Proficiency.EXPERT);
    assertThat(FitPolicy.defaults().prior(ProfileOrigin.CONSULTING).watchPoints()).containsExactly(Competency.HANDS_ON_EXECUTION);
  }
}
