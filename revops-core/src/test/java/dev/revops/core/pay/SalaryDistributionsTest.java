package dev.revops.core.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalaryDistributionsTest {

  private static Money eur(double amount) {
    return Money.of(CurrencyUnit.EUR, amount);
  }

  // --- log-normal ----------------------------------------------------------------------------

  @Test
  void log_normal_sigma_follows_blom() {
    LogNormalSalaryDistribution d = SalaryDistributions.logNormal(eur(56_000), eur(88_000), 150);
    double z = NormalDistribution.of(0, 1).inverseCumulativeProbability((150 - 0.375) / (150 + 0.25));
    assertThat(d.sigma()).isCloseTo(Math.log(88.0 / 56) / z, within(1e-15));
    assertThat(d.mu()).isEqualTo(Math.log(56_000));
    assertThat(d.median()).isEqualTo(eur(56_000));
    assertThat(d.plausibleSigmaLow()).isLessThan(d.sigma());
    assertThat(d.plausibleSigmaHigh().getAsDouble()).isGreaterThan(d.sigma());
    assertThat(d.maximum()).isEqualTo(eur(88_000));
    assertThat(d.sampleSize()).isEqualTo(150);
    assertThat(d.confidence()).isEqualTo(Confidence.LOW);
    assertThat(d.explanation().assumptions()).anyMatch(r -> r.key().equals("pay.assumption.shape"));
    assertThat(d.warnings()).isEmpty();
    // the maximum of 150 draws sits at the Blom quantile of the fit
    assertThat(d.cdf(88_000)).isCloseTo((150 - 0.375) / 150.25, within(1e-12));
  }

  @Test
  void tiny_samples_leave_sigma_unbounded_above() {
    LogNormalSalaryDistribution d = SalaryDistributions.logNormal(eur(50_000), eur(60_000), 2);
    assertThat(d.plausibleSigmaHigh()).isEmpty();
    assertThat(d.explanation().reasons()).anyMatch(r -> r.key().equals("pay.lognormal.sigmaOpen"));
  }

  @Test
  void near_degenerate_threshold_is_overridable() {
    assertThat(SalaryDistributions.logNormal(eur(47_000), eur(50_000), 120).warnings()).hasSize(1);
    LogNormalSalaryDistribution relaxed = SalaryDistributions.logNormal(eur(47_000), eur(50_000), 120, 1.05);
    assertThat(relaxed.warnings()).isEmpty();
    assertThat(relaxed.explanation().assumptions()).extracting(r -> r.key()).containsExactly("pay.assumption.shape");
  }

  @Test
  void log_normal_rejects_bad_input() {
    assertThatThrownBy(() -> SalaryDistributions.logNormal(eur(50_000), eur(50_000), 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maximum (EUR 50000.00) must be above the median (EUR 50000.00)");
    assertThatThrownBy(() -> SalaryDistributions.logNormal(eur(50_000), eur(60_000), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("n (1) must be >= 2");
    assertThatThrownBy(() -> SalaryDistributions.logNormal(eur(0), eur(60_000), 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("median (EUR 0.00) must be > 0");
    assertThatThrownBy(() -> SalaryDistributions.logNormal(eur(-5), eur(60_000), 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("median (EUR -5.00) must be > 0");
    assertThatThrownBy(() -> SalaryDistributions.logNormal(eur(50_000), Money.of(CurrencyUnit.USD, 60_000), 10))
        .isInstanceOf(dev.revops.core.InvalidValueException.class);
    assertThatThrownBy(() -> SalaryDistributions.logNormal(eur(50_000), eur(60_000), 10, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("nearDegenerateRatio (NaN) must be a finite number >= 1");
    assertThatThrownBy(() -> SalaryDistributions.logNormal(null, eur(60_000), 10))
        .isInstanceOf(NullPointerException.class).hasMessage("median");
    LogNormalSalaryDistribution d = SalaryDistributions.logNormal(eur(50_000), eur(60_000), 10);
    assertThatThrownBy(() -> d.quantile(1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fraction (1.0) must be strictly between 0 and 1");
    assertThatThrownBy(() -> d.cdf(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount (NaN) must be finite");
    assertThatThrownBy(() -> d.percentileOf(Money.of(CurrencyUnit.USD, 1))).isInstanceOf(dev.revops.core.InvalidValueException.class);
    assertThatThrownBy(() -> d.band(Percentile.P75, Percentile.P25)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lowPercentile (P75) must be below highPercentile (P25)");
  }

  // --- empirical -----------------------------------------------------------------------------

  private static final double[] ONE_TO_TEN = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};

  @ParameterizedTest
  @CsvSource({
    "HF7, 0.25, 3.25", "HF7, 0.5, 5.5", "HF7, 0.9, 9.1",
    "HF6, 0.25, 2.75", "HF6, 0.9, 9.9",
    "HF1, 0.25, 3", "HF1, 0.3, 3", "HF1, 0.31, 4",
    "HF2, 0.3, 3.5", "HF5, 0.25, 3.0", "HF4, 0.25, 2.5", "HF8, 0.5, 5.5", "HF9, 0.5, 5.5"})
  void empirical_quantiles_match_the_definitions(QuantileMethod method, double p, double expected) {
    EmpiricalSalaryDistribution d = SalaryDistributions.empirical(ONE_TO_TEN, method);
    assertThat(d.quantile(p)).isCloseTo(expected, within(1e-12));
    assertThat(d.quantiles(p, 0.5)[0]).isCloseTo(expected, within(1e-12));
  }

  @Test
  void empirical_cdf_inverts_the_method() {
    EmpiricalSalaryDistribution hf7 = SalaryDistributions.empirical(ONE_TO_TEN, QuantileMethod.HF7);
    assertThat(hf7.cdf(3.25)).isCloseTo(0.25, within(1e-12));
    assertThat(hf7.cdf(0.5)).isZero();
    assertThat(hf7.cdf(10)).isEqualTo(1);
    assertThat(hf7.cdf(11)).isEqualTo(1);
    assertThat(SalaryDistributions.empirical(ONE_TO_TEN, QuantileMethod.HF1).cdf(3.5)).isEqualTo(0.3);
    assertThat(SalaryDistributions.empirical(ONE_TO_TEN, QuantileMethod.HF3).cdf(3.5)).isEqualTo(0.35);
    EmpiricalSalaryDistribution ties = SalaryDistributions.empirical(new double[] {1, 2, 2, 2, 3}, QuantileMethod.HF7);
    assertThat(ties.cdf(2)).isEqualTo(0.75);
    assertThat(hf7.size()).isEqualTo(10);
    assertThat(hf7.min()).isEqualTo(1);
    assertThat(hf7.max()).isEqualTo(10);
    assertThat(hf7.values()).startsWith(1, 2, 3);
    assertThat(hf7.method()).isEqualTo(QuantileMethod.HF7);
  }

  @Test
  void thin_slices_are_withheld_or_flagged() {
    EmpiricalSalaryDistribution two = SalaryDistributions.empirical(new double[] {50_000, 60_000}, QuantileMethod.HF7);
    assertThat(two.confidence()).isEqualTo(Confidence.NONE);
    assertThat(two.isPublishable()).isFalse();
    assertThatThrownBy(() -> two.salaryAt(Percentile.P50)).isInstanceOf(InsufficientDataException.class)
        .hasMessage("values (2 salaries) must number at least 3 to publish percentiles")
        .satisfies(e -> {
          assertThat(((InsufficientDataException) e).size()).isEqualTo(2);
          assertThat(((InsufficientDataException) e).minimum()).isEqualTo(3);
        });
    assertThatThrownBy(() -> two.percentileOf(eur(55_000))).isInstanceOf(InsufficientDataException.class);
    assertThat(two.warnings()).extracting(r -> r.key()).containsExactly("pay.empirical.unpublished");
    assertThat(SalaryDistributions.empirical(new double[] {1, 2, 3, 4}, QuantileMethod.HF7).confidence()).isEqualTo(Confidence.LOW);
    assertThat(SalaryDistributions.empirical(ONE_TO_TEN, QuantileMethod.HF7).confidence()).isEqualTo(Confidence.MEDIUM);
    double[] thirty = new double[30];
    java.util.Arrays.fill(thirty, 50_000);
    assertThat(SalaryDistributions.empirical(thirty, QuantileMethod.HF7).confidence()).isEqualTo(Confidence.HIGH);
  }

  @Test
  void sample_policy_is_overridable_and_validated() {
    SamplePolicy strict = SamplePolicy.builder().publishMinimum(10).lowConfidenceBelow(20).highConfidenceFrom(100).build();
    EmpiricalSalaryDistribution d = SalaryDistributions.empirical(CurrencyUnit.GBP, ONE_TO_TEN, QuantileMethod.HF7, strict);
    assertThat(d.confidence()).isEqualTo(Confidence.LOW);
    assertThat(d.currency()).isEqualTo(CurrencyUnit.GBP);
    assertThat(d.explanation().reasons()).anyMatch(r -> r.key().equals("pay.input.sample"));
    assertThatThrownBy(() -> SamplePolicy.builder().publishMinimum(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("publishMinimum (0) must be >= 1");
    assertThatThrownBy(() -> SamplePolicy.builder().lowConfidenceBelow(2).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("lowConfidenceBelow (2) must be >= publishMinimum (3)");
    assertThatThrownBy(() -> SamplePolicy.builder().highConfidenceFrom(4).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("highConfidenceFrom (4) must be >= lowConfidenceBelow (5)");
  }

  @Test
  void empirical_rejects_bad_values() {
    assertThatThrownBy(() -> SalaryDistributions.empirical(new double[0], QuantileMethod.HF7))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("values ([]) must hold at least one salary");
    assertThatThrownBy(() -> SalaryDistributions.empirical(new double[] {1, Double.NaN}, QuantileMethod.HF7))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("values[1] (NaN) must be a finite salary > 0");
    assertThatThrownBy(() -> SalaryDistributions.empirical(new double[] {-1}, QuantileMethod.HF7))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("values[0] (-1.0) must be a finite salary > 0");
    assertThatThrownBy(() -> SalaryDistributions.empirical(new double[] {0}, QuantileMethod.HF7))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("values[0] (0.0) must be a finite salary > 0");
    assertThatThrownBy(() -> SalaryDistributions.empirical(new double[] {1}, null))
        .isInstanceOf(NullPointerException.class).hasMessage("method");
    assertThatThrownBy(() -> SalaryDistributions.empirical(List.of(eur(1), Money.of(CurrencyUnit.USD, 2)), QuantileMethod.HF7))
        .isInstanceOf(dev.revops.core.InvalidValueException.class);
    assertThatThrownBy(() -> SalaryDistributions.empirical(List.of(), QuantileMethod.HF7))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("salaries ([]) must hold at least one salary");
    assertThat(SalaryDistributions.empirical(List.of(eur(3), eur(1), eur(2)), QuantileMethod.HF7).median()).isEqualTo(eur(2));
  }

  // --- quantile points -----------------------------------------------------------------------

  private static Map<Percentile, Money> survey() {
    Map<Percentile, Money> points = new TreeMap<>();
    points.put(Percentile.P10, eur(45_000));
    points.put(Percentile.P25, eur(50_000));
    points.put(Percentile.P50, eur(56_000));
    points.put(Percentile.P75, eur(64_000));
    points.put(Percentile.P90, eur(75_000));
    return points;
  }

  @Test
  void quantile_points_pass_through_every_point() {
    QuantilePointsSalaryDistribution d = SalaryDistributions.quantilePoints(survey());
    survey().forEach((p, salary) -> {
      assertThat(d.salaryAt(p)).isEqualTo(salary);
      assertThat(d.percentileOf(salary).value()).isCloseTo(p.value(), within(1e-9));
    });
    assertThat(d.salaryAt(Percentile.of(95)).isGreaterThan(eur(75_000))).isTrue();
    assertThat(d.salaryAt(Percentile.of(5)).isLessThan(eur(45_000))).isTrue();
    assertThat(d.confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(d.points()).hasSize(5);
    assertThat(d.upperTail()).isEqualTo(QuantilePointsSalaryDistribution.UpperTail.LOG_NORMAL);
    assertThat(d.cdf(-1)).isZero();
    assertThat(d.explanation().render(Locale.ENGLISH)).contains("Below P10 and above P90, salaries are extrapolated");
  }

  @Test
  void a_pareto_tail_is_heavier_and_still_invertible() {
    QuantilePointsSalaryDistribution pareto = SalaryDistributions.quantilePoints(survey(),
        QuantilePointsSalaryDistribution.UpperTail.PARETO);
    QuantilePointsSalaryDistribution logNormal = SalaryDistributions.quantilePoints(survey());
    assertThat(pareto.paretoIndex()).isPositive();
    assertThat(pareto.quantile(0.99)).isGreaterThan(logNormal.quantile(0.99));
    assertThat(pareto.cdf(pareto.quantile(0.99))).isCloseTo(0.99, within(1e-12));
    assertThat(pareto.salaryAt(Percentile.P90)).isEqualTo(eur(75_000));
    assertThat(pareto.quantile(0.5)).isCloseTo(logNormal.quantile(0.5), within(1e-6));
  }

  @Test
  void quantile_points_reject_bad_input() {
    Map<Percentile, Money> falling = new TreeMap<>(survey());
    falling.put(Percentile.P75, eur(55_000));
    assertThatThrownBy(() -> SalaryDistributions.quantilePoints(falling)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("points[P75] (EUR 55000.00) must be above points[P50] (EUR 56000.00): salaries must increase with the percentile");
    assertThatThrownBy(() -> SalaryDistributions.quantilePoints(Map.of(Percentile.P50, eur(1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must hold at least two quantile points");
    assertThatThrownBy(() -> SalaryDistributions.quantilePoints(Map.of(Percentile.P50, eur(1), Percentile.P75, Money.of(CurrencyUnit.USD, 2))))
        .isInstanceOf(dev.revops.core.InvalidValueException.class);
    assertThatThrownBy(() -> SalaryDistributions.quantilePoints(Map.of(Percentile.P50, eur(0), Percentile.P75, eur(2))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("points[P50] (EUR 0.00) must be > 0");
  }

  // --- positions and bands -------------------------------------------------------------------

  @Test
  void positions_a_salary() {
    QuantilePointsSalaryDistribution d = SalaryDistributions.quantilePoints(survey());
    PayPosition low = d.position(eur(48_000));
    assertThat(low.verdict()).isEqualTo(PayVerdict.BELOW_P25);
    PayPosition mid = d.position(eur(56_000));
    assertThat(mid.verdict()).isEqualTo(PayVerdict.P25_TO_P75);
    assertThat(mid.compaRatio()).isCloseTo(1.0, within(1e-12));
    assertThat(mid.percentile().value()).isCloseTo(50, within(1e-9));
    PayPosition high = d.position(eur(70_000));
    assertThat(high.verdict()).isEqualTo(PayVerdict.ABOVE_P75);
    assertThat(high.middleBand()).isEqualTo(SalaryBand.of(Percentile.P25, eur(50_000), Percentile.P75, eur(64_000)));
    assertThat(high.rangePenetration(high.middleBand())).isCloseTo(20.0 / 14, within(1e-12));
    assertThat(high.median()).isEqualTo(eur(56_000));
    assertThat(high.confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(high.explanation().render(Locale.FRENCH)).contains("au-dessus du 75e centile");
    assertThatThrownBy(() -> d.position(eur(0))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("salary (EUR 0.00) must be > 0");
    assertThatThrownBy(() -> d.position(null)).isInstanceOf(NullPointerException.class).hasMessage("salary");
  }

  @Test
  void bands_measure_penetration() {
    SalaryBand band = SalaryBand.of(Percentile.P25, eur(50_000), Percentile.P75, eur(60_000));
    assertThat(band.penetration(eur(55_000))).isEqualTo(0.5);
    assertThat(band.penetration(eur(45_000))).isEqualTo(-0.5);
    assertThat(band.width()).isEqualTo(eur(10_000));
    SalaryBand flat = SalaryBand.of(Percentile.P25, eur(50_000), Percentile.P75, eur(50_000));
    assertThat(flat.penetration(eur(50_000))).isEqualTo(0.5);
    // off a band of one amount there is no finite penetration (issue 13: no infinity leaves revops)
    assertThatThrownBy(() -> flat.penetration(eur(40_000))).isInstanceOf(dev.revops.core.InvalidValueException.class);
    assertThatThrownBy(() -> SalaryBand.of(Percentile.P25, eur(50_000), Percentile.P75, eur(40_000)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("low (EUR 50000.00) must not exceed high (EUR 40000.00)");
    assertThatThrownBy(() -> SalaryBand.of(Percentile.P25, eur(50_000), Percentile.P75, Money.of(CurrencyUnit.USD, 60_000)))
        .isInstanceOf(dev.revops.core.InvalidValueException.class);
    assertThat(band).hasToString("P25 EUR 50000.00 – P75 EUR 60000.00");
  }
}
