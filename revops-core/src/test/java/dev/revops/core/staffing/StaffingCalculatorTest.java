package dev.revops.core.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.explain.Basis;
import dev.revops.core.explain.Reason;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessTeam;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StaffingCalculatorTest {

  private final StaffingCalculator calculator = StaffingCalculator.withDefaults();
  /**
   * The textbook rules of 0.1, to test one mechanism at a time: one Ops per function from the first
   * employee, no coordination load, a split by headcount alone, no cap (issue 15 changed the defaults).
   */
  static final StaffingPolicy TEXTBOOK = StaffingPolicy.builder().dedicatedOpsFromStaff(1).coordinationOpsPerFunction(0)
      .loadWeights(java.util.Map.of()).capAtEarlyRatio(false).build();
  private final StaffingCalculator plain = StaffingCalculator.of(TEXTBOOK);

  private static Basis basisOf(StaffingRecommendation rec, String key) {
    return rec.explanation().reasons().stream().filter(r -> r.key().equals(key)).findFirst()
        .map(Reason::basis).orElseThrow(() -> new AssertionError("no reason " + key));
  }

  private static boolean hasReason(StaffingRecommendation rec, String key) {
    return rec.explanation().reasons().stream().anyMatch(r -> r.key().equals(key));
  }

  @Test
  void structuring_uses_the_assumed_ratio_and_says_so() {
    StaffingRecommendation rec = plain.recommend(StaffingSeedExamplesTest.SALES, MaturityPhase.STRUCTURING);
    assertThat(rec.staffPerOps()).isEqualTo(15);
    assertThat(rec.fte()).isCloseTo(100 / 15.0, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(rec.target()).isEqualTo(7);
    assertThat(basisOf(rec, "staffing.ratio.assumed")).isEqualTo(Basis.ASSUMPTION);
    assertThat(rec.explanation().restsOnAssumptions()).isTrue();
    assertThat(rec.explanation().render(Locale.ENGLISH)).contains("revops assumes one Ops per 15 business staff");
  }

  static Stream<Arguments> roundings() {
    return Stream.of(
        Arguments.of(OpsRounding.HALF_UP, 101, 5L), Arguments.of(OpsRounding.CEILING, 101, 6L),
        Arguments.of(OpsRounding.FLOOR, 119, 5L), Arguments.of(OpsRounding.HALF_UP, 110, 6L),
        Arguments.of(OpsRounding.HALF_UP, 109, 5L));
  }

  @ParameterizedTest
  @MethodSource("roundings")
  void rounds_as_the_policy_says(OpsRounding rounding, int headcount, long target) {
    StaffingCalculator c = StaffingCalculator.of(StaffingPolicy.builder().from(TEXTBOOK).rounding(rounding).build());
    BusinessOrg org = BusinessOrg.of(BusinessTeam.of(BusinessFunction.SALES, headcount));
    StaffingRecommendation rec = c.recommend(org, MaturityPhase.MATURE);
    assertThat(rec.target()).isEqualTo(target);
    // the caller set the rounding, so it is an input even when it is revops' default (HALF_UP)
    assertThat(basisOf(rec, "staffing.rounding.policy"))
        .isEqualTo(Basis.INPUT);
    assertThat(basisOf(StaffingCalculator.withDefaults().recommend(org, MaturityPhase.MATURE), "staffing.rounding.assumed"))
        .isEqualTo(Basis.ASSUMPTION);
  }

  @Test
  void the_floor_raises_a_small_organisation() {
    BusinessOrg small = BusinessOrg.of(
        BusinessTeam.of(BusinessFunction.SUPPORT, 5), BusinessTeam.of(BusinessFunction.ONBOARDING, 5),
        BusinessTeam.of(BusinessFunction.SALES, 5), BusinessTeam.of(BusinessFunction.MARKETING, 5));
    StaffingRecommendation rec = plain.recommend(small, MaturityPhase.MATURE);
    assertThat(rec.rounded()).isEqualTo(1);
    assertThat(rec.minimum()).isEqualTo(4);
    assertThat(rec.target()).isEqualTo(4);
    assertThat(rec.raisedToMinimum()).isTrue();
    assertThat(rec.bandLow()).isEqualTo(4);
    assertThat(rec.bandHigh()).isEqualTo(4);
    assertThat(rec.explanation().render(Locale.ENGLISH)).contains("the target rises to 4");
    assertThat(plain.recommend(StaffingSeedExamplesTest.SALES, MaturityPhase.MATURE).raisedToMinimum()).isFalse();
  }

  @Test
  void functions_without_people_get_no_ops_and_no_floor() {
    BusinessOrg org = BusinessOrg.of(
        BusinessTeam.of(BusinessFunction.SALES, 40), BusinessTeam.of(BusinessFunction.FINANCE, 0));
    StaffingRecommendation rec = plain.recommend(org, MaturityPhase.EMERGING);
    assertThat(rec.staffedFunctions()).containsExactly(BusinessFunction.SALES);
    assertThat(rec.minimum()).isEqualTo(1);
    assertThat(rec.target()).isEqualTo(4);
    assertThat(rec.allocation()).extracting(TeamAllocation::ops).containsExactly(4, 0);
  }

  @Test
  void an_organisation_without_staff_needs_no_ops() {
    BusinessOrg empty = BusinessOrg.of(BusinessTeam.of(BusinessFunction.SALES, 0));
    StaffingRecommendation rec = calculator.recommend(empty, MaturityPhase.EMERGING);
    assertThat(rec.minimum()).isZero();
    assertThat(rec.target()).isZero();
    assertThat(rec.fte()).isZero();
    assertThat(rec.allocation()).extracting(TeamAllocation::ops).containsExactly(0);
    assertThat(rec.raisedToMinimum()).isFalse();
    assertThat(hasReason(rec, "staffing.rule.apportionment")).isFalse();
  }

  @Test
  void teams_of_one_function_share_its_ops() {
    BusinessOrg org = BusinessOrg.of(
        BusinessTeam.of(BusinessFunction.SALES, 60).withName("SMB"),
        BusinessTeam.of(BusinessFunction.SALES, 20).withName("Enterprise"),
        BusinessTeam.of(BusinessFunction.SUPPORT, 20));
    StaffingRecommendation rec = plain.recommend(org, MaturityPhase.EMERGING);
    assertThat(rec.minimum()).isEqualTo(2);
    assertThat(rec.target()).isEqualTo(10);
    assertThat(rec.opsFor(BusinessFunction.SALES)).isEqualTo(8);
    assertThat(rec.allocation()).extracting(TeamAllocation::ops).containsExactly(6, 2, 2);
    assertThat(rec.allocationByFunction()).containsEntry(BusinessFunction.SALES, 8).containsEntry(BusinessFunction.SUPPORT, 2);
  }

  @Test
  void a_function_with_fewer_ops_than_teams_shares_them_by_webster() {
    BusinessOrg org = BusinessOrg.of(
        BusinessTeam.of(BusinessFunction.SALES, 30).withName("A"),
        BusinessTeam.of(BusinessFunction.SALES, 10).withName("B"),
        BusinessTeam.of(BusinessFunction.SUPPORT, 1));
    StaffingRecommendation rec = plain.recommend(org, MaturityPhase.MATURE);
    assertThat(rec.target()).isEqualTo(2);
    assertThat(rec.allocation()).extracting(TeamAllocation::ops).containsExactly(1, 0, 1);
  }

  @Test
  void policy_overrides_are_inputs_not_facts() {
    StaffingPolicy policy = StaffingPolicy.builder()
        .emergingStaffPerOps(8).matureStaffPerOps(25).minimumOpsPerFunction(2).extraTierWeightPercent(0).build();
    StaffingRecommendation rec = StaffingCalculator.of(policy)
        .recommend(StaffingSeedExamplesTest.CUSTOMER_SERVICE, MaturityPhase.MATURE);
    assertThat(rec.minimum()).isEqualTo(8);
    assertThat(rec.target()).isEqualTo(8);
    assertThat(rec.bandHigh()).isEqualTo(13);
    assertThat(basisOf(rec, "staffing.ratio.policy")).isEqualTo(Basis.INPUT);
    assertThat(basisOf(rec, "staffing.floor.policy")).isEqualTo(Basis.INPUT);
    assertThat(basisOf(rec, "staffing.tiers.policy")).isEqualTo(Basis.INPUT);
    assertThat(rec.allocation()).extracting(TeamAllocation::ops).containsExactly(2, 2, 2, 2);
  }

  @Test
  void tier_weight_decides_where_the_fifth_ops_goes() {
    StaffingRecommendation flat = StaffingCalculator.of(StaffingPolicy.builder().from(TEXTBOOK).extraTierWeightPercent(0).build())
        .recommend(StaffingSeedExamplesTest.CUSTOMER_SERVICE, MaturityPhase.MATURE);
    // without tier weight the four teams tie and the first listed (support) still takes it
    assertThat(flat.allocation()).extracting(TeamAllocation::ops).containsExactly(2, 1, 1, 1);
    StaffingRecommendation reordered = plain.recommend(BusinessOrg.of(
        BusinessTeam.of(BusinessFunction.ONBOARDING, 25), BusinessTeam.of(BusinessFunction.SUPPORT, 25).withTiers(3),
        BusinessTeam.of(BusinessFunction.BACK_OFFICE, 25), BusinessTeam.of(BusinessFunction.CUSTOMER_SUCCESS, 25)),
        MaturityPhase.MATURE);
    assertThat(reordered.opsFor(BusinessFunction.SUPPORT)).isEqualTo(2);
    assertThat(reordered.allocation().get(1).weightedHeadcount()).isEqualTo(37.5);
  }

  @Test
  void a_second_tier_adds_a_quarter_to_a_team_weight() {
    // 25 people in one tier weigh as much as 20 people in two tiers (20 × 1.25): the tie goes to the first
    BusinessOrg org = BusinessOrg.of(
        BusinessTeam.of(BusinessFunction.SALES, 25), BusinessTeam.of(BusinessFunction.SUPPORT, 20).withTiers(2));
    StaffingRecommendation rec = plain.recommend(org, MaturityPhase.EMERGING);
    assertThat(rec.target()).isEqualTo(5);
    assertThat(rec.allocation()).extracting(TeamAllocation::ops).containsExactly(3, 2);
    assertThat(rec.allocation()).extracting(TeamAllocation::weightedHeadcount).containsExactly(25.0, 25.0);
    assertThat(hasReason(rec, "staffing.tiers.assumed")).isTrue();
    StaffingRecommendation untiered = plain.recommend(StaffingSeedExamplesTest.SALES, MaturityPhase.EMERGING);
    assertThat(hasReason(untiered, "staffing.tiers.assumed")).isFalse();
    StaffingRecommendation emptyTiered = plain.recommend(BusinessOrg.of(
        BusinessTeam.of(BusinessFunction.SALES, 25), BusinessTeam.of(BusinessFunction.SUPPORT, 0).withTiers(3)),
        MaturityPhase.EMERGING);
    assertThat(hasReason(emptyTiered, "staffing.tiers.assumed")).isFalse();
  }

  @Test
  void source_ratios_are_facts_only_while_they_keep_the_source_value() {
    StaffingRecommendation early = calculator.recommend(StaffingSeedExamplesTest.SALES, MaturityPhase.EMERGING);
    assertThat(basisOf(early, "staffing.ratio.source")).isEqualTo(Basis.FACT);
    StaffingCalculator custom = StaffingCalculator.of(StaffingPolicy.builder().emergingStaffPerOps(8).build());
    assertThat(basisOf(custom.recommend(StaffingSeedExamplesTest.SALES, MaturityPhase.EMERGING), "staffing.ratio.policy"))
        .isEqualTo(Basis.INPUT);
    assertThat(basisOf(custom.recommend(StaffingSeedExamplesTest.SALES, MaturityPhase.MATURE), "staffing.ratio.source"))
        .isEqualTo(Basis.FACT);
    StaffingCalculator structuring = StaffingCalculator.of(StaffingPolicy.builder().structuringStaffPerOps(12).build());
    assertThat(basisOf(structuring.recommend(StaffingSeedExamplesTest.SALES, MaturityPhase.STRUCTURING), "staffing.ratio.policy"))
        .isEqualTo(Basis.INPUT);
    StaffingCalculator shifted = StaffingCalculator.of(StaffingPolicy.builder().structuringStaffPerOps(20).build());
    assertThat(basisOf(shifted.recommend(StaffingSeedExamplesTest.SALES, MaturityPhase.STRUCTURING), "staffing.ratio.policy"))
        .isEqualTo(Basis.INPUT);
  }

  @Test
  void huge_organisations_do_not_overflow() {
    BusinessOrg huge = BusinessOrg.of(
        BusinessTeam.of(BusinessFunction.SALES, Integer.MAX_VALUE).withTiers(Integer.MAX_VALUE),
        BusinessTeam.of(BusinessFunction.SUPPORT, Integer.MAX_VALUE),
        BusinessTeam.of(BusinessFunction.FINANCE, 1));
    StaffingRecommendation rec = StaffingCalculator.of(StaffingPolicy.builder().from(TEXTBOOK).extraTierWeightPercent(10_000).build())
        .recommend(huge, MaturityPhase.EMERGING);
    long expected = Math.round((2L * Integer.MAX_VALUE + 1) / 10.0);
    assertThat(rec.target()).isEqualTo(expected);
    assertThat(rec.allocation().stream().mapToLong(TeamAllocation::ops).sum()).isEqualTo(expected);
    assertThat(rec.opsFor(BusinessFunction.FINANCE)).isEqualTo(1);
  }

  @Test
  void rejects_nulls() {
    assertThatThrownBy(() -> calculator.recommend(null, MaturityPhase.MATURE))
        .isInstanceOf(NullPointerException.class).hasMessage("org");
    assertThatThrownBy(() -> calculator.recommend(StaffingSeedExamplesTest.SALES, (MaturityPhase) null))
        .isInstanceOf(NullPointerException.class).hasMessage("phase");
    assertThatThrownBy(() -> calculator.recommend(StaffingSeedExamplesTest.SALES, (MaturitySignals) null))
        .isInstanceOf(NullPointerException.class).hasMessage("signals");
    assertThatThrownBy(() -> StaffingCalculator.of(null)).isInstanceOf(NullPointerException.class).hasMessage("policy");
    assertThatThrownBy(() -> calculator.recommend(StaffingSeedExamplesTest.SALES, MaturityPhase.MATURE).opsFor(null))
        .isInstanceOf(NullPointerException.class).hasMessage("function");
  }

  @Test
  void exposes_its_policy() {
    assertThat(calculator.policy()).isEqualTo(StaffingPolicy.defaults());
    assertThat(StaffingCalculator.withDefaults()).isSameAs(calculator);
  }
}
