package dev.revops.core.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.OpsSpecialty;
import dev.revops.core.org.OpsTarget;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 16: the charts a RevOps lead brings, in the middle of a change, with the advice they expect. */
class StagePractitionerTest {

  private final StageAdvisor advisor = StageAdvisor.withDefaults();

  private static OpsTeam team(String name, int headcount, ReportingLine line, BusinessFunction... serves) {
    return OpsTeam.of(name, OpsSpecialty.REVENUE_OPS, headcount, line, serves);
  }

  /** A VP RevOps just hired onto the executive committee with one analyst; six Ops still under business heads. */
  static final OpsOrgChart VP_NOT_YET_FOLLOWED = OpsOrgChart.of(
      team("RevOps leadership", 2, ReportingLine.ofOpsLeaderOnCommittee(LeaderLevel.VP),
          BusinessFunction.SALES, BusinessFunction.CUSTOMER_SUCCESS),
      team("Sales Ops", 4, ReportingLine.ofBusinessHead(BusinessFunction.SALES), BusinessFunction.SALES),
      team("CS Ops", 2, ReportingLine.ofBusinessHead(BusinessFunction.CUSTOMER_SUCCESS), BusinessFunction.CUSTOMER_SUCCESS));

  /** One embedded team of five in a 300-person company. */
  static final OpsOrgChart SINGLE_EMBEDDED_TEAM = OpsOrgChart.of(
      team("Sales Ops", 5, ReportingLine.ofBusinessHead(BusinessFunction.SALES), BusinessFunction.SALES));

  @Test
  void a_new_vp_with_teams_not_yet_moved_is_the_start_of_a_move_not_stage_4() {
    StageClassification c = advisor.classify(VP_NOT_YET_FOLLOWED);
    assertThat(c.kind()).isEqualTo(ClassificationKind.TRANSITION);
    assertThat(c.current()).hasValue(OrgStage.EMBEDDED);
    assertThat(c.towards()).hasValue(OrgStage.AUTONOMOUS);
    assertThat(c.shareToMove()).isCloseTo(0.75, within(1e-12));
    assertThat(c.explanation().render(Locale.ENGLISH))
        .contains("Moving from stage 1 (embedded in the business) to stage 3 (autonomous department): the destination "
            + "holds 25% of the Ops headcount, under the 80% that makes a stage; 75% (6 Ops) still to move.")
        .contains("The move has begun at the top");

    StageDiagnosis d = advisor.diagnose(VP_NOT_YET_FOLLOWED,
        StageSignals.builder().companySize(350).strategicTransformationMandate(true).build());
    assertThat(d.verdict()).isEqualTo(Verdict.MOVE);
    assertThat(d.next()).hasValue(OrgStage.AUTONOMOUS);
    assertThat(d.steps()).containsExactly(StageStep.BRING_TEAMS_UNDER_LEADER);
    assertThat(d.gains()).containsExactly(StageTrait.STRATEGIC_ROLE);
    assertThat(d.risks()).containsExactly(StageTrait.DISTANCE_FROM_FIELD);
    assertThat(d.explanation().render(Locale.FRENCH)).contains("(6 Ops) restent à déplacer");

    // the mandate not given: every other trigger is met, so the advice waits for it instead of saying "stay"
    StageDiagnosis open = advisor.diagnose(VP_NOT_YET_FOLLOWED, StageSignals.builder().companySize(350).build());
    assertThat(open.verdict()).isEqualTo(Verdict.UNDECIDED);
    assertThat(open.missing()).containsExactly(TriggerKind.TRANSFORMATION_MANDATE);
    assertThat(open.steps()).containsExactly(StageStep.BRING_TEAMS_UNDER_LEADER, StageStep.OBTAIN_TRANSFORMATION_MANDATE);
  }

  @Test
  void the_same_chart_with_teams_re_embedded_on_purpose_is_stage_4() {
    OpsOrgChart reembedded = OpsOrgChart.of(VP_NOT_YET_FOLLOWED.teams().get(0),
        team("Sales Ops", 4, ReportingLine.ofBusinessHeadWithDottedLineToOps(BusinessFunction.SALES), BusinessFunction.SALES),
        team("CS Ops", 2, ReportingLine.ofBusinessHeadWithDottedLineToOps(BusinessFunction.CUSTOMER_SUCCESS),
            BusinessFunction.CUSTOMER_SUCCESS));
    StageClassification c = advisor.classify(reembedded);
    assertThat(c.current()).hasValue(OrgStage.HYBRID);
    assertThat(c.isTransition()).isFalse();
    assertThat(c.evidence()).extracting(TeamEvidence::pattern)
        .containsExactly(OrgStage.AUTONOMOUS, OrgStage.HYBRID, OrgStage.HYBRID);
    // without the Ops leader at the committee, a dotted line leads nowhere: embedded
    OpsOrgChart noHub = OpsOrgChart.of(reembedded.teams().get(1), reembedded.teams().get(2));
    assertThat(advisor.classify(noHub).current()).hasValue(OrgStage.EMBEDDED);
    assertThat(advisor.classify(noHub).explanation().reasons())
        .anyMatch(r -> r.key().equals("stage.classify.dottedWithoutHub"));
  }

  @Test
  void a_single_embedded_team_with_two_stage_1_symptoms_is_advised_to_centralise() {
    StageDiagnosis d = advisor.diagnose(SINGLE_EMBEDDED_TEAM, StageSignals.builder().companySize(300)
        .businessPrioritiesCrowdOutCompanyProjects(true).noBudgetAccess(true).build());
    assertThat(d.current()).hasValue(OrgStage.EMBEDDED);
    assertThat(d.verdict()).isEqualTo(Verdict.MOVE);
    assertThat(d.next()).hasValue(OrgStage.CENTRALIZED);
    assertThat(d.triggers()).filteredOn(t -> t.kind() == TriggerKind.OPS_TEAMS).singleElement()
        .satisfies(t -> assertThat(t.threshold()).isEqualTo(1));
    assertThat(d.steps()).containsExactly(StageStep.MOVE_LINE_TO_EXECUTIVE, StageStep.OPEN_TO_EVERY_FUNCTION,
        StageStep.ONE_PROJECT_LIST_AND_BUDGET);
    assertThat(d.explanation().render(Locale.ENGLISH)).contains("a single team caught between its business and the company");
  }

  @Test
  void a_single_embedded_team_with_one_symptom_is_told_which_trigger_is_missing_and_why() {
    StageDiagnosis d = advisor.diagnose(SINGLE_EMBEDDED_TEAM, StageSignals.builder().companySize(300)
        .businessPrioritiesCrowdOutCompanyProjects(true).noBudgetAccess(false).build());
    assertThat(d.verdict()).isEqualTo(Verdict.STAY);
    Trigger teams = d.triggersNotMet().get(0);
    assertThat(teams.kind()).isEqualTo(TriggerKind.OPS_TEAMS);
    assertThat(teams.distance()).hasValue(1);
    assertThat(teams.describeDistance(Locale.ENGLISH)).isEqualTo("1 team to go");
    assertThat(teams.describeDistance(Locale.FRENCH)).isEqualTo("il manque 1 équipe");
    assertThat(d.explanation().render(Locale.ENGLISH))
        .contains("One Ops team, fewer than the 2 that centralising pools; a single team is advised to centralise "
            + "from 2 stage-1 symptoms, and 1 is observed.")
        .contains("Stay at the “embedded in the business” stage for now: the “partly centralised” stage is not due yet (Ops teams: 1 team to go).");
  }

  @Test
  void no_ops_and_no_size_is_unknown_not_small() {
    StageDiagnosis d = advisor.diagnose(OpsOrgChart.empty(), StageSignals.empty());
    assertThat(d.verdict()).isEqualTo(Verdict.UNDECIDED);
    assertThat(d.missing()).containsExactly(TriggerKind.COMPANY_SIZE);
    assertThat(d.explanation().reasons().get(0).render(Locale.ENGLISH))
        .isEqualTo("Rule: Cannot say yet whether a first Ops role is due (business headcount: not given).");
    assertThat(d.explanation().reasons().get(0).render(Locale.FRENCH))
        .isEqualTo("Règle : Impossible de dire encore si un premier poste Ops s’impose (effectif métier : non renseigné).");
  }

  @Test
  void fourteen_ops_against_fifteen_is_one_ops_short() {
    OpsOrgChart department = OpsOrgChart.of(team("RevOps", 14, ReportingLine.ofOpsLeaderOnCommittee(LeaderLevel.VP),
        BusinessFunction.SALES, BusinessFunction.SUPPORT));
    StageDiagnosis d = advisor.diagnose(department,
        StageSignals.builder().companySize(600).losingTouchWithField(true).build());
    assertThat(d.verdict()).isEqualTo(Verdict.STAY);
    Trigger ops = d.triggersNotMet().get(0);
    assertThat(ops.kind()).isEqualTo(TriggerKind.OPS_HEADCOUNT);
    assertThat(ops.distance()).hasValue(1);
    assertThat(d.explanation().reasons().get(0).render(Locale.ENGLISH))
        .isEqualTo("Rule: Stay at the “autonomous department” stage for now: the “hybrid” stage is not due yet (Ops headcount: 1 Ops short).");
    assertThat(d.explanation().render(Locale.ENGLISH)).contains("Towards “hybrid”: Ops headcount is 14 for a threshold of 15: 1 Ops short.");
    assertThat(d.explanation().render(Locale.FRENCH)).contains("il manque 1 Ops");
    // what the hybrid stage brings and how to get there, even while staying
    assertThat(d.gains()).containsExactly(StageTrait.STRATEGY_FIELD_BALANCE, StageTrait.RESPONSIVE_SUPPORT);
    assertThat(d.steps()).containsExactly(StageStep.KEEP_CENTRAL_TRANSFORMATION_TEAM,
        StageStep.REEMBED_OPS_IN_BUSINESS_TEAMS, StageStep.KEEP_DOTTED_LINE_AND_STANDARDS);
  }

  @Test
  void stage_is_checked_against_staffing() {
    OpsTarget target = OpsTarget.of(10, 3, 100,
        Set.of(BusinessFunction.SALES, BusinessFunction.PROSPECTING, BusinessFunction.CUSTOMER_SUCCESS, BusinessFunction.SUPPORT));
    StageDiagnosis d = advisor.diagnose(StageSeedExamplesTest.EMBEDDED,
        StageSignals.builder().businessPrioritiesCrowdOutCompanyProjects(true).build(), target);
    StaffingCheck check = d.staffingCheck().orElseThrow();
    assertThat(check.opsHeadcount()).isEqualTo(4);
    assertThat(check.shortOfTarget()).isEqualTo(6);
    assertThat(check.aboveTarget()).isZero();
    assertThat(check.belowMinimum()).isFalse();
    assertThat(check.uncoveredFunctions()).containsExactly(BusinessFunction.SUPPORT);
    String text = d.explanation().render(Locale.ENGLISH);
    assertThat(text)
        .contains("Company size not given: the business headcount of the staffing target (100) is used.")
        .contains("The chart has 4 Ops against a staffing target of 10 (minimum 3): 6 Ops short.")
        .contains("One staffed business function has no Ops team serving it: Support.");
    assertThat(d.explanation().render(Locale.FRENCH))
        .contains("Un métier doté d’effectif n’est servi par aucune équipe Ops : Support.");
    assertThat(advisor.diagnose(StageSeedExamplesTest.EMBEDDED, StageSignals.empty()).staffingCheck()).isEmpty();

    StaffingCheck atMinimum = advisor.diagnose(StageSeedExamplesTest.EMBEDDED, StageSignals.empty(),
        OpsTarget.of(4, 4, 40, Set.of(BusinessFunction.SALES))).staffingCheck().orElseThrow();
    assertThat(atMinimum.belowMinimum()).isFalse();
    assertThat(atMinimum.shortOfTarget()).isZero();
    assertThat(advisor.diagnose(StageSeedExamplesTest.EMBEDDED, StageSignals.empty(),
        OpsTarget.of(5, 5, 40, Set.of(BusinessFunction.SALES))).staffingCheck().orElseThrow().belowMinimum()).isTrue();
    StageDiagnosis over = advisor.diagnose(StageSeedExamplesTest.AUTONOMOUS, StageSignals.empty(),
        OpsTarget.of(6, 2, 90, Set.of(BusinessFunction.SALES)));
    assertThat(over.staffingCheck().orElseThrow().aboveTarget()).isEqualTo(3);
    assertThat(over.explanation().render(Locale.ENGLISH))
        .contains("The chart has 9 Ops against a staffing target of 6: 3 above it.")
        .contains("Every staffed business function (1) is served by an Ops team.");
  }

  @Test
  void a_yes_or_no_trigger_reads_as_a_state_not_as_a_count() {
    OpsOrgChart underCfo = OpsOrgChart.of(OpsTeam.of("Business Ops", OpsSpecialty.BUSINESS_OPS, 9,
        ReportingLine.ofExecutive(CorporateExecutive.CFO), BusinessFunction.SALES, BusinessFunction.SUPPORT));
    StageSignals.Builder base = StageSignals.builder().companySize(400);
    Trigger given = mandate(advisor.diagnose(underCfo, base.strategicTransformationMandate(true).build()));
    assertThat(given.describeState(Locale.ENGLISH)).hasValue("given");
    assertThat(given.describeState(Locale.FRENCH)).hasValue("confié");
    Trigger none = mandate(advisor.diagnose(underCfo, StageSignals.builder().companySize(400)
        .strategicTransformationMandate(false).build()));
    assertThat(none.describeState(Locale.ENGLISH)).hasValue("none");
    assertThat(none.describeState(Locale.FRENCH)).hasValue("aucun");
    StageDiagnosis unknown = advisor.diagnose(underCfo, StageSignals.builder().companySize(400).build());
    assertThat(mandate(unknown).describeState(Locale.ENGLISH)).isEmpty();
    assertThat(unknown.explanation().render(Locale.FRENCH))
        .contains("Vers le stade « département autonome », mandat de transformation stratégique : inconnu ;");
    assertThat(advisor.diagnose(underCfo, StageSignals.builder().companySize(400)
        .strategicTransformationMandate(true).build()).explanation().render(Locale.ENGLISH))
        .contains("Towards “autonomous department”: strategic transformation mandate: given.")
        .doesNotContain("(1 = given)");
    Trigger headcount = advisor.diagnose(underCfo, StageSignals.builder().companySize(400).build()).triggers().stream()
        .filter(t -> t.kind() == TriggerKind.OPS_HEADCOUNT).findFirst().orElseThrow();
    assertThat(headcount.describeState(Locale.ENGLISH)).as("a count has no state").isEmpty();
  }

  private static Trigger mandate(StageDiagnosis d) {
    return d.triggers().stream().filter(t -> t.kind() == TriggerKind.TRANSFORMATION_MANDATE).findFirst().orElseThrow();
  }
}
