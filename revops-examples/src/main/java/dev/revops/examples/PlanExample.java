package dev.revops.examples;

import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessTeam;
import dev.revops.core.org.MissionMix;
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
import dev.revops.core.plan.PlanPolicy;
import dev.revops.core.plan.PlanScenario;
import dev.revops.core.plan.PlanStep;
import dev.revops.core.plan.ScenarioDelta;
import dev.revops.core.staffing.MaturitySignals;
import dev.revops.core.stage.OpsOrgChart;
import dev.revops.core.stage.OpsTeam;
import dev.revops.core.stage.ReportingLine;
import dev.revops.core.stage.StageSignals;
import java.io.PrintStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The Ops-team plan of the source's two organisations (sales and customer service, 200 people)
 * growing 40 % a year over eight quarters from January 2027, with four Ops today embedded in the
 * business, at most six hires a quarter and a soft budget of 2 M€ a year, their work mostly tools
 * (CRM) and data with some process work; against a hiring freeze
 * in the second half of 2027 and against paying every level at the 75th percentile. The same plan
 * as {@code samples/plan.json}.
 */
public final class PlanExample {

  private PlanExample() {}

  /**
   * Runs the example.
   *
   * @param args  "fr" for French
   */
  public static void main(String[] args) {
    print(System.out, args.length > 0 && "fr".equalsIgnoreCase(args[0]) ? Locale.FRENCH : Locale.ENGLISH);
  }

  /**
   * The plan's input: the baseline.
   *
   * @return the input, never null
   */
  public static PlanInput input() {
    BusinessOrg org = BusinessOrg.of(
        BusinessTeam.of(BusinessFunction.PROSPECTING, 50), BusinessTeam.of(BusinessFunction.SALES, 50),
        BusinessTeam.of(BusinessFunction.SUPPORT, 25).withTiers(3), BusinessTeam.of(BusinessFunction.ONBOARDING, 25),
        BusinessTeam.of(BusinessFunction.BACK_OFFICE, 25), BusinessTeam.of(BusinessFunction.CUSTOMER_SUCCESS, 25));
    OpsOrgChart chart = OpsOrgChart.of(
        OpsTeam.of("Sales Ops", OpsSpecialty.SALES_OPS, 2, ReportingLine.ofBusinessHead(BusinessFunction.SALES),
            BusinessFunction.SALES, BusinessFunction.PROSPECTING),
        OpsTeam.of("CS Ops", OpsSpecialty.CUSTOMER_OPS, 2, ReportingLine.ofBusinessHead(BusinessFunction.CUSTOMER_SUCCESS),
            BusinessFunction.CUSTOMER_SUCCESS, BusinessFunction.SUPPORT, BusinessFunction.ONBOARDING, BusinessFunction.BACK_OFFICE));
    return PlanInput.builder()
        .start(YearMonth.of(2027, 1)).periods(8).periodLength(PeriodLength.QUARTER)
        .org(org)
        .signals(MaturitySignals.builder().opsAgeYears(1.5).headcountGrowth(0.4).priorOpsSupport(false).build())
        .yearlyGrowth(0.4)
        .putRosterCounts(OpsLevel.SENIOR, 3).putRosterCounts(OpsLevel.JUNIOR, 1)
        .mix(MissionMix.parse("TOOLS:0.4,DATA:0.4,PROCESS:0.2"))
        .budget(Budget.of(Money.of(CurrencyUnit.EUR, 2_000_000), BudgetSpan.YEAR, BudgetRule.SOFT))
        .policy(PlanPolicy.builder().maxHiresPerPeriod(6).build())
        .chart(chart)
        .stageSignals(StageSignals.builder().businessPrioritiesCrowdOutCompanyProjects(false).noBudgetAccess(false).build())
        .build();
  }

  /**
   * The variants: a hiring freeze from July to December 2027, and every level paid at P75.
   *
   * @return the variants, never null
   */
  public static List<PlanScenario> scenarios() {
    return List.of(
        PlanScenario.builder().name("Hiring freeze H2 2027").freezeFrom(YearMonth.of(2027, 7)).freezeUntil(YearMonth.of(2027, 12))
            .build(),
        PlanScenario.builder().name("Pay at P75").payPercentile(Percentile.P75).build());
  }

  /**
   * The comparison of the baseline and the variants.
   *
   * @return the comparison, never null
   */
  public static PlanComparison comparison() {
    return OpsPlanner.withDefaults().compare(input(), scenarios());
  }

  /**
   * Prints the baseline period by period and each variant against it.
   *
   * @param out  where to print, not null
   * @param locale  the language, not null
   */
  public static void print(PrintStream out, Locale locale) {
    PlanComparison c = comparison();
    OpsPlan base = c.baseline();
    out.println(base.explanation().reasons().get(0).message(locale));
    for (PlanStep s : base.steps()) {
      out.println("  " + s.explanation().reasons().get(0).message(locale));
    }
    List<String> lines = new ArrayList<>();
    for (ScenarioDelta d : c.deltas()) {
      lines.add(d.explanation().reasons().get(0).message(locale));
    }
    lines.forEach(l -> out.println("  " + l));
  }
}
