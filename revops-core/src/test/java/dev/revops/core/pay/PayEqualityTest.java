package dev.revops.core.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.revops.core.explain.Source;
import dev.revops.core.org.OpsLevel;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Value semantics of the pay types, and the boundaries of their validation. */
class PayEqualityTest {

  private static Money eur(long amount) {
    return Money.of(CurrencyUnit.EUR, amount);
  }

  @Test
  void distributions_are_values() {
    new EqualsTester()
        .addEqualityGroup(SalaryDistributions.logNormal(eur(50_000), eur(80_000), 10),
            SalaryDistributions.logNormal(eur(50_000), eur(80_000), 10))
        .addEqualityGroup(SalaryDistributions.logNormal(eur(50_000), eur(80_000), 11))
        .addEqualityGroup(SalaryDistributions.logNormal(eur(50_000), eur(81_000), 10))
        .addEqualityGroup(SalaryDistributions.empirical(new double[] {1, 2, 3}, QuantileMethod.HF7),
            SalaryDistributions.empirical(new double[] {3, 2, 1}, QuantileMethod.HF7))
        .addEqualityGroup(SalaryDistributions.empirical(new double[] {1, 2, 3}, QuantileMethod.HF6))
        .addEqualityGroup(SalaryDistributions.empirical(new double[] {1, 2, 4}, QuantileMethod.HF7))
        .addEqualityGroup(SalaryDistributions.quantilePoints(Map.of(Percentile.P25, eur(1), Percentile.P75, eur(2))),
            SalaryDistributions.quantilePoints(Map.of(Percentile.P75, eur(2), Percentile.P25, eur(1))))
        .addEqualityGroup(SalaryDistributions.quantilePoints(Map.of(Percentile.P25, eur(1), Percentile.P75, eur(2)),
            QuantilePointsSalaryDistribution.UpperTail.PARETO))
        .testEquals();
    assertThat(SalaryDistributions.logNormal(eur(50_000), eur(80_000), 10).toString()).startsWith("LogNormal[median=EUR 50000.00");
    assertThat(SalaryDistributions.empirical(new double[] {1, 2, 3}, QuantileMethod.HF7)).hasToString("Empirical[EUR, n=3, HF7]");
    assertThat(SalaryDistributions.quantilePoints(Map.of(Percentile.P25, eur(1), Percentile.P75, eur(2))).toString())
        .contains("P25=EUR 1.00", "LOG_NORMAL tail");
  }

  @Test
  void plausible_sigma_brackets_the_fit() {
    LogNormalSalaryDistribution d = SalaryDistributions.logNormal(eur(50_000), eur(80_000), 40);
    assertThat(d.plausibleSigmaLow()).isGreaterThan(0).isLessThan(d.sigma());
    assertThat(d.cdf(80_000)).isGreaterThan(0.95);
  }

  @Test
  void queries_check_their_arguments() {
    EmpiricalSalaryDistribution d = SalaryDistributions.empirical(new double[] {1, 2, 3, 4, 5}, QuantileMethod.HF7);
    assertThatThrownBy(() -> d.quantile(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.quantiles(0.5, 1.0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.cdf(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    EmpiricalSalaryDistribution thin = SalaryDistributions.empirical(new double[] {1}, QuantileMethod.HF7);
    assertThatThrownBy(() -> thin.quantiles(0.5)).isInstanceOf(InsufficientDataException.class);
    assertThatThrownBy(() -> thin.cdf(1)).isInstanceOf(InsufficientDataException.class);
    QuantilePointsSalaryDistribution q = SalaryDistributions.quantilePoints(Map.of(Percentile.P25, eur(1), Percentile.P75, eur(2)));
    assertThatThrownBy(() -> q.quantile(-0.1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> q.cdf(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void validation_boundaries() {
    // shares may be exactly 0 or 1
    SalaryBenchmark edge = SalaryBenchmark.builder().id("edge").source(Source.of("s")).currency(CurrencyUnit.EUR)
        .addCohorts(SalaryCohort.builder().addLevels(OpsLevel.SENIOR).median(eur(1)).maximum(eur(2)).sampleSize(2)
            .bonusShare(1).build())
        .equityShare(0).variablePayShare(1).seniorOrAboveShare(1).putEquityShareByLevel(OpsLevel.SENIOR, 1.0)
        .medianExperienceYears(0).medianOpsExperienceYears(0)
        .build();
    assertThat(edge.outlook(OpsLevel.SENIOR).equityChance()).hasValue(1.0);
    assertThatThrownBy(() -> SalaryBenchmark.builder().from(edge).variablePayShare(-0.01).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("variablePayShare (-0.01) must be between 0 and 1");
    assertThatThrownBy(() -> SalaryBenchmark.builder().from(edge).seniorOrAboveShare(1.01).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("seniorOrAboveShare (1.01) must be between 0 and 1");
    assertThatThrownBy(() -> SalaryBenchmark.builder().from(edge).medianOpsExperienceYears(Double.NaN).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("medianOpsExperienceYears (NaN) must be a finite number >= 0");
    assertThatThrownBy(() -> SalaryBenchmark.builder().from(edge).addExperienceAnchors(ExperienceAnchor.of(0, 2, 1, Money.of(CurrencyUnit.USD, 1))).build())
        .isInstanceOf(dev.revops.core.InvalidValueException.class);
    assertThatThrownBy(() -> SalaryCohort.builder().addLevels(OpsLevel.SENIOR).median(eur(1)).maximum(eur(2)).sampleSize(2).bonusShare(-0.01).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bonusShare (-0.01) must be between 0 and 1");
    assertThatThrownBy(() -> ExperienceAnchor.of(-1, 2, 1, eur(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("minYears (-1.0) must be a finite number >= 0");
    assertThatThrownBy(() -> ExperienceAnchor.of(Double.NaN, 0, 0, eur(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxYears (0.0) must be a finite number > 0");
    assertThat(ExperienceAnchor.of(2, 4, 2, eur(1)).representativeYears()).isEqualTo(2);
    assertThat(ExperienceAnchor.of(2, 4, 4, eur(1)).representativeYears()).isEqualTo(4);
    assertThat(ExperienceAnchor.of(2.5, Double.NaN, 3, eur(1)).bucket()).isEqualTo("> 2.5");
    assertThat(ReportedRaise.of(1900, -0.99).year()).isEqualTo(1900);
    assertThat(ReportedRaise.of(2200, 0).year()).isEqualTo(2200);
    assertThatThrownBy(() -> ReportedRaise.of(2201, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportedRaise.of(2000, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate (-1.0) must be a finite fraction > -1");
    assertThat(SamplePolicy.builder().publishMinimum(1).lowConfidenceBelow(1).highConfidenceFrom(1).build().confidenceOf(1))
        .isEqualTo(Confidence.HIGH);
    assertThat(SamplePolicy.defaults().confidenceOf(29)).isEqualTo(Confidence.MEDIUM);
    assertThat(SamplePolicy.defaults().confidenceOf(30)).isEqualTo(Confidence.HIGH);
    assertThat(PayVerdict.of(Percentile.P25)).isEqualTo(PayVerdict.P25_TO_P75);
    assertThat(PayVerdict.of(Percentile.P75)).isEqualTo(PayVerdict.P25_TO_P75);
    assertThat(PayVerdict.of(Percentile.of(24.999))).isEqualTo(PayVerdict.BELOW_P25);
    assertThat(PayVerdict.of(Percentile.of(75.001))).isEqualTo(PayVerdict.ABOVE_P75);
    assertThat(CompensationOutlook.project(eur(100), 0.1, 100).isGreaterThan(eur(100))).isTrue();
  }
}
