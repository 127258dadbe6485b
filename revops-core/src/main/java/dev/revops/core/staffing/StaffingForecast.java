package dev.revops.core.staffing;

import dev.revops.core.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * A staffing plan over several periods, produced by
 * {@link StaffingCalculator#forecast(int, java.util.List)}: for each period, the target, the
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
  public abstract int startingOps();

  /**
   * One step per period, in order.
   *
   * @return the steps, never null
   */
  public abstract List<ForecastStep> steps();

  /**
   * The hires over all periods.
   *
   * @return the total hires, zero or more
   */
  public int totalHires() {
    return steps().stream().mapToInt(ForecastStep::hires).sum();
  }

  /**
   * The Ops in place at the end of the last period.
   *
   * @return the final Ops, >= {@link #startingOps()}
   */
  public int finalOps() {
    return steps().isEmpty() ? startingOps() : steps().get(steps().size() - 1).opsAtEnd();
  }

  @Value.Check
  void check() {
    Checks.check(startingOps() >= 0, "startingOps", startingOps(), "must be >= 0");
    Checks.check(!steps().isEmpty(), "steps", steps(), "must hold at least one step");
    int ops = startingOps();
    for (int i = 0; i < steps().size(); i++) {
      if (steps().get(i).opsAtStart() != ops) {
        throw Checks.invalid("steps[" + i + "].opsAtStart", steps().get(i).opsAtStart(),
            "must be the Ops at the end of the step before (" + ops + ")");
      }
      ops = steps().get(i).opsAtEnd();
    }
  }
}
