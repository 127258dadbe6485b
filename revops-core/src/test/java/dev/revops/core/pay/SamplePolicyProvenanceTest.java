package dev.revops.core.pay;

import dev.revops.core.testing.PolicyChecks;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.explain.Provenance;
import org.junit.jupiter.api.Test;

class SamplePolicyProvenanceTest {

  private static SamplePolicy withoutProvenance(SamplePolicy.Figure changed) {
    ImmutableSamplePolicy.Generator g = ImmutableSamplePolicy.generator();
    switch (changed) {
      case PUBLISH_MINIMUM -> g.publishMinimum(4);
      case LOW_CONFIDENCE_BELOW -> g.lowConfidenceBelow(6);
      case HIGH_CONFIDENCE_FROM -> g.highConfidenceFrom(40);
    }
    return g.build();
  }

  @Test
  void a_policy_without_provenance_counts_each_changed_figure_as_an_input() {
    PolicyChecks.eachChangedFigureIsAnInput(SamplePolicy.Figure.class, changed -> withoutProvenance(changed)::provenance);
  }

  @Test
  void the_sample_rule_is_an_input_once_the_caller_sets_it() {
    double[] values = {40_000, 45_000, 50_000, 55_000, 60_000, 65_000};
    assertThat(SalaryDistributions.empirical(values, QuantileMethod.HF7).explanation().reasons())
        .anyMatch(r -> r.key().equals("pay.assumption.sample"));
    SamplePolicy set = SamplePolicy.builder().publishMinimum(3).build();
    assertThat(set.provenance(SamplePolicy.Figure.PUBLISH_MINIMUM)).isEqualTo(Provenance.input());
    assertThat(SalaryDistributions.empirical(org.joda.money.CurrencyUnit.EUR, values, QuantileMethod.HF7, set)
        .explanation().reasons()).anyMatch(r -> r.key().equals("pay.input.sample"));
  }
}
