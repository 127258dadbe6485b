package dev.revops.core.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.revops.core.org.OpsLevel;
import java.util.List;
import java.util.OptionalDouble;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The offer check's rules and figures at their boundaries. */
class OfferValidationTest {

  private static final SalaryBenchmark STUDY = SalaryBenchmarks.businessOpsNetworkFrance();

  private static Money eur(double amount) {
    return Money.of(CurrencyUnit.EUR, java.math.BigDecimal.valueOf(amount));
  }

  private static void refused(Runnable r, String message) {
    assertThatThrownBy(r::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
  }

  @Test
  void policy_boundaries() {
    assertThat(OfferPolicy.builder().experienceElasticity(0).build().experienceElasticity()).isZero();
    assertThat(OfferPolicy.builder().experienceElasticity(1).build().experienceElasticity()).isEqualTo(1);
    refused(() -> OfferPolicy.builder().experienceElasticity(-0.01).build(), "experienceElasticity (-0.01)");
    refused(() -> OfferPolicy.builder().experienceElasticity(1.01).build(), "experienceElasticity (1.01)");
    refused(() -> OfferPolicy.builder().viewsDisagreeAbove(0).build(), "viewsDisagreeAbove (0.0)");
    assertThat(OfferPolicy.builder().farAboveMaximumRatio(1).build().farAboveMaximumRatio()).isEqualTo(1);
    assertThat(OfferPolicy.builder().farAboveMaximumRatio(1000).build().farAboveMaximumRatio()).isEqualTo(1000);
    refused(() -> OfferPolicy.builder().farAboveMaximumRatio(0.99).build(), "farAboveMaximumRatio (0.99)");
    refused(() -> OfferPolicy.builder().farAboveMaximumRatio(1000.5).build(), "farAboveMaximumRatio (1000.5)");
    refused(() -> OfferPolicy.builder().minimumAnnualPay(eur(-1)).build(), "minimumAnnualPay");
    assertThat(OfferPolicy.builder().minimumAnnualPay(eur(0)).build().minimumAnnualPay()).isEqualTo(eur(0));
    refused(() -> OfferPolicy.builder().rangeLow(Percentile.P50).rangeHigh(Percentile.P50).build(), "rangeLow (P50)");
  }

  @Test
  void the_experience_factor_is_the_ratio_of_medians_to_the_elasticity() {
    OfferCheck senior = STUDY.checkOffer(OpsLevel.SENIOR, OptionalDouble.of(5), eur(60_000));
    double curve = senior.experienceCurveMedian().orElseThrow().getAmount().doubleValue();
    assertThat(senior.experienceFactor().getAsDouble()).isCloseTo(Math.pow(curve / 56_000, 0.5), within(1e-6));
    assertThat(senior.experienceView().orElseThrow().median().getAmount().doubleValue())
        .isCloseTo(56_000 * senior.experienceFactor().getAsDouble(), within(0.01));
    OfferCheck flat = STUDY.checkOffer(OpsLevel.SENIOR, OptionalDouble.of(5), eur(60_000),
        OfferPolicy.builder().experienceElasticity(0).build());
    assertThat(flat.experienceFactor()).hasValue(1);
    assertThat(flat.viewsDisagree()).isTrue();
    OfferCheck tolerant = STUDY.checkOffer(OpsLevel.SENIOR, OptionalDouble.of(5), eur(60_000),
        OfferPolicy.builder().viewsDisagreeAbove(0.5).build());
    assertThat(tolerant.viewsDisagree()).isFalse();
    assertThat(tolerant.warnings()).noneMatch(w -> w.key().equals("pay.warning.viewsDisagree"));
    // directors: the level's median (102 K) lies above the whole curve (99 K at most)
    OfferCheck director = STUDY.checkOffer(OpsLevel.DIRECTOR, OptionalDouble.of(18), eur(100_000));
    assertThat(director.experienceFactor().getAsDouble()).isCloseTo(1, within(1e-9));
    assertThat(director.explanation().reasons()).anyMatch(r -> r.key().equals("pay.offer.experienceFactorEdge"));
  }

  @Test
  void years_and_plausibility_boundaries() {
    assertThat(STUDY.checkOffer(OpsLevel.SENIOR, OptionalDouble.of(0), eur(50_000)).years()).hasValue(0);
    assertThat(STUDY.checkOffer(OpsLevel.SENIOR, OptionalDouble.of(70), eur(50_000)).years()).hasValue(70);
    refused(() -> STUDY.checkOffer(OpsLevel.SENIOR, OptionalDouble.of(70.5), eur(50_000)), "years (70.5) must be from 0 to 70");
    // exactly 1.5 times the maximum is still plausible; a cent more is not
    assertThat(STUDY.checkOffer(OpsLevel.SENIOR, OptionalDouble.empty(), eur(132_000)).plausibility())
        .isEqualTo(OfferPlausibility.PLAUSIBLE);
    OfferCheck beyond = STUDY.checkOffer(OpsLevel.SENIOR, OptionalDouble.empty(), eur(132_000.01));
    assertThat(beyond.plausibility()).isEqualTo(OfferPlausibility.FAR_ABOVE_MAXIMUM);
    assertThat(beyond.explanation().render(java.util.Locale.ENGLISH)).contains("is 1.5 times the highest salary");
    // exactly the minimum wage is plausible
    assertThat(STUDY.checkOffer(OpsLevel.JUNIOR, OptionalDouble.empty(), OfferPolicy.FRENCH_MINIMUM_WAGE_2024).plausibility())
        .isEqualTo(OfferPlausibility.PLAUSIBLE);
    OfferCheck dollars = STUDY.checkOffer(OpsLevel.JUNIOR, OptionalDouble.empty(), eur(15_000),
        OfferPolicy.builder().minimumAnnualPay(Money.of(CurrencyUnit.USD, 30_000)).build());
    assertThat(dollars.plausibility()).isEqualTo(OfferPlausibility.PLAUSIBLE);
    assertThat(dollars.explanation().reasons()).anyMatch(r -> r.key().equals("pay.offer.minimumOtherCurrency"));
    // a benchmark of two experience anchors still gives the experience view
    SalaryBenchmark two = SalaryBenchmark.builder().from(STUDY).experienceAnchors(STUDY.experienceAnchors().subList(0, 2)).build();
    assertThat(two.checkOffer(OpsLevel.SENIOR, OptionalDouble.of(3), eur(55_000)).experienceView()).isPresent();
    SalaryBenchmark one = SalaryBenchmark.builder().from(STUDY).experienceAnchors(STUDY.experienceAnchors().subList(0, 1)).build();
    OfferCheck noCurve = one.checkOffer(OpsLevel.SENIOR, OptionalDouble.of(3), eur(55_000));
    assertThat(noCurve.experienceView()).isEmpty();
    assertThat(noCurve.explanation().reasons()).anyMatch(r -> r.key().equals("pay.offer.noExperienceCurve"));
  }

  @Test
  void results_and_projections_refuse_what_does_not_add_up() {
    OfferCheck ok = STUDY.checkOffer(OpsLevel.SENIOR, OptionalDouble.of(5), eur(60_000));
    refused(() -> ImmutableOfferCheck.generator().from(ok).experienceFactor(OptionalDouble.empty()).build(),
        "must be given exactly when there is an experience view");
    refused(() -> ImmutableOfferCheck.generator().from(ok).experienceFactor(0).build(), "experienceFactor (0.0)");
    refused(() -> ImmutableOfferCheck.generator().from(ok).salary(eur(61_000)).build(), "must be the salary offered");
    refused(() -> ImmutableOfferCheck.generator().from(ok).bonusChance(1.5).build(), "bonusChance (1.5)");
    refused(() -> ImmutableOfferCheck.generator().from(ok).variablePayChance(-0.5).build(), "variablePayChance (-0.5)");
    refused(() -> ImmutableOfferCheck.generator().from(ok).equityChance(2).build(), "equityChance (2.0)");
    assertThat(STUDY.projectedTo(2024, -0.5).projection().orElseThrow().annualGrowth()).isEqualTo(-0.5);
    assertThat(STUDY.projectedTo(2024, 1).projection().orElseThrow().factor()).isEqualTo(2);
    refused(() -> STUDY.projectedTo(2024, -1), "annualGrowth (-1.0)");
    refused(() -> STUDY.projectedTo(2024, 1.01), "annualGrowth (1.01)");
    assertThat(STUDY.projectedTo(2073, 0).dataYear()).hasValue(2073);
    refused(() -> STUDY.projectedTo(2074, 0), "must be at most 50 years after the data year (2023)");
    assertThatCode(() -> STUDY.projectedTo(2024, 0)).doesNotThrowAnyException();
    assertThat(List.of(STUDY.cohorts().get(3).displayName(java.util.Locale.FRENCH))).containsExactly("Directeur ou directrice / VP");
  }
}
