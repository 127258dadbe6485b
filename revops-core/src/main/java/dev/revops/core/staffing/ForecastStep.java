package dev.revops.core.staffing;

import dev.revops.core.explain.Explanation;
import dev.revops.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The outcome of one {@link ForecastPeriod}: the recommendation for the period's organisation,
 * the Ops at the start of the period, the hires needed, and any surplus.
 *
 * <p>Ops are never let go because the ratio falls: when the target is below the Ops already in
 * place, the surplus is reported as "ahead of ratio" and the team keeps its size.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ForecastStep {

  ForecastStep() {}

  /**
   * The period's label.
   *
   * @return the label, never null
   */
  public abstract String label();

  /**
   * The recommendation for the period (its organisation, phase, target and allocation).
   *
   * @return the recommendation, never null
   */
  public abstract StaffingRecommendation recommendation();

  /**
   * The Ops in place at the start of the period.
   *
   * @return the Ops at the start, zero or more
   */
  public abstract int opsAtStart();

  /**
   * The Ops to hire in the period: the target minus the Ops at the start, if positive, at most the
   * forecast's {@link #hiringCap()}.
   *
   * @return the hires, zero or more
   */
  public abstract int hires();

  /**
   * The most Ops the forecast lets a period hire, if it sets a cap.
   *
   * @return the cap, empty without one
   */
  public abstract java.util.OptionalInt hiringCap();

  /**
   * The hires the cap pushed to later periods: the Ops still missing to reach the target.
   *
   * @return the hires carried over, zero or more
   */
  public int deferredHires() {
    return Math.max(0, recommendation().target() - opsAtStart()) - hires();
  }

  /**
   * The Ops beyond the target kept in the period ("ahead of ratio").
   *
   * @return the surplus, zero or more
   */
  public abstract int surplus();

  /**
   * After a drop in the target, in how many periods the target catches up with the Ops in place
   * (no hiring meanwhile: Ops are not let go).
   *
   * @return the periods, empty when there is no surplus or it lasts beyond the forecast
   */
  public abstract java.util.OptionalInt periodsUntilAbsorbed();

  /**
   * Whether the phase differs from the previous period's.
   *
   * @return true if the phase changed
   */
  public abstract boolean phaseChanged();

  /**
   * Why: the growth applied, the phase change, the recommendation's reasons, the hires or surplus.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  /**
   * The Ops in place at the end of the period: the Ops at the start plus the hires.
   *
   * @return the Ops at the end
   */
  public int opsAtEnd() {
    return opsAtStart() + hires();
  }

  @Value.Check
  void check() {
    Checks.check(!label().isBlank(), "label", label(), "must not be blank");
    Checks.check(opsAtStart() >= 0, "opsAtStart", opsAtStart(), "must be >= 0");
    int target = recommendation().target();
    if (hires() != Math.min(hiringCap().orElse(Integer.MAX_VALUE), Math.max(0, target - opsAtStart()))) {
      throw Checks.invalid("hires", hires(), "must bring the " + opsAtStart() + " Ops at the start up to the target ("
          + target + "), and no further, within the hiring cap (" + hiringCap() + ")");
    }
    if (surplus() != Math.max(0, opsAtStart() - target)) {
      throw Checks.invalid("surplus", surplus(), "must be the Ops at the start (" + opsAtStart()
          + ") beyond the target (" + target + ")");
    }
  }
}
