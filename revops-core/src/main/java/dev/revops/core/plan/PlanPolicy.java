package dev.revops.core.plan;

import dev.revops.core.explain.PolicyFigure;
import dev.revops.core.explain.Provenance;
import dev.revops.core.explain.Source;
import dev.revops.core.internal.Checks;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.pay.Percentile;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The hiring, pay and team-shape assumptions of an {@link OpsPlanner}: how long a hire takes, how
 * fast a newcomer becomes productive, how many people leave, what they cost, and at which level the
 * next Ops is hired.
 *
 * <p>None of these numbers comes from the source article: each is a named assumption, with its
 * reason in its constant's Javadoc, reported in every plan's explanation; a value the caller sets
 * is reported as an input. Change any of them with the builder:
 * <pre>{@code
 * PlanPolicy policy = PlanPolicy.builder()
 *     .yearlyAttrition(0.10)
 *     .putTimeToHireMonths(OpsLevel.SENIOR, 4.0)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlanPolicy {

  /**
   * A French payroll guide giving employer contributions of 25 % to 42 % of gross pay depending on
   * the salary and the contributions counted, the highest rates for executives (cadres).
   */
  public static final Source EMPLOYER_CONTRIBUTIONS_GUIDE = Source.builder()
      .name("HelloWork, gross salary and employer contributions: what an employee costs")
      .frenchName("HelloWork, « Salaire brut, charges patronales : quel est le coût d’un salarié ? »")
      .country("FR")
      .build();

  /**
   * Assumption: a hire takes 3 months from opening the role to the first day for junior and senior
   * Ops, 4 for a manager, 5 for a director or VP. A search takes weeks, and a French executive
   * (cadre) usually gives about three months' notice; senior searches are longer.
   */
  public static final Map<OpsLevel, Double> DEFAULT_TIME_TO_HIRE_MONTHS = Map.of(
      OpsLevel.JUNIOR, 3.0, OpsLevel.SENIOR, 3.0, OpsLevel.MANAGER, 4.0, OpsLevel.DIRECTOR, 5.0, OpsLevel.VP, 5.0);
  /**
   * Assumption: a newcomer whose pool fits the role perfectly (a prior fit of 100) is fully
   * productive after 2 months; productivity grows linearly from zero until then.
   */
  public static final double DEFAULT_RAMP_MONTHS_AT_FULL_FIT = 2;
  /**
   * Assumption: a newcomer whose pool fits the role not at all (a prior fit of 0) needs 9 months;
   * between the two, ramp-up falls linearly with the pool's prior fit, so the pool whose strengths
   * cover the role's mission mix is productive first.
   */
  public static final double DEFAULT_RAMP_MONTHS_AT_NO_FIT = 9;
  /** Assumption: 15 % of the Ops team leaves in a year, spread evenly over the periods. */
  public static final double DEFAULT_YEARLY_ATTRITION = 0.15;
  /**
   * Assumption: employer on-cost of 42 % on top of the gross salary: Ops salaries in the study
   * (47 K€ and more) are executive (cadre) salaries, at the top of the 25 % to 42 % range of
   * {@link #EMPLOYER_CONTRIBUTIONS_GUIDE}.
   */
  public static final double DEFAULT_ON_COST_MULTIPLIER = 1.42;
  /**
   * Assumption: salaries rise 3 % a year. The study reports 8 % for 2023, a single year in a tight
   * market, which we do not carry over every year of a plan.
   */
  public static final double DEFAULT_YEARLY_RAISE = 0.03;
  /** Assumption: hires are paid at the benchmark's median (P50) at every level. */
  public static final Percentile DEFAULT_PAY_PERCENTILE = Percentile.P50;
  /** Assumption: an Ops team's first hire is a senior: alone, an Ops must work without a mentor. */
  public static final OpsLevel DEFAULT_FIRST_HIRE_LEVEL = OpsLevel.SENIOR;
  /** Assumption: a team gets its first manager when it reaches 5 Ops. */
  public static final int DEFAULT_MANAGER_FROM_OPS = 5;
  /** Assumption: a manager leads up to 6 Ops; beyond, the team gets another manager. */
  public static final int DEFAULT_SPAN_OF_CONTROL = 6;
  /** Assumption: a team gets a director when it reaches 15 Ops. */
  public static final int DEFAULT_DIRECTOR_FROM_OPS = 15;
  /** Assumption: 40 % of the individual contributors hired are juniors, the others seniors. */
  public static final double DEFAULT_JUNIOR_SHARE = 0.4;

  /** The longest time to hire, ramp-up or backfill delay accepted, in months. */
  static final double MAX_MONTHS = 60;
  /** The largest team size accepted in the level rules. */
  static final int MAX_TEAM_RULE = 100_000;

  /** Holds the defaults, so that this class's initialisation does not depend on its generated subclass's. */
  private static final class Defaults {
    static final PlanPolicy VALUE = ImmutablePlanPolicy.generator().build();

    private Defaults() {}
  }

  PlanPolicy() {}

  /** The numbers and choices of this policy whose provenance plans report. */
  public enum Figure implements PolicyFigure {
    /** {@link #timeToHireMonths()} (assumption). */
    TIME_TO_HIRE_MONTHS,
    /** {@link #maxHiresPerPeriod()}: no cap unless the caller sets one. */
    MAX_HIRES_PER_PERIOD,
    /** {@link #rampMonthsAtFullFit()} (assumption). */
    RAMP_MONTHS_AT_FULL_FIT,
    /** {@link #rampMonthsAtNoFit()} (assumption). */
    RAMP_MONTHS_AT_NO_FIT,
    /** {@link #yearlyAttrition()} (assumption). */
    YEARLY_ATTRITION,
    /** {@link #backfillDelayMonths()}: the level's time to hire unless the caller sets one. */
    BACKFILL_DELAY_MONTHS,
    /** {@link #payPercentile()} (assumption). */
    PAY_PERCENTILE,
    /** {@link #onCostMultiplier()} (assumption resting on {@link #EMPLOYER_CONTRIBUTIONS_GUIDE}). */
    ON_COST_MULTIPLIER,
    /** {@link #yearlyRaise()} (assumption). */
    YEARLY_RAISE,
    /** {@link #firstHireLevel()} (assumption). */
    FIRST_HIRE_LEVEL,
    /** {@link #managerFromOps()} (assumption). */
    MANAGER_FROM_OPS,
    /** {@link #spanOfControl()} (assumption). */
    SPAN_OF_CONTROL,
    /** {@link #directorFromOps()} (assumption). */
    DIRECTOR_FROM_OPS,
    /** {@link #juniorShare()} (assumption). */
    JUNIOR_SHARE;

    @Override
    public Provenance defaultProvenance() {
      return Provenance.assumption();
    }
  }

  /**
   * Obtains the default policy: every figure at its named assumption.
   *
   * @return the policy, never null
   */
  public static PlanPolicy defaults() {
    return Defaults.VALUE;
  }

  /**
   * Returns a builder starting from the defaults.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Months from opening a role to the hire's first day, by level (every level present).
   *
   * @return the times to hire, each between 0 and 60 months
   */
  @Value.Default
  public Map<OpsLevel, Double> timeToHireMonths() {
    return new EnumMap<>(DEFAULT_TIME_TO_HIRE_MONTHS);
  }

  /**
   * The most hires that can land in one period (new roles and backfills together).
   *
   * @return the cap, empty for none
   */
  public abstract OptionalInt maxHiresPerPeriod();

  /**
   * Months to full productivity for a newcomer from a pool with a prior fit of 100.
   *
   * @return the months, 0 to 60
   */
  @Value.Default
  public double rampMonthsAtFullFit() {
    return DEFAULT_RAMP_MONTHS_AT_FULL_FIT;
  }

  /**
   * Months to full productivity for a newcomer from a pool with a prior fit of 0.
   *
   * @return the months, at least {@link #rampMonthsAtFullFit()}, at most 60
   */
  @Value.Default
  public double rampMonthsAtNoFit() {
    return DEFAULT_RAMP_MONTHS_AT_NO_FIT;
  }

  /**
   * The share of the team that leaves in a year.
   *
   * @return the attrition, 0 to 1 excluded
   */
  @Value.Default
  public double yearlyAttrition() {
    return DEFAULT_YEARLY_ATTRITION;
  }

  /**
   * Months from a departure to the first day of the person replacing it.
   *
   * @return the delay, empty to use the leaver's level's time to hire
   */
  public abstract OptionalDouble backfillDelayMonths();

  /**
   * The benchmark percentile each level is paid at (every level present).
   *
   * @return the percentiles by level
   */
  @Value.Default
  public Map<OpsLevel, Percentile> payPercentile() {
    Map<OpsLevel, Percentile> all = new EnumMap<>(OpsLevel.class);
    for (OpsLevel level : OpsLevel.values()) {
      all.put(level, DEFAULT_PAY_PERCENTILE);
    }
    return all;
  }

  /**
   * What one euro of gross salary costs the employer.
   *
   * @return the multiplier, 1 to 3
   */
  @Value.Default
  public double onCostMultiplier() {
    return DEFAULT_ON_COST_MULTIPLIER;
  }

  /**
   * The yearly rise of salaries, in seat and on the market.
   *
   * @return the raise, -0.5 to 1
   */
  @Value.Default
  public double yearlyRaise() {
    return DEFAULT_YEARLY_RAISE;
  }

  /**
   * The level of the first Ops hired into an empty team.
   *
   * @return the level, never null
   */
  @Value.Default
  public OpsLevel firstHireLevel() {
    return DEFAULT_FIRST_HIRE_LEVEL;
  }

  /**
   * The team size from which the team has a manager.
   *
   * @return the size, 1 or more
   */
  @Value.Default
  public int managerFromOps() {
    return DEFAULT_MANAGER_FROM_OPS;
  }

  /**
   * The Ops one manager leads.
   *
   * @return the span, 1 or more
   */
  @Value.Default
  public int spanOfControl() {
    return DEFAULT_SPAN_OF_CONTROL;
  }

  /**
   * The team size from which the team has a director (or a VP).
   *
   * @return the size, 1 or more
   */
  @Value.Default
  public int directorFromOps() {
    return DEFAULT_DIRECTOR_FROM_OPS;
  }

  /**
   * The share of juniors among the individual contributors hired.
   *
   * @return the share, 0 to 1
   */
  @Value.Default
  public double juniorShare() {
    return DEFAULT_JUNIOR_SHARE;
  }

  /**
   * The time to hire of a level.
   *
   * @param level  the level, not null
   * @return the months
   */
  public double timeToHire(OpsLevel level) {
    return Objects.requireNonNull(timeToHireMonths().get(Objects.requireNonNull(level, "level")), "timeToHireMonths");
  }

  /**
   * The pay percentile of a level.
   *
   * @param level  the level, not null
   * @return the percentile, never null
   */
  public Percentile payPercentile(OpsLevel level) {
    return Objects.requireNonNull(payPercentile().get(Objects.requireNonNull(level, "level")), "payPercentile");
  }

  /**
   * The backfill delay of a level: {@link #backfillDelayMonths()}, or the level's time to hire.
   *
   * @param level  the level, not null
   * @return the months
   */
  public double backfillDelay(OpsLevel level) {
    return backfillDelayMonths().orElse(timeToHire(level));
  }

  /**
   * The provenance of a figure: its default's (an assumption) when it has its default value, an
   * input otherwise.
   *
   * @param figure  the figure, not null
   * @return the provenance, never null
   */
  public Provenance provenance(Figure figure) {
    return isDefault(Objects.requireNonNull(figure, "figure")) ? figure.defaultProvenance() : Provenance.input();
  }

  /**
   * Returns true if the figure has its default value.
   *
   * @param figure  the figure, not null
   * @return whether the caller left it alone
   */
  public boolean isDefault(Figure figure) {
    PlanPolicy d = Defaults.VALUE;
    return switch (Objects.requireNonNull(figure, "figure")) {
      case TIME_TO_HIRE_MONTHS -> timeToHireMonths().equals(d.timeToHireMonths());
      case MAX_HIRES_PER_PERIOD -> maxHiresPerPeriod().isEmpty();
      case RAMP_MONTHS_AT_FULL_FIT -> rampMonthsAtFullFit() == d.rampMonthsAtFullFit();
      case RAMP_MONTHS_AT_NO_FIT -> rampMonthsAtNoFit() == d.rampMonthsAtNoFit();
      case YEARLY_ATTRITION -> yearlyAttrition() == d.yearlyAttrition();
      case BACKFILL_DELAY_MONTHS -> backfillDelayMonths().isEmpty();
      case PAY_PERCENTILE -> payPercentile().equals(d.payPercentile());
      case ON_COST_MULTIPLIER -> onCostMultiplier() == d.onCostMultiplier();
      case YEARLY_RAISE -> yearlyRaise() == d.yearlyRaise();
      case FIRST_HIRE_LEVEL -> firstHireLevel() == d.firstHireLevel();
      case MANAGER_FROM_OPS -> managerFromOps() == d.managerFromOps();
      case SPAN_OF_CONTROL -> spanOfControl() == d.spanOfControl();
      case DIRECTOR_FROM_OPS -> directorFromOps() == d.directorFromOps();
      case JUNIOR_SHARE -> juniorShare() == d.juniorShare();
    };
  }

  /** Builds a {@link PlanPolicy}, starting from the defaults. Not thread-safe. */
  public static final class Builder {
    private final ImmutablePlanPolicy.Generator delegate = ImmutablePlanPolicy.generator();
    private final Map<OpsLevel, Double> timeToHire = new EnumMap<>(DEFAULT_TIME_TO_HIRE_MONTHS);
    private final Map<OpsLevel, Percentile> percentiles = new EnumMap<>(Defaults.VALUE.payPercentile());

    Builder() {}

    /**
     * Starts from another policy's values.
     *
     * @param instance  the policy, not null
     * @return this builder
     */
    public Builder from(PlanPolicy instance) {
      delegate.from(instance);
      timeToHire.putAll(instance.timeToHireMonths());
      percentiles.putAll(instance.payPercentile());
      return this;
    }

    /**
     * Sets the time to hire of one level.
     *
     * @param level  the level, not null
     * @param months  the months, 0 to 60
     * @return this builder
     */
    public Builder putTimeToHireMonths(OpsLevel level, double months) {
      timeToHire.put(Objects.requireNonNull(level, "level"), months);
      return this;
    }

    /**
     * Sets the same time to hire for every level.
     *
     * @param months  the months, 0 to 60
     * @return this builder
     */
    public Builder timeToHireMonths(double months) {
      for (OpsLevel level : OpsLevel.values()) {
        timeToHire.put(level, months);
      }
      return this;
    }

    /**
     * Sets the most hires landing in one period.
     *
     * @param cap  the cap, 1 or more
     * @return this builder
     */
    public Builder maxHiresPerPeriod(int cap) {
      delegate.maxHiresPerPeriod(cap);
      return this;
    }

    /**
     * Sets the ramp-up of a newcomer from a pool with a prior fit of 100.
     *
     * @param months  the months, 0 to 60
     * @return this builder
     */
    public Builder rampMonthsAtFullFit(double months) {
      delegate.rampMonthsAtFullFit(months);
      return this;
    }

    /**
     * Sets the ramp-up of a newcomer from a pool with a prior fit of 0.
     *
     * @param months  the months, 0 to 60
     * @return this builder
     */
    public Builder rampMonthsAtNoFit(double months) {
      delegate.rampMonthsAtNoFit(months);
      return this;
    }

    /**
     * Sets the share of the team leaving in a year.
     *
     * @param attrition  the share, 0 to 1 excluded
     * @return this builder
     */
    public Builder yearlyAttrition(double attrition) {
      delegate.yearlyAttrition(attrition);
      return this;
    }

    /**
     * Sets the months from a departure to the replacement's first day, for every level.
     *
     * @param months  the months, 0 to 60
     * @return this builder
     */
    public Builder backfillDelayMonths(double months) {
      delegate.backfillDelayMonths(months);
      return this;
    }

    /**
     * Sets the pay percentile of one level.
     *
     * @param level  the level, not null
     * @param percentile  the percentile, not null
     * @return this builder
     */
    public Builder putPayPercentile(OpsLevel level, Percentile percentile) {
      percentiles.put(Objects.requireNonNull(level, "level"), Objects.requireNonNull(percentile, "percentile"));
      return this;
    }

    /**
     * Sets the same pay percentile for every level.
     *
     * @param percentile  the percentile, not null
     * @return this builder
     */
    public Builder payPercentile(Percentile percentile) {
      Objects.requireNonNull(percentile, "percentile");
      for (OpsLevel level : OpsLevel.values()) {
        percentiles.put(level, percentile);
      }
      return this;
    }

    /**
     * Sets the employer on-cost multiplier.
     *
     * @param multiplier  1 to 3
     * @return this builder
     */
    public Builder onCostMultiplier(double multiplier) {
      delegate.onCostMultiplier(multiplier);
      return this;
    }

    /**
     * Sets the yearly rise of salaries.
     *
     * @param raise  -0.5 to 1 (0.03 for 3 %)
     * @return this builder
     */
    public Builder yearlyRaise(double raise) {
      delegate.yearlyRaise(raise);
      return this;
    }

    /**
     * Sets the level of the first Ops of an empty team.
     *
     * @param level  the level, not null
     * @return this builder
     */
    public Builder firstHireLevel(OpsLevel level) {
      delegate.firstHireLevel(level);
      return this;
    }

    /**
     * Sets the team size from which the team has a manager.
     *
     * @param ops  1 or more
     * @return this builder
     */
    public Builder managerFromOps(int ops) {
      delegate.managerFromOps(ops);
      return this;
    }

    /**
     * Sets the Ops one manager leads.
     *
     * @param ops  1 or more
     * @return this builder
     */
    public Builder spanOfControl(int ops) {
      delegate.spanOfControl(ops);
      return this;
    }

    /**
     * Sets the team size from which the team has a director.
     *
     * @param ops  1 or more
     * @return this builder
     */
    public Builder directorFromOps(int ops) {
      delegate.directorFromOps(ops);
      return this;
    }

    /**
     * Sets the share of juniors among the individual contributors hired.
     *
     * @param share  0 to 1
     * @return this builder
     */
    public Builder juniorShare(double share) {
      delegate.juniorShare(share);
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy, never null
     * @throws dev.revops.core.InvalidValueException if a figure is out of range
     */
    public PlanPolicy build() {
      return delegate.timeToHireMonths(timeToHire).payPercentile(percentiles).build();
    }
  }

  @Value.Check
  void check() {
    for (OpsLevel level : OpsLevel.values()) {
      Double months = timeToHireMonths().get(level);
      if (months == null) {
        throw Checks.invalid("timeToHireMonths", timeToHireMonths(), "must give every level (" + level + " is missing)");
      }
      checkMonths("timeToHireMonths." + level, months);
      Checks.check(payPercentile().containsKey(level), "payPercentile", payPercentile(),
          "must give every level (" + level + " is missing)");
    }
    if (maxHiresPerPeriod().isPresent()) {
      Checks.check(maxHiresPerPeriod().getAsInt() >= 1, "maxHiresPerPeriod", maxHiresPerPeriod().getAsInt(), "must be >= 1");
    }
    checkMonths("rampMonthsAtFullFit", rampMonthsAtFullFit());
    checkMonths("rampMonthsAtNoFit", rampMonthsAtNoFit());
    Checks.check(rampMonthsAtNoFit() >= rampMonthsAtFullFit(), "rampMonthsAtNoFit", rampMonthsAtNoFit(),
        "must be at least rampMonthsAtFullFit (" + rampMonthsAtFullFit() + "): a better fit never ramps up slower");
    Checks.check(yearlyAttrition() >= 0 && yearlyAttrition() < 1, "yearlyAttrition", yearlyAttrition(),
        "must be between 0 and 1 (1 excluded)");
    if (backfillDelayMonths().isPresent()) {
      checkMonths("backfillDelayMonths", backfillDelayMonths().getAsDouble());
    }
    Checks.check(onCostMultiplier() >= 1 && onCostMultiplier() <= 3, "onCostMultiplier", onCostMultiplier(),
        "must be between 1 and 3");
    Checks.check(yearlyRaise() >= -0.5 && yearlyRaise() <= 1, "yearlyRaise", yearlyRaise(), "must be between -0.5 and 1");
    checkSize("managerFromOps", managerFromOps());
    checkSize("spanOfControl", spanOfControl());
    checkSize("directorFromOps", directorFromOps());
    Checks.check(juniorShare() >= 0 && juniorShare() <= 1, "juniorShare", juniorShare(), "must be between 0 and 1");
  }

  private static void checkMonths(String field, double months) {
    Checks.check(months >= 0 && months <= MAX_MONTHS, field, months, "must be between 0 and " + (int) MAX_MONTHS + " months");
  }

  private static void checkSize(String field, int ops) {
    Checks.check(ops >= 1 && ops <= MAX_TEAM_RULE, field, ops, "must be between 1 and " + MAX_TEAM_RULE);
  }
}
