package dev.revops.core.stage;

import dev.revops.core.internal.Checks;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One condition of a move between stages: what was observed, the threshold (a
 * {@link StagePolicy} assumption), and whether it is met.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Trigger {

  Trigger() {}

  /**
   * The stage the move leads to.
   *
   * @return the target stage, never null
   */
  public abstract OrgStage towards();

  /**
   * What is measured.
   *
   * @return the kind, never null
   */
  public abstract TriggerKind kind();

  /**
   * The value observed.
   *
   * @return the value, empty if unknown (then the trigger is not met)
   */
  public abstract OptionalDouble observed();

  /**
   * The threshold: the trigger is met when the observed value is at least this.
   *
   * @return the threshold
   */
  public abstract double threshold();

  /**
   * Whether the observed value reaches the threshold.
   *
   * @return true if met
   */
  @Value.Derived
  public boolean met() {
    return observed().isPresent() && observed().getAsDouble() >= threshold();
  }

  static Trigger of(OrgStage towards, TriggerKind kind, OptionalDouble observed, double threshold) {
    return ImmutableTrigger.generator().towards(towards).kind(kind).observed(observed).threshold(threshold).build();
  }

  @Value.Check
  void check() {
    Checks.check(Double.isFinite(threshold()), "threshold", threshold(), "must be finite");
    observed().ifPresent(o -> Checks.check(Double.isFinite(o), "observed", o, "must be finite"));
  }
}
