package dev.revops.core.stage;

import dev.revops.core.org.BusinessFunction;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An org chart checked against a staffing target ({@link dev.revops.core.org.OpsTarget}): the Ops
 * counted in the chart against the target and the minimum, and the staffed business functions
 * that no Ops team serves.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StaffingCheck {

  StaffingCheck() {}

  /**
   * The Ops in the chart, over all teams.
   *
   * @return the headcount, zero or more
   */
  public abstract long opsHeadcount();

  /**
   * The staffing target.
   *
   * @return the target, zero or more
   */
  public abstract int target();

  /**
   * The staffing minimum: the fewest Ops that cover every staffed function.
   *
   * @return the minimum, zero or more
   */
  public abstract int minimum();

  /**
   * The business functions with staff that no Ops team of the chart serves.
   *
   * @return the functions, possibly empty
   */
  public abstract Set<BusinessFunction> uncoveredFunctions();

  /**
   * How many Ops the chart lacks to reach the target.
   *
   * @return the shortfall, zero when the chart reaches the target
   */
  public long shortOfTarget() {
    return Math.max(0, target() - opsHeadcount());
  }

  /**
   * How many Ops the chart has beyond the target.
   *
   * @return the excess, zero when the chart is at or under the target
   */
  public long aboveTarget() {
    return Math.max(0, opsHeadcount() - target());
  }

  /**
   * Returns true if the chart has fewer Ops than the staffing minimum.
   *
   * @return whether the chart is below the minimum
   */
  public boolean belowMinimum() {
    return opsHeadcount() < minimum();
  }
}
