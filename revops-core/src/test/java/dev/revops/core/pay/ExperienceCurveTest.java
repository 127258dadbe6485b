package dev.revops.core.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.explain.Source;
import java.util.List;
import java.util.Locale;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ExperienceCurveTest {

  private static Money eur(long amount) {
    return Money.of(CurrencyUnit.EUR, amount);
  }

  private final ExperienceCurve curve = SalaryBenchmarks.businessOpsNetworkFrance().experienceCurve();

  @Test
  void flat_outside_the_anchors_and_increasing_between() {
    assertThat(curve.medianAt(0)).isEqualTo(eur(45_000));
    assertThat(curve.medianAt(40)).isEqualTo(eur(99_000));
    double previous = 0;
    for (double years = 0; years <= 25; years += 0.25) {
      double amount = curve.amountAt(years);
      assertThat(amount).isGreaterThanOrEqualTo(previous).isBetween(45_000.0 - 1e-6, 99_000.0 + 1e-6);
      previous = amount;
    }
    assertThat(curve.medianAt(10).isGreaterThan(eur(77_000))).isTrue();
    assertThat(curve.anchors()).hasSize(3);
  }

  @Test
  void explains_the_bucket_convention() {
    assertThat(curve.explanation().render(Locale.ENGLISH))
        .contains("< 2 → 1.0, 5–6 → 5.5, > 16 → 18.0")
        .contains("Median salary with 5–6 years of experience: EUR 77,000.");
    assertThat(curve.explanation().assumptions()).hasSize(1);
  }

  @Test
  void pchip_does_not_overshoot_a_plateau() {
    ExperienceCurve plateau = ExperienceCurve.of(List.of(
        ExperienceAnchor.of(0, 2, 1, eur(40_000)), ExperienceAnchor.of(2, 4, 3, eur(60_000)),
        ExperienceAnchor.of(4, 6, 5, eur(60_000)), ExperienceAnchor.of(6, Double.NaN, 7, eur(70_000))), Source.of("test"));
    for (double years = 3; years <= 5; years += 0.1) {
      assertThat(plateau.amountAt(years)).isCloseTo(60_000, org.assertj.core.api.Assertions.within(1e-6));
    }
    ExperienceCurve two = ExperienceCurve.of(List.of(
        ExperienceAnchor.of(Double.NaN, 2, 1, eur(40_000)), ExperienceAnchor.of(2, Double.NaN, 3, eur(50_000))), Source.of("t"));
    assertThat(two.amountAt(2)).isBetween(40_000.0, 50_000.0);
  }

  /** Reference values from SciPy 1.17 {@code PchipInterpolator} on the same anchors, in log space. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "1.5, 44253.39966131704", "2.0, 48107.917354027755", "3.7, 51547.5221080712", "4.5, 51000.00000000001",
    "5.0, 51441.4031714997", "6.5, 57539.322907749985", "8.5, 80606.37619413385", "10.0, 91774.72163263655",
    "12.0, 94029.38193761432", "14.9, 94999.24732810291"})
  void matches_scipy_pchip_on_non_monotone_anchors(double years, double expected) {
    double[] x = {1, 3, 4.5, 8, 9, 15};
    long[] medians = {40_000, 52_000, 51_000, 70_000, 90_000, 95_000};
    List<ExperienceAnchor> anchors = new java.util.ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      anchors.add(ExperienceAnchor.of(Double.NaN, x[i] + 1, x[i], eur(medians[i])));
    }
    ExperienceCurve curve = ExperienceCurve.of(anchors, Source.of("scipy check"));
    assertThat(curve.amountAt(years)).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-6));
  }

  @Test
  void rejects_bad_anchors_and_years() {
    assertThatThrownBy(() -> curve.medianAt(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("years (-1.0) must be a finite number >= 0");
    assertThatThrownBy(() -> ExperienceCurve.of(List.of(ExperienceAnchor.of(0, 2, 1, eur(1))), Source.of("t")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("anchors (1) must hold at least two experience anchors");
    assertThatThrownBy(() -> ExperienceCurve.of(List.of(
            ExperienceAnchor.of(0, 2, 1, eur(1)), ExperienceAnchor.of(0, 2, 1, eur(2))), Source.of("t")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("anchors[1].representativeYears (1.0) must be above that of anchors[0] (1.0)");
    assertThatThrownBy(() -> ExperienceCurve.of(List.of(
            ExperienceAnchor.of(0, 2, 1, eur(1)), ExperienceAnchor.of(2, 4, 3, Money.of(CurrencyUnit.USD, 2))), Source.of("t")))
        .isInstanceOf(dev.revops.core.InvalidValueException.class);
    assertThatThrownBy(() -> ExperienceAnchor.of(Double.NaN, Double.NaN, 1, eur(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must have a lower or an upper bound");
    assertThatThrownBy(() -> ExperienceAnchor.of(5, 6, 7, eur(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("representativeYears (7.0) must be <= maxYears (6.0)");
    assertThatThrownBy(() -> ExperienceAnchor.of(5, 6, 4, eur(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("representativeYears (4.0) must be >= minYears (5.0)");
    assertThatThrownBy(() -> ExperienceAnchor.of(6, 5, 5.5, eur(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("minYears (6.0) must be below maxYears (5.0)");
    assertThatThrownBy(() -> ExperienceAnchor.of(0, 5, 1, eur(0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("median (EUR 0.00) must be > 0");
  }
}
