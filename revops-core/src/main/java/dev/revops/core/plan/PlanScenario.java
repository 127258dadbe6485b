package dev.revops.core.plan;

import dev.revops.core.internal.Checks;
import dev.revops.core.pay.Percentile;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A variant of a plan: a name and the overrides that set it apart from the baseline. A scenario
 * without overrides is the baseline.
 *
 * <pre>{@code
 * PlanScenario freeze = PlanScenario.builder().name("Hiring freeze H2")
 *     .freezeFrom(YearMonth.of(2027, 7)).freezeUntil(YearMonth.of(2027, 12)).build();
 * PlanScenario p75 = PlanScenario.builder().name("Pay at P75").payPercentile(Percentile.P75).build();
 * }</pre>
 *
 * <p>During a hiring freeze no role opens (backfills included) and nobody starts: the roles already
 * open are put on hold, and their hires start in the first period after the freeze. A freeze is
 * read period by period: a period is frozen when its first month is.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlanScenario {

  /** The name of the baseline scenario, {@value}; texts show it as "Baseline" ("Scénario de référence" in French). */
  public static final String BASELINE = "baseline";

  PlanScenario() {}

  /**
   * The name shown in comparisons.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * Replaces the growth of every function (the input's default growth and each outlook's rate; known
   * headcounts stay).
   *
   * @return the yearly growth, empty to keep the input's
   */
  public abstract OptionalDouble yearlyGrowth();

  /**
   * The first month of a hiring freeze.
   *
   * @return the month, empty for no freeze
   */
  public abstract Optional<YearMonth> freezeFrom();

  /**
   * The last month of the hiring freeze.
   *
   * @return the month, empty for a freeze to the end of the plan
   */
  public abstract Optional<YearMonth> freezeUntil();

  /**
   * Replaces the most hires that can land in a period.
   *
   * @return the cap, empty to keep the policy's
   */
  public abstract OptionalInt maxHiresPerPeriod();

  /**
   * Replaces the pay percentile of every level.
   *
   * @return the percentile, empty to keep the policy's
   */
  public abstract Optional<Percentile> payPercentile();

  /**
   * Replaces the budget.
   *
   * @return the budget, empty to keep the input's
   */
  public abstract Optional<Budget> budget();

  /**
   * Replaces the yearly attrition.
   *
   * @return the attrition, empty to keep the policy's
   */
  public abstract OptionalDouble yearlyAttrition();

  /**
   * Replaces the time to hire of every level, in months.
   *
   * @return the months, empty to keep the policy's
   */
  public abstract OptionalDouble timeToHireMonths();

  /**
   * Returns true if the scenario overrides nothing: it is the baseline under another name.
   *
   * @return whether there is no override
   */
  public boolean isBaseline() {
    return yearlyGrowth().isEmpty() && freezeFrom().isEmpty() && maxHiresPerPeriod().isEmpty()
        && payPercentile().isEmpty() && budget().isEmpty() && yearlyAttrition().isEmpty() && timeToHireMonths().isEmpty();
  }

  /**
   * Returns true if hiring is frozen in a month.
   *
   * @param month  the month, not null
   * @return whether no role may open that month
   */
  public boolean isFrozen(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return freezeFrom().isPresent() && !month.isBefore(freezeFrom().get())
        && (freezeUntil().isEmpty() || !month.isAfter(freezeUntil().get()));
  }

  /**
   * Applies the overrides to an input.
   *
   * @param input  the baseline input, not null
   * @return the input of this scenario, never null
   * @throws dev.revops.core.InvalidValueException if an override breaks a rule of the input (a
   *     budget in another currency, for example)
   */
  public PlanInput applyTo(PlanInput input) {
    Objects.requireNonNull(input, "input");
    if (isBaseline()) {
      return input;
    }
    ImmutablePlanInput.Generator out = ImmutablePlanInput.generator().from(input);
    if (yearlyGrowth().isPresent()) {
      double g = yearlyGrowth().getAsDouble();
      out.yearlyGrowth(g);
      java.util.List<FunctionOutlook> outlooks = new java.util.ArrayList<>();
      for (FunctionOutlook o : input.outlooks()) {
        outlooks.add(o.yearlyGrowth().isEmpty() && o.periodGrowth().isEmpty() ? o
            : ImmutableFunctionOutlook.generator().function(o.function()).headcounts(o.headcounts()).yearlyGrowth(g).build());
      }
      out.outlooks(outlooks);
    }
    budget().ifPresent(out::budget);
    PlanPolicy.Builder policy = PlanPolicy.builder().from(input.policy());
    boolean policyChanged = false;
    if (maxHiresPerPeriod().isPresent()) {
      policy.maxHiresPerPeriod(maxHiresPerPeriod().getAsInt());
      policyChanged = true;
    }
    if (payPercentile().isPresent()) {
      policy.payPercentile(payPercentile().get());
      policyChanged = true;
    }
    if (yearlyAttrition().isPresent()) {
      policy.yearlyAttrition(yearlyAttrition().getAsDouble());
      policyChanged = true;
    }
    if (timeToHireMonths().isPresent()) {
      policy.timeToHireMonths(timeToHireMonths().getAsDouble());
      policyChanged = true;
    }
    if (policyChanged) {
      out.policy(policy.build());
    }
    return out.build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains the baseline: a scenario named "baseline" with no override.
   *
   * @return the baseline, never null
   */
  public static PlanScenario ofBaseline() {
    return builder().name(BASELINE).build();
  }

  /** Builds a {@link PlanScenario}. Not thread-safe. */
  public static final class Builder {
    private final ImmutablePlanScenario.Generator delegate = ImmutablePlanScenario.generator();

    Builder() {}

    /**
     * Starts from another scenario's values.
     *
     * @param instance  the scenario, not null
     * @return this builder
     */
    public Builder from(PlanScenario instance) {
      delegate.from(instance);
      return this;
    }

    /**
     * Sets the name.
     *
     * @param name  the name, not blank
     * @return this builder
     */
    public Builder name(String name) {
      delegate.name(name);
      return this;
    }

    /**
     * Replaces the growth of every function.
     *
     * @param growth  above -1, at most 10
     * @return this builder
     */
    public Builder yearlyGrowth(double growth) {
      delegate.yearlyGrowth(growth);
      return this;
    }

    /**
     * Sets the first month of a hiring freeze.
     *
     * @param month  the month, not null
     * @return this builder
     */
    public Builder freezeFrom(YearMonth month) {
      delegate.freezeFrom(month);
      return this;
    }

    /**
     * Sets the last month of the hiring freeze.
     *
     * @param month  the month, not null, not before {@link #freezeFrom(YearMonth)}
     * @return this builder
     */
    public Builder freezeUntil(YearMonth month) {
      delegate.freezeUntil(month);
      return this;
    }

    /**
     * Replaces the most hires landing in a period.
     *
     * @param cap  1 or more
     * @return this builder
     */
    public Builder maxHiresPerPeriod(int cap) {
      delegate.maxHiresPerPeriod(cap);
      return this;
    }

    /**
     * Replaces the pay percentile of every level.
     *
     * @param percentile  the percentile, not null
     * @return this builder
     */
    public Builder payPercentile(Percentile percentile) {
      delegate.payPercentile(percentile);
      return this;
    }

    /**
     * Replaces the budget.
     *
     * @param budget  the budget, not null
     * @return this builder
     */
    public Builder budget(Budget budget) {
      delegate.budget(budget);
      return this;
    }

    /**
     * Replaces the yearly attrition.
     *
     * @param attrition  0 to 1 excluded
     * @return this builder
     */
    public Builder yearlyAttrition(double attrition) {
      delegate.yearlyAttrition(attrition);
      return this;
    }

    /**
     * Replaces the time to hire of every level.
     *
     * @param months  0 to 60
     * @return this builder
     */
    public Builder timeToHireMonths(double months) {
      delegate.timeToHireMonths(months);
      return this;
    }

    /**
     * Builds the scenario.
     *
     * @return the scenario, never null
     * @throws dev.revops.core.MissingValueException if the name is missing
     * @throws dev.revops.core.InvalidValueException if a value breaks its rule
     */
    public PlanScenario build() {
      return delegate.build();
    }
  }

  @Value.Check
  void check() {
    Checks.check(!name().isBlank(), "name", name(), "must not be blank");
    FunctionOutlook.checkGrowth("yearlyGrowth", yearlyGrowth());
    Checks.check(freezeFrom().isPresent() || freezeUntil().isEmpty(), "freezeUntil", freezeUntil().orElse(null),
        "needs freezeFrom: a freeze starts somewhere");
    if (freezeFrom().isPresent() && freezeUntil().isPresent()) {
      Checks.check(!freezeUntil().get().isBefore(freezeFrom().get()), "freezeUntil", freezeUntil().get(),
          "must not be before freezeFrom (" + freezeFrom().get() + ")");
    }
    if (maxHiresPerPeriod().isPresent()) {
      Checks.check(maxHiresPerPeriod().getAsInt() >= 1, "maxHiresPerPeriod", maxHiresPerPeriod().getAsInt(), "must be >= 1");
    }
    if (yearlyAttrition().isPresent()) {
      double a = yearlyAttrition().getAsDouble();
      Checks.check(a >= 0 && a < 1, "yearlyAttrition", a, "must be between 0 and 1 (1 excluded)");
    }
    if (timeToHireMonths().isPresent()) {
      double m = timeToHireMonths().getAsDouble();
      Checks.check(m >= 0 && m <= PlanPolicy.MAX_MONTHS, "timeToHireMonths", m,
          "must be between 0 and " + (int) PlanPolicy.MAX_MONTHS + " months");
    }
  }
}
