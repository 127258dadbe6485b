package dev.revops.core.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.InvalidValueException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Fit results forged through the generated builders are refused, naming the field. */
class FitResultInvariantsTest {

  private static final FitAssessment A = FitScorer.withDefaults()
      .assess(FitSeedExamplesTest.EX_SALES, FitSeedExamplesTest.SALES_OPS_CRM);

  private static void refused(Supplier<?> build, String field) {
    assertThatThrownBy(build::get).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void an_assessment_keeps_its_score_its_confidence_and_its_breakdown_together() {
    assertThat(ImmutableFitAssessment.generator().from(A).build()).isEqualTo(A);
    refused(() -> ImmutableFitAssessment.generator().from(A).score(120).build(), "score");
    refused(() -> ImmutableFitAssessment.generator().from(A).score(-1).build(), "score");
    refused(() -> ImmutableFitAssessment.generator().from(A).score(Math.min(100, A.score() + 1)).build(), "score");
    refused(() -> ImmutableFitAssessment.generator().from(A).confidence(1.5).build(), "confidence");
    refused(() -> ImmutableFitAssessment.generator().from(A).confidence(-0.1).build(), "confidence");
    refused(() -> ImmutableFitAssessment.generator().from(A).confidence(Double.NaN).build(), "confidence");
  }

  @Test
  void a_competency_line_keeps_its_points_within_its_maximum() {
    CompetencyFit line = A.breakdown().get(0);
    assertThat(ImmutableCompetencyFit.generator().from(line).build()).isEqualTo(line);
    refused(() -> ImmutableCompetencyFit.generator().from(line).weightShare(1.5).build(), "weightShare");
    refused(() -> ImmutableCompetencyFit.generator().from(line).weightShare(-0.1).build(), "weightShare");
    refused(() -> ImmutableCompetencyFit.generator().from(line).maxPoints(101).build(), "maxPoints");
    refused(() -> ImmutableCompetencyFit.generator().from(line).maxPoints(-1).build(), "maxPoints");
    refused(() -> ImmutableCompetencyFit.generator().from(line).points(line.maxPoints() + 1).build(), "points");
    refused(() -> ImmutableCompetencyFit.generator().from(line).points(-1).build(), "points");
    refused(() -> ImmutableCompetencyFit.generator().from(line).points(Double.NaN).build(), "points");
  }

  @Test
  void a_gap_is_a_real_gap() {
    CompetencyGap gap = A.gaps().get(0);
    assertThat(ImmutableCompetencyGap.generator().from(gap).build()).isEqualTo(gap);
    refused(() -> ImmutableCompetencyGap.generator().from(gap).pointsLost(0).build(), "pointsLost");
    refused(() -> ImmutableCompetencyGap.generator().from(gap).pointsLost(101).build(), "pointsLost");
    refused(() -> ImmutableCompetencyGap.generator().from(gap).estimate(gap.required().level()).build(), "estimate");
  }
}
