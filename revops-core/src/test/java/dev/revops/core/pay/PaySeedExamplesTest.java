package dev.revops.core.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.revops.core.explain.Basis;
import dev.revops.core.explain.Source;
import dev.revops.core.org.OpsLevel;
import java.util.Locale;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DOMAIN.md §5: every figure of the salary benchmark, through the public API. */
class PaySeedExamplesTest {

  private static final SalaryBenchmark STUDY = SalaryBenchmarks.businessOpsNetworkFrance();

  private static Money keur(int k) {
    return Money.of(CurrencyUnit.EUR, k * 1000L);
  }

  static Stream<Arguments> levels() {
    return Stream.of(
        Arguments.of(OpsLevel.JUNIOR, 47, 50, 0.61),
        Arguments.of(OpsLevel.SENIOR, 56, 88, 0.56),
        Arguments.of(OpsLevel.MANAGER, 64, 107, 0.64),
        Arguments.of(OpsLevel.DIRECTOR, 102, 166, 0.80),
        Arguments.of(OpsLevel.VP, 102, 166, 0.80));
  }

  @ParameterizedTest
  @MethodSource("levels")
  void median_maximum_and_bonus_share_by_level(OpsLevel level, int median, int maximum, double bonus) {
    SalaryCohort cohort = STUDY.cohort(level);
    assertThat(cohort.median()).isEqualTo(keur(median));
    assertThat(cohort.maximum()).isEqualTo(keur(maximum));
    assertThat(cohort.bonusShare()).hasValue(bonus);
    assertThat(STUDY.distribution(level).median()).isEqualTo(keur(median));
    assertThat(STUDY.distribution(level).quantile(0.5)).isCloseTo(median * 1000.0, within(1e-6));
  }

  @Test
  void directors_and_vps_share_one_row() {
    assertThat(STUDY.cohort(OpsLevel.DIRECTOR)).isSameAs(STUDY.cohort(OpsLevel.VP));
    assertThat(STUDY.cohort(OpsLevel.DIRECTOR).isShared()).isTrue();
    assertThat(STUDY.cohort(OpsLevel.SENIOR).isShared()).isFalse();
    assertThat(STUDY.distribution(OpsLevel.VP).explanation().reasons()).anyMatch(r -> r.key().equals("pay.rule.sharedRow"));
  }

  @Test
  void medians_by_experience() {
    assertThat(STUDY.experienceAnchors()).extracting(ExperienceAnchor::median)
        .containsExactly(keur(45), keur(77), keur(99));
    assertThat(STUDY.experienceAnchors()).extracting(ExperienceAnchor::bucket).containsExactly("< 2", "5–6", "> 16");
    ExperienceCurve curve = STUDY.experienceCurve();
    assertThat(curve.medianAt(1)).isEqualTo(keur(45));
    assertThat(curve.medianAt(5.5)).isEqualTo(keur(77));
    assertThat(curve.medianAt(18)).isEqualTo(keur(99));
  }

  @Test
  void equity_variable_pay_and_the_2023_rise() {
    assertThat(STUDY.equityShare()).hasValue(0.64);
    assertThat(STUDY.equityShareByLevel()).containsEntry(OpsLevel.DIRECTOR, 0.76).containsEntry(OpsLevel.VP, 0.80);
    assertThat(STUDY.variablePayShare()).hasValue(0.55);
    assertThat(STUDY.reportedRaise()).hasValue(ReportedRaise.of(2023, 0.08));
    assertThat(STUDY.outlook(OpsLevel.DIRECTOR).equityChance()).hasValue(0.76);
    assertThat(STUDY.outlook(OpsLevel.VP).equityChance()).hasValue(0.80);
    assertThat(STUDY.outlook(OpsLevel.SENIOR).equityChance()).hasValue(0.64);
    assertThat(STUDY.outlook(OpsLevel.SENIOR).variablePayChance()).hasValue(0.55);
  }

  @Test
  void the_study_and_its_respondents() {
    Source source = STUDY.source();
    assertThat(source).isEqualTo(SalaryBenchmarks.BUSINESS_OPERATIONS_NETWORK_STUDY);
    assertThat(source.sampleSize()).hasValue(400);
    assertThat(source.companies()).hasValue(117);
    assertThat(source.country()).hasValue("FR");
    assertThat(STUDY.currency()).isEqualTo(CurrencyUnit.EUR);
    assertThat(STUDY.medianExperienceYears()).hasValue(5);
    assertThat(STUDY.medianOpsExperienceYears()).hasValue(3);
    assertThat(STUDY.seniorOrAboveShare()).hasValue(0.60);
  }

  @Test
  void the_junior_cohort_is_flagged_near_degenerate() {
    LogNormalSalaryDistribution juniors = STUDY.distribution(OpsLevel.JUNIOR);
    assertThat(juniors.warnings()).extracting(r -> r.key())
        .containsExactly("pay.warning.nearDegenerate", "pay.warning.spreadFloored");
    assertThat(juniors.confidence()).isEqualTo(Confidence.LOW);
    for (OpsLevel level : new OpsLevel[] {OpsLevel.SENIOR, OpsLevel.MANAGER, OpsLevel.DIRECTOR}) {
      assertThat(STUDY.distribution(level).warnings()).isEmpty();
      // an assumed head count and an assumed shape: never more than low confidence
      assertThat(STUDY.distribution(level).confidence()).isEqualTo(Confidence.LOW);
    }
  }

  @Test
  void cohort_sizes_are_flagged_as_assumptions_in_every_explanation() {
    for (OpsLevel level : OpsLevel.values()) {
      LogNormalSalaryDistribution d = STUDY.distribution(level);
      assertThat(STUDY.cohort(level).sampleSizeAssumed()).isTrue();
      assertThat(d.sampleSize()).isEqualTo(SalaryBenchmarks.ASSUMED_COHORT_SIZES.get(level));
      assertThat(d.explanation().reasons(Basis.ASSUMPTION)).anyMatch(r -> r.key().equals("pay.assumption.cohortSize"));
      assertThat(d.explanation().render(Locale.ENGLISH)).contains("revops assumes");
    }
    assertThat(SalaryBenchmarks.ASSUMED_COHORT_SIZES.get(OpsLevel.SENIOR) + SalaryBenchmarks.ASSUMED_COHORT_SIZES.get(OpsLevel.MANAGER))
        .isEqualTo(240);
  }

  @Test
  void the_rise_is_a_fact_never_a_default() {
    CompensationOutlook outlook = STUDY.outlook(OpsLevel.MANAGER);
    assertThat(outlook.explanation().render(Locale.ENGLISH)).contains("Ops salaries rose by 8% on average in 2023.");
    assertThat(outlook.explanation().render(Locale.FRENCH)).containsPattern("8\\h% en moyenne en 2023");
    assertThat(CompensationOutlook.project(keur(64), 0.08, 1)).isEqualTo(Money.of(CurrencyUnit.EUR, 69_120));
  }
}
