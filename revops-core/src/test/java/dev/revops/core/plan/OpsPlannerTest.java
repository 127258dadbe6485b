package dev.revops.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.InvalidValueException;
import dev.revops.core.fit.ProfileOrigin;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessTeam;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.org.OpsSpecialty;
import dev.revops.core.pay.Percentile;
import dev.revops.core.staffing.MaturityPhase;
import dev.revops.core.staffing.MaturitySignals;
import dev.revops.core.stage.OpsOrgChart;
import dev.revops.core.stage.OpsTeam;
import dev.revops.core.stage.ReportingLine;
import dev.revops.core.stage.Verdict;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The planner on the source's organisations and on the cases practitioners bring. */
class OpsPlannerTest {

  static final YearMonth JAN_2027 = YearMonth.of(2027, 1);
  private static final OpsPlanner PLANNER = OpsPlanner.withDefaults();
  /** No attrition, so that a test sees only the effect it is about. */
  private static final PlanPolicy STABLE = PlanPolicy.builder().yearlyAttrition(0).build();

  /** The source's two organisations side by side: sales (100) and customer service (100). */
  static BusinessOrg sourceOrganisations() {
    return BusinessOrg.of(
        BusinessTeam.of(BusinessFunction.PROSPECTING, 50), BusinessTeam.of(BusinessFunction.SALES, 50),
        BusinessTeam.of(BusinessFunction.SUPPORT, 25).withTiers(3), BusinessTeam.of(BusinessFunction.ONBOARDING, 25),
        BusinessTeam.of(BusinessFunction.BACK_OFFICE, 25), BusinessTeam.of(BusinessFunction.CUSTOMER_SUCCESS, 25));
  }

  static OpsOrgChart embeddedChart() {
    return OpsOrgChart.of(
        OpsTeam.of("Sales Ops", OpsSpecialty.SALES_OPS, 2, ReportingLine.ofBusinessHead(BusinessFunction.SALES),
            BusinessFunction.SALES, BusinessFunction.PROSPECTING),
        OpsTeam.of("CS Ops", OpsSpecialty.CUSTOMER_OPS, 2, ReportingLine.ofBusinessHead(BusinessFunction.CUSTOMER_SUCCESS),
            BusinessFunction.CUSTOMER_SUCCESS));
  }

  /** The sample of the CLI: the source's organisations growing 40 % a year over 8 quarters. */
  static PlanInput.Builder sample() {
    return PlanInput.builder().start(JAN_2027).periods(8).periodLength(PeriodLength.QUARTER)
        .org(sourceOrganisations())
        .signals(MaturitySignals.builder().opsAgeYears(1.5).headcountGrowth(0.4).priorOpsSupport(false).build())
        .yearlyGrowth(0.4).putRosterCounts(OpsLevel.SENIOR, 3).putRosterCounts(OpsLevel.JUNIOR, 1)
        .chart(embeddedChart());
  }

  @Test
  void the_source_organisations_growing_forty_percent_a_year() {
    OpsPlan plan = PLANNER.plan(sample().build());
    PlanStep first = plan.steps().get(0);
    // 200 business staff in the early phase: one Ops per 10, so 20 needed; 4 in place
    assertThat(first.businessTotal()).isEqualTo(200);
    assertThat(first.opsNeeded()).isEqualTo(20);
    assertThat(first.headcount()).isEqualTo(4);
    // the 16 missing and the 2 more needed by the second quarter open now, and start in it,
    // three months later: nobody starts in the first quarter
    assertThat(first.rolesOpened()).isEqualTo(18);
    assertThat(first.hires()).isZero();
    PlanStep second = plan.steps().get(1);
    assertThat(second.hires()).isEqualTo(18);
    assertThat(second.headcount()).isEqualTo(22);
    // the team of 22 gets its director (from 15 Ops) and a manager per 6 individual contributors
    assertThat(second.hiresByLevel()).containsEntry(OpsLevel.DIRECTOR, 1).containsEntry(OpsLevel.MANAGER, 3);
    // newcomers ramp up: fewer productive FTE than people
    assertThat(second.productiveFte()).isLessThan(second.headcount());
    // business staff grow 40 % a year: 200 * 1.4^(7/4) = 360 in the last quarter
    assertThat(plan.steps().get(7).businessTotal()).isEqualTo(360);
    assertThat(plan.finalHeadcount()).isEqualTo(27);
    assertThat(plan.totalHires() - plan.totalLeavers()).isEqualTo(plan.finalHeadcount() - plan.startingHeadcount());
    // four Ops embedded in two business teams, in a company of 200: time to centralise, now
    assertThat(plan.firstStageChange()).hasValueSatisfying(s -> assertThat(s.index()).isZero());
    assertThat(first.stage().orElseThrow().verdict()).isEqualTo(Verdict.MOVE);
    assertThat(plan.explanation().render(Locale.ENGLISH)).startsWith(
        "Computed: Baseline: over 8 quarters, Ops from 4 to 27 for 28 needed at the end; 28 hires, 5 departures; cost EUR ");
    assertThat(plan.explanation().render(Locale.FRENCH)).startsWith(
        "Calcul : Scénario de référence : sur 8 trimestres, de 4 à 27 Ops pour un besoin de 28 à la fin ; 28 arrivées, 5 départs ;");
    assertThat(second.explanation().render(Locale.ENGLISH)).startsWith(
        "Computed: Q2 2027: 22 Ops at the end of the period for 22 needed (216 business staff); 18 hires, 0 departures; cost EUR ");
    assertThat(second.label(Locale.FRENCH)).isEqualTo("T2 2027");
  }

  @Test
  void the_cost_is_the_benchmark_salary_with_on_cost_for_the_time_worked() {
    // 3 seniors and 1 junior at the median of 2023, brought to 2027 at 3 % a year, plus 42 %
    OpsPlan plan = PLANNER.plan(sample().policy(STABLE).build());
    double raise = Math.pow(1.03, 4);
    double quarter = (3 * 56_000 + 47_000) * raise * 1.42 / 4;
    assertThat(plan.steps().get(0).cost().getAmount().doubleValue()).isCloseTo(quarter, org.assertj.core.data.Offset.offset(1.0));
    assertThat(plan.steps().get(0).runRate().getAmount().doubleValue()).isCloseTo(quarter * 4, org.assertj.core.data.Offset.offset(1.0));
  }

  @Test
  void an_eleven_person_startup_hires_its_first_ops_as_a_senior_three_months_on() {
    BusinessOrg startup = BusinessOrg.of(BusinessTeam.of(BusinessFunction.SALES, 6),
        BusinessTeam.of(BusinessFunction.CUSTOMER_SUCCESS, 5));
    OpsPlan plan = PLANNER.plan(PlanInput.builder().start(JAN_2027).periods(12).periodLength(PeriodLength.MONTH)
        .org(startup).phase(MaturityPhase.EMERGING).yearlyGrowth(0.5).policy(STABLE).build());
    assertThat(plan.steps().get(0).rolesOpened()).isEqualTo(1);
    assertThat(plan.steps()).extracting(PlanStep::headcount).containsExactly(0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1);
    PlanStep april = plan.steps().get(3);
    assertThat(april.hiresByLevel()).containsExactly(Map.entry(OpsLevel.SENIOR, 1));
    assertThat(april.label(Locale.ENGLISH)).isEqualTo("2027-04");
    assertThat(plan.steps().get(0).explanation().render(Locale.ENGLISH))
        .contains("1 role opened; each hire starts once its time to hire has run.")
        .contains("1 Ops still missing against the need at the end of the period.");
    assertThat(plan.totalHires()).isEqualTo(1);
  }

  @Test
  void a_company_mid_reorganisation_keeps_its_ops_when_the_need_falls() {
    // sales shrinks from 50 to 20 in April: the need falls, nobody is let go
    BusinessOrg org = BusinessOrg.of(BusinessTeam.of(BusinessFunction.PROSPECTING, 50), BusinessTeam.of(BusinessFunction.SALES, 50),
        BusinessTeam.of(BusinessFunction.CUSTOMER_SUCCESS, 50));
    PlanInput input = PlanInput.builder().start(JAN_2027).periods(6).periodLength(PeriodLength.MONTH).org(org)
        .phase(MaturityPhase.MATURE).putRosterCounts(OpsLevel.SENIOR, 8).policy(STABLE)
        .addOutlooks(FunctionOutlook.ofHeadcounts(BusinessFunction.SALES, Map.of(YearMonth.of(2027, 4), 20)))
        .addOutlooks(FunctionOutlook.ofHeadcounts(BusinessFunction.PROSPECTING, Map.of(YearMonth.of(2027, 4), 20)))
        .build();
    OpsPlan plan = PLANNER.plan(input);
    assertThat(plan.steps().get(2).opsNeeded()).isGreaterThan(plan.steps().get(3).opsNeeded());
    assertThat(plan.steps().get(3).businessHeadcount()).containsEntry(BusinessFunction.SALES, 20L);
    assertThat(plan.steps()).allSatisfy(s -> {
      assertThat(s.headcount()).isEqualTo(8);
      assertThat(s.leavers()).isZero();
    });
    assertThat(plan.steps().get(3).explanation().render(Locale.ENGLISH))
        .contains("Ops above the need: nobody is let go, and the need catches up as the business grows.");
  }

  @Test
  void a_hard_budget_delays_hires_and_says_which() {
    // three seniors cost about 67,000 EUR a quarter: a budget of 75,000 leaves no room for a fourth
    PlanInput input = sample().policy(STABLE).putRosterCounts(OpsLevel.JUNIOR, 0)
        .budget(Budget.of(Money.of(CurrencyUnit.EUR, 75_000), BudgetSpan.PERIOD, BudgetRule.HARD)).build();
    OpsPlan plan = PLANNER.plan(input);
    assertThat(plan.steps()).allSatisfy(s -> {
      assertThat(s.headcount()).isEqualTo(3);
      assertThat(s.variance().orElseThrow().isNegative()).isFalse();
    });
    PlanStep second = plan.steps().get(1);
    // the 19 roles opened in January wait, level by level
    assertThat(second.delayedByBudget()).containsEntry(OpsLevel.SENIOR, 8).containsEntry(OpsLevel.DIRECTOR, 1);
    assertThat(second.delayedByBudget().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(19);
    assertThat(second.explanation().render(Locale.ENGLISH))
        .contains("Hard budget: 8 hires at the Senior level pushed to the next period.")
        .contains("Hard budget: 1 hire at the Director level pushed to the next period.");
    assertThat(second.explanation().render(Locale.FRENCH))
        .contains("Budget strict : 8 arrivées reportées à la période suivante, au niveau Senior.")
        .contains("Budget strict : 1 arrivée reportée à la période suivante, au niveau Directeur ou directrice.");
    assertThat(plan.explanation().render(Locale.ENGLISH)).contains("Every period stays within the hard budget.")
        .contains("The hard budget pushed back");
  }

  @Test
  void a_soft_budget_lets_hires_start_and_reports_the_overrun() {
    PlanInput input = sample().policy(STABLE)
        .budget(Budget.of(Money.of(CurrencyUnit.EUR, 900_000), BudgetSpan.YEAR, BudgetRule.SOFT)).build();
    OpsPlan plan = PLANNER.plan(input);
    PlanStep second = plan.steps().get(1);
    assertThat(second.budget()).hasValue(Money.of(CurrencyUnit.EUR, 225_000));
    assertThat(second.hires()).isEqualTo(18);
    assertThat(second.variance().orElseThrow().isNegative()).isTrue();
    assertThat(second.explanation().render(Locale.ENGLISH)).contains("Over the period’s budget of EUR 225,000 by EUR ");
    assertThat(plan.explanation().render(Locale.ENGLISH)).containsPattern("\\d periods go over budget out of 8, by EUR ");
  }

  @Test
  void a_hiring_cap_spreads_the_hires() {
    OpsPlan plan = PLANNER.plan(sample().policy(PlanPolicy.builder().from(STABLE).maxHiresPerPeriod(5).build()).build());
    assertThat(plan.steps()).allSatisfy(s -> assertThat(s.hires()).isLessThanOrEqualTo(5));
    PlanStep second = plan.steps().get(1);
    assertThat(second.hires()).isEqualTo(5);
    assertThat(second.delayedByCapacity()).isEqualTo(13);
    assertThat(second.explanation().render(Locale.ENGLISH))
        .contains("13 hires pushed to the next period: at most 5 can start in one period.");
  }

  @Test
  void a_hiring_freeze_opens_no_role_and_puts_hires_on_hold() {
    PlanScenario freeze = PlanScenario.builder().name("Freeze").freezeFrom(YearMonth.of(2027, 4))
        .freezeUntil(YearMonth.of(2027, 9)).build();
    PlanComparison c = PLANNER.compare(sample().policy(STABLE).build(), List.of(freeze));
    OpsPlan frozen = c.variants().get(0);
    assertThat(frozen.steps().get(1).rolesOpened()).isZero();
    assertThat(frozen.steps().get(2).rolesOpened()).isZero();
    // the 18 roles opened in January wait for the end of the freeze, in October
    assertThat(frozen.steps().get(1).hires()).isZero();
    assertThat(frozen.steps().get(1).delayedByFreeze()).isEqualTo(18);
    assertThat(frozen.steps().get(2).headcount()).isEqualTo(4);
    assertThat(frozen.steps().get(3).hires()).isEqualTo(18);
    assertThat(frozen.steps().get(1).explanation().render(Locale.ENGLISH))
        .contains("Hiring freeze: no role opens in this period, not even to replace a departure, and nobody starts.")
        .contains("Hiring freeze: 18 hires on hold until the freeze ends.");
    ScenarioDelta delta = c.deltas().get(0);
    assertThat(delta.headcount().get(2)).isNegative();
    assertThat(delta.totalCost().isNegative()).isTrue();
    assertThat(delta.explanation().render(Locale.ENGLISH)).startsWith("Computed: Freeze against the baseline: ");
  }

  @Test
  void paying_at_the_75th_percentile_costs_more_for_the_same_team() {
    PlanComparison c = PLANNER.compare(sample().build(),
        List.of(PlanScenario.builder().name("Pay at P75").payPercentile(Percentile.P75).build()));
    ScenarioDelta delta = c.deltas().get(0);
    assertThat(delta.headcount()).containsOnly(0);
    assertThat(delta.totalCost().isPositive()).isTrue();
    assertThat(delta.cost()).allSatisfy(m -> assertThat(m.isPositive()).isTrue());
    assertThat(delta.explanation().render(Locale.ENGLISH)).startsWith(
        "Computed: Pay at P75 against the baseline: the same 27 Ops at the end, hires +0, cost +");
    assertThat(delta.explanation().render(Locale.FRENCH)).startsWith(
        "Calcul : Pay at P75 par rapport au scénario de référence : le même effectif de 27 Ops en fin de plan, recrutements +0, coût +");
  }

  @Test
  void a_variant_with_no_override_is_the_baseline() {
    PlanComparison c = PLANNER.compare(sample().build(), List.of(PlanScenario.builder().name("Same").build()));
    assertThat(c.variants().get(0).steps()).isEqualTo(c.baseline().steps());
    assertThat(c.deltas().get(0).isNeutral()).isTrue();
    assertThat(c.deltas().get(0).explanation().render(Locale.ENGLISH))
        .isEqualTo("Computed: Same changes nothing against the baseline.\nComputed: The reorganisation comes at the same time.");
  }

  @Test
  void attrition_is_counted_exactly_and_backfilled() {
    // 400 staff in four functions, mature: 20 Ops needed, 20 in place; 15 % leave a year
    BusinessOrg org = BusinessOrg.of(BusinessTeam.of(BusinessFunction.SALES, 100), BusinessTeam.of(BusinessFunction.PROSPECTING, 100),
        BusinessTeam.of(BusinessFunction.SUPPORT, 100), BusinessTeam.of(BusinessFunction.CUSTOMER_SUCCESS, 100));
    PlanInput input = PlanInput.builder().start(JAN_2027).periods(8).periodLength(PeriodLength.QUARTER).org(org)
        .phase(MaturityPhase.MATURE).putRosterCounts(OpsLevel.SENIOR, 20).build();
    OpsPlan plan = PLANNER.plan(input);
    assertThat(plan.steps().get(0).opsNeeded()).isEqualTo(20);
    // 20 people * (1 - 0.85^(1/4)) = 0.80 a quarter: none in the first, one in the second...
    assertThat(plan.steps().get(0).leavers()).isZero();
    assertThat(plan.steps().get(1).leavers()).isEqualTo(1);
    assertThat(plan.steps().get(1).rolesOpened()).isEqualTo(1);
    // ... about 15 % of 20 a year, 6 in two years; each replaced after 3 months
    assertThat(plan.totalLeavers()).isBetween(5, 6);
    assertThat(plan.steps().stream().mapToInt(PlanStep::backfills).sum()).isBetween(plan.totalLeavers() - 1, plan.totalLeavers());
    assertThat(plan.steps()).allSatisfy(s -> assertThat(s.headcount()).isBetween(19, 20));
    assertThat(plan.steps().get(1).explanation().render(Locale.ENGLISH)).contains("1 departure by attrition.")
        .contains("1 role opened, 1 of them to replace a departure;");
  }

  @Test
  void planned_departures_leave_and_nobody_else_does() {
    PlanInput input = sample().policy(STABLE).putPlannedDepartures(YearMonth.of(2027, 5), 2).build();
    OpsPlan plan = PLANNER.plan(input);
    assertThat(plan.steps().get(1).leavers()).isEqualTo(2);
    assertThat(plan.totalLeavers()).isEqualTo(2);
    assertThat(plan.steps().get(1).explanation().render(Locale.ENGLISH)).contains("2 departures: 0 by attrition, 2 planned.");
  }

  @Test
  void own_salaries_and_recent_joiners_are_taken_as_given() {
    PlanInput input = PlanInput.builder().start(JAN_2027).periods(2).periodLength(PeriodLength.MONTH)
        .org(sourceOrganisations()).phase(MaturityPhase.MATURE).policy(STABLE)
        .addRoster(OpsMember.of(OpsLevel.SENIOR).withAnnualSalary(Money.of(CurrencyUnit.EUR, 60_000)))
        .addRoster(OpsMember.of(OpsLevel.MANAGER).withOrigin(ProfileOrigin.OTHER).withStart(YearMonth.of(2026, 12))
            .withAnnualSalary(Money.of(CurrencyUnit.EUR, 40_000)))
        .build();
    OpsPlan plan = PLANNER.plan(input);
    PlanStep first = plan.steps().get(0);
    // 100,000 EUR a year of gross salaries, plus 42 %, for a month
    assertThat(first.cost()).isEqualTo(Money.of(CurrencyUnit.EUR, 11_833));
    // the manager from another background who joined in December is still ramping up at the end of January
    assertThat(first.productiveFte()).isLessThan(2);
    assertThat(plan.explanation().render(Locale.ENGLISH)).contains("Own salary used for 2 people of the team.");
  }

  @Test
  void functions_without_coverage_are_named_until_the_team_reaches_them() {
    OpsPlan plan = PLANNER.plan(PlanInput.builder().start(JAN_2027).periods(1).periodLength(PeriodLength.MONTH)
        .org(sourceOrganisations()).phase(MaturityPhase.MATURE).putRosterCounts(OpsLevel.SENIOR, 2).build());
    PlanStep only = plan.steps().get(0);
    // six functions, each with Ops of its own in the rule's allocation: two Ops reach two of them
    assertThat(only.uncovered()).hasSize(4).doesNotContain(BusinessFunction.PROSPECTING, BusinessFunction.SALES);
    assertThat(only.explanation().render(Locale.ENGLISH)).contains("Without Ops coverage (");
  }

  @Test
  void support_volumes_size_the_support_teams() {
    dev.revops.core.workload.SupportProfile profile = dev.revops.core.workload.SupportProfile.of(1800,
        dev.revops.core.workload.SupportChannel.builder().name("phone").kind(dev.revops.core.workload.ChannelKind.VOICE)
            .volumes(java.util.Collections.nCopies(20, 60.0)).handleTimeSeconds(300)
            .goal(dev.revops.core.workload.ServiceGoal.ofSeconds(0.8, 20)).build());
    PlanInput input = PlanInput.builder().start(JAN_2027).periods(4).periodLength(PeriodLength.QUARTER)
        .org(BusinessOrg.of(BusinessTeam.of(BusinessFunction.SALES, 40), BusinessTeam.of(BusinessFunction.SUPPORT, 1)))
        .phase(MaturityPhase.MATURE).support(SupportOutlook.of(profile, 1.0)).build();
    OpsPlan plan = PLANNER.plan(input);
    long first = plan.steps().get(0).businessHeadcount().get(BusinessFunction.SUPPORT);
    long last = plan.steps().get(3).businessHeadcount().get(BusinessFunction.SUPPORT);
    assertThat(first).isGreaterThan(1);
    assertThat(last).isGreaterThan(first);
  }

  @Test
  void bad_inputs_are_refused_in_plain_words() {
    assertThatThrownBy(() -> sample().start(YearMonth.of(999_999_999, 12)).build()).isInstanceOf(InvalidValueException.class)
        .hasMessage("start (999999999-12) must be between 1900-01 and 9989-12");
    assertThatThrownBy(() -> sample().periods(0).build()).isInstanceOf(InvalidValueException.class)
        .hasMessage("periods (0) must be between 1 and 120");
    assertThatThrownBy(() -> sample().phase(MaturityPhase.MATURE).build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("exactly one of phase and signals");
    assertThatThrownBy(() -> sample().budget(Budget.of(Money.of(CurrencyUnit.USD, 1), BudgetSpan.YEAR, BudgetRule.HARD)).build())
        .isInstanceOf(InvalidValueException.class).hasMessage("budget.amount (USD 1.00) must be in the benchmark's currency (EUR)");
    assertThatThrownBy(() -> sample().addRoster(OpsMember.of(OpsLevel.SENIOR).withStart(JAN_2027)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("roster[0].start (2027-01) must be before the plan's start");
    assertThatThrownBy(() -> sample().addOutlooks(FunctionOutlook.ofHeadcounts(BusinessFunction.SALES,
        Map.of(YearMonth.of(2030, 1), 3))).build()).isInstanceOf(InvalidValueException.class)
        .hasMessage("outlooks[0].headcounts (2030-01) must fall within the plan, from 2027-01 to 2028-12");
    assertThatThrownBy(() -> PlanScenario.builder().name("x").freezeFrom(JAN_2027).freezeUntil(YearMonth.of(2026, 12)).build())
        .isInstanceOf(InvalidValueException.class).hasMessage("freezeUntil (2026-12) must not be before freezeFrom (2027-01)");
    assertThatThrownBy(() -> PLANNER.compare(sample().build(), List.of(PlanScenario.builder().name("baseline").build())))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("variants[0].name (baseline) must differ from \"baseline\" and from the other variants' names");
    assertThatThrownBy(() -> FunctionOutlook.ofYearlyGrowth(BusinessFunction.SALES, -1)).isInstanceOf(InvalidValueException.class)
        .hasMessage("yearlyGrowth (-1.0) must be a finite number above -1 (a fall of less than 100 %) and at most 10.0");
    assertThatThrownBy(() -> PlanPolicy.builder().yearlyAttrition(1).build()).isInstanceOf(InvalidValueException.class)
        .hasMessage("yearlyAttrition (1.0) must be between 0 and 1 (1 excluded)");
    assertThatThrownBy(() -> PlanPolicy.builder().rampMonthsAtFullFit(10).build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("rampMonthsAtNoFit (9.0) must be at least rampMonthsAtFullFit (10.0)");
  }

  @Test
  void the_policy_says_what_the_caller_changed() {
    PlanPolicy policy = PlanPolicy.builder().yearlyAttrition(0.1).build();
    assertThat(policy.provenance(PlanPolicy.Figure.YEARLY_ATTRITION).basis()).isEqualTo(dev.revops.core.explain.Basis.INPUT);
    assertThat(policy.provenance(PlanPolicy.Figure.ON_COST_MULTIPLIER).basis()).isEqualTo(dev.revops.core.explain.Basis.ASSUMPTION);
    OpsPlan plan = PLANNER.plan(sample().policy(policy).build());
    assertThat(plan.explanation().render(Locale.ENGLISH)).contains("Input: 10% of the team leaves in a year")
        .contains("Assumption: Employer on-cost of 42% on top of the gross salary. (source: HelloWork");
  }

  @Test
  void the_same_input_gives_the_same_plan() {
    assertThat(PLANNER.plan(sample().build())).isEqualTo(PLANNER.plan(sample().build()));
  }
}
