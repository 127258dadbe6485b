package dev.revops.core.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PhaseAssessmentTest {

  private final StaffingCalculator calculator = StaffingCalculator.withDefaults();

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(MaturitySignals.builder().opsAgeYears(0.5).headcountGrowth(0.1).priorOpsSupport(false).build(), MaturityPhase.EMERGING, "staffing.rule.phase.backlog"),
        Arguments.of(MaturitySignals.builder().opsAgeYears(1.99).headcountGrowth(0.0).priorOpsSupport(false).build(), MaturityPhase.EMERGING, "staffing.rule.phase.backlog"),
        Arguments.of(MaturitySignals.builder().opsAgeYears(2.0).headcountGrowth(0.0).priorOpsSupport(false).build(), MaturityPhase.STRUCTURING, "staffing.rule.phase.between"),
        Arguments.of(MaturitySignals.builder().opsAgeYears(0.5).headcountGrowth(0.1).priorOpsSupport(true).build(), MaturityPhase.STRUCTURING, "staffing.rule.phase.between"),
        Arguments.of(MaturitySignals.builder().opsAgeYears(10).headcountGrowth(0.5).priorOpsSupport(true).build(), MaturityPhase.EMERGING, "staffing.rule.phase.growth"),
        Arguments.of(MaturitySignals.builder().opsAgeYears(10).headcountGrowth(0.49).priorOpsSupport(true).build(), MaturityPhase.STRUCTURING, "staffing.rule.phase.between"),
        Arguments.of(MaturitySignals.builder().opsAgeYears(4).headcountGrowth(0.2).priorOpsSupport(true).build(), MaturityPhase.MATURE, "staffing.rule.phase.mature"),
        Arguments.of(MaturitySignals.builder().opsAgeYears(4).headcountGrowth(-0.3).priorOpsSupport(false).build(), MaturityPhase.MATURE, "staffing.rule.phase.mature"),
        Arguments.of(MaturitySignals.builder().opsAgeYears(3.9).headcountGrowth(0.1).priorOpsSupport(true).build(), MaturityPhase.STRUCTURING, "staffing.rule.phase.between"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void places_the_phase_by_the_documented_rules(MaturitySignals signals, MaturityPhase phase, String rule) {
    PhaseAssessment assessment = calculator.assessPhase(signals);
    assertThat(assessment.phase()).isEqualTo(phase);
    assertThat(assessment.signals()).isEqualTo(signals);
    assertThat(assessment.explanation().reasons()).anyMatch(r -> r.key().equals(rule));
    assertThat(assessment.explanation().assumptions()).isNotEmpty();
  }

  @Test
  void the_recommendation_from_signals_starts_with_the_assessment() {
    StaffingRecommendation rec = calculator.recommend(StaffingSeedExamplesTest.SALES, MaturitySignals.builder().opsAgeYears(1).headcountGrowth(0.8).priorOpsSupport(false).build());
    assertThat(rec.phase()).isEqualTo(MaturityPhase.EMERGING);
    assertThat(rec.target()).isEqualTo(10);
    assertThat(rec.explanation().reasons().get(0).key()).isEqualTo("staffing.summary.ratio");
    assertThat(rec.explanation().reasons().get(1).key()).isEqualTo("staffing.input.signals");
    assertThat(rec.explanation().render(Locale.ENGLISH)).contains("Growth of 80% reaches the strong-growth threshold of 50%: early phase.");
    assertThat(rec.explanation().render(Locale.FRENCH)).contains("phase « émergence »");
  }

  @Test
  void thresholds_come_from_the_policy() {
    StaffingCalculator strict = StaffingCalculator.of(StaffingPolicy.builder()
        .strongGrowth(1.0).matureMinOpsAgeYears(3).emergingMaxOpsAgeYears(1).matureMaxGrowth(0.3).build());
    assertThat(strict.assessPhase(MaturitySignals.builder().opsAgeYears(3).headcountGrowth(0.25).priorOpsSupport(true).build()).phase()).isEqualTo(MaturityPhase.MATURE);
    assertThat(strict.assessPhase(MaturitySignals.builder().opsAgeYears(5).headcountGrowth(0.8).priorOpsSupport(true).build()).phase()).isEqualTo(MaturityPhase.STRUCTURING);
  }

  static Stream<Arguments> invalidSignals() {
    return Stream.of(
        Arguments.of(-1.0, 0.0, "opsAgeYears (-1.0) must be a finite number >= 0"),
        Arguments.of(Double.NaN, 0.0, "opsAgeYears (NaN) must be a finite number >= 0"),
        Arguments.of(1.0, -1.0, "headcountGrowth (-1.0) must be a finite fraction > -1 (0.3 for +30 %)"),
        Arguments.of(1.0, Double.POSITIVE_INFINITY, "headcountGrowth (Infinity) must be a finite fraction > -1 (0.3 for +30 %)"));
  }

  @ParameterizedTest
  @MethodSource("invalidSignals")
  void rejects_bad_signals(double age, double growth, String message) {
    assertThatThrownBy(() -> MaturitySignals.builder().opsAgeYears(age).headcountGrowth(growth).priorOpsSupport(true).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void equality_and_nulls() {
    new EqualsTester()
        .addEqualityGroup(MaturitySignals.builder().opsAgeYears(1).headcountGrowth(0.2).priorOpsSupport(true).build(), MaturitySignals.builder().opsAgeYears(1).headcountGrowth(0.2).priorOpsSupport(true).build())
        .addEqualityGroup(MaturitySignals.builder().opsAgeYears(1).headcountGrowth(0.2).priorOpsSupport(false).build())
        .addEqualityGroup(MaturitySignals.builder().opsAgeYears(2).headcountGrowth(0.2).priorOpsSupport(true).build())
        .testEquals();
    assertThatThrownBy(() -> calculator.assessPhase(null)).isInstanceOf(NullPointerException.class).hasMessage("signals");
    assertThat(MaturityPhase.MATURE.displayName(Locale.FRENCH)).isEqualTo("maturité");
  }
}
