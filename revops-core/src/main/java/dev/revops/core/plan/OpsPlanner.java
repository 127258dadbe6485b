package dev.revops.core.plan;

import dev.revops.core.fit.FitScorer;
import dev.revops.core.internal.Checks;
import dev.revops.core.staffing.StaffingCalculator;
import dev.revops.core.stage.StageAdvisor;
import dev.revops.core.workload.ErlangCalculator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Plans an Ops team period by period, and compares scenarios.
 *
 * <pre>{@code
 * OpsPlanner planner = OpsPlanner.withDefaults();
 * OpsPlan plan = planner.plan(input);
 * plan.steps().get(0).rolesOpened();     // roles to open now, to start when their time to hire has run
 * plan.totalCost();                      // payroll over the horizon, employer on-cost included
 * PlanComparison c = planner.compare(input, List.of(
 *     PlanScenario.builder().name("Hiring freeze").freezeFrom(YearMonth.of(2027, 7)).build()));
 * }</pre>
 *
 * <p>In every period: the business organisation grows as the input says; the staffing rule
 * ({@link StaffingCalculator}) gives the Ops needed; departures happen (attrition, spread evenly and
 * counted exactly over the periods, and the planned departures), each opening a backfill; roles open
 * early enough for their hire to start, after the level's time to hire, in the period whose need
 * they meet (never for a period beyond the plan); the hires due start, within the hiring cap and a
 * hard budget, the others wait for the next period. The level of each role follows the policy's
 * team-shape rules; its candidate pool is the one of the source's three whose prior fit
 * ({@link FitScorer}) on the team's mission mix is best, which also sets the hire's ramp-up. Costs
 * come from the salary benchmark at the policy's percentile, grown by the yearly raise, times the
 * employer on-cost. With an org chart, the stage advisor ({@link StageAdvisor}) reads the grown team
 * each period and says when to reorganise.
 *
 * <p>Nobody is let go because the need falls: the team keeps its size and the plan reports the
 * surplus. The same input gives the same plan.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OpsPlanner {

  private static final OpsPlanner DEFAULTS = new OpsPlanner(StaffingCalculator.withDefaults(), StageAdvisor.withDefaults(),
      FitScorer.withDefaults(), ErlangCalculator.withDefaults());

  private final StaffingCalculator staffing;
  private final StageAdvisor stages;
  private final FitScorer fit;
  private final ErlangCalculator workload;
  /**
   * The prior fit of each pool on a role (by origin, level and mission mix): it depends only on the
   * fit scorer, so plans share it. Bounded, as a planner may live as long as the application.
   */
  private final com.google.common.cache.Cache<java.util.List<Object>, Double> priorFits =
      com.google.common.cache.CacheBuilder.newBuilder().maximumSize(4_096).build();

  private OpsPlanner(StaffingCalculator staffing, StageAdvisor stages, FitScorer fit, ErlangCalculator workload) {
    this.staffing = staffing;
    this.stages = stages;
    this.fit = fit;
    this.workload = workload;
  }

  /**
   * Obtains a planner with the default staffing, stage, fit and workload calculators.
   *
   * @return the planner, never null
   */
  public static OpsPlanner withDefaults() {
    return DEFAULTS;
  }

  /**
   * Obtains a planner with the given calculators (their policies are the caller's).
   *
   * @param staffing  the staffing calculator, not null
   * @param stages  the stage advisor, not null
   * @param fit  the fit scorer, not null
   * @param workload  the Erlang calculator for support outlooks, not null
   * @return the planner, never null
   */
  public static OpsPlanner of(StaffingCalculator staffing, StageAdvisor stages, FitScorer fit, ErlangCalculator workload) {
    return new OpsPlanner(Objects.requireNonNull(staffing, "staffing"), Objects.requireNonNull(stages, "stages"),
        Objects.requireNonNull(fit, "fit"), Objects.requireNonNull(workload, "workload"));
  }

  /**
   * Plans the baseline of an input.
   *
   * @param input  the input, not null
   * @return the plan, named "baseline", never null
   * @throws dev.revops.core.InvalidValueException if growth takes a team beyond
   *     {@code Integer.MAX_VALUE} people or the Ops needed in a period beyond
   *     {@value PlanInput#MAX_ROSTER}, or the benchmark cannot price a level
   */
  public OpsPlan plan(PlanInput input) {
    return plan(input, PlanScenario.ofBaseline());
  }

  /**
   * Plans one scenario of an input.
   *
   * @param input  the baseline input, not null
   * @param scenario  the scenario, not null
   * @return the plan, named after the scenario, never null
   * @throws dev.revops.core.InvalidValueException as {@link #plan(PlanInput)}, or if an override
   *     breaks a rule of the input
   */
  public OpsPlan plan(PlanInput input, PlanScenario scenario) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(scenario, "scenario");
    return new PlanEngine(staffing, stages, fit, workload, priorFits).run(input, scenario);
  }

  /**
   * Plans the baseline and each variant, and compares every variant with the baseline.
   *
   * @param input  the baseline input, not null
   * @param variants  the variants, not null, no null element, names distinct and other than
   *     "baseline"; may be empty
   * @return the comparison, never null
   * @throws dev.revops.core.InvalidValueException as {@link #plan(PlanInput, PlanScenario)}, or if
   *     two scenarios share a name
   */
  public PlanComparison compare(PlanInput input, List<PlanScenario> variants) {
    Objects.requireNonNull(input, "input");
    List<PlanScenario> all = Checks.noNulls(variants, "variants");
    PlanScenario baseline = PlanScenario.ofBaseline();
    Set<String> names = new HashSet<>();
    names.add(baseline.name());
    for (int i = 0; i < all.size(); i++) {
      Checks.check(names.add(all.get(i).name()), "variants[" + i + "].name", all.get(i).name(),
          "must differ from \"baseline\" and from the other variants' names");
    }
    PlanEngine engine = new PlanEngine(staffing, stages, fit, workload, priorFits);
    OpsPlan base = engine.run(input, baseline);
    List<OpsPlan> plans = new ArrayList<>(all.size());
    for (PlanScenario variant : all) {
      plans.add(engine.run(input, variant));
    }
    return PlanEngine.compare(base, plans);
  }
}
