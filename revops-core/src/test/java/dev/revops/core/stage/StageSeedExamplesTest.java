package dev.revops.core.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.OpsSpecialty;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** DOMAIN.md §3: one chart per stage as the source describes it, and the two mixed cases. */
class StageSeedExamplesTest {

  static final OpsTeam SALES_OPS_UNDER_HEAD_OF_SALES = OpsTeam.of("Sales Ops", OpsSpecialty.SALES_OPS, 2,
      ReportingLine.ofBusinessHead(BusinessFunction.SALES), BusinessFunction.SALES, BusinessFunction.PROSPECTING);
  static final OpsTeam CS_OPS_UNDER_HEAD_OF_CS = OpsTeam.of("CS Ops", OpsSpecialty.CUSTOMER_OPS, 2,
      ReportingLine.ofBusinessHead(BusinessFunction.CUSTOMER_SUCCESS), BusinessFunction.CUSTOMER_SUCCESS);

  /** Stage 1: Sales Ops hired by the Head of Sales, CS Ops by the Head of CS. */
  static final OpsOrgChart EMBEDDED = OpsOrgChart.of(SALES_OPS_UNDER_HEAD_OF_SALES, CS_OPS_UNDER_HEAD_OF_CS);

  /** Stage 2: one Ops team, including a shared CRM team, under the CFO. */
  static final OpsOrgChart CENTRALIZED = OpsOrgChart.of(
      OpsTeam.of("Business Ops", OpsSpecialty.BUSINESS_OPS, 5, ReportingLine.ofExecutive(CorporateExecutive.CFO),
          BusinessFunction.SALES, BusinessFunction.CUSTOMER_SUCCESS, BusinessFunction.SUPPORT),
      OpsTeam.of("CRM team", OpsSpecialty.REVENUE_OPS, 2, ReportingLine.ofExecutive(CorporateExecutive.CFO),
          BusinessFunction.SALES, BusinessFunction.CUSTOMER_SUCCESS));

  /** Stage 3: an Ops department under a VP Ops who sits at the executive committee. */
  static final OpsOrgChart AUTONOMOUS = OpsOrgChart.of(
      OpsTeam.of("RevOps", OpsSpecialty.REVENUE_OPS, 9, ReportingLine.ofOpsLeaderOnCommittee(LeaderLevel.VP),
          BusinessFunction.SALES, BusinessFunction.MARKETING, BusinessFunction.CUSTOMER_SUCCESS));

  /**
   * Stage 4: a central transformation team under a C-level Ops leader, and Ops embedded again in
   * the business, which they serve under its head while keeping a dotted line to the Ops leader.
   */
  static final OpsOrgChart HYBRID = OpsOrgChart.of(
      OpsTeam.of("Strategy & transformation", OpsSpecialty.BUSINESS_OPS, 6,
          ReportingLine.ofOpsLeaderOnCommittee(LeaderLevel.C_LEVEL), BusinessFunction.SALES, BusinessFunction.SUPPORT),
      OpsTeam.of("Field Sales Ops", OpsSpecialty.SALES_OPS, 4,
          ReportingLine.ofBusinessHeadWithDottedLineToOps(BusinessFunction.SALES), BusinessFunction.SALES),
      OpsTeam.of("Field Support Ops", OpsSpecialty.SUPPORT_OPS, 3,
          ReportingLine.ofBusinessHeadWithDottedLineToOps(BusinessFunction.SUPPORT), BusinessFunction.SUPPORT));

  private final StageAdvisor advisor = StageAdvisor.withDefaults();

  @Test
  void embedded_chart_is_stage_1() {
    StageClassification c = advisor.classify(EMBEDDED);
    assertThat(c.kind()).isEqualTo(ClassificationKind.STAGE);
    assertThat(c.current()).hasValue(OrgStage.EMBEDDED);
    assertThat(c.shares().get(OrgStage.EMBEDDED)).isEqualTo(1.0);
    assertThat(c.evidence()).extracting(TeamEvidence::pattern).containsOnly(OrgStage.EMBEDDED);
    assertThat(c.explanation().render(Locale.ENGLISH))
        .contains("Sales Ops: 2 Ops reporting to the head of Sales, serving Sales, Prospecting")
        .contains("Stage 1, embedded in the business: every team follows its pattern.");
  }

  @Test
  void cfo_chart_is_stage_2() {
    StageClassification c = advisor.classify(CENTRALIZED);
    assertThat(c.current()).hasValue(OrgStage.CENTRALIZED);
    assertThat(c.explanation().render(Locale.ENGLISH)).contains("reporting to the CFO");
  }

  @Test
  void department_under_an_executive_committee_leader_is_stage_3() {
    assertThat(advisor.classify(AUTONOMOUS).current()).hasValue(OrgStage.AUTONOMOUS);
  }

  @Test
  void central_team_plus_embedded_ops_is_stage_4() {
    StageClassification c = advisor.classify(HYBRID);
    assertThat(c.current()).hasValue(OrgStage.HYBRID);
    assertThat(c.shares().get(OrgStage.AUTONOMOUS)).isCloseTo(6 / 13.0, within(1e-12));
    assertThat(c.shares().get(OrgStage.HYBRID)).isCloseTo(7 / 13.0, within(1e-12));
    assertThat(c.shares().get(OrgStage.EMBEDDED)).isZero();
    assertThat(c.shareToMove()).isZero();
    assertThat(c.explanation().render(Locale.ENGLISH)).contains("re-embedded in the business under a dotted line: stage 4, hybrid");
  }

  @Test
  void embedded_plus_centralised_is_a_transition() {
    OpsOrgChart mixed = EMBEDDED.plus(OpsTeam.of("Finance Ops", OpsSpecialty.FINANCE_OPS, 3,
        ReportingLine.ofExecutive(CorporateExecutive.CFO), BusinessFunction.FINANCE));
    StageClassification c = advisor.classify(mixed);
    assertThat(c.kind()).isEqualTo(ClassificationKind.TRANSITION);
    assertThat(c.isTransition()).isTrue();
    assertThat(c.current()).hasValue(OrgStage.EMBEDDED);
    assertThat(c.towards()).hasValue(OrgStage.CENTRALIZED);
    assertThat(c.shares().get(OrgStage.EMBEDDED)).isCloseTo(4 / 7.0, within(1e-12));
    assertThat(c.shares().get(OrgStage.CENTRALIZED)).isCloseTo(3 / 7.0, within(1e-12));
    assertThat(c.shareToMove()).isCloseTo(4 / 7.0, within(1e-12));
    assertThat(c.explanation().render(Locale.ENGLISH)).contains("Moving from stage 1 (embedded in the business) to stage 2 "
        + "(partly centralised): the destination holds 43% of the Ops headcount, under the 80% that makes a stage; "
        + "57% (4 Ops) still to move.");
  }

  @Test
  void gains_and_costs_of_each_stage() {
    assertThat(OrgStage.EMBEDDED.gains()).containsExactly(StageTrait.CLOSE_TO_FIELD, StageTrait.TRUST_OF_BUSINESS_TEAMS);
    assertThat(OrgStage.EMBEDDED.costs()).containsExactly(StageTrait.SILOS, StageTrait.CONFLICTS_OF_INTEREST);
    assertThat(OrgStage.CENTRALIZED.gains()).containsExactly(StageTrait.SYNERGIES, StageTrait.BUDGET_ACCESS);
    assertThat(OrgStage.CENTRALIZED.costs()).containsExactly(StageTrait.LIMITED_AUTONOMY);
    assertThat(OrgStage.AUTONOMOUS.gains()).containsExactly(StageTrait.STRATEGIC_ROLE);
    assertThat(OrgStage.AUTONOMOUS.costs()).containsExactly(StageTrait.DISTANCE_FROM_FIELD);
    assertThat(OrgStage.HYBRID.gains()).containsExactly(StageTrait.STRATEGY_FIELD_BALANCE, StageTrait.RESPONSIVE_SUPPORT);
    assertThat(OrgStage.HYBRID.costs()).isEmpty();
    assertThat(OrgStage.HYBRID.costsReported()).isFalse();
    assertThat(OrgStage.EMBEDDED.gains()).allMatch(StageTrait::isGain);
    assertThat(OrgStage.EMBEDDED.costs()).noneMatch(StageTrait::isGain);
    assertThat(OrgStage.values()).extracting(OrgStage::number).containsExactly(1, 2, 3, 4);
  }
}
