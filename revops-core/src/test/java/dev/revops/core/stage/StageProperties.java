package dev.revops.core.stage;

import dev.revops.core.org.OpsTarget;
import dev.revops.core.testing.OrgGen;
import dev.revops.core.testing.StageGen;

import static dev.revops.core.testing.Theories.theory;

import dev.revops.core.explain.Messages;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

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
  void adding_re_embedded_teams_to_an_autonomous_chart_makes_it_hybrid() {
    theory(2_000).forAll(
            StageGen.charts(StageGen.teams(org.quicktheories.generators.Generate.constant(ReportingLine.ofOpsLeaderOnCommittee(LeaderLevel.C_LEVEL))), 1, 4),
            StageGen.charts(StageGen.teams(org.quicktheories.generators.SourceDSL.integers().between(0, 8)
                .map(i -> ReportingLine.ofBusinessHeadWithDottedLineToOps(dev.revops.core.org.BusinessFunction.predefined().get(i)))), 1, 4))
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
  void no_symptom_and_no_trigger_met_means_no_move() {
    theory(2_000).forAll(StageGen.charts(), StageGen.quietSignals()).check((chart, signals) -> {
      StageDiagnosis d = ADVISOR.diagnose(chart, signals);
      boolean noTriggerMet = d.triggersMet().isEmpty();
      return !(d.symptoms().isEmpty() && noTriggerMet) || d.next().isEmpty();
    });
  }

  @Test
  void advice_goes_one_stage_forward_or_finishes_the_move_under_way() {
    theory(3_000).forAll(StageGen.charts(), StageGen.signals()).check((chart, signals) -> {
      StageDiagnosis d = ADVISOR.diagnose(chart, signals);
      if (d.next().isEmpty() || d.current().isEmpty()) {
        return true;
      }
      int from = d.current().get().number();
      int to = d.next().get().number();
      boolean forward = d.classification().isTransition() ? d.next().equals(d.classification().towards()) : to == from + 1;
      return forward && d.risks().equals(d.next().get().costs()) && d.gains().equals(d.next().get().gains());
    });
  }

  @Test
  void a_move_is_advised_only_when_every_trigger_of_its_stage_is_met() {
    for (StageAdvisor advisor : List.of(ADVISOR, StageAdvisor.of(StagePolicy.builder().allowSkipToAutonomous(true).build()))) {
      theory(2_000).forAll(StageGen.charts(), StageGen.signals()).check((chart, signals) -> {
        StageDiagnosis d = advisor.diagnose(chart, signals);
        return d.next().isEmpty() || !d.triggers().isEmpty() && d.triggers().stream()
            .allMatch(t -> t.met() && t.towards() == d.next().get());
      });
    }
  }

  @Test
  void distance_is_zero_exactly_when_a_trigger_is_met() {
    theory(2_000).forAll(StageGen.charts(), StageGen.signals()).check((chart, signals) ->
        ADVISOR.diagnose(chart, signals).triggers().stream().allMatch(t -> t.status() == TriggerStatus.UNKNOWN
            ? t.distance().isEmpty() && !t.met()
            : t.met() == (t.distance().getAsDouble() == 0) && t.distance().getAsDouble() >= 0));
  }

  @Test
  void unknown_inputs_never_give_a_confident_stay() {
    theory(3_000).forAll(StageGen.charts(), StageGen.signals()).check((chart, signals) -> {
      StageDiagnosis d = ADVISOR.diagnose(chart, signals);
      boolean knownReason = d.considered().isEmpty()
          || d.triggers().stream().anyMatch(t -> t.status() == TriggerStatus.NOT_MET);
      return d.verdict() != Verdict.STAY || knownReason;
    });
  }

  @Test
  void moving_a_team_towards_a_pattern_never_moves_the_reading_away_from_it() {
    Gen<ReportingLine> towards = StageGen.lines();
    theory(3_000).forAll(StageGen.charts(StageGen.teams(StageGen.lines()), 1, 6), integers().between(0, 5), towards)
        .check((chart, index, line) -> {
          int i = index % chart.teams().size();
          List<OpsTeam> teams = new ArrayList<>(chart.teams());
          teams.set(i, OpsTeam.builder().from(teams.get(i)).reportingLine(line).build());
          OpsOrgChart moved = OpsOrgChart.of(teams);
          StageClassification before = ADVISOR.classify(chart);
          StageClassification after = ADVISOR.classify(moved);
          OrgStage pattern = after.evidence().get(i).pattern();
          if (pattern == OrgStage.HYBRID || before.evidence().stream().anyMatch(e -> e.pattern() == OrgStage.HYBRID)
              || chart.teams().get(i).headcount() == 0) {
            return true; // a dotted line depends on another team's line; zero-headcount teams carry no share
          }
          boolean wasStage = !before.isTransition() && before.current().orElseThrow() == pattern;
          boolean involved = before.current().orElseThrow() == pattern || before.towards().orElse(null) == pattern;
          boolean stillInvolved = after.current().orElseThrow() == pattern || after.towards().orElse(null) == pattern;
          boolean stillStage = !after.isTransition() && after.current().orElseThrow() == pattern;
          return (!wasStage || stillStage) && (!involved || stillInvolved);
        });
  }

  @Test
  void every_diagnosis_renders_in_both_languages() {
    Gen<java.util.Optional<OpsTarget>> targets = integers().between(0, 12).zip(integers().between(0, 3),
        lists().of(OrgGen.functions()).ofSizeBetween(0, 4),
        (target, minimum, functions) -> target == 12 ? java.util.Optional.<OpsTarget>empty()
            : java.util.Optional.of(OpsTarget.of(Math.max(target, minimum), minimum, 10L * target, new java.util.HashSet<>(functions))));
    theory(2_000).forAll(StageGen.charts(), StageGen.signals(), targets).check((chart, signals, target) -> {
      StageDiagnosis d = target.isPresent() ? ADVISOR.diagnose(chart, signals, target.get()) : ADVISOR.diagnose(chart, signals);
      return Messages.SUPPORTED_LOCALES.stream().map(l -> d.explanation().render(l))
          .allMatch(t -> !t.isBlank() && !t.contains("{") && !t.contains("}"));
    });
  }
}
