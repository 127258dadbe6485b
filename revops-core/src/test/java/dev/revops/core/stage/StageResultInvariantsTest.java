package dev.revops.core.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.InvalidValueException;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Stage results forged through the generated builders are refused, naming the field. */
class StageResultInvariantsTest {

  private static final StageAdvisor ADVISOR = StageAdvisor.withDefaults();

  private static void refused(Supplier<?> build, String field) {
    assertThatThrownBy(build::get).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void a_classification_holds_what_its_kind_needs_and_shares_that_add_up() {
    StageClassification stage = ADVISOR.classify(StageSeedExamplesTest.EMBEDDED);
    StageClassification none = ADVISOR.classify(OpsOrgChart.empty());
    assertThat(ImmutableStageClassification.generator().from(stage).build()).isEqualTo(stage);
    refused(() -> ImmutableStageClassification.generator().from(stage).current(java.util.Optional.empty()).build(),
        "current");
    refused(() -> ImmutableStageClassification.generator().from(stage).towards(OrgStage.HYBRID).build(), "towards");
    refused(() -> ImmutableStageClassification.generator().from(none).current(OrgStage.EMBEDDED).build(), "current");
    refused(() -> ImmutableStageClassification.generator().from(none).towards(OrgStage.EMBEDDED).build(), "towards");
    refused(() -> ImmutableStageClassification.generator().from(stage).kind(ClassificationKind.TRANSITION).build(),
        "towards");
    refused(() -> ImmutableStageClassification.generator().from(stage).kind(ClassificationKind.TRANSITION)
        .towards(stage.current().orElseThrow()).build(), "towards");
    refused(() -> ImmutableStageClassification.generator().from(stage).shares(Map.of(OrgStage.EMBEDDED, 0.5)).build(),
        "shares");
    refused(() -> ImmutableStageClassification.generator().from(stage)
        .shares(Map.of(OrgStage.EMBEDDED, 1.5, OrgStage.CENTRALIZED, -0.5)).build(), "shares.EMBEDDED");
    refused(() -> ImmutableStageClassification.generator().from(none).kind(ClassificationKind.TRANSITION)
        .current(OrgStage.EMBEDDED).build(), "towards");
  }

  @Test
  void a_trigger_compares_finite_numbers_and_a_diagnosis_moves_somewhere_else() {
    refused(() -> Trigger.of(OrgStage.CENTRALIZED, TriggerKind.OPS_TEAMS, OptionalDouble.of(2), Double.NaN), "threshold");
    refused(() -> Trigger.of(OrgStage.CENTRALIZED, TriggerKind.OPS_TEAMS, OptionalDouble.of(Double.POSITIVE_INFINITY), 2),
        "observed");
    StageDiagnosis d = ADVISOR.diagnose(StageSeedExamplesTest.EMBEDDED, StageSignals.empty());
    refused(() -> ImmutableStageDiagnosis.generator().from(d).next(d.classification().current().orElseThrow()).build(),
        "next");
  }
}
