package dev.revops.core.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.revops.core.org.OpsLevel;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalDouble;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Issue 17: the pay questions a RevOps lead and a compensation analyst bring. */
class PayPractitionerTest {

  private static final SalaryBenchmark STUDY = SalaryBenchmarks.businessOpsNetworkFrance();

  private static Money eur(long amount) {
    return Money.of(CurrencyUnit.EUR, amount);
  }

  @Test
  void an_ordinary_40k_junior_offer_lands_at_a_plausible_percentile_with_low_confidence() {
    LogNormalSalaryDistribution juniors = STUDY.distribution(OpsLevel.JUNIOR);
    assertThat(juniors.percentileOf(eur(40_000)).value()).isBetween(10.0, 20.0);
    assertThat(juniors.confidence()).isEqualTo(Confidence.LOW);
    // below the median the juniors borrow three quarters of the other levels' pooled spread
    assertThat(juniors.sigmaBelowMedian()).isGreaterThan(5 * juniors.sigma());
    assertThat(juniors.salaryAt(Percentile.P10).getAmount().doubleValue()).isBetween(38_000.0, 41_000.0);
    // above it the study's maximum still holds: P90 stays under 50 K
    assertThat(juniors.salaryAt(Percentile.P90).getAmount().doubleValue()).isLessThan(50_000);
    assertThat(juniors.median()).isEqualTo(eur(47_000));
    assertThat(juniors.explanation().render(Locale.ENGLISH))
        .contains("Junior: the spread fitted to the maximum (0.024) is below the floor (0.143)");
    OfferCheck offer = STUDY.checkOffer(OpsLevel.JUNIOR, OptionalDouble.empty(), eur(40_000));
    assertThat(offer.plausibility()).isEqualTo(OfferPlausibility.PLAUSIBLE);
    assertThat(offer.levelView().verdict()).isEqualTo(PayVerdict.BELOW_P25);
  }

  @Test
  void level_and_experience_views_disagree_out_loud() {
    OfferCheck check = STUDY.checkOffer(OpsLevel.SENIOR, OptionalDouble.of(5), eur(60_000));
    assertThat(check.viewsDisagree()).isTrue();
    assertThat(check.experienceCurveMedian().orElseThrow().getAmount().doubleValue()).isBetween(74_000.0, 76_000.0);
    assertThat(check.warnings()).anyMatch(w -> w.key().equals("pay.warning.viewsDisagree"));
    assertThat(check.explanation().render(Locale.ENGLISH))
        .contains("The study’s median at 5 years (EUR 75,000) and the median of Senior (EUR 56,000) are 34% apart, "
            + "more than 25%");
    // a one-year junior is scaled from the juniors' own typical experience, not from the study's 5 years
    OfferCheck junior = STUDY.checkOffer(OpsLevel.JUNIOR, OptionalDouble.of(1), eur(40_000));
    assertThat(junior.experienceFactor().getAsDouble()).isBetween(0.95, 1.0);
    assertThat(junior.viewsDisagree()).isFalse();
  }

  @Test
  void texts_round_salaries_while_results_stay_exact() {
    LogNormalSalaryDistribution seniors = STUDY.distribution(OpsLevel.SENIOR);
    PayPosition p = seniors.position(eur(60_000));
    assertThat(p.middleBand().low().getAmount()).isEqualByComparingTo("49890.13");
    String text = p.explanation().render(Locale.ENGLISH);
    assertThat(text).contains("P25 EUR 49,900, P75 EUR 62,900").doesNotContain("49,890.13");
    assertThat(SalaryDistributions.forDisplay(Money.of(CurrencyUnit.EUR, new BigDecimal("44963.17")))).isEqualTo(eur(45_000));
    assertThat(SalaryDistributions.forDisplay(Money.of(CurrencyUnit.EUR, new BigDecimal("44949.99")))).isEqualTo(eur(44_900));
    for (OpsLevel level : OpsLevel.values()) {
      assertThat(STUDY.distribution(level).confidence()).as("%s rests on an assumed size and shape", level)
          .isEqualTo(Confidence.LOW);
    }
  }

  @Test
  void the_study_as_published() {
    SalaryCohort top = STUDY.cohort(OpsLevel.VP);
    assertThat(top).isSameAs(STUDY.cohort(OpsLevel.DIRECTOR));
    assertThat(STUDY.cohorts()).hasSize(4);
    assertThat(top.displayName(Locale.ENGLISH)).isEqualTo("Director / VP");
    assertThat(STUDY.dataYear()).hasValue(2023);
    assertThat(STUDY.amountDefinition()).isEqualTo(AmountDefinition.ANNUAL_UNSPECIFIED);
    assertThat(STUDY.amountDefinition().displayName(Locale.ENGLISH)).contains("does not say whether fixed or total");
    assertThat(STUDY.projection()).isEmpty();
    // the +8 % of 2023 is a fact, never applied unless the caller passes it
    assertThat(STUDY.reportedRaise().orElseThrow().rate()).isEqualTo(0.08);
    assertThat(STUDY.cohort(OpsLevel.SENIOR).median()).isEqualTo(eur(56_000));
    SalaryBenchmark in2025 = STUDY.projectedTo(2025, 0.03);
    assertThat(in2025.dataYear()).hasValue(2025);
    assertThat(in2025.projection().orElseThrow().factor()).isCloseTo(1.0609, within(1e-12));
    assertThat(in2025.cohort(OpsLevel.SENIOR).median()).isEqualTo(Money.of(CurrencyUnit.EUR, new BigDecimal("59410.40")));
    assertThat(in2025.distribution(OpsLevel.SENIOR).explanation().render(Locale.ENGLISH))
        .contains("the study’s figures for 2023 brought to 2025")
        .contains("Amounts brought from 2023 to 2025 at 3% a year, the rate the caller chose: × 1.061.");
    assertThatThrownBy(() -> in2025.projectedTo(2026, 0.03)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already set");
    assertThatThrownBy(() -> STUDY.projectedTo(2023, 0.03)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("toYear (2023) must be after the data year (2023)");
    assertThat(STUDY.outlook(OpsLevel.DIRECTOR).explanation().render(Locale.FRENCH)).contains("BSPCE");
  }

  @Test
  void implausible_offers_are_flagged() {
    OfferCheck huge = STUDY.checkOffer(OpsLevel.VP, OptionalDouble.empty(), Money.of(CurrencyUnit.EUR, new BigDecimal("1e12")));
    assertThat(huge.plausibility()).isEqualTo(OfferPlausibility.FAR_ABOVE_MAXIMUM);
    assertThat(huge.explanation().reasons().get(0).message(Locale.ENGLISH))
        .isEqualTo("An offer of EUR 1,000,000,000,000 for VP is far above anything the study saw: the percentiles below say "
            + "little about it.");
    OfferCheck low = STUDY.checkOffer(OpsLevel.JUNIOR, OptionalDouble.empty(), eur(15_000));
    assertThat(low.plausibility()).isEqualTo(OfferPlausibility.BELOW_MINIMUM_WAGE);
    assertThat(low.explanation().render(Locale.ENGLISH)).contains("EUR 15,000 is below the legal minimum for a full-time year "
        + "(EUR 21,621.60).");
    OfferCheck usual = STUDY.checkOffer(OpsLevel.MANAGER, OptionalDouble.of(8), eur(70_000));
    assertThat(usual.plausibility()).isEqualTo(OfferPlausibility.PLAUSIBLE);
    OfferCheck lenient = STUDY.checkOffer(OpsLevel.JUNIOR, OptionalDouble.empty(), eur(15_000),
        OfferPolicy.builder().minimumAnnualPay(Money.zero(CurrencyUnit.EUR)).build());
    assertThat(lenient.plausibility()).isEqualTo(OfferPlausibility.PLAUSIBLE);
    assertThat(lenient.explanation().reasons()).anyMatch(r -> r.key().equals("pay.input.offerPolicy"));
  }

  @Test
  void the_offer_check_for_a_five_year_senior_at_60k() {
    OfferCheck check = STUDY.checkOffer(OpsLevel.SENIOR, OptionalDouble.of(5), eur(60_000));
    assertThat(check.levelView().percentile().value()).isCloseTo(65.6, within(0.05));
    assertThat(check.payRange().low()).isEqualTo(STUDY.distribution(OpsLevel.SENIOR).salaryAt(Percentile.P25));
    assertThat(check.bonusChance()).hasValue(0.56);
    assertThat(check.variablePayChance()).hasValue(0.55);
    assertThat(check.equityChance()).hasValue(0.64);
    assertThat(check.explanation().reasons().get(0).message(Locale.ENGLISH)).startsWith(
        "An offer of EUR 60,000 for Senior sits at percentile 66 of the level (33 once adjusted for experience)");
    assertThat(check.explanation().reasons().get(0).message(Locale.FRENCH)).startsWith("Une offre de 60")
        .contains("EUR pour le niveau Senior se situe au centile 66 du niveau (33 une fois l’expérience prise en compte)");
    assertThat(check.explanation().reasons()).anyMatch(r -> r.key().equals("pay.assumption.offerPolicy"));
  }

  @Test
  void refuses_bad_offers_in_plain_words() {
    assertThatThrownBy(() -> STUDY.checkOffer(OpsLevel.SENIOR, OptionalDouble.of(-1), eur(50_000)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("years (-1.0) must be from 0 to 70");
    assertThatThrownBy(() -> STUDY.checkOffer(OpsLevel.SENIOR, OptionalDouble.empty(), Money.of(CurrencyUnit.USD, 50_000)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR");
    assertThatThrownBy(() -> OfferPolicy.builder().rangeLow(Percentile.P75).rangeHigh(Percentile.P25).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("rangeLow (P75) must be below rangeHigh (P25)");
    assertThatThrownBy(() -> SalaryBenchmark.builder().from(STUDY).spreadFloorShare(1.5).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("spreadFloorShare (1.5) must be between 0 and 1");
  }
}
