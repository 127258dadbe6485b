package dev.revops.core.testing;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.plan.Budget;
import dev.revops.core.plan.BudgetRule;
import dev.revops.core.plan.BudgetSpan;
import dev.revops.core.plan.PeriodLength;
import dev.revops.core.plan.PlanInput;
import dev.revops.core.plan.PlanPolicy;
import dev.revops.core.staffing.MaturityPhase;
import java.time.YearMonth;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of plan inputs, shared by the plan properties (and revops-json). */
public final class PlanGen {

  private PlanGen() {}

  /** Organisations of 1 to 6 teams of up to 400 people. */
  public static Gen<BusinessOrg> orgs() {
    return OrgGen.orgs(OrgGen.teams(OrgGen.smallHeadcounts()), 6);
  }

  /** Policies with any attrition, one time to hire for every level (0 to 7 months), and sometimes a hiring cap. */
  public static Gen<PlanPolicy> policies() {
    return doubles().between(0, 0.5).zip(integers().between(0, 7), integers().between(0, 6), (attrition, months, cap) -> {
      PlanPolicy.Builder b = PlanPolicy.builder().yearlyAttrition(attrition).timeToHireMonths(months);
      return cap == 0 ? b.build() : b.maxHiresPerPeriod(cap).build();
    });
  }

  /** Budgets in euros, per period or per year, hard or soft. */
  public static Gen<Budget> budgets() {
    return integers().between(10_000, 2_000_000).zip(Generate.enumValues(BudgetSpan.class), Generate.enumValues(BudgetRule.class),
        (amount, span, rule) -> Budget.of(Money.of(CurrencyUnit.EUR, amount), span, rule));
  }

  /**
   * Builders of plan inputs (no budget): 1 to 12 months or quarters from January 2027, growth from
   * -30 % to +100 % a year, today's team of 0 to 13 people.
   */
  public static Gen<PlanInput.Builder> inputs() {
    Gen<PlanInput.Builder> horizon = integers().between(1, 12).zip(Generate.enumValues(PeriodLength.class),
        Generate.enumValues(MaturityPhase.class), (periods, length, phase) -> PlanInput.builder()
            .start(YearMonth.of(2027, 1)).periods(periods).periodLength(length).phase(phase));
    return horizon.zip(orgs(), doubles().between(-0.3, 1.0), integers().between(0, 13), policies(),
        (b, org, growth, team, policy) -> b.org(org).yearlyGrowth(growth)
            .putRosterCounts(OpsLevel.SENIOR, (team + 1) / 2).putRosterCounts(OpsLevel.JUNIOR, team / 2).policy(policy));
  }
}
