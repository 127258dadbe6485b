package dev.revops.core.staffing;

import dev.revops.core.testing.PolicyChecks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.explain.Basis;
import dev.revops.core.explain.Provenance;
import dev.revops.core.explain.Reason;
import dev.revops.core.explain.Source;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Explanations report where each policy number comes from: the source, revops, or the caller. */
class PolicyProvenanceTest {

  private static Basis basisOf(StaffingRecommendation rec, String key) {
    return rec.explanation().reasons().stream().filter(r -> r.key().equals(key)).map(Reason::basis)
        .findFirst().orElseThrow();
  }

  @Test
  void defaults_are_facts_of_the_source_or_assumptions() {
    StaffingPolicy p = StaffingPolicy.defaults();
    assertThat(p.provenance(StaffingPolicy.Figure.EMERGING_STAFF_PER_OPS))
        .isEqualTo(Provenance.fact(StaffingPolicy.STAFFING_RULE_OF_THUMB));
    assertThat(p.provenance(StaffingPolicy.Figure.MATURE_STAFF_PER_OPS).basis()).isEqualTo(Basis.FACT);
    assertThat(p.provenance(StaffingPolicy.Figure.MINIMUM_OPS_PER_FUNCTION).basis()).isEqualTo(Basis.FACT);
    assertThat(p.provenance(StaffingPolicy.Figure.STRUCTURING_STAFF_PER_OPS)).isEqualTo(Provenance.assumption());
    assertThat(p.provenance().keySet()).containsExactly(StaffingPolicy.Figure.values());
    for (StaffingPolicy.Figure f : StaffingPolicy.Figure.values()) {
      assertThat(p.provenance(f)).isEqualTo(f.defaultProvenance());
    }
  }

  @Test
  void a_number_the_caller_sets_is_an_input_even_with_the_source_value() {
    StaffingPolicy p = StaffingPolicy.builder().matureStaffPerOps(20).build();
    assertThat(p.provenance(StaffingPolicy.Figure.MATURE_STAFF_PER_OPS)).isEqualTo(Provenance.input());
    assertThat(p.provenance(StaffingPolicy.Figure.EMERGING_STAFF_PER_OPS).basis()).isEqualTo(Basis.FACT);
    StaffingRecommendation rec = StaffingCalculator.of(p).recommend(StaffingSeedExamplesTest.SALES, MaturityPhase.MATURE);
    assertThat(basisOf(rec, "staffing.ratio.policy")).isEqualTo(Basis.INPUT);
    assertThat(rec.target()).isEqualTo(5);
  }

  @Test
  void from_keeps_the_provenance_it_copies_and_marks_what_changes() {
    StaffingPolicy changed = StaffingPolicy.builder().rounding(OpsRounding.CEILING).build();
    StaffingPolicy again = StaffingPolicy.builder().from(changed).extraTierWeightPercent(40).build();
    assertThat(again.provenance(StaffingPolicy.Figure.ROUNDING)).isEqualTo(Provenance.input());
    assertThat(again.provenance(StaffingPolicy.Figure.EXTRA_TIER_WEIGHT_PERCENT)).isEqualTo(Provenance.input());
    assertThat(again.provenance(StaffingPolicy.Figure.MATURE_STAFF_PER_OPS).basis()).isEqualTo(Basis.FACT);
    assertThat(StaffingPolicy.builder().from(StaffingPolicy.defaults()).build()).isEqualTo(StaffingPolicy.defaults());
  }

  @Test
  void explanations_follow_the_provenance_not_the_value() {
    StaffingRecommendation byDefault = StaffingCalculator.withDefaults()
        .recommend(StaffingSeedExamplesTest.SALES, MaturityPhase.MATURE);
    assertThat(basisOf(byDefault, "staffing.ratio.source")).isEqualTo(Basis.FACT);
    assertThat(byDefault.explanation().reasons().stream().filter(r -> r.key().equals("staffing.ratio.source"))
        .findFirst().orElseThrow().source()).contains(StaffingPolicy.STAFFING_RULE_OF_THUMB);
    StaffingRecommendation floorSet = StaffingCalculator.of(StaffingPolicy.builder().minimumOpsPerFunction(1).build())
        .recommend(StaffingSeedExamplesTest.SALES, MaturityPhase.MATURE);
    assertThat(basisOf(floorSet, "staffing.floor.policy")).isEqualTo(Basis.INPUT);
    PhaseAssessment phase = StaffingCalculator.of(StaffingPolicy.builder().strongGrowth(0.4).build())
        .assessPhase(MaturitySignals.builder().opsAgeYears(1).headcountGrowth(0.1).priorOpsSupport(true).build());
    assertThat(phase.explanation().reasons()).anyMatch(r -> r.key().equals("staffing.input.phaseThresholds")
        && r.basis() == Basis.INPUT);
  }

  @Test
  void provenance_is_a_fact_with_a_source_an_assumption_or_an_input() {
    assertThat(Provenance.fact(StaffingPolicy.STAFFING_RULE_OF_THUMB).source()).contains(StaffingPolicy.STAFFING_RULE_OF_THUMB);
    assertThat(Provenance.assumption().source()).isEmpty();
    assertThat(Provenance.input().basis()).isEqualTo(Basis.INPUT);
    assertThatThrownBy(() -> Provenance.fact(null)).isInstanceOf(NullPointerException.class).hasMessage("source");
    assertThatThrownBy(() -> StaffingPolicy.defaults().provenance(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("figure");
    Map<StaffingPolicy.Figure, Provenance> map = StaffingPolicy.defaults().provenance();
    assertThatThrownBy(() -> map.put(StaffingPolicy.Figure.ROUNDING, Provenance.input()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /** A policy built without provenance (as from a document), with one figure changed. */
  private static StaffingPolicy withoutProvenance(StaffingPolicy.Figure changed) {
    ImmutableStaffingPolicy.Generator g = ImmutableStaffingPolicy.generator();
    switch (changed) {
      case EMERGING_STAFF_PER_OPS -> g.emergingStaffPerOps(9);
      case STRUCTURING_STAFF_PER_OPS -> g.structuringStaffPerOps(16);
      case MATURE_STAFF_PER_OPS -> g.matureStaffPerOps(25);
      case MINIMUM_OPS_PER_FUNCTION -> g.minimumOpsPerFunction(2);
      case EXTRA_TIER_WEIGHT_PERCENT -> g.extraTierWeightPercent(30);
      case ROUNDING -> g.rounding(OpsRounding.CEILING);
      case STRONG_GROWTH -> g.strongGrowth(0.6);
      case EMERGING_MAX_OPS_AGE_YEARS -> g.emergingMaxOpsAgeYears(1);
      case MATURE_MIN_OPS_AGE_YEARS -> g.matureMinOpsAgeYears(5);
      case MATURE_MAX_GROWTH -> g.matureMaxGrowth(0.1);
      case DEDICATED_OPS_FROM_STAFF -> g.dedicatedOpsFromStaff(10);
      case SMALL_FUNCTIONS_PER_OPS -> g.smallFunctionsPerOps(2);
      case COORDINATION_OPS_PER_FUNCTION -> g.coordinationOpsPerFunction(0.5);
      case FUNCTIONS_IN_RATIO -> g.functionsInRatio(3);
      case LOAD_WEIGHTS -> g.loadWeights(Map.of("SALES", 2.0));
      case CAP_AT_EARLY_RATIO -> g.capAtEarlyRatio(false);
    }
    return g.build();
  }

  @Test
  void a_policy_without_provenance_counts_each_changed_figure_as_an_input() {
    PolicyChecks.eachChangedFigureIsAnInput(StaffingPolicy.Figure.class, changed -> withoutProvenance(changed)::provenance);
    assertThat(ImmutableStaffingPolicy.generator().build().provenance()).isEqualTo(StaffingPolicy.defaults().provenance());
  }
}
