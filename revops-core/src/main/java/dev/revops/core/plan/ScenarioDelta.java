package dev.revops.core.plan;

import dev.revops.core.explain.Explanation;
import dev.revops.core.internal.Checks;
import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * How a variant differs from the baseline, period by period and in total (variant minus baseline).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScenarioDelta {

  ScenarioDelta() {}

  /**
   * The variant's name.
   *
   * @return the name, never blank
   */
  public abstract String scenario();

  /**
   * The difference in Ops headcount at the end of each period.
   *
   * @return one difference per period
   */
  public abstract List<Integer> headcount();

  /**
   * The difference in productive FTE at the end of each period.
   *
   * @return one difference per period
   */
  public abstract List<Double> productiveFte();

  /**
   * The difference in cost of each period.
   *
   * @return one difference per period
   */
  public abstract List<Money> cost();

  /**
   * The difference in hires over the plan.
   *
   * @return the difference
   */
  public abstract int totalHires();

  /**
   * The difference in the cost of the whole plan.
   *
   * @return the difference, never null
   */
  public abstract Money totalCost();

  /**
   * How many periods later (positive) or earlier (negative) the variant is advised to change stage.
   *
   * @return the shift, empty when either plan has no stage change
   */
  public abstract OptionalInt stageChangeShift();

  /**
   * One paragraph: the variant against the baseline, its summary line first.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  /**
   * Returns true if the variant changes nothing against the baseline.
   *
   * @return whether every delta is zero
   */
  public boolean isNeutral() {
    for (int i = 0; i < headcount().size(); i++) {
      if (headcount().get(i) != 0 || productiveFte().get(i) != 0 || !cost().get(i).isZero()) {
        return false;
      }
    }
    return totalHires() == 0 && totalCost().isZero();
  }

  @Value.Check
  void check() {
    Checks.check(!scenario().isBlank(), "scenario", scenario(), "must not be blank");
    if (!(headcount().size() == productiveFte().size() && headcount().size() == cost().size())) {
      throw Checks.invalid("cost", cost().size(),
          "must have as many periods as the headcount (" + headcount().size() + ") and the FTE (" + productiveFte().size() + ")");
    }
  }
}
