package dev.revops.examples.bench;

import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessTeam;
import dev.revops.core.org.Department;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.org.OpsSpecialty;
import dev.revops.core.pay.Percentile;
import dev.revops.core.plan.Budget;
import dev.revops.core.plan.BudgetRule;
import dev.revops.core.plan.BudgetSpan;
import dev.revops.core.plan.OpsPlan;
import dev.revops.core.plan.OpsPlanner;
import dev.revops.core.plan.PeriodLength;
import dev.revops.core.plan.PlanComparison;
import dev.revops.core.plan.PlanInput;
import dev.revops.core.plan.PlanScenario;
import dev.revops.core.staffing.MaturityPhase;
import dev.revops.core.staffing.StaffingCalculator;
import dev.revops.core.staffing.StaffingRecommendation;
import dev.revops.core.stage.OpsOrgChart;
import dev.revops.core.stage.OpsTeam;
import dev.revops.core.stage.ReportingLine;
import dev.revops.core.stage.StageSignals;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The plan of issue 20's goal: 36 months, 20 business functions growing 30 % a year, a team of 10
 * in two embedded Ops teams (stage advice every month), a soft budget, and 5 scenarios (the baseline
 * and four variants); against one staffing recommendation of the same organisation, the unit a
 * plan repeats per period.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlanBenchmark {

  final BusinessOrg org = org();
  final PlanInput input = input(org);
  final List<PlanScenario> variants = List.of(
      PlanScenario.builder().name("Freeze").freezeFrom(YearMonth.of(2027, 7)).freezeUntil(YearMonth.of(2027, 12)).build(),
      PlanScenario.builder().name("P75").payPercentile(Percentile.P75).build(),
      PlanScenario.builder().name("Fast growth").yearlyGrowth(0.6).build(),
      PlanScenario.builder().name("Hard budget").budget(Budget.of(Money.of(CurrencyUnit.EUR, 1_500_000), BudgetSpan.YEAR,
          BudgetRule.HARD)).build());

  static BusinessOrg org() {
    List<BusinessTeam> teams = new ArrayList<>();
    int i = 0;
    for (BusinessFunction f : BusinessFunction.predefined()) {
      teams.add(BusinessTeam.of(f, 15 + 7 * i++));
    }
    while (teams.size() < 20) {
      String code = "TEAM_" + teams.size();
      teams.add(BusinessTeam.of(BusinessFunction.ofCustom(code, Department.values()[teams.size() % Department.values().length],
          "Team " + teams.size(), "Équipe " + teams.size()), 10 + 3 * teams.size()));
    }
    return BusinessOrg.of(teams);
  }

  static PlanInput input(BusinessOrg org) {
    OpsOrgChart chart = OpsOrgChart.of(
        OpsTeam.of("Sales Ops", OpsSpecialty.SALES_OPS, 6, ReportingLine.ofBusinessHead(BusinessFunction.SALES),
            BusinessFunction.SALES, BusinessFunction.PROSPECTING),
        OpsTeam.of("CS Ops", OpsSpecialty.CUSTOMER_OPS, 4, ReportingLine.ofBusinessHead(BusinessFunction.CUSTOMER_SUCCESS),
            BusinessFunction.CUSTOMER_SUCCESS, BusinessFunction.SUPPORT));
    return PlanInput.builder().start(YearMonth.of(2027, 1)).periods(36).periodLength(PeriodLength.MONTH)
        .org(org).phase(MaturityPhase.STRUCTURING).yearlyGrowth(0.3)
        .putRosterCounts(OpsLevel.SENIOR, 6).putRosterCounts(OpsLevel.JUNIOR, 3).putRosterCounts(OpsLevel.MANAGER, 1)
        .budget(Budget.of(Money.of(CurrencyUnit.EUR, 2_500_000), BudgetSpan.YEAR, BudgetRule.SOFT))
        .chart(chart).stageSignals(StageSignals.builder().businessPrioritiesCrowdOutCompanyProjects(true).build())
        .build();
  }

  /** The goal: 36 months, 20 functions, 5 scenarios compared, every explanation included. */
  @Benchmark
  public PlanComparison threeYearsMonthly20Functions5Scenarios() {
    return OpsPlanner.withDefaults().compare(input, variants);
  }

  /** One scenario of the same plan. */
  @Benchmark
  public OpsPlan threeYearsMonthly20FunctionsBaseline() {
    return OpsPlanner.withDefaults().plan(input);
  }

  /** The baseline: one staffing recommendation of the 20 functions, the unit a plan repeats per period. */
  @Benchmark
  public StaffingRecommendation oneRecommendation() {
    return StaffingCalculator.withDefaults().recommend(org, MaturityPhase.STRUCTURING);
  }
}
