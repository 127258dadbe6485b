package dev.revops.core.stage;

import dev.revops.core.testing.StageGen;

import static dev.revops.core.testing.Theories.theory;

import dev.revops.core.explain.Messages;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageProperties {

  private static final StageAdvisor ADVISOR = StageAdvisor.withDefaults();

  @Test
  void classification_is_total_and_deterministic() {
    theory(3_000).forAll(StageGen.charts()).check(chart -> {
      StageClassification c = ADVISOR.classify(chart);
      boolean total = chart.isEmpty() == c.current().isEmpty()
          && (c.kind() != ClassificationKind.TRANSITION || c.towards().isPresent());
      double sum = c.shares().values().stream().mapToDouble(Double::doubleValue).sum();
      return total && (chart.isEmpty() || Math.abs(sum - 1) <= 1e-12) && c.equals(ADVISOR.classify(chart));
    });
  }

  @Test
  void every_team_under_a_committee_leader_is_autonomous() {
    theory(2_000).forAll(StageGen.charts(StageGen.teams(StageGen.lines()), 1, 8), StageGen.lines())
        .check((chart, anyLine) -> {
          List<OpsTeam> moved = new ArrayList<>();
          for (OpsTeam t : chart.teams()) {
            moved.add(OpsTeam.builder().from(t).reportingLine(ReportingLine.ofOpsLeaderOnCommittee(LeaderLevel.VP)).build());
          }
          return ADVISOR.classify(OpsOrgChart.of(moved)).current().orElseThrow() == OrgStage.AUTONOMOUS;
        });
  }

  @Test
  void adding_embedded_teams_to_an_autonomous_chart_makes_it_hybrid() {
    theory(2_000).forAll(
            StageGen.charts(StageGen.teams(org.quicktheories.generators.Generate.constant(ReportingLine.ofOpsLeaderOnCommittee(LeaderLevel.C_LEVEL))), 1, 4),
            StageGen.charts(StageGen.teams(org.quicktheories.generators.SourceDSL.integers().between(0, 8)
                .map(i -> ReportingLine.ofBusinessHead(dev.revops.core.org.BusinessFunction.predefined().get(i)))), 1, 4))
        .check((autonomous, embedded) -> {
          if (ADVISOR.classify(autonomous).current().orElseThrow() != OrgStage.AUTONOMOUS) {
            return false;
          }
          OpsOrgChart both = autonomous;
          for (OpsTeam t : embedded.teams()) {
            both = both.plus(OpsTeam.builder().from(t).name("Embedded " + t.name()).build());
          }
          boolean anyWeight = both.totalHeadcount() == 0
              || embedded.totalHeadcount() > 0 && autonomous.totalHeadcount() > 0;
          return !anyWeight || ADVISOR.classify(both).current().orElseThrow() == OrgStage.HYBRID;
        });
  }

  @Test
  void no_symptom_and_no_trigger_means_stay() {
    theory(2_000).forAll(StageGen.charts(), StageGen.quietSignals()).check((chart, signals) -> {
      StageDiagnosis d = ADVISOR.diagnose(chart, signals);
      boolean noTriggerMet = d.triggersMet().isEmpty();
      return !(d.symptoms().isEmpty() && noTriggerMet) || d.staying();
    });
  }

  @Test
  void advice_never_goes_backwards_except_the_partial_return() {
    theory(3_000).forAll(StageGen.charts(), StageGen.signals()).check((chart, signals) -> {
      StageDiagnosis d = ADVISOR.diagnose(chart, signals);
      if (d.next().isEmpty() || d.current().isEmpty()) {
        return true;
      }
      int from = d.current().get().number();
      int to = d.next().get().number();
      return to == from + 1 && d.risks().equals(d.next().get().costs());
    });
  }

  @Test
  void every_diagnosis_renders_in_both_languages() {
    theory(1_000).forAll(StageGen.charts(), StageGen.signals()).check((chart, signals) -> {
      StageDiagnosis d = ADVISOR.diagnose(chart, signals);
      return Messages.SUPPORTED_LOCALES.stream().map(l -> d.explanation().render(l))
          .allMatch(t -> !t.isBlank() && !t.contains("{") && !t.contains("}"));
    });
  }
}
