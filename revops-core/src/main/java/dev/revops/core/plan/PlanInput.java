package dev.revops.core.plan;

import dev.revops.core.internal.Checks;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.MissionFamily;
import dev.revops.core.org.MissionMix;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.pay.SalaryBenchmark;
import dev.revops.core.staffing.MaturityPhase;
import dev.revops.core.staffing.MaturitySignals;
import dev.revops.core.stage.OpsOrgChart;
import dev.revops.core.stage.StageSignals;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Everything an {@link OpsPlanner} needs to plan an Ops team: the horizon, the business
 * organisation and how it evolves, today's Ops team, the hiring and pay assumptions, the budget,
 * and the current org chart for stage advice.
 *
 * <pre>{@code
 * PlanInput input = PlanInput.builder()
 *     .start(YearMonth.of(2027, 1)).periods(8).periodLength(PeriodLength.QUARTER)
 *     .org(org).phase(MaturityPhase.STRUCTURING)
 *     .yearlyGrowth(0.40)                                 // every function without an outlook
 *     .putRosterCounts(OpsLevel.SENIOR, 3)
 *     .budget(Budget.of(Money.of(CurrencyUnit.EUR, 900_000), BudgetSpan.YEAR, BudgetRule.HARD))
 *     .build();
 * }</pre>
 *
 * <p>Maturity is a fixed {@link #phase()} or {@link #signals()}; signals age with the plan (the Ops
 * function is older each period, so the phase may change). Stage advice needs a {@link #chart()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlanInput {

  /** The most periods a plan may have: ten years of months. */
  public static final int MAX_PERIODS = 120;
  /** The earliest year a plan may start. */
  static final int MIN_YEAR = 1900;
  /** The latest year a plan may start (its ten years at most then end before 10000). */
  static final int MAX_YEAR = 9989;
  /** The most people today's team may have, and the most Ops a period may need: the plan follows every Ops one by one. */
  public static final int MAX_ROSTER = 100_000;
  /** The Ops team's mission mix when none is given: the four families in equal parts. */
  static final MissionMix BALANCED_MIX = MissionMix.of(Map.of(MissionFamily.PROCESS, 1, MissionFamily.TOOLS, 1,
      MissionFamily.DATA, 1, MissionFamily.TRANSVERSAL, 1));

  PlanInput() {}

  /**
   * The first month of the plan.
   *
   * @return the month, from 1900-01 to 9989-12
   */
  public abstract YearMonth start();

  /**
   * The number of periods.
   *
   * @return 1 to {@value #MAX_PERIODS}
   */
  public abstract int periods();

  /**
   * The length of a period.
   *
   * @return the length, never null
   */
  public abstract PeriodLength periodLength();

  /**
   * The business organisation at the start.
   *
   * @return the organisation, never null
   */
  public abstract BusinessOrg org();

  /**
   * The maturity phase, fixed over the plan (exactly one of phase and signals is given).
   *
   * @return the phase, empty when signals are given
   */
  public abstract Optional<MaturityPhase> phase();

  /**
   * The maturity signals at the start; the Ops function ages with the plan.
   *
   * @return the signals, empty when a phase is given
   */
  public abstract Optional<MaturitySignals> signals();

  /**
   * The growth a year of every function that has no {@link #outlooks() outlook}.
   *
   * @return the growth, above -1, at most 10; 0 by default
   */
  @Value.Default
  public double yearlyGrowth() {
    return 0;
  }

  /**
   * How particular functions evolve (one outlook per function at most).
   *
   * @return the outlooks, possibly empty
   */
  public abstract List<FunctionOutlook> outlooks();

  /**
   * Support volumes that size the support teams, if given.
   *
   * @return the support outlook, empty if none
   */
  public abstract Optional<SupportOutlook> support();

  /**
   * Today's Ops team, person by person.
   *
   * @return the people, possibly empty
   */
  public abstract List<OpsMember> roster();

  /**
   * Today's Ops team as counts per level (fully productive, priced by the benchmark), in addition
   * to {@link #roster()}.
   *
   * @return the counts, possibly empty
   */
  public abstract Map<OpsLevel, Integer> rosterCounts();

  /**
   * The work the Ops team does, used to choose the candidate pool of each hire and its ramp-up.
   *
   * @return the mix; the four families in equal parts by default
   */
  @Value.Default
  public MissionMix mix() {
    return BALANCED_MIX;
  }

  /**
   * The payroll budget, if any.
   *
   * @return the budget, empty for none
   */
  public abstract Optional<Budget> budget();

  /**
   * Today's Ops org chart, for stage advice period by period (its teams grow with the plan).
   *
   * @return the chart, empty for no stage advice
   */
  public abstract Optional<OpsOrgChart> chart();

  /**
   * What is observed of the company for stage advice; the company size, when given, grows with the
   * business headcount.
   *
   * @return the signals, empty to use the company size of the plan only
   */
  public abstract Optional<StageSignals> stageSignals();

  /**
   * The salary benchmark pricing every level.
   *
   * @return the benchmark, empty for the bundled study of the Business Operations Network
   */
  public abstract Optional<SalaryBenchmark> benchmark();

  /**
   * The hiring, pay and team-shape assumptions.
   *
   * @return the policy; {@link PlanPolicy#defaults()} by default
   */
  @Value.Default
  public PlanPolicy policy() {
    return PlanPolicy.defaults();
  }

  /**
   * Departures decided in advance (besides attrition): how many Ops leave in a month. The plan lets
   * nobody else go.
   *
   * @return the departures by month, possibly empty
   */
  public abstract Map<YearMonth, Integer> plannedDepartures();

  /**
   * The size of today's team.
   *
   * @return the people of the roster and of the counts
   */
  public int startingHeadcount() {
    long n = roster().size();
    for (int count : rosterCounts().values()) {
      n += count;
    }
    return (int) n;
  }

  /**
   * The first month after the plan.
   *
   * @return the month after the last period
   */
  public YearMonth end() {
    return start().plusMonths((long) periods() * periodLength().months());
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanInput}. Not thread-safe. */
  public static final class Builder {
    private final ImmutablePlanInput.Generator delegate = ImmutablePlanInput.generator();
    private final Map<OpsLevel, Integer> counts = new EnumMap<>(OpsLevel.class);

    Builder() {}

    /**
     * Starts from another input's values (lists and maps are added to).
     *
     * @param instance  the input, not null
     * @return this builder
     */
    public Builder from(PlanInput instance) {
      delegate.from(instance);
      counts.putAll(instance.rosterCounts());
      return this;
    }

    /**
     * Sets the first month.
     *
     * @param start  the month, not null
     * @return this builder
     */
    public Builder start(YearMonth start) {
      delegate.start(start);
      return this;
    }

    /**
     * Sets the number of periods.
     *
     * @param periods  1 to 120
     * @return this builder
     */
    public Builder periods(int periods) {
      delegate.periods(periods);
      return this;
    }

    /**
     * Sets the length of a period.
     *
     * @param length  the length, not null
     * @return this builder
     */
    public Builder periodLength(PeriodLength length) {
      delegate.periodLength(length);
      return this;
    }

    /**
     * Sets the business organisation at the start.
     *
     * @param org  the organisation, not null
     * @return this builder
     */
    public Builder org(BusinessOrg org) {
      delegate.org(org);
      return this;
    }

    /**
     * Sets a fixed maturity phase.
     *
     * @param phase  the phase, not null
     * @return this builder
     */
    public Builder phase(MaturityPhase phase) {
      delegate.phase(phase);
      return this;
    }

    /**
     * Sets the maturity signals at the start.
     *
     * @param signals  the signals, not null
     * @return this builder
     */
    public Builder signals(MaturitySignals signals) {
      delegate.signals(signals);
      return this;
    }

    /**
     * Sets the growth a year of the functions without an outlook.
     *
     * @param growth  above -1, at most 10 (0.40 for 40 %)
     * @return this builder
     */
    public Builder yearlyGrowth(double growth) {
      delegate.yearlyGrowth(growth);
      return this;
    }

    /**
     * Adds the outlook of a function.
     *
     * @param outlook  the outlook, not null
     * @return this builder
     */
    public Builder addOutlooks(FunctionOutlook outlook) {
      delegate.addOutlooks(outlook);
      return this;
    }

    /**
     * Sets the support outlook.
     *
     * @param support  the outlook, not null
     * @return this builder
     */
    public Builder support(SupportOutlook support) {
      delegate.support(support);
      return this;
    }

    /**
     * Adds a person of today's team.
     *
     * @param member  the person, not null
     * @return this builder
     */
    public Builder addRoster(OpsMember member) {
      delegate.addRoster(member);
      return this;
    }

    /**
     * Sets how many Ops of a level today's team has, besides the roster.
     *
     * @param level  the level, not null
     * @param count  0 or more
     * @return this builder
     */
    public Builder putRosterCounts(OpsLevel level, int count) {
      counts.put(Objects.requireNonNull(level, "level"), count);
      return this;
    }

    /**
     * Sets the Ops team's mission mix.
     *
     * @param mix  the mix, not null
     * @return this builder
     */
    public Builder mix(MissionMix mix) {
      delegate.mix(mix);
      return this;
    }

    /**
     * Sets the budget.
     *
     * @param budget  the budget, not null
     * @return this builder
     */
    public Builder budget(Budget budget) {
      delegate.budget(budget);
      return this;
    }

    /**
     * Sets today's Ops org chart.
     *
     * @param chart  the chart, not null
     * @return this builder
     */
    public Builder chart(OpsOrgChart chart) {
      delegate.chart(chart);
      return this;
    }

    /**
     * Sets the signals for stage advice.
     *
     * @param signals  the signals, not null
     * @return this builder
     */
    public Builder stageSignals(StageSignals signals) {
      delegate.stageSignals(signals);
      return this;
    }

    /**
     * Sets the salary benchmark.
     *
     * @param benchmark  the benchmark, not null
     * @return this builder
     */
    public Builder benchmark(SalaryBenchmark benchmark) {
      delegate.benchmark(benchmark);
      return this;
    }

    /**
     * Sets the policy.
     *
     * @param policy  the policy, not null
     * @return this builder
     */
    public Builder policy(PlanPolicy policy) {
      delegate.policy(policy);
      return this;
    }

    /**
     * Sets the departures decided in a month.
     *
     * @param month  the month, not null
     * @param departures  1 or more
     * @return this builder
     */
    public Builder putPlannedDepartures(YearMonth month, int departures) {
      delegate.putPlannedDepartures(month, departures);
      return this;
    }

    /**
     * Builds the input.
     *
     * @return the input, never null
     * @throws dev.revops.core.MissingValueException if the start, periods, period length or org is missing
     * @throws dev.revops.core.InvalidValueException if a value breaks its rule
     */
    public PlanInput build() {
      return delegate.rosterCounts(counts).build();
    }
  }

  @Value.Check
  void check() {
    Checks.check(start().getYear() >= MIN_YEAR && start().getYear() <= MAX_YEAR, "start", start(),
        "must be between " + MIN_YEAR + "-01 and " + MAX_YEAR + "-12");
    Checks.check(periods() >= 1 && periods() <= MAX_PERIODS, "periods", periods(), "must be between 1 and " + MAX_PERIODS);
    Checks.check(phase().isPresent() != signals().isPresent(), "phase", phase().orElse(null),
        "must be given, or signals must be given instead (exactly one of phase and signals)");
    FunctionOutlook.checkGrowth("yearlyGrowth", java.util.OptionalDouble.of(yearlyGrowth()));
    Set<BusinessFunction> seen = new HashSet<>();
    for (int i = 0; i < outlooks().size(); i++) {
      BusinessFunction f = outlooks().get(i).function();
      Checks.check(seen.add(f), "outlooks[" + i + "].function", f, "must not repeat the function of another outlook");
      for (YearMonth month : outlooks().get(i).headcounts().keySet()) {
        Checks.check(!month.isBefore(start()) && month.isBefore(end()), "outlooks[" + i + "].headcounts", month,
            "must fall within the plan, from " + start() + " to " + end().minusMonths(1));
      }
    }
    long people = roster().size();
    for (Map.Entry<OpsLevel, Integer> e : rosterCounts().entrySet()) {
      Checks.check(e.getValue() >= 0 && e.getValue() <= MAX_ROSTER, "rosterCounts." + e.getKey(), e.getValue(),
          "must be between 0 and " + MAX_ROSTER);
      people += e.getValue();
    }
    Checks.check(people <= MAX_ROSTER, "rosterCounts", people, "must hold at most " + MAX_ROSTER + " people with the roster");
    for (int i = 0; i < roster().size(); i++) {
      Optional<YearMonth> s = roster().get(i).start();
      if (s.isPresent()) {
        Checks.check(s.get().isBefore(start()), "roster[" + i + "].start", s.get(),
            "must be before the plan's start (" + start() + "): today's team started before the plan");
      }
    }
    org.joda.money.CurrencyUnit currency = benchmark().map(SalaryBenchmark::currency).orElse(org.joda.money.CurrencyUnit.EUR);
    if (budget().isPresent()) {
      Checks.check(budget().get().amount().getCurrencyUnit().equals(currency), "budget.amount", budget().get().amount(),
          "must be in the benchmark's currency (" + currency + ")");
    }
    for (int i = 0; i < roster().size(); i++) {
      if (roster().get(i).annualSalary().isPresent()) {
        org.joda.money.Money salary = roster().get(i).annualSalary().get();
        Checks.check(salary.getCurrencyUnit().equals(currency), "roster[" + i + "].annualSalary", salary,
            "must be in the benchmark's currency (" + currency + ")");
      }
    }
    for (Map.Entry<YearMonth, Integer> e : plannedDepartures().entrySet()) {
      Checks.check(e.getValue() >= 1 && e.getValue() <= MAX_ROSTER, "plannedDepartures." + e.getKey(), e.getValue(),
          "must be between 1 and " + MAX_ROSTER);
      Checks.check(!e.getKey().isBefore(start()) && e.getKey().isBefore(end()), "plannedDepartures", e.getKey(),
          "must fall within the plan, from " + start() + " to " + end().minusMonths(1));
    }
    if (benchmark().isPresent()) {
      for (OpsLevel level : OpsLevel.values()) {
        Checks.check(benchmark().get().levels().contains(level), "benchmark", benchmark().get().id(),
            "must price every level (" + level + " is missing)");
      }
    }
  }
}
