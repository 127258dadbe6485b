package dev.revops.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.InvalidValueException;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.pay.Percentile;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of the plan's inputs, at its boundary: the last value accepted and the first refused. */
class PlanValidationTest {

  private static final YearMonth JAN = YearMonth.of(2027, 1);

  static Stream<Arguments> refused() {
    return Stream.of(
        // policy
        Arguments.of((Supplier<?>) () -> PlanPolicy.builder().putTimeToHireMonths(OpsLevel.VP, 60.001).build(),
            "timeToHireMonths.VP (60.001) must be between 0 and 60 months"),
        Arguments.of((Supplier<?>) () -> PlanPolicy.builder().putTimeToHireMonths(OpsLevel.JUNIOR, -0.001).build(),
            "timeToHireMonths.JUNIOR (-0.001) must be between 0 and 60 months"),
        Arguments.of((Supplier<?>) () -> PlanPolicy.builder().maxHiresPerPeriod(0).build(), "maxHiresPerPeriod (0) must be >= 1"),
        Arguments.of((Supplier<?>) () -> PlanPolicy.builder().rampMonthsAtFullFit(-1).build(),
            "rampMonthsAtFullFit (-1.0) must be between 0 and 60 months"),
        Arguments.of((Supplier<?>) () -> PlanPolicy.builder().rampMonthsAtNoFit(61).build(),
            "rampMonthsAtNoFit (61.0) must be between 0 and 60 months"),
        Arguments.of((Supplier<?>) () -> PlanPolicy.builder().rampMonthsAtFullFit(9.5).build(),
            "rampMonthsAtNoFit (9.0) must be at least rampMonthsAtFullFit (9.5): a better fit never ramps up slower"),
        Arguments.of((Supplier<?>) () -> PlanPolicy.builder().yearlyAttrition(-0.01).build(),
            "yearlyAttrition (-0.01) must be between 0 and 1 (1 excluded)"),
        Arguments.of((Supplier<?>) () -> PlanPolicy.builder().backfillDelayMonths(60.5).build(),
            "backfillDelayMonths (60.5) must be between 0 and 60 months"),
        Arguments.of((Supplier<?>) () -> PlanPolicy.builder().onCostMultiplier(0.99).build(), "onCostMultiplier (0.99) must be between 1 and 3"),
        Arguments.of((Supplier<?>) () -> PlanPolicy.builder().onCostMultiplier(3.01).build(), "onCostMultiplier (3.01) must be between 1 and 3"),
        Arguments.of((Supplier<?>) () -> PlanPolicy.builder().yearlyRaise(-0.51).build(), "yearlyRaise (-0.51) must be between -0.5 and 1"),
        Arguments.of((Supplier<?>) () -> PlanPolicy.builder().yearlyRaise(1.01).build(), "yearlyRaise (1.01) must be between -0.5 and 1"),
        Arguments.of((Supplier<?>) () -> PlanPolicy.builder().managerFromOps(0).build(), "managerFromOps (0) must be between 1 and 100000"),
        Arguments.of((Supplier<?>) () -> PlanPolicy.builder().spanOfControl(100_001).build(),
            "spanOfControl (100001) must be between 1 and 100000"),
        Arguments.of((Supplier<?>) () -> PlanPolicy.builder().directorFromOps(0).build(), "directorFromOps (0) must be between 1 and 100000"),
        Arguments.of((Supplier<?>) () -> PlanPolicy.builder().juniorShare(-0.01).build(), "juniorShare (-0.01) must be between 0 and 1"),
        Arguments.of((Supplier<?>) () -> PlanPolicy.builder().juniorShare(1.01).build(), "juniorShare (1.01) must be between 0 and 1"),
        // input
        Arguments.of((Supplier<?>) () -> input().periods(121).build(), "periods (121) must be between 1 and 120"),
        Arguments.of((Supplier<?>) () -> input().start(YearMonth.of(1899, 12)).build(), "start (1899-12) must be between 1900-01 and 9989-12"),
        Arguments.of((Supplier<?>) () -> input().start(YearMonth.of(9990, 1)).build(), "start (9990-01) must be between 1900-01 and 9989-12"),
        Arguments.of((Supplier<?>) () -> input().yearlyGrowth(10.01).build(),
            "yearlyGrowth (10.01) must be a finite number above -1 (a fall of less than 100 %) and at most 10.0"),
        Arguments.of((Supplier<?>) () -> input().addOutlooks(FunctionOutlook.ofYearlyGrowth(BusinessFunction.SALES, 0.1))
            .addOutlooks(FunctionOutlook.ofPeriodGrowth(BusinessFunction.SALES, 0.1)).build(),
            "outlooks[1].function (SALES) must not repeat the function of another outlook"),
        Arguments.of((Supplier<?>) () -> input().addOutlooks(FunctionOutlook.ofHeadcounts(BusinessFunction.SALES,
            Map.of(YearMonth.of(2026, 12), 3))).build(),
            "outlooks[0].headcounts (2026-12) must fall within the plan, from 2027-01 to 2027-12"),
        Arguments.of((Supplier<?>) () -> input().addOutlooks(FunctionOutlook.ofHeadcounts(BusinessFunction.SALES,
            Map.of(YearMonth.of(2028, 1), 3))).build(),
            "outlooks[0].headcounts (2028-01) must fall within the plan, from 2027-01 to 2027-12"),
        Arguments.of((Supplier<?>) () -> input().putRosterCounts(OpsLevel.SENIOR, -1).build(),
            "rosterCounts.SENIOR (-1) must be between 0 and 100000"),
        Arguments.of((Supplier<?>) () -> input().putRosterCounts(OpsLevel.SENIOR, 100_001).build(),
            "rosterCounts.SENIOR (100001) must be between 0 and 100000"),
        Arguments.of((Supplier<?>) () -> input().putRosterCounts(OpsLevel.SENIOR, 100_000).addRoster(OpsMember.of(OpsLevel.VP)).build(),
            "rosterCounts (100001) must hold at most 100000 people with the roster"),
        Arguments.of((Supplier<?>) () -> input().addRoster(OpsMember.of(OpsLevel.VP).withAnnualSalary(Money.of(CurrencyUnit.USD, 1)))
            .build(), "roster[0].annualSalary (USD 1.00) must be in the benchmark's currency (EUR)"),
        Arguments.of((Supplier<?>) () -> input().putPlannedDepartures(JAN, 0).build(),
            "plannedDepartures.2027-01 (0) must be between 1 and 100000"),
        Arguments.of((Supplier<?>) () -> input().putPlannedDepartures(YearMonth.of(2028, 1), 1).build(),
            "plannedDepartures (2028-01) must fall within the plan, from 2027-01 to 2027-12"),
        Arguments.of((Supplier<?>) () -> input().putPlannedDepartures(YearMonth.of(2026, 12), 1).build(),
            "plannedDepartures (2026-12) must fall within the plan, from 2027-01 to 2027-12"),
        // scenario
        Arguments.of((Supplier<?>) () -> PlanScenario.builder().name(" ").build(), "name ( ) must not be blank"),
        Arguments.of((Supplier<?>) () -> PlanScenario.builder().name("x").freezeUntil(JAN).build(),
            "freezeUntil (2027-01) needs freezeFrom: a freeze starts somewhere"),
        Arguments.of((Supplier<?>) () -> PlanScenario.builder().name("x").maxHiresPerPeriod(0).build(), "maxHiresPerPeriod (0) must be >= 1"),
        Arguments.of((Supplier<?>) () -> PlanScenario.builder().name("x").yearlyAttrition(1).build(),
            "yearlyAttrition (1.0) must be between 0 and 1 (1 excluded)"),
        Arguments.of((Supplier<?>) () -> PlanScenario.builder().name("x").yearlyAttrition(-0.1).build(),
            "yearlyAttrition (-0.1) must be between 0 and 1 (1 excluded)"),
        Arguments.of((Supplier<?>) () -> PlanScenario.builder().name("x").timeToHireMonths(60.5).build(),
            "timeToHireMonths (60.5) must be between 0 and 60 months"),
        Arguments.of((Supplier<?>) () -> PlanScenario.builder().name("x").timeToHireMonths(-1).build(),
            "timeToHireMonths (-1.0) must be between 0 and 60 months"),
        Arguments.of((Supplier<?>) () -> PlanScenario.builder().name("x").yearlyGrowth(Double.NaN).build(),
            "yearlyGrowth (NaN) must be a finite number above -1 (a fall of less than 100 %) and at most 10.0"),
        // values
        Arguments.of((Supplier<?>) () -> FunctionOutlook.ofYearlyGrowth(BusinessFunction.SALES, 0.1).withHeadcount(JAN, -1),
            "headcounts.2027-01 (-1) must be between 0 and 10000000"),
        Arguments.of((Supplier<?>) () -> FunctionOutlook.ofPeriodGrowth(BusinessFunction.SALES, 10.5),
            "periodGrowth (10.5) must be a finite number above -1 (a fall of less than 100 %) and at most 10.0"),
        Arguments.of((Supplier<?>) () -> FunctionOutlook.ofHeadcounts(BusinessFunction.SALES, Map.of(JAN, 10_000_001)),
            "headcounts.2027-01 (10000001) must be between 0 and 10000000"),
        Arguments.of((Supplier<?>) () -> SupportOutlook.of(dev.revops.core.workload.SupportProfile.of(1800,
            dev.revops.core.workload.SupportChannel.builder().name("phone").kind(dev.revops.core.workload.ChannelKind.VOICE)
                .volumes(java.util.List.of(1.0)).handleTimeSeconds(60).goal(dev.revops.core.workload.ServiceGoal.ofSeconds(0.8, 20))
                .build()), -1), "yearlyVolumeGrowth (-1.0) must be a finite number above -1 and at most 10.0"),
        Arguments.of((Supplier<?>) () -> Budget.of(Money.zero(CurrencyUnit.EUR), BudgetSpan.YEAR, BudgetRule.HARD),
            "amount (EUR 0.00) must be more than zero"),
        Arguments.of((Supplier<?>) () -> OpsMember.of(OpsLevel.SENIOR).withAnnualSalary(Money.zero(CurrencyUnit.EUR)),
            "annualSalary (EUR 0.00) must be more than zero"));
  }

  @ParameterizedTest
  @MethodSource("refused")
  void refused_in_plain_words(Supplier<?> build, String message) {
    assertThatThrownBy(build::get).isInstanceOf(InvalidValueException.class).hasMessage(message);
  }

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of((Supplier<?>) () -> PlanPolicy.builder().timeToHireMonths(0).backfillDelayMonths(60).rampMonthsAtFullFit(0)
            .rampMonthsAtNoFit(60).yearlyAttrition(0).onCostMultiplier(1).yearlyRaise(-0.5).juniorShare(0).managerFromOps(1)
            .spanOfControl(1).directorFromOps(1).maxHiresPerPeriod(1).build()),
        Arguments.of((Supplier<?>) () -> PlanPolicy.builder().timeToHireMonths(60).onCostMultiplier(3).yearlyRaise(1).juniorShare(1)
            .yearlyAttrition(0.999).managerFromOps(100_000).spanOfControl(100_000).directorFromOps(100_000).build()),
        Arguments.of((Supplier<?>) () -> input().periods(120).start(YearMonth.of(1900, 1)).yearlyGrowth(10).build()),
        Arguments.of((Supplier<?>) () -> input().start(YearMonth.of(9989, 12)).yearlyGrowth(-0.999).build()),
        Arguments.of((Supplier<?>) () -> input().putRosterCounts(OpsLevel.SENIOR, 100_000).putPlannedDepartures(JAN, 100_000)
            .addOutlooks(FunctionOutlook.ofHeadcounts(BusinessFunction.SALES, Map.of(JAN, 0, YearMonth.of(2027, 12), 10_000_000)))
            .putPlannedDepartures(YearMonth.of(2027, 12), 1).build()),
        Arguments.of((Supplier<?>) () -> PlanScenario.builder().name("x").freezeFrom(JAN).freezeUntil(JAN).timeToHireMonths(0)
            .yearlyAttrition(0).maxHiresPerPeriod(1).yearlyGrowth(10).build()),
        Arguments.of((Supplier<?>) () -> PlanScenario.builder().name("x").timeToHireMonths(60).build()),
        Arguments.of((Supplier<?>) () -> FunctionOutlook.ofPeriodGrowth(BusinessFunction.SALES, 10)),
        Arguments.of((Supplier<?>) () -> Budget.of(Money.of(CurrencyUnit.EUR, 0.01), BudgetSpan.PERIOD, BudgetRule.SOFT)));
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void accepted_at_the_boundary(Supplier<?> build) {
    assertThatCode(build::get).doesNotThrowAnyException();
  }

  private static PlanInput.Builder input() {
    return PlanInput.builder().start(JAN).periods(12).periodLength(PeriodLength.MONTH)
        .org(dev.revops.core.org.BusinessOrg.of(dev.revops.core.org.BusinessTeam.of(BusinessFunction.SALES, 30)))
        .phase(dev.revops.core.staffing.MaturityPhase.MATURE);
  }

  @org.junit.jupiter.api.Test
  void a_policy_says_which_figures_the_caller_set() {
    PlanPolicy defaults = PlanPolicy.defaults();
    for (PlanPolicy.Figure figure : PlanPolicy.Figure.values()) {
      assertThat(defaults.isDefault(figure)).as(figure.name()).isTrue();
      assertThat(defaults.provenance(figure).basis()).isEqualTo(dev.revops.core.explain.Basis.ASSUMPTION);
    }
    Map<PlanPolicy.Figure, PlanPolicy> changed = Map.ofEntries(
        Map.entry(PlanPolicy.Figure.TIME_TO_HIRE_MONTHS, PlanPolicy.builder().putTimeToHireMonths(OpsLevel.VP, 6).build()),
        Map.entry(PlanPolicy.Figure.MAX_HIRES_PER_PERIOD, PlanPolicy.builder().maxHiresPerPeriod(3).build()),
        Map.entry(PlanPolicy.Figure.RAMP_MONTHS_AT_FULL_FIT, PlanPolicy.builder().rampMonthsAtFullFit(1).build()),
        Map.entry(PlanPolicy.Figure.RAMP_MONTHS_AT_NO_FIT, PlanPolicy.builder().rampMonthsAtNoFit(10).build()),
        Map.entry(PlanPolicy.Figure.YEARLY_ATTRITION, PlanPolicy.builder().yearlyAttrition(0.2).build()),
        Map.entry(PlanPolicy.Figure.BACKFILL_DELAY_MONTHS, PlanPolicy.builder().backfillDelayMonths(2).build()),
        Map.entry(PlanPolicy.Figure.PAY_PERCENTILE, PlanPolicy.builder().putPayPercentile(OpsLevel.JUNIOR, Percentile.P25).build()),
        Map.entry(PlanPolicy.Figure.ON_COST_MULTIPLIER, PlanPolicy.builder().onCostMultiplier(1.3).build()),
        Map.entry(PlanPolicy.Figure.YEARLY_RAISE, PlanPolicy.builder().yearlyRaise(0.05).build()),
        Map.entry(PlanPolicy.Figure.FIRST_HIRE_LEVEL, PlanPolicy.builder().firstHireLevel(OpsLevel.JUNIOR).build()),
        Map.entry(PlanPolicy.Figure.MANAGER_FROM_OPS, PlanPolicy.builder().managerFromOps(4).build()),
        Map.entry(PlanPolicy.Figure.SPAN_OF_CONTROL, PlanPolicy.builder().spanOfControl(8).build()),
        Map.entry(PlanPolicy.Figure.DIRECTOR_FROM_OPS, PlanPolicy.builder().directorFromOps(20).build()),
        Map.entry(PlanPolicy.Figure.JUNIOR_SHARE, PlanPolicy.builder().juniorShare(0.5).build()));
    assertThat(changed).hasSize(PlanPolicy.Figure.values().length);
    changed.forEach((figure, policy) -> {
      for (PlanPolicy.Figure other : PlanPolicy.Figure.values()) {
        assertThat(policy.isDefault(other)).as(figure + " set, " + other + " default?").isEqualTo(other != figure);
      }
      assertThat(policy.provenance(figure).basis()).isEqualTo(dev.revops.core.explain.Basis.INPUT);
      assertThat(PlanPolicy.builder().from(policy).build()).isEqualTo(policy);
    });
    PlanPolicy policy = PlanPolicy.builder().putTimeToHireMonths(OpsLevel.MANAGER, 5.5).build();
    assertThat(policy.timeToHire(OpsLevel.MANAGER)).isEqualTo(5.5);
    assertThat(policy.timeToHire(OpsLevel.SENIOR)).isEqualTo(3.0);
    assertThat(policy.backfillDelay(OpsLevel.MANAGER)).isEqualTo(5.5);
    assertThat(PlanPolicy.builder().backfillDelayMonths(1).build().backfillDelay(OpsLevel.MANAGER)).isEqualTo(1);
    assertThat(policy.payPercentile(OpsLevel.VP)).isEqualTo(Percentile.P50);
  }

  @org.junit.jupiter.api.Test
  void a_scenario_is_the_baseline_only_without_overrides() {
    assertThat(PlanScenario.ofBaseline().isBaseline()).isTrue();
    assertThat(PlanScenario.builder().name("named").build().isBaseline()).isTrue();
    Stream.of(PlanScenario.builder().name("a").yearlyGrowth(0.1), PlanScenario.builder().name("b").freezeFrom(JAN),
        PlanScenario.builder().name("c").maxHiresPerPeriod(2), PlanScenario.builder().name("d").payPercentile(Percentile.P75),
        PlanScenario.builder().name("e").budget(Budget.of(Money.of(CurrencyUnit.EUR, 1), BudgetSpan.YEAR, BudgetRule.HARD)),
        PlanScenario.builder().name("f").yearlyAttrition(0.1), PlanScenario.builder().name("g").timeToHireMonths(2))
        .forEach(b -> {
          PlanScenario s = b.build();
          assertThat(s.isBaseline()).as(s.name()).isFalse();
          // a freeze acts while planning; every other override changes the input
          assertThat(s.applyTo(input().build()).equals(input().build())).as(s.name()).isEqualTo(s.freezeFrom().isPresent());
        });
    PlanScenario freeze = PlanScenario.builder().name("f").freezeFrom(YearMonth.of(2027, 3)).freezeUntil(YearMonth.of(2027, 5)).build();
    assertThat(freeze.isFrozen(YearMonth.of(2027, 2))).isFalse();
    assertThat(freeze.isFrozen(YearMonth.of(2027, 3))).isTrue();
    assertThat(freeze.isFrozen(YearMonth.of(2027, 5))).isTrue();
    assertThat(freeze.isFrozen(YearMonth.of(2027, 6))).isFalse();
    assertThat(PlanScenario.builder().name("g").freezeFrom(JAN).build().isFrozen(YearMonth.of(2099, 1))).isTrue();
    assertThat(PlanScenario.ofBaseline().isFrozen(JAN)).isFalse();
    PlanInput growing = input().yearlyGrowth(0.2)
        .addOutlooks(FunctionOutlook.ofYearlyGrowth(BusinessFunction.SUPPORT, 0.5))
        .addOutlooks(FunctionOutlook.ofHeadcounts(BusinessFunction.MARKETING, Map.of(JAN, 4))).build();
    PlanInput applied = PlanScenario.builder().name("g").yearlyGrowth(0.7).build().applyTo(growing);
    assertThat(applied.yearlyGrowth()).isEqualTo(0.7);
    assertThat(applied.outlooks().get(0).yearlyGrowth()).hasValue(0.7);
    assertThat(applied.outlooks().get(1)).isEqualTo(growing.outlooks().get(1));
    PlanInput slow = PlanScenario.builder().name("s").timeToHireMonths(4).yearlyAttrition(0.3).maxHiresPerPeriod(2)
        .payPercentile(Percentile.P75).build().applyTo(growing);
    assertThat(slow.policy().timeToHire(OpsLevel.JUNIOR)).isEqualTo(4);
    assertThat(slow.policy().yearlyAttrition()).isEqualTo(0.3);
    assertThat(slow.policy().maxHiresPerPeriod()).hasValue(2);
    assertThat(slow.policy().payPercentile(OpsLevel.DIRECTOR)).isEqualTo(Percentile.P75);
  }
}
