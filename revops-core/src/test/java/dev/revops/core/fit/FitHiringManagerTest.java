package dev.revops.core.fit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.org.MissionMix;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.org.OpsSpecialty;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the cases a hiring manager brought, three roles and candidates from each pool, each
 * with the behaviour the hiring manager expects.
 */
class FitHiringManagerTest {

  /** A CRM administration role in Sales Ops, where tooling is a must-have. */
  static final OpsRole CRM_ADMIN = OpsRole.builder().from(FitSeedExamplesTest.SALES_OPS_CRM).title("CRM admin")
      .putMustHaves(Competency.TECHNICAL_TOOLING, Proficiency.WORKING).build();
  static final OpsRole BUSINESS_PLANNING = FitSeedExamplesTest.BUSINESS_PLANNING;
  static final OpsRole CUSTOMER_OPS_PROCESSES = OpsRole.builder().title("Customer Ops processes")
      .specialty(OpsSpecialty.CUSTOMER_OPS).level(OpsLevel.SENIOR).mix(MissionMix.parse("PROCESS:0.7,TRANSVERSAL:0.3"))
      .build();
  static final List<OpsRole> ROLES = List.of(CRM_ADMIN, BUSINESS_PLANNING, CUSTOMER_OPS_PROCESSES);

  private final FitScorer scorer = FitScorer.withDefaults();

  @Test
  void a_self_declared_expert_does_not_beat_a_candidate_proven_strong() {
    Candidate sdr = Candidate.builder().id("sdr").origin(ProfileOrigin.SALES_OR_CUSTOMER_SUCCESS).totalYears(2)
        .assess(Competency.TECHNICAL_TOOLING, Proficiency.EXPERT, Evidence.SELF_DECLARED)
        .assess(Competency.DATA_MODELLING, Proficiency.EXPERT, Evidence.SELF_DECLARED).build();
    Candidate proven = Candidate.builder().id("proven").origin(ProfileOrigin.SALES_OR_CUSTOMER_SUCCESS).totalYears(2)
        .assess(Competency.TECHNICAL_TOOLING, Proficiency.STRONG, Evidence.PRACTICAL_CASE)
        .assess(Competency.DATA_MODELLING, Proficiency.STRONG, Evidence.PRACTICAL_CASE).build();
    FitAssessment claimed = scorer.assess(sdr, CRM_ADMIN);
    FitAssessment shown = scorer.assess(proven, CRM_ADMIN);
    assertThat(shown.score()).isGreaterThan(claimed.score());
    assertThat(shown.scoreLow()).isGreaterThan(claimed.scoreLow());
    FitRanking ranking = scorer.rank(List.of(sdr, proven), CRM_ADMIN);
    assertThat(ranking.placed()).extracting(f -> f.candidate().id()).containsExactly("proven");
    assertThat(ranking.notEnoughEvidence()).extracting(f -> f.candidate().id()).containsExactly("sdr");
    // the self-declaration leaves the must-have to verify, first in the interview focus
    assertThat(claimed.mustHaves()).singleElement().extracting(MustHaveCheck::status).isEqualTo(MustHaveStatus.TO_VERIFY);
    assertThat(claimed.interviewFocus().get(0)).isEqualTo(FocusItem.of(Competency.TECHNICAL_TOOLING,
        FocusReason.MUST_HAVE_TO_VERIFY));
  }

  @Test
  void an_unassessed_consultant_does_not_beat_a_finance_candidate_proven_in_a_practical_case() {
    Candidate consultant = Candidate.builder().id("consultant").origin(ProfileOrigin.CONSULTING).totalYears(6).build();
    Candidate finance = Candidate.builder().id("finance").origin(ProfileOrigin.FINANCE).totalYears(6)
        .assess(Competency.TECHNICAL_TOOLING, Proficiency.STRONG, Evidence.PRACTICAL_CASE)
        .assess(Competency.DATA_MODELLING, Proficiency.STRONG, Evidence.PRACTICAL_CASE)
        .assess(Competency.FINANCIAL_MODELLING, Proficiency.EXPERT, Evidence.PRACTICAL_CASE)
        .assess(Competency.ANALYSIS_AND_LISTENING, Proficiency.STRONG, Evidence.INTERVIEW).build();
    FitRanking ranking = scorer.rank(List.of(consultant, finance), BUSINESS_PLANNING);
    assertThat(ranking.all()).extracting(f -> f.candidate().id()).containsExactly("finance", "consultant");
    assertThat(ranking.placed()).extracting(f -> f.candidate().id()).containsExactly("finance");
  }

  @Test
  void an_experienced_ops_with_nothing_assessed_is_not_ranked_first_with_false_certainty() {
    Candidate veteran = Candidate.builder().id("veteran").origin(ProfileOrigin.EXPERIENCED_OPS).totalYears(8)
        .opsYears(6).build();
    Candidate.Builder tested = Candidate.builder().id("tested").origin(ProfileOrigin.OTHER).totalYears(4);
    for (Competency competency : Competency.values()) {
      tested.assess(competency, Proficiency.STRONG, Evidence.PRACTICAL_CASE);
    }
    for (OpsRole role : ROLES) {
      FitAssessment fit = scorer.assess(veteran, role);
      assertThat(fit.confidence()).isZero();
      assertThat(fit.scoreHigh() - fit.scoreLow()).as("a range as wide as no evidence allows").isEqualTo(50);
      FitRanking ranking = scorer.rank(List.of(veteran, tested.build()), role);
      assertThat(ranking.all().get(0).candidate().id()).as(role.title()).isEqualTo("tested");
      assertThat(ranking.notEnoughEvidence()).extracting(f -> f.candidate().id()).containsExactly("veteran");
    }
  }

  @Test
  void years_of_experience_move_the_score() {
    double previous = -1;
    for (double years : new double[] {1, 5, 15}) {
      Candidate c = Candidate.builder().id("y" + years).origin(ProfileOrigin.OTHER).totalYears(years).build();
      double score = scorer.assess(c, CUSTOMER_OPS_PROCESSES).score();
      assertThat(score).as(years + " years").isGreaterThan(previous);
      previous = score;
    }
    Candidate outside = Candidate.builder().id("outside").origin(ProfileOrigin.OTHER).totalYears(5).build();
    Candidate inOps = Candidate.builder().id("in-ops").origin(ProfileOrigin.OTHER).totalYears(5).opsYears(5).build();
    assertThat(scorer.assess(inOps, CRM_ADMIN).score()).as("years in Ops count more")
        .isGreaterThan(scorer.assess(outside, CRM_ADMIN).score());
  }

  @Test
  void a_manager_role_asks_more_than_a_senior_role() {
    Candidate finance = Candidate.builder().id("finance").origin(ProfileOrigin.FINANCE).totalYears(6).build();
    for (OpsRole senior : ROLES) {
      OpsRole manager = OpsRole.builder().from(senior).level(OpsLevel.MANAGER).build();
      assertThat(scorer.assess(finance, manager).score()).as(senior.title())
          .isLessThan(scorer.assess(finance, senior).score());
    }
    assertThat(scorer.assess(finance, OpsRole.builder().from(CRM_ADMIN).level(OpsLevel.MANAGER).build())
        .explanation().render(Locale.ENGLISH)).contains("At Manager / team lead level, project management and credibility");
  }

  @Test
  void a_candidate_shown_without_the_must_have_does_not_meet_the_role() {
    Candidate noCrm = Candidate.builder().id("no-crm").origin(ProfileOrigin.SALES_OR_CUSTOMER_SUCCESS).totalYears(6)
        .assess(Competency.TECHNICAL_TOOLING, Proficiency.NONE, Evidence.PRACTICAL_CASE)
        .assess(Competency.DATA_MODELLING, Proficiency.NONE, Evidence.PRACTICAL_CASE)
        .assess(Competency.FIELD_KNOWLEDGE, Proficiency.EXPERT, Evidence.PRACTICAL_CASE).build();
    FitAssessment fit = scorer.assess(noCrm, CRM_ADMIN);
    assertThat(fit.meetsMustHaves()).isFalse();
    assertThat(fit.mustHaves()).singleElement().satisfies(m -> {
      assertThat(m.status()).isEqualTo(MustHaveStatus.NOT_MET);
      assertThat(m.decidedBy().orElseThrow().evidence()).isEqualTo(Evidence.PRACTICAL_CASE);
    });
    assertThat(scorer.rank(List.of(noCrm), CRM_ADMIN).notMeetingMustHaves()).hasSize(1);
    assertThat(fit.explanation().render(Locale.ENGLISH))
        .contains("Must-have technical tooling (CRM, integrations, SQL) (at least working): not met, shown none in practical case");
    assertThat(fit.explanation().render(Locale.FRENCH)).contains("ne correspond pas au poste, quel que soit son score");
  }

  @Test
  void the_three_pools_unassessed_are_shown_as_ranges_that_overlap() {
    List<FitAssessment> fits = List.of(
        scorer.assess(FitSeedExamplesTest.EX_SALES, CRM_ADMIN),
        scorer.assess(FitSeedExamplesTest.EX_CONSULTANT, CRM_ADMIN),
        scorer.assess(FitSeedExamplesTest.FINANCE, CRM_ADMIN));
    for (FitAssessment a : fits) {
      assertThat(a.displayScore()).matches("\\d+ \\(\\d+–\\d+\\)");
      for (FitAssessment b : fits) {
        assertThat(a.scoreLow()).isLessThan(b.scoreHigh());
      }
    }
    assertThat(scorer.rank(List.of(FitSeedExamplesTest.EX_SALES, FitSeedExamplesTest.EX_CONSULTANT,
        FitSeedExamplesTest.FINANCE), CRM_ADMIN).placed()).as("no order is claimed between them").isEmpty();
  }
}
