package dev.revops.core.fit;

import dev.revops.core.testing.PolicyChecks;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.explain.Provenance;
import dev.revops.core.org.MissionFamily;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.org.OpsSpecialty;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FitPolicyProvenanceTest {

  private static final FitPolicy D = FitPolicy.defaults();

  private static FitPolicy withoutProvenance(FitPolicy.Figure changed) {
    ImmutableFitPolicy.Generator g = ImmutableFitPolicy.generator();
    switch (changed) {
      case PRIORS -> {
        Map<ProfileOrigin, OriginPrior> priors = new EnumMap<>(D.priors());
        OriginPrior finance = priors.get(ProfileOrigin.FINANCE);
        Map<Competency, Proficiency> expected = new EnumMap<>(finance.expected());
        expected.put(Competency.FIELD_KNOWLEDGE, Proficiency.of(2));
        priors.put(ProfileOrigin.FINANCE, OriginPrior.builder().origin(ProfileOrigin.FINANCE).expected(expected)
            .watchPoints(finance.watchPoints()).build());
        g.priors(priors);
      }
      case MATRIX -> {
        Map<MissionFamily, Map<Competency, Double>> matrix = new EnumMap<>(D.matrix());
        Map<Competency, Double> row = new EnumMap<>(matrix.get(MissionFamily.DATA));
        row.merge(Competency.ANALYSIS_AND_LISTENING, 0.05, Double::sum);
        matrix.put(MissionFamily.DATA, row);
        g.matrix(matrix);
      }
      case CORE_REQUIREMENT_BY_LEVEL -> {
        Map<OpsLevel, Proficiency> levels = new EnumMap<>(D.coreRequirementByLevel());
        levels.put(OpsLevel.JUNIOR, Proficiency.of(1));
        g.coreRequirementByLevel(levels);
      }
      case CORE_SHARE -> g.coreShare(D.coreShare() / 2);
      case SPECIALTY_EMPHASIS -> {
        Map<OpsSpecialty, List<Competency>> emphasis = new EnumMap<>(D.specialtyEmphasis());
        List<Competency> sales = new ArrayList<>(emphasis.get(OpsSpecialty.SALES_OPS));
        sales.add(Competency.ANALYSIS_AND_LISTENING);
        emphasis.put(OpsSpecialty.SALES_OPS, sales);
        g.specialtyEmphasis(emphasis);
      }
      case SPECIALTY_BOOST -> g.specialtyBoost(D.specialtyBoost() + 0.5);
      case EVIDENCE_WEIGHTS -> {
        Map<Evidence, Double> weights = new EnumMap<>(D.evidenceWeights());
        weights.put(Evidence.SELF_DECLARED, 0.2);
        g.evidenceWeights(weights);
      }
      case DEVELOPMENT_ACTIONS -> {
        Map<Competency, List<DevelopmentAction>> actions = new EnumMap<>(D.developmentActions());
        List<DevelopmentAction> reversed = new ArrayList<>(actions.get(Competency.TECHNICAL_TOOLING));
        java.util.Collections.reverse(reversed);
        reversed.add(reversed.get(0));
        actions.put(Competency.TECHNICAL_TOOLING, reversed);
        g.developmentActions(actions);
      }
      case FOCUS_SHARE -> g.focusShare(D.focusShare() / 2);
      case OPS_YEARS_SHIFT -> g.opsYearsShift(D.opsYearsShift() + 0.5);
      case OTHER_YEARS_SHIFT -> g.otherYearsShift(D.otherYearsShift() + 0.5);
      case YEARS_AT_FULL_SHIFT -> g.yearsAtFullShift(D.yearsAtFullShift() + 2);
      case LEVEL_EMPHASIS -> g.levelEmphasis(Map.of(OpsLevel.VP, List.of(Competency.FINANCIAL_MODELLING)));
      case RANKING_MINIMUM_CONFIDENCE -> g.rankingMinimumConfidence(D.rankingMinimumConfidence() / 2);
      case UNCERTAINTY_AT_NO_EVIDENCE -> g.uncertaintyAtNoEvidence(D.uncertaintyAtNoEvidence() / 2);
    }
    return g.build();
  }

  @Test
  void a_policy_without_provenance_counts_each_changed_figure_as_an_input() {
    PolicyChecks.eachChangedFigureIsAnInput(FitPolicy.Figure.class, changed -> withoutProvenance(changed)::provenance);
  }

  @Test
  void explanations_say_which_part_of_the_policy_the_caller_set() {
    Candidate c = Candidate.builder().id("c").origin(ProfileOrigin.FINANCE).totalYears(5).build();
    OpsRole role = FitSeedExamplesTest.SALES_OPS_CRM;
    FitAssessment byDefault = FitScorer.withDefaults().assess(c, role);
    assertThat(byDefault.explanation().reasons()).anyMatch(r -> r.key().equals("fit.assumption.evidence"))
        .anyMatch(r -> r.key().equals("fit.assumption.matrix"));
    Map<Evidence, Double> weights = new EnumMap<>(D.evidenceWeights());
    weights.put(Evidence.SELF_DECLARED, 0.3);
    FitAssessment evidenceSet = FitScorer.of(FitPolicy.builder().evidenceWeights(weights).build()).assess(c, role);
    assertThat(evidenceSet.explanation().reasons()).anyMatch(r -> r.key().equals("fit.input.evidence"))
        .anyMatch(r -> r.key().equals("fit.assumption.matrix"));
  }
}
