package dev.revops.core.fit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.org.MissionMix;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.org.OpsSpecialty;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md §4: one candidate per origin against a tooling-heavy Sales Ops role and a
 * finance-heavy business-planning role; the order follows the source's strengths and watch points.
 */
class FitSeedExamplesTest {

  static final OpsRole SALES_OPS_CRM = OpsRole.builder().title("Sales Ops, CRM").specialty(OpsSpecialty.SALES_OPS)
      .level(OpsLevel.SENIOR).mix(MissionMix.parse("TOOLS:0.6,DATA:0.3,PROCESS:0.1")).build();
  static final OpsRole BUSINESS_PLANNING = OpsRole.builder().title("Business planning").specialty(OpsSpecialty.FINANCE_OPS)
      .level(OpsLevel.SENIOR).mix(MissionMix.parse("DATA:0.7,TRANSVERSAL:0.3")).build();

  static Candidate candidate(String id, ProfileOrigin origin) {
    return Candidate.builder().id(id).origin(origin).totalYears(6).opsYears(0).build();
  }

  static final Candidate EX_SALES = candidate("ex-sales", ProfileOrigin.SALES_OR_CUSTOMER_SUCCESS);
  static final Candidate EX_CONSULTANT = candidate("ex-consultant", ProfileOrigin.CONSULTING);
  static final Candidate FINANCE = candidate("finance", ProfileOrigin.FINANCE);

  private final FitScorer scorer = FitScorer.withDefaults();

  @Test
  void the_finance_profile_leads_on_business_planning() {
    // nothing is assessed: no one is placed, and the list apart is in score order
    FitRanking ranking = scorer.rank(List.of(EX_SALES, EX_CONSULTANT, FINANCE), BUSINESS_PLANNING);
    assertThat(ranking.placed()).isEmpty();
    assertThat(ranking.all().get(0).candidate()).isEqualTo(FINANCE);
    assertThat(ranking.all().get(2).candidate()).isEqualTo(EX_SALES);
  }

  @Test
  void ex_sales_trails_on_crm_tooling_until_assessed_otherwise() {
    FitAssessment exSales = scorer.assess(EX_SALES, SALES_OPS_CRM);
    assertThat(exSales.gaps().get(0).competency()).isEqualTo(Competency.TECHNICAL_TOOLING);
    assertThat(exSales.gaps()).extracting(CompetencyGap::competency).contains(Competency.DATA_MODELLING);
    assertThat(exSales.developmentPlan()).contains(DevelopmentAction.SQL_AND_CRM_TRAINING, DevelopmentAction.DATA_MODELLING_COURSE);
    assertThat(exSales.interviewFocus()).extracting(FocusItem::competency).startsWith(Competency.TECHNICAL_TOOLING);
    assertThat(tooling(exSales)).isLessThan(tooling(scorer.assess(EX_CONSULTANT, SALES_OPS_CRM)));
    Candidate provenTechnical = Candidate.builder().from(EX_SALES)
        .assess(Competency.TECHNICAL_TOOLING, Proficiency.STRONG, Evidence.PRACTICAL_CASE)
        .assess(Competency.DATA_MODELLING, Proficiency.STRONG, Evidence.PRACTICAL_CASE)
        .build();
    FitAssessment proven = scorer.assess(provenTechnical, SALES_OPS_CRM);
    assertThat(proven.score()).isGreaterThan(exSales.score())
        .isGreaterThan(scorer.assess(EX_CONSULTANT, SALES_OPS_CRM).score())
        .isGreaterThan(scorer.assess(FINANCE, SALES_OPS_CRM).score());
    assertThat(scorer.rank(List.of(FINANCE, EX_CONSULTANT, provenTechnical), SALES_OPS_CRM).all().get(0).candidate())
        .isEqualTo(provenTechnical);
    assertThat(proven.confidence()).isGreaterThan(exSales.confidence());
    assertThat(proven.gaps()).extracting(CompetencyGap::competency).doesNotContain(Competency.TECHNICAL_TOOLING);
  }

  private static double tooling(FitAssessment fit) {
    return fit.breakdown().stream().filter(b -> b.competency() == Competency.TECHNICAL_TOOLING)
        .findFirst().orElseThrow().points();
  }

  @Test
  void the_consultant_must_be_tested_on_hands_on_work() {
    FitAssessment consultant = scorer.assess(EX_CONSULTANT, SALES_OPS_CRM);
    assertThat(consultant.gaps()).extracting(CompetencyGap::competency).contains(Competency.HANDS_ON_EXECUTION);
    assertThat(consultant.interviewFocus()).anyMatch(f -> f.competency() == Competency.HANDS_ON_EXECUTION);
    assertThat(consultant.developmentPlan()).contains(DevelopmentAction.HANDS_ON_ASSIGNMENTS);
    assertThat(consultant.interviewFocus().stream().filter(f -> f.competency() == Competency.HANDS_ON_EXECUTION)
        .findFirst().orElseThrow().exercise(Locale.ENGLISH)).contains("hands on");
  }

  @Test
  void the_finance_profile_needs_time_in_the_field() {
    OpsRole planningWithField = OpsRole.builder().from(BUSINESS_PLANNING).mix(MissionMix.parse("DATA:0.6,PROCESS:0.4")).build();
    FitAssessment finance = scorer.assess(FINANCE, planningWithField);
    assertThat(finance.gaps()).extracting(CompetencyGap::competency).contains(Competency.FIELD_KNOWLEDGE);
    assertThat(finance.developmentPlan()).contains(DevelopmentAction.FIELD_IMMERSION);
    assertThat(finance.interviewFocus()).anyMatch(f -> f.competency() == Competency.FIELD_KNOWLEDGE);
  }

  @Test
  void the_explanation_cites_the_source_and_flags_the_priors() {
    FitAssessment exSales = scorer.assess(EX_SALES, SALES_OPS_CRM);
    String text = exSales.explanation().render(Locale.ENGLISH);
    assertThat(text).contains("know the field", "Likely gap: technical tooling (CRM, integrations, SQL) expected at 1.2 out of 4 (not assessed), strong required",
        "Score 68 out of 100, plausible range 43 to 93");
    assertThat(exSales.explanation().assumptions()).extracting(r -> r.key())
        .contains("fit.assumption.matrix", "fit.assumption.priors", "fit.assumption.evidence", "fit.experience",
            "fit.uncertainty");
    assertThat(exSales.explanation().render(Locale.FRENCH)).contains("Écart probable");
    assertThat(exSales.confidence()).isZero();
  }
}
