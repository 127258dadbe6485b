package dev.revops.core.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.explain.Basis;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.OpsSpecialty;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StageAdvisorTest {

  private final StageAdvisor advisor = StageAdvisor.withDefaults();

  private static OpsTeam team(String name, int headcount, ReportingLine line, BusinessFunction... serves) {
    return OpsTeam.of(name, OpsSpecialty.REVENUE_OPS, headcount, line, serves);
  }

  @Test
  void embedded_silos_with_conflicts_should_centralise() {
    StageDiagnosis d = advisor.diagnose(StageSeedExamplesTest.EMBEDDED,
        StageSignals.builder().companySize(120).businessPrioritiesCrowdOutCompanyProjects(true).build());
    assertThat(d.current()).hasValue(OrgStage.EMBEDDED);
    assertThat(d.symptoms()).containsExactly(Symptom.SILOS, Symptom.CONFLICTS_OF_INTEREST);
    assertThat(d.next()).hasValue(OrgStage.CENTRALIZED);
    assertThat(d.staying()).isFalse();
    assertThat(d.triggers()).extracting(Trigger::kind)
        .containsExactly(TriggerKind.OPS_TEAMS, TriggerKind.OPS_HEADCOUNT, TriggerKind.SYMPTOMS);
    assertThat(d.triggersMet()).hasSize(3);
    assertThat(d.triggersNotMet()).isEmpty();
    assertThat(d.risks()).containsExactly(StageTrait.LIMITED_AUTONOMY);
    String text = d.explanation().render(Locale.ENGLISH);
    assertThat(text).startsWith("Rule: Move from the “embedded in the business” stage")
        .contains("stage to the “partly centralised” stage: every trigger is met.")
        .contains("Cost of “partly centralised”: still part of another department")
        .contains("Gain of “partly centralised”: synergies and pooled resources")
        .contains("Step 1 towards “partly centralised”: pool the work every Ops team does")
        .contains("Towards “partly centralised”: Ops teams is 2 for a threshold of 2: met.");
    assertThat(d.verdict()).isEqualTo(Verdict.MOVE);
    assertThat(d.gains()).containsExactly(StageTrait.SYNERGIES, StageTrait.BUDGET_ACCESS);
    assertThat(d.steps()).containsExactly(StageStep.POOL_SHARED_WORK, StageStep.MOVE_LINE_TO_EXECUTIVE,
        StageStep.ONE_PROJECT_LIST_AND_BUDGET);
    assertThat(d.explanation().reasons(Basis.ASSUMPTION)).isNotEmpty();
  }

  @Test
  void shared_tooling_removes_the_silos() {
    StageDiagnosis d = advisor.diagnose(StageSeedExamplesTest.EMBEDDED,
        StageSignals.builder().companySize(120).sharedTooling(true).nothingElseObserved().build());
    assertThat(d.symptoms()).isEmpty();
    assertThat(d.next()).isEmpty();
    assertThat(d.verdict()).isEqualTo(Verdict.STAY);
    assertThat(d.triggersNotMet()).extracting(Trigger::kind).containsExactly(TriggerKind.SYMPTOMS);
    assertThat(d.explanation().render(Locale.ENGLISH)).contains("No symptom observed.",
        "Stay at the “embedded in the business” stage for now: the “partly centralised” stage is not due yet "
            + "(stage-1 symptoms (silos, conflicts of interest, no budget): 1 more symptom needed).");
  }

  @Test
  void symptoms_not_given_leave_the_advice_open() {
    StageDiagnosis d = advisor.diagnose(StageSeedExamplesTest.EMBEDDED,
        StageSignals.builder().companySize(120).sharedTooling(true).build());
    assertThat(d.verdict()).isEqualTo(Verdict.UNDECIDED);
    assertThat(d.staying()).isFalse();
    assertThat(d.next()).isEmpty();
    assertThat(d.missing()).containsExactly(TriggerKind.SYMPTOMS);
    assertThat(d.explanation().render(Locale.ENGLISH))
        .contains("Not given: whether business priorities crowd out company-wide projects.")
        .contains("Cannot say yet whether to move from the “embedded in the business” stage to the “partly centralised” stage");
  }

  @Test
  void centralised_needs_a_mandate_people_and_size_to_become_autonomous() {
    StageSignals mandate = StageSignals.builder().companySize(250).strategicTransformationMandate(true).build();
    StageDiagnosis small = advisor.diagnose(StageSeedExamplesTest.CENTRALIZED, mandate);
    assertThat(small.next()).isEmpty();
    assertThat(small.triggersNotMet()).extracting(Trigger::kind).containsExactly(TriggerKind.OPS_HEADCOUNT);
    OpsOrgChart bigger = StageSeedExamplesTest.CENTRALIZED.plus(
        team("Data", 1, ReportingLine.ofExecutive(CorporateExecutive.GROWTH), BusinessFunction.MARKETING));
    StageDiagnosis ready = advisor.diagnose(bigger, mandate);
    assertThat(ready.next()).hasValue(OrgStage.AUTONOMOUS);
    assertThat(ready.risks()).containsExactly(StageTrait.DISTANCE_FROM_FIELD);
  }

  @Test
  void autonomous_losing_touch_returns_partly_to_the_business() {
    OpsOrgChart department = OpsOrgChart.of(team("RevOps", 16, ReportingLine.ofOpsLeaderOnCommittee(LeaderLevel.C_LEVEL),
        BusinessFunction.SALES, BusinessFunction.SUPPORT));
    StageDiagnosis d = advisor.diagnose(department, StageSignals.builder().companySize(600).losingTouchWithField(true).build());
    assertThat(d.current()).hasValue(OrgStage.AUTONOMOUS);
    assertThat(d.next()).hasValue(OrgStage.HYBRID);
    assertThat(d.risks()).isEmpty();
    assertThat(d.explanation().render(Locale.ENGLISH))
        .contains("deliberate partial return of Ops to the business teams")
        .contains("The source lists no cost for “hybrid”.");
    StageDiagnosis quiet = advisor.diagnose(department, StageSignals.builder().companySize(600).losingTouchWithField(false).build());
    assertThat(quiet.verdict()).isEqualTo(Verdict.STAY);
    StageDiagnosis unasked = advisor.diagnose(department, StageSignals.builder().companySize(600).build());
    assertThat(unasked.verdict()).isEqualTo(Verdict.UNDECIDED);
    assertThat(unasked.missing()).containsExactly(TriggerKind.LOSING_TOUCH);
  }

  @Test
  void hybrid_is_the_last_stage() {
    StageDiagnosis d = advisor.diagnose(StageSeedExamplesTest.HYBRID,
        StageSignals.builder().companySize(5_000).losingTouchWithField(true).strategicTransformationMandate(true).build());
    assertThat(d.current()).hasValue(OrgStage.HYBRID);
    assertThat(d.next()).isEmpty();
    assertThat(d.triggers()).isEmpty();
    assertThat(d.verdict()).isEqualTo(Verdict.STAY);
    assertThat(d.considered()).isEmpty();
    assertThat(d.steps()).isEmpty();
    assertThat(d.explanation().render(Locale.FRENCH)).startsWith("Règle : Rester au stade 4 (modèle hybride), le dernier décrit");
  }

  @Test
  void no_ops_function_yet() {
    StageClassification c = advisor.classify(OpsOrgChart.empty());
    assertThat(c.kind()).isEqualTo(ClassificationKind.NO_OPS_FUNCTION);
    assertThat(c.current()).isEmpty();
    assertThat(c.shares()).isEmpty();
    assertThat(c.explanation().render(Locale.ENGLISH)).isEqualTo("Input: No Ops team: the company has no Ops function yet.");
    StageDiagnosis grown = advisor.diagnose(OpsOrgChart.empty(), StageSignals.builder().companySize(40).build());
    assertThat(grown.next()).hasValue(OrgStage.EMBEDDED);
    assertThat(grown.explanation().render(Locale.ENGLISH))
        .contains("Create a first Ops role, in the business function with the most staff.");
    assertThat(grown.steps()).containsExactly(StageStep.HIRE_FIRST_OPS, StageStep.WRITE_DOWN_PROCESSES);
    StageDiagnosis tiny = advisor.diagnose(OpsOrgChart.empty(), StageSignals.builder().companySize(6).build());
    assertThat(tiny.next()).isEmpty();
    assertThat(tiny.verdict()).isEqualTo(Verdict.STAY);
    assertThat(tiny.explanation().render(Locale.ENGLISH)).contains("No Ops role yet (business headcount: 4 business staff short).");
    StageDiagnosis unknown = advisor.diagnose(OpsOrgChart.empty(), StageSignals.empty());
    assertThat(unknown.next()).isEmpty();
    assertThat(unknown.verdict()).isEqualTo(Verdict.UNDECIDED);
    assertThat(unknown.triggers().get(0).observed()).isEmpty();
    assertThat(unknown.explanation().render(Locale.ENGLISH))
        .contains("business headcount not given (threshold 10): neither met nor ruled out.")
        .contains("Cannot say yet whether a first Ops role is due (business headcount: not given).");
  }

  @Test
  void skipping_stage_2_is_a_policy_choice() {
    OpsOrgChart embeddedBig = OpsOrgChart.of(
        team("A", 5, ReportingLine.ofBusinessHead(BusinessFunction.SALES), BusinessFunction.SALES),
        team("B", 5, ReportingLine.ofBusinessHead(BusinessFunction.SUPPORT), BusinessFunction.SUPPORT));
    StageSignals signals = StageSignals.builder().companySize(400).strategicTransformationMandate(true).build();
    assertThat(advisor.diagnose(embeddedBig, signals).next()).hasValue(OrgStage.CENTRALIZED);
    StageAdvisor skipping = StageAdvisor.of(StagePolicy.builder().allowSkipToAutonomous(true).build());
    StageDiagnosis d = skipping.diagnose(embeddedBig, signals);
    assertThat(d.next()).hasValue(OrgStage.AUTONOMOUS);
    assertThat(d.triggers()).extracting(Trigger::towards).containsOnly(OrgStage.AUTONOMOUS);
    // the skip is the caller's choice; the thresholds it did not touch stay revops' assumptions
    assertThat(d.explanation().reasons()).anyMatch(r -> r.key().equals("stage.advice.skip") && r.basis() == Basis.INPUT);
    assertThat(d.explanation().reasons()).anyMatch(r -> r.key().equals("stage.assumption.thresholds"));
    StageDiagnosis lower = StageAdvisor.of(StagePolicy.builder().allowSkipToAutonomous(true).autonomousMinCompanySize(300)
        .build()).diagnose(embeddedBig, signals);
    assertThat(lower.explanation().reasons()).anyMatch(r -> r.key().equals("stage.input.thresholds"));
  }

  @Test
  void a_leader_outside_the_committee_counts_as_the_policy_says() {
    OpsOrgChart vpOutside = OpsOrgChart.of(team("Ops", 6, ReportingLine.ofOpsLeader(LeaderLevel.VP), BusinessFunction.SALES));
    StageClassification c = advisor.classify(vpOutside);
    assertThat(c.current()).hasValue(OrgStage.CENTRALIZED);
    assertThat(c.explanation().assumptions()).anyMatch(r -> r.key().equals("stage.assumption.leaderOutside"));
    StageAdvisor generous = StageAdvisor.of(StagePolicy.builder().leaderOutsideCommitteeCountsAs(OrgStage.AUTONOMOUS).build());
    assertThat(generous.classify(vpOutside).current()).hasValue(OrgStage.AUTONOMOUS);
  }

  @Test
  void zero_headcount_teams_are_counted_as_teams() {
    OpsOrgChart hollow = OpsOrgChart.of(
        team("A", 0, ReportingLine.ofBusinessHead(BusinessFunction.SALES), BusinessFunction.SALES),
        team("B", 0, ReportingLine.ofExecutive(CorporateExecutive.COO), BusinessFunction.SALES));
    StageClassification c = advisor.classify(hollow);
    assertThat(c.isTransition()).isTrue();
    assertThat(c.shares().get(OrgStage.EMBEDDED)).isEqualTo(0.5);
    assertThat(c.explanation().reasons()).anyMatch(r -> r.key().equals("stage.classify.sharesByTeams"));
  }

  @Test
  void rejects_bad_input() {
    assertThatThrownBy(() -> advisor.classify(null)).isInstanceOf(NullPointerException.class).hasMessage("chart");
    assertThatThrownBy(() -> advisor.diagnose(OpsOrgChart.empty(), null)).isInstanceOf(NullPointerException.class).hasMessage("signals");
    assertThatThrownBy(() -> StageAdvisor.of(null)).isInstanceOf(NullPointerException.class).hasMessage("policy");
    assertThatThrownBy(() -> team("A", -1, ReportingLine.ofExecutive(CorporateExecutive.CFO), BusinessFunction.SALES))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("headcount (-1) must be >= 0");
    assertThatThrownBy(() -> team("A", 1, ReportingLine.ofExecutive(CorporateExecutive.CFO)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("serves ([]) must name at least one business function");
    assertThatThrownBy(() -> team(" ", 1, ReportingLine.ofExecutive(CorporateExecutive.CFO), BusinessFunction.SALES))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("name ( ) must not be blank");
    OpsTeam a = team("A", 1, ReportingLine.ofExecutive(CorporateExecutive.CFO), BusinessFunction.SALES);
    assertThatThrownBy(() -> OpsOrgChart.of(a, a))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("teams[1] (A) must not repeat the name of an earlier team");
    // a reporting line is one of three cases, each built with exactly what it needs
    assertThatThrownBy(() -> ReportingLine.ofBusinessHead(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("function");
    assertThatThrownBy(() -> ReportingLine.ofBusinessHeadWithDottedLineToOps(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("function");
    assertThatThrownBy(() -> StagePolicy.builder().singleTeamCentralizeMinSymptoms(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("singleTeamCentralizeMinSymptoms (0) must be between 1 and 3");
    assertThatThrownBy(() -> advisor.diagnose(OpsOrgChart.empty(), StageSignals.empty(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("target");
    assertThatThrownBy(() -> ReportingLine.ofExecutive(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("executive");
    assertThatThrownBy(() -> ReportingLine.ofOpsLeader(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("level");
    assertThatThrownBy(() -> ReportingLine.ofOpsLeaderOnCommittee(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("level");
    assertThatThrownBy(() -> StageSignals.builder().companySize(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("companySize (-1) must be >= 0");
    assertThatThrownBy(() -> StagePolicy.builder().dominantShare(0.5).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dominantShare (0.5) must be above 0.5 and at most 1");
    assertThatThrownBy(() -> StagePolicy.builder().leaderOutsideCommitteeCountsAs(OrgStage.HYBRID).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("leaderOutsideCommitteeCountsAs (HYBRID) must be CENTRALIZED or AUTONOMOUS");
    assertThatThrownBy(() -> StagePolicy.builder().centralizeMinSymptoms(4).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("centralizeMinSymptoms (4) must be between 1 and 3");
    assertThatThrownBy(() -> StagePolicy.builder().hybridMinCompanySize(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("hybridMinCompanySize (0) must be >= 1");
    assertThatThrownBy(() -> OrgStage.ofNumber(5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("number (5) must be 1, 2, 3 or 4");
  }

  @Test
  void names_in_both_languages() {
    assertThat(ReportingLine.ofOpsLeaderOnCommittee(LeaderLevel.VP).displayName(Locale.ENGLISH)).isEqualTo("a VP Ops at the executive committee");
    assertThat(ReportingLine.ofBusinessHead(BusinessFunction.SUPPORT).displayName(Locale.FRENCH)).isEqualTo("la direction Support");
    assertThat(ReportingLine.ofExecutive(CorporateExecutive.GROWTH)).hasToString("the Growth leadership");
    assertThat(ReportingLine.ofBusinessHeadWithDottedLineToOps(BusinessFunction.SALES).displayName(Locale.ENGLISH))
        .isEqualTo("the head of Sales, with a dotted line to the Ops leader");
    assertThat(OrgStage.CENTRALIZED.description(Locale.ENGLISH)).contains("CFO");
    assertThat(OrgStage.ofNumber(3)).isEqualTo(OrgStage.AUTONOMOUS);
    for (StageTrait t : StageTrait.values()) {
      assertThat(t.displayName(Locale.FRENCH)).isNotEqualTo(t.displayName(Locale.ENGLISH));
    }
    assertThat(advisor.policy()).isEqualTo(StagePolicy.defaults());
  }

  @Test
  void reporting_lines_are_values_of_three_cases() {
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(ReportingLine.ofBusinessHead(BusinessFunction.SALES), ReportingLine.ofBusinessHead(BusinessFunction.SALES))
        .addEqualityGroup(ReportingLine.ofBusinessHead(BusinessFunction.SUPPORT))
        .addEqualityGroup(ReportingLine.ofBusinessHeadWithDottedLineToOps(BusinessFunction.SUPPORT),
            ReportingLine.ofBusinessHeadWithDottedLineToOps(BusinessFunction.SUPPORT))
        .addEqualityGroup(ReportingLine.ofExecutive(CorporateExecutive.CFO), ReportingLine.ofExecutive(CorporateExecutive.CFO))
        .addEqualityGroup(ReportingLine.ofOpsLeader(LeaderLevel.VP), ReportingLine.ofOpsLeader(LeaderLevel.VP))
        .addEqualityGroup(ReportingLine.ofOpsLeaderOnCommittee(LeaderLevel.VP))
        .addEqualityGroup(ReportingLine.ofOpsLeaderOnCommittee(LeaderLevel.C_LEVEL))
        .testEquals();
    assertThat(ReportingLine.ofOpsLeaderOnCommittee(LeaderLevel.VP)).isInstanceOfSatisfying(ReportingLine.ToOpsLeader.class,
        leader -> {
          assertThat(leader.level()).isEqualTo(LeaderLevel.VP);
          assertThat(leader.onExecutiveCommittee()).isTrue();
          assertThat(leader.kind()).isEqualTo(ReportingKind.OPS_LEADER);
        });
    assertThat(ReportingLine.ofExecutive(CorporateExecutive.CFO).kind()).isEqualTo(ReportingKind.EXECUTIVE);
    assertThat(ReportingLine.ofBusinessHead(BusinessFunction.SALES).kind()).isEqualTo(ReportingKind.BUSINESS_HEAD);
  }
}
