package dev.revops.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.explain.Basis;
import dev.revops.core.explain.Reason;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessTeam;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.org.OpsSpecialty;
import dev.revops.core.pay.Percentile;
import dev.revops.core.staffing.MaturityPhase;
import dev.revops.core.staffing.StaffingCalculator;
import dev.revops.core.stage.OpsOrgChart;
import dev.revops.core.stage.OpsTeam;
import dev.revops.core.stage.ReportingLine;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The plan's arithmetic on cases small enough to compute by hand. */
class PlanEngineTest {

  private static final YearMonth JAN = YearMonth.of(2027, 1);
  private static final BusinessOrg SALES_100 = BusinessOrg.of(BusinessTeam.of(BusinessFunction.SALES, 100));
  /** No attrition, no raise, 50 % on-cost, every hire 1.5 months after its role opens, productive at once. */
  private static final PlanPolicy SIMPLE = PlanPolicy.builder().yearlyAttrition(0).yearlyRaise(0).onCostMultiplier(1.5)
      .timeToHireMonths(1.5).rampMonthsAtFullFit(0).rampMonthsAtNoFit(0).build();

  private static PlanInput.Builder oneSenior(PlanPolicy policy) {
    return PlanInput.builder().start(JAN).periods(3).periodLength(PeriodLength.MONTH).org(SALES_100)
        .phase(MaturityPhase.MATURE).putRosterCounts(OpsLevel.SENIOR, 1).policy(policy);
  }

  @Test
  void hires_are_paid_from_their_first_day() {
    assertThat(StaffingCalculator.withDefaults().recommend(SALES_100, MaturityPhase.MATURE).target()).isEqualTo(4);
    OpsPlan plan = OpsPlanner.withDefaults().plan(oneSenior(SIMPLE).build());
    // the senior in place at the 2023 median (2027 at no raise), plus 50 %, a month: 7,000
    assertThat(plan.steps().get(0).cost()).isEqualTo(Money.of(CurrencyUnit.EUR, 7_000));
    assertThat(plan.steps().get(0).rolesOpened()).isEqualTo(3);
    // the three roles opened in January start mid-February: a senior, a junior (40 % juniors), a senior
    PlanStep feb = plan.steps().get(1);
    assertThat(feb.hiresByLevel()).containsExactly(Map.entry(OpsLevel.JUNIOR, 1), Map.entry(OpsLevel.SENIOR, 2));
    // 7,000 + (56,000 + 47,000 + 56,000) * 1.5 / 12 / 2 = 16,937.5, rounded half even
    assertThat(feb.cost()).isEqualTo(Money.of(CurrencyUnit.EUR, 16_938));
    PlanStep mar = plan.steps().get(2);
    assertThat(mar.cost()).isEqualTo(Money.of(CurrencyUnit.EUR, 26_875));
    assertThat(mar.runRate()).isEqualTo(Money.of(CurrencyUnit.EUR, 322_500));
    assertThat(mar.cumulativeCost()).isEqualTo(Money.of(CurrencyUnit.EUR, 7_000 + 16_938 + 26_875));
    assertThat(plan.steps()).extracting(PlanStep::productiveFte).containsExactly(1.0, 4.0, 4.0);
  }

  @Test
  void newcomers_ramp_up_linearly() {
    PlanPolicy ramping = PlanPolicy.builder().from(SIMPLE).rampMonthsAtNoFit(2).rampMonthsAtFullFit(2).build();
    OpsPlan plan = OpsPlanner.withDefaults().plan(oneSenior(ramping).build());
    // started at 1.5 months: a quarter of the way at the end of February, three quarters at the end of March
    assertThat(plan.steps()).extracting(PlanStep::productiveFte).containsExactly(1.0, 1.75, 3.25);
    assertThat(plan.steps().get(1).explanation().render(Locale.ENGLISH))
        .contains("Productive capacity of 1.75 FTE for 4 Ops: newcomers are still ramping up.");
  }

  @Test
  void the_longest_serving_member_of_the_largest_level_leaves_first() {
    PlanInput input = PlanInput.builder().start(JAN).periods(1).periodLength(PeriodLength.MONTH).org(SALES_100)
        .phase(MaturityPhase.MATURE).policy(PlanPolicy.builder().from(SIMPLE).timeToHireMonths(6).build())
        .addRoster(OpsMember.of(OpsLevel.SENIOR).withStart(YearMonth.of(2026, 6)).withAnnualSalary(Money.of(CurrencyUnit.EUR, 50_000)))
        .addRoster(OpsMember.of(OpsLevel.SENIOR).withStart(YearMonth.of(2026, 1)).withAnnualSalary(Money.of(CurrencyUnit.EUR, 60_000)))
        .addRoster(OpsMember.of(OpsLevel.JUNIOR).withStart(YearMonth.of(2025, 1)).withAnnualSalary(Money.of(CurrencyUnit.EUR, 40_000)))
        .putPlannedDepartures(JAN, 1).build();
    PlanStep jan = OpsPlanner.withDefaults().plan(input).steps().get(0);
    assertThat(jan.leavers()).isEqualTo(1);
    // the senior of January 2026 leaves mid-month: (50,000 + 40,000) * 1.5 / 12 + 60,000 * 1.5 / 24
    assertThat(jan.cost()).isEqualTo(Money.of(CurrencyUnit.EUR, 11_250 + 3_750));
    assertThat(jan.runRate()).isEqualTo(Money.of(CurrencyUnit.EUR, 135_000));
  }

  @Test
  void attrition_accumulates_exactly_and_backfills_after_the_delay() {
    PlanPolicy leaving = PlanPolicy.builder().from(SIMPLE).yearlyAttrition(0.5).backfillDelayMonths(2).build();
    PlanInput input = PlanInput.builder().start(JAN).periods(4).periodLength(PeriodLength.QUARTER)
        .org(BusinessOrg.of(BusinessTeam.of(BusinessFunction.SALES, 40))).phase(MaturityPhase.MATURE)
        .putRosterCounts(OpsLevel.SENIOR, 4).policy(leaving).build();
    OpsPlan plan = OpsPlanner.withDefaults().plan(input);
    // 4 people, 1 - 0.5^(1/4) = 15.9 % a quarter: 0.64, then 1.27 -> one leaves in the second quarter
    assertThat(plan.steps()).extracting(PlanStep::leavers).startsWith(0, 1);
    // the backfill opens at once and starts 2 months after the mid-quarter departure: in the third quarter
    assertThat(plan.steps().get(1).rolesOpened()).isEqualTo(1);
    assertThat(plan.steps().get(2).backfills()).isEqualTo(1);
  }

  static Stream<Arguments> levels() {
    PlanPolicy p = PlanPolicy.defaults();
    return Stream.of(
        Arguments.of(new int[] {0, 0, 0, 0, 0}, p, OpsLevel.SENIOR),
        Arguments.of(new int[] {0, 1, 0, 0, 0}, p, OpsLevel.SENIOR),
        Arguments.of(new int[] {0, 2, 0, 0, 0}, p, OpsLevel.JUNIOR),
        Arguments.of(new int[] {1, 2, 0, 0, 0}, p, OpsLevel.SENIOR),
        // the fifth Ops is the team's first manager
        Arguments.of(new int[] {1, 3, 0, 0, 0}, p, OpsLevel.MANAGER),
        Arguments.of(new int[] {2, 3, 1, 0, 0}, p, OpsLevel.SENIOR),
        // 7 contributors need a second manager (one per 6)
        Arguments.of(new int[] {3, 4, 1, 0, 0}, p, OpsLevel.MANAGER),
        // the fifteenth Ops is a director, unless there is a director or VP
        Arguments.of(new int[] {5, 6, 3, 0, 0}, p, OpsLevel.DIRECTOR),
        Arguments.of(new int[] {5, 6, 2, 0, 1}, p, OpsLevel.SENIOR),
        Arguments.of(new int[] {0, 0, 0, 0, 0}, PlanPolicy.builder().firstHireLevel(OpsLevel.MANAGER).build(), OpsLevel.MANAGER),
        Arguments.of(new int[] {0, 1, 0, 0, 0}, PlanPolicy.builder().juniorShare(0.5).build(), OpsLevel.JUNIOR),
        Arguments.of(new int[] {0, 1, 0, 0, 0}, PlanPolicy.builder().managerFromOps(2).build(), OpsLevel.MANAGER),
        Arguments.of(new int[] {0, 1, 0, 0, 0}, PlanPolicy.builder().directorFromOps(2).build(), OpsLevel.DIRECTOR),
        Arguments.of(new int[] {1, 3, 1, 0, 0}, PlanPolicy.builder().spanOfControl(3).build(), OpsLevel.MANAGER),
        Arguments.of(new int[] {1, 2, 1, 0, 0}, PlanPolicy.builder().spanOfControl(3).build(), OpsLevel.SENIOR));
  }

  @ParameterizedTest
  @MethodSource("levels")
  void the_next_role_follows_the_team_shape(int[] counts, PlanPolicy policy, OpsLevel expected) {
    assertThat(PlanEngine.nextLevel(counts, policy)).isEqualTo(expected);
  }

  @Test
  void the_chart_grows_in_proportion() {
    OpsOrgChart chart = OpsOrgChart.of(team("A", 2), team("B", 1), team("C", 1));
    assertThat(PlanEngine.shares(chart, 8)).containsExactly(4, 2, 2);
    assertThat(PlanEngine.shares(chart, 5)).containsExactly(3, 1, 1);
    assertThat(PlanEngine.shares(chart, 6)).containsExactly(3, 2, 1);
    assertThat(PlanEngine.shares(chart, 0)).containsExactly(0, 0, 0);
    assertThat(PlanEngine.shares(OpsOrgChart.of(team("A", 0), team("B", 0)), 3)).containsExactly(3, 0);
  }

  private static OpsTeam team(String name, int headcount) {
    return OpsTeam.of(name, OpsSpecialty.SALES_OPS, headcount, ReportingLine.ofBusinessHead(BusinessFunction.SALES), BusinessFunction.SALES);
  }

  @Test
  void variants_share_the_diagnoses_of_identical_periods() {
    PlanInput input = oneSenior(SIMPLE).chart(OpsOrgChart.of(team("A", 1))).build();
    PlanComparison c = OpsPlanner.withDefaults().compare(input, List.of(
        PlanScenario.builder().name("P75").payPercentile(Percentile.P75).build(),
        PlanScenario.builder().name("fast").timeToHireMonths(0).build()));
    for (int i = 0; i < 3; i++) {
      assertThat(c.variants().get(0).steps().get(i).stage().orElseThrow()).isSameAs(c.baseline().steps().get(i).stage().orElseThrow());
    }
    // hiring at once: 4 Ops in January instead of February
    ScenarioDelta fast = c.deltas().get(1);
    assertThat(fast.headcount()).containsExactly(3, 0, 0);
    assertThat(fast.totalHires()).isZero();
    assertThat(fast.cost().get(0)).isEqualTo(Money.of(CurrencyUnit.EUR, 19_875));
    assertThat(fast.cost().get(2)).isEqualTo(Money.zero(CurrencyUnit.EUR));
    assertThat(fast.isNeutral()).isFalse();
    assertThat(fast.explanation().render(Locale.ENGLISH)).startsWith("Computed: fast against the baseline: the same 4 Ops at the end,")
        .contains("The first difference shows in 2027-01: +3 Ops.");
    ScenarioDelta p75 = c.deltas().get(0);
    assertThat(p75.headcount()).containsOnly(0);
    assertThat(p75.productiveFte()).containsOnly(0.0);
    assertThat(p75.totalCost().isPositive()).isTrue();
  }

  @Test
  void the_explanation_says_which_figures_the_caller_set() {
    OpsPlan defaults = OpsPlanner.withDefaults().plan(oneSenior(PlanPolicy.defaults()).build());
    OpsPlan own = OpsPlanner.withDefaults().plan(oneSenior(PlanPolicy.builder().juniorShare(0.2).rampMonthsAtNoFit(10)
        .payPercentile(Percentile.P75).yearlyRaise(0.02).build()).build());
    assertThat(basis(defaults, "plan.assumption.levels")).isEqualTo(Basis.ASSUMPTION);
    assertThat(basis(own, "plan.assumption.levels")).isEqualTo(Basis.INPUT);
    assertThat(basis(defaults, "plan.assumption.ramp")).isEqualTo(Basis.ASSUMPTION);
    assertThat(basis(own, "plan.assumption.ramp")).isEqualTo(Basis.INPUT);
    assertThat(basis(own, "plan.assumption.pay")).isEqualTo(Basis.INPUT);
    assertThat(basis(own, "plan.assumption.raise")).isEqualTo(Basis.INPUT);
    assertThat(basis(own, "plan.assumption.onCost")).isEqualTo(Basis.ASSUMPTION);
    assertThat(reason(own, "plan.assumption.onCost").source()).hasValue(PlanPolicy.EMPLOYER_CONTRIBUTIONS_GUIDE);
    assertThat(basis(own, "plan.stage.noChart")).isEqualTo(Basis.INPUT);
  }

  private static Basis basis(OpsPlan plan, String key) {
    return reason(plan, key).basis();
  }

  private static Reason reason(OpsPlan plan, String key) {
    return plan.explanation().reasons().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
  }
}
