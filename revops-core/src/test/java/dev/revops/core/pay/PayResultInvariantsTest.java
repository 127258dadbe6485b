package dev.revops.core.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.InvalidValueException;
import dev.revops.core.explain.Basis;
import dev.revops.core.explain.Provenance;
import dev.revops.core.org.OpsLevel;
import java.util.function.Supplier;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Pay results forged through the generated builders are refused, naming the field. */
class PayResultInvariantsTest {

  private static final PayPosition POSITION = SalaryBenchmarks.businessOpsNetworkFrance()
      .distribution(OpsLevel.SENIOR).position(Money.of(CurrencyUnit.EUR, 60_000));

  private static void refused(Supplier<?> build, String field) {
    assertThatThrownBy(build::get).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void a_position_keeps_one_currency_positive_amounts_and_a_finite_ratio() {
    assertThat(ImmutablePayPosition.generator().from(POSITION).build()).isEqualTo(POSITION);
    refused(() -> ImmutablePayPosition.generator().from(POSITION).salary(Money.zero(CurrencyUnit.EUR)).build(), "salary");
    refused(() -> ImmutablePayPosition.generator().from(POSITION).median(Money.of(CurrencyUnit.USD, 56_000)).build(),
        "median");
    refused(() -> ImmutablePayPosition.generator().from(POSITION).median(Money.zero(CurrencyUnit.EUR)).build(), "median");
    refused(() -> ImmutablePayPosition.generator().from(POSITION).compaRatio(Double.NaN).build(), "compaRatio");
    refused(() -> ImmutablePayPosition.generator().from(POSITION).compaRatio(-1).build(), "compaRatio");
  }

  @Test
  void an_outlook_gives_chances_between_0_and_1() {
    CompensationOutlook outlook = CompensationOutlook.of(SalaryBenchmarks.businessOpsNetworkFrance(), OpsLevel.SENIOR);
    assertThat(ImmutableCompensationOutlook.generator().from(outlook).build()).isEqualTo(outlook);
    refused(() -> ImmutableCompensationOutlook.generator().from(outlook).bonusChance(1.5).build(), "bonusChance");
    refused(() -> ImmutableCompensationOutlook.generator().from(outlook).variablePayChance(-0.5).build(),
        "variablePayChance");
    refused(() -> ImmutableCompensationOutlook.generator().from(outlook).equityChance(Double.NaN).build(), "equityChance");
  }

  @Test
  void a_provenance_has_a_source_exactly_when_it_is_a_fact() {
    assertThat(Provenance.fact(SalaryBenchmarks.BUSINESS_OPERATIONS_NETWORK_STUDY)).hasToString(
        "FACT (" + SalaryBenchmarks.BUSINESS_OPERATIONS_NETWORK_STUDY.describe(java.util.Locale.ENGLISH) + ")");
    assertThat(Provenance.assumption()).hasToString("ASSUMPTION");
    assertThat(Provenance.input().basis()).isEqualTo(Basis.INPUT);
  }
}
