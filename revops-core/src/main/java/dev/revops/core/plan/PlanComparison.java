package dev.revops.core.plan;

import dev.revops.core.explain.Explanation;
import dev.revops.core.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * A baseline plan and its variants side by side, with each variant's differences.
 *
 * <pre>{@code
 * PlanComparison c = OpsPlanner.withDefaults().compare(input, List.of(freeze, payAtP75));
 * c.baseline().totalCost();
 * c.deltas().get(0).headcount();          // the freeze against the baseline, period by period
 * c.explanation().render(Locale.FRENCH);  // one paragraph per variant
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlanComparison {

  PlanComparison() {}

  /**
   * The baseline.
   *
   * @return the baseline plan, never null
   */
  public abstract OpsPlan baseline();

  /**
   * The variants, in the order given.
   *
   * @return the variants' plans, possibly empty
   */
  public abstract List<OpsPlan> variants();

  /**
   * Each variant against the baseline, in the order of {@link #variants()}.
   *
   * @return one delta per variant
   */
  public abstract List<ScenarioDelta> deltas();

  /**
   * Why: the baseline's summary, then each variant's paragraph.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  @Value.Check
  void check() {
    if (variants().size() != deltas().size()) {
      throw Checks.invalid("deltas", deltas().size(), "must hold one delta per variant (" + variants().size() + ")");
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    names.add(baseline().scenario());
    for (int i = 0; i < variants().size(); i++) {
      Checks.check(names.add(variants().get(i).scenario()), "variants[" + i + "].scenario", variants().get(i).scenario(),
          "must not repeat the name of the baseline or of another variant");
      if (variants().get(i).steps().size() != baseline().steps().size()) {
        throw Checks.invalid("variants[" + i + "].steps", variants().get(i).steps().size(),
            "must have as many periods as the baseline (" + baseline().steps().size() + ")");
      }
      if (!deltas().get(i).scenario().equals(variants().get(i).scenario())) {
        throw Checks.invalid("deltas[" + i + "].scenario", deltas().get(i).scenario(),
            "must name the variant " + variants().get(i).scenario());
      }
    }
  }
}
