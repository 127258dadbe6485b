package dev.revops.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a number's magnitude is bounded, not only its length, and whatever write produces read
 * accepts. The time guard only catches a hang (these take milliseconds); it is not a benchmark.
 */
class BoundedNumbersTest extends JsonTestBase {

  private static final Duration HANG = Duration.ofSeconds(10);

  static Stream<String> hugeAmounts() {
    return Stream.of(
        "{\"currency\":\"EUR\",\"amount\":1e9999999}",
        "{\"currency\":\"EUR\",\"amount\":1e999999999}",
        "{\"currency\":\"EUR\",\"amount\":1e-999999999}",
        "{\"currency\":\"EUR\",\"amount\":\"1e999999999\"}",
        "\"EUR 1e999999999\"",
        "\"EUR 1e-999999999\"");
  }

  @ParameterizedTest
  @MethodSource("hugeAmounts")
  void a_short_number_with_a_huge_exponent_is_refused_at_once(String json) {
    assertTimeoutPreemptively(HANG, () -> assertThatThrownBy(() -> JSON.read(json, Money.class))
        .isInstanceOf(RevOpsJsonException.class).hasMessageContaining("amount ("));
  }

  @Test
  void a_benchmark_with_a_huge_median_is_refused_with_a_pointer() {
    String json = JSON.write(dev.revops.core.pay.SalaryBenchmarks.businessOpsNetworkFrance().cohorts().get(0))
        .replaceFirst("\"amount\"\\s*:\\s*[0-9.]+", "\"amount\": 1e9999999");
    assertTimeoutPreemptively(HANG, () -> assertThatThrownBy(
        () -> JSON.read(json, dev.revops.core.pay.SalaryCohort.class))
        .isInstanceOfSatisfying(RevOpsJsonException.class, e -> assertThat(e.pointer()).endsWith("/amount")));
  }

  static Stream<Money> largeAmounts() {
    return Stream.of(
        Money.of(CurrencyUnit.EUR, new BigDecimal("1E+300")),
        Money.of(CurrencyUnit.EUR, new BigDecimal("1E+999")),
        Money.of(CurrencyUnit.EUR, new BigDecimal("1234567890".repeat(15) + ".25")),
        Money.of(CurrencyUnit.EUR, new BigDecimal("-" + "9".repeat(120))),
        Money.of(CurrencyUnit.JPY, new BigDecimal("7".repeat(99))),
        Money.of(CurrencyUnit.EUR, new BigDecimal("0.01")));
  }

  @ParameterizedTest
  @MethodSource("largeAmounts")
  void whatever_write_produces_read_accepts(Money money) {
    assertThat(JSON.read(JSON.write(money), Money.class)).isEqualTo(money);
  }

  @Test
  void an_amount_beyond_the_bound_is_refused_on_writing_too() {
    Money beyond = Money.of(CurrencyUnit.EUR, new BigDecimal("1E+1000"));
    assertThatThrownBy(() -> JSON.write(beyond)).isInstanceOf(RevOpsJsonException.class)
        .hasMessageContaining("must have at most 1000 digits before the decimal point");
  }

  @Test
  void the_string_form_reads_as_before() {
    assertThat(JSON.read("\"EUR 56000\"", Money.class)).isEqualTo(Money.of(CurrencyUnit.EUR, 56_000));
    assertThatThrownBy(() -> JSON.read("\"EUR\"", Money.class)).isInstanceOf(RevOpsJsonException.class);
    assertThatThrownBy(() -> JSON.read("\"XXY 5\"", Money.class)).isInstanceOf(RevOpsJsonException.class)
        .hasMessageContaining("ISO 4217");
    assertThatThrownBy(() -> JSON.read("\"EUR 5.001\"", Money.class)).isInstanceOf(RevOpsJsonException.class)
        .hasMessageContaining("at most 2 decimals");
  }
}
