package dev.revops.core.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.explain.Basis;
import dev.revops.core.explain.Source;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessTeam;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** DOMAIN.md §2: the source's two worked examples, through the public API. */
class StaffingSeedExamplesTest {

  static final BusinessOrg CUSTOMER_SERVICE = BusinessOrg.of(
      BusinessTeam.of(BusinessFunction.SUPPORT, 25).withTiers(3),
      BusinessTeam.of(BusinessFunction.ONBOARDING, 25),
      BusinessTeam.of(BusinessFunction.BACK_OFFICE, 25),
      BusinessTeam.of(BusinessFunction.CUSTOMER_SUCCESS, 25));

  static final BusinessOrg SALES = BusinessOrg.of(
      BusinessTeam.of(BusinessFunction.PROSPECTING, 50),
      BusinessTeam.of(BusinessFunction.SALES, 50));

  private final StaffingCalculator calculator = StaffingCalculator.withDefaults();

  @Test
  void customer_service_of_100_needs_4_at_least_and_5_when_mature() {
    StaffingRecommendation rec = calculator.recommend(CUSTOMER_SERVICE, MaturityPhase.MATURE);
    assertThat(rec.businessHeadcount()).isEqualTo(100);
    assertThat(rec.minimum()).isEqualTo(4);
    assertThat(rec.fte()).isEqualTo(5.0);
    assertThat(rec.target()).isEqualTo(5);
    assertThat(rec.bandLow()).isEqualTo(5);
    assertThat(rec.bandHigh()).isEqualTo(10);
    assertThat(rec.allocation()).extracting(TeamAllocation::ops).containsExactly(2, 1, 1, 1);
    assertThat(rec.opsFor(BusinessFunction.SUPPORT)).isEqualTo(2);
    assertThat(rec.allocationByFunction().values()).allMatch(ops -> ops >= 1);
  }

  @Test
  void customer_service_of_100_needs_10_when_emerging() {
    StaffingRecommendation rec = calculator.recommend(CUSTOMER_SERVICE, MaturityPhase.EMERGING);
    assertThat(rec.minimum()).isEqualTo(4);
    assertThat(rec.target()).isEqualTo(10);
    assertThat(rec.allocation().stream().mapToLong(TeamAllocation::ops).sum()).isEqualTo(10);
  }

  @Test
  void sales_of_100_needs_2_at_least_5_mature_10_emerging() {
    StaffingRecommendation mature = calculator.recommend(SALES, MaturityPhase.MATURE);
    assertThat(mature.minimum()).isEqualTo(2);
    assertThat(mature.target()).isEqualTo(5);
    assertThat(mature.allocation()).extracting(TeamAllocation::ops).containsExactly(3, 2);
    StaffingRecommendation emerging = calculator.recommend(SALES, MaturityPhase.EMERGING);
    assertThat(emerging.minimum()).isEqualTo(2);
    assertThat(emerging.target()).isEqualTo(10);
    assertThat(emerging.allocation()).extracting(TeamAllocation::ops).containsExactly(5, 5);
  }

  @Test
  void the_explanation_states_the_floor_and_the_ratio_in_both_languages() {
    StaffingRecommendation rec = calculator.recommend(CUSTOMER_SERVICE, MaturityPhase.MATURE);
    String english = rec.explanation().render(Locale.ENGLISH);
    assertThat(english)
        .contains("Each business function with people needs at least one Ops who knows it.")
        .contains("about one Ops per 20 business staff")
        .contains("Floor: 4 to cover (each function with an Ops of its own, and each group of small functions) × 1 = 4 Ops.")
        .contains("Recommended Ops team: 5.")
        .contains("Support: 2 Ops for 25 people in 3 tiers.");
    String french = rec.explanation().render(Locale.FRENCH);
    assertThat(french)
        .contains("Chaque métier qui compte des personnes a besoin d’au moins un Ops qui le connaît.")
        .contains("un Ops pour 20 personnes métier")
        .contains("Plancher : 4 à couvrir (chaque métier doté de son propre Ops, et chaque groupe de petits métiers) × 1 = 4 Ops.")
        .contains("Équipe Ops recommandée : 5.");
    assertThat(rec.explanation().sources()).containsExactly(StaffingPolicy.STAFFING_RULE_OF_THUMB);
    assertThat(rec.explanation().reasons(Basis.FACT)).hasSizeGreaterThanOrEqualTo(2);
  }
}
