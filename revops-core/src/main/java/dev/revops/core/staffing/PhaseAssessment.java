package dev.revops.core.staffing;

import dev.revops.core.explain.Explanation;
import org.immutables.value.Value;

/**
 * The {@link MaturityPhase} derived from {@link MaturitySignals}, with the rule that placed it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PhaseAssessment {

  PhaseAssessment() {}

  /**
   * The signals assessed.
   *
   * @return the signals, never null
   */
  public abstract MaturitySignals signals();

  /**
   * The phase.
   *
   * @return the phase, never null
   */
  public abstract MaturityPhase phase();

  /**
   * How mature the Ops function is on a continuous scale, 0 (early) to 1 (mature): the lesser of
   * a growth score (1 at or below {@link StaffingPolicy#matureMaxGrowth()}, 0 at or above
   * {@link StaffingPolicy#strongGrowth()}, linear between) and an age score (0 at or below
   * {@link StaffingPolicy#emergingMaxOpsAgeYears()}, 1 from {@link StaffingPolicy#matureMinOpsAgeYears()},
   * linear between; at least 0.5 when Ops support existed before). The phase is its label; the
   * ratio follows the score, so that a small change in a signal makes a small change in the target.
   *
   * @return the maturity, 0 to 1
   */
  public abstract double maturity();

  /**
   * Business staff per Ops at this maturity: from the early ratio at 0 through the structuring
   * ratio at 0.5 to the mature ratio at 1, linear in between. With the defaults, one percentage
   * point of growth moves it by at most 10 / 30 = 0.33 staff per Ops, and a month of Ops age by at
   * most 5 / 12 = 0.42; the target then moves by at most headcount × that change / ratio², plus
   * one for rounding.
   *
   * @return the ratio, >= 1
   */
  public abstract double staffPerOps();

  /**
   * Why: the signals, the thresholds (assumptions) and the rule that applied.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();
}
