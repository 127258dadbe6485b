package dev.revops.core.staffing;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * A staffing plan over several periods, produced by
 * {@link StaffingCalculator#forecast(long, java.util.List)}: for each period, the target, the
 * allocation, the hires needed and any surplus kept.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StaffingForecast {

  StaffingForecast() {}

  /**
   * The Ops in place before the first period.
   *
   * @return the starting Ops, zero or more
   */
  public abstract long startingOps();

  /**
   * One step per period, in order.
   *
   * @return the steps, never null
   */
  public abstract ImmutableList<ForecastStep> steps();

  /**
   * The hires over all periods.
   *
   * @return the total hires, zero or more
   */
  public long totalHires() {
    return steps().stream().mapToLong(ForecastStep::hires).sum();
  }

  /**
   * The Ops in place at the end of the last period.
   *
   * @return the final Ops, >= {@link #startingOps()}
   */
  public long finalOps() {
    return steps().isEmpty() ? startingOps() : steps().get(steps().size() - 1).opsAtEnd();
  }
}
