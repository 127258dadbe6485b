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
   * Why: the signals, the thresholds (assumptions) and the rule that applied.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();
}
