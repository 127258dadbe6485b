package dev.revops.core.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.InvalidValueException;
import dev.revops.core.org.OpsLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Issue 13: every valid percentile has a salary, and every amount has a percentile. */
class TotalNumericsTest {

  private static final Money HUGE = Money.of(CurrencyUnit.EUR, new BigDecimal("1E+400"));

  private static List<SalaryDistribution> distributions() {
    return List.of(
        SalaryBenchmarks.businessOpsNetworkFrance().distribution(OpsLevel.SENIOR),
        SalaryDistributions.empirical(new double[] {40_000, 45_000, 50_000, 55_000, 60_000, 70_000}, QuantileMethod.HF7),
        SalaryDistributions.empirical(new double[] {40_000, 45_000, 50_000, 55_000, 60_000, 70_000}, QuantileMethod.HF1),
        SalaryDistributions.quantilePoints(Map.of(Percentile.P25, Money.of(CurrencyUnit.EUR, 45_000),
            Percentile.P50, Money.of(CurrencyUnit.EUR, 52_000), Percentile.P75, Money.of(CurrencyUnit.EUR, 60_000)),
            QuantilePointsSalaryDistribution.UpperTail.LOG_NORMAL),
        SalaryDistributions.quantilePoints(Map.of(Percentile.P25, Money.of(CurrencyUnit.EUR, 45_000),
            Percentile.P50, Money.of(CurrencyUnit.EUR, 52_000), Percentile.P90, Money.of(CurrencyUnit.EUR, 80_000)),
            QuantilePointsSalaryDistribution.UpperTail.PARETO));
  }

  @Test
  void the_lowest_and_highest_percentiles_have_a_salary() {
    assertThat(Percentile.LOWEST.fraction()).isPositive();
    assertThat(Percentile.HIGHEST.fraction()).isLessThan(1);
    assertThat(Percentile.of(4.9e-324).fraction()).isPositive();
    for (SalaryDistribution d : distributions()) {
      Money low = d.salaryAt(Percentile.LOWEST);
      Money high = d.salaryAt(Percentile.HIGHEST);
      assertThat(low.isNegative()).as(d.toString()).isFalse();
      assertThat(high.isLessThan(low)).as(d.toString()).isFalse();
      assertThat(d.salaryAt(d.percentileOf(Money.zero(CurrencyUnit.EUR)))).isNotNull();
    }
  }

  @Test
  void an_amount_beyond_the_double_range_sits_at_the_edge() {
    for (SalaryDistribution d : distributions()) {
      assertThat(d.percentileOf(HUGE)).as(d.toString()).isEqualTo(Percentile.HIGHEST);
      assertThat(d.percentileOf(HUGE.negated())).as(d.toString()).isEqualTo(Percentile.LOWEST);
      assertThat(d.percentileOf(Money.zero(CurrencyUnit.EUR))).as(d.toString()).isEqualTo(Percentile.LOWEST);
    }
  }

  @Test
  void a_median_beyond_the_double_range_is_refused_for_what_it_is() {
    assertThatThrownBy(() -> SalaryDistributions.logNormal(HUGE, HUGE.multipliedBy(10), 10))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("median");
          assertThat(e.rule()).startsWith("must be at most 1.80E+308");
        });
  }
}
