package dev.revops.core.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.explain.Source;
import dev.revops.core.org.OpsLevel;
import java.util.EnumSet;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class SalaryBenchmarkTest {

  private static Money eur(long amount) {
    return Money.of(CurrencyUnit.EUR, amount);
  }

  private static SalaryCohort cohort(OpsLevel... levels) {
    return SalaryCohort.builder().levels(EnumSet.of(levels[0], levels)).median(eur(50_000)).maximum(eur(70_000))
        .sampleSize(30).build();
  }

  private static SalaryBenchmark.Builder minimal() {
    return SalaryBenchmark.builder().id("mine").source(Source.of("Our 2025 survey")).currency(CurrencyUnit.EUR)
        .addCohorts(cohort(OpsLevel.SENIOR));
  }

  @Test
  void users_build_their_own() {
    SalaryBenchmark mine = minimal().addCohorts(cohort(OpsLevel.MANAGER, OpsLevel.DIRECTOR)).build();
    assertThat(mine.levels()).containsExactly(OpsLevel.SENIOR, OpsLevel.MANAGER, OpsLevel.DIRECTOR);
    assertThat(mine.distribution(OpsLevel.SENIOR).explanation().reasons())
        .anyMatch(r -> r.key().equals("pay.input.cohortSize"))
        .anyMatch(r -> r.key().equals("pay.fact.cohortNoBonus"));
    assertThat(mine.outlook(OpsLevel.SENIOR).bonusChance()).isEmpty();
    assertThat(mine.outlook(OpsLevel.SENIOR).equityChance()).isEmpty();
    assertThat(mine.outlook(OpsLevel.SENIOR).reportedRaise()).isEmpty();
    assertThat(mine.distributions()).hasSize(3);
  }

  @Test
  void rejects_inconsistent_benchmarks() {
    assertThatThrownBy(() -> minimal().addCohorts(cohort(OpsLevel.SENIOR)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cohorts[1] ([SENIOR]) must not cover level SENIOR again");
    assertThatThrownBy(() -> minimal().id(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("id ( ) must not be blank");
    assertThatThrownBy(() -> minimal().currency(CurrencyUnit.USD).build()).isInstanceOf(dev.revops.core.InvalidValueException.class);
    assertThatThrownBy(() -> minimal().equityShare(1.2).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("equityShare (1.2) must be between 0 and 1");
    assertThatThrownBy(() -> minimal().putEquityShareByLevel(OpsLevel.VP, -0.1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("equityShareByLevel.VP (-0.1) must be between 0 and 1");
    assertThatThrownBy(() -> minimal().medianExperienceYears(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("medianExperienceYears (-1.0) must be a finite number >= 0");
    assertThatThrownBy(() -> minimal().addExperienceAnchors(ExperienceAnchor.of(5, 6, 5.5, eur(1)), ExperienceAnchor.of(0, 2, 1, eur(1))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("experienceAnchors[1].representativeYears (1.0) must be above that of experienceAnchors[0] (5.5)");
    assertThatThrownBy(() -> minimal().build().cohort(OpsLevel.JUNIOR))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("level (JUNIOR) must be covered by a cohort of benchmark mine");
    assertThatThrownBy(() -> minimal().build().experienceCurve())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("anchors (0) must hold at least two experience anchors");
  }

  @Test
  void rejects_inconsistent_cohorts() {
    assertThatThrownBy(() -> SalaryCohort.builder().median(eur(50_000)).maximum(eur(40_000)).sampleSize(5)
            .addLevels(OpsLevel.SENIOR).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maximum (EUR 40000.00) must be above the median (EUR 50000.00)");
    assertThatThrownBy(() -> SalaryCohort.builder().median(eur(50_000)).maximum(eur(60_000)).sampleSize(1)
            .addLevels(OpsLevel.SENIOR).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("sampleSize (1) must be >= 2");
    assertThatThrownBy(() -> SalaryCohort.builder().median(eur(50_000)).maximum(eur(60_000)).sampleSize(5).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("levels ([]) must hold at least one level");
    assertThatThrownBy(() -> SalaryCohort.builder().median(eur(50_000)).maximum(eur(60_000)).sampleSize(5)
            .addLevels(OpsLevel.SENIOR).bonusShare(2).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bonusShare (2.0) must be between 0 and 1");
    assertThatThrownBy(() -> SalaryCohort.builder().median(eur(0)).maximum(eur(60_000)).sampleSize(5)
            .addLevels(OpsLevel.SENIOR).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("median (EUR 0.00) must be > 0");
  }

  @Test
  void projection_takes_the_growth_from_the_caller() {
    assertThat(CompensationOutlook.project(eur(50_000), 0.03, 0)).isEqualTo(eur(50_000));
    assertThat(CompensationOutlook.project(eur(50_000), 0.10, 2)).isEqualTo(eur(60_500));
    assertThat(CompensationOutlook.project(eur(50_000), -0.5, 1)).isEqualTo(eur(25_000));
    assertThatThrownBy(() -> CompensationOutlook.project(eur(1), -1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("annualGrowth (-1.0) must be a finite fraction > -1");
    assertThatThrownBy(() -> CompensationOutlook.project(eur(1), 0.1, 101))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("years (101) must be between 0 and 100");
    assertThatThrownBy(() -> ReportedRaise.of(1800, 0.1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("year (1800) must be between 1900 and 2200");
  }

  @Test
  void outlook_says_whether_equity_is_the_level_own_figure() {
    SalaryBenchmark study = SalaryBenchmarks.businessOpsNetworkFrance();
    assertThat(study.outlook(OpsLevel.DIRECTOR).equityChanceIsLevelSpecific()).isTrue();
    assertThat(study.outlook(OpsLevel.JUNIOR).equityChanceIsLevelSpecific()).isFalse();
    assertThat(study.outlook(OpsLevel.JUNIOR).bonusChance()).hasValue(0.61);
    assertThat(study.outlook(OpsLevel.JUNIOR).level()).isEqualTo(OpsLevel.JUNIOR);
  }
}
