package dev.revops.core.fit;

import dev.revops.core.internal.Checks;
import org.immutables.value.Value;

/**
 * What a role requires of one competency: a proficiency and a weight.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Requirement {

  Requirement() {}

  /**
   * The proficiency required.
   *
   * @return the proficiency, never null
   */
  @Value.Parameter
  public abstract Proficiency required();

  /**
   * The weight of the competency in the role (relative to the others).
   *
   * @return the weight, finite and > 0
   */
  @Value.Parameter
  public abstract double weight();

  /**
   * Obtains a requirement.
   *
   * @param required  the proficiency required, not null
   * @param weight  the weight, finite and > 0
   * @return the requirement, never null
   * @throws IllegalArgumentException if the weight breaks its rule
   */
  public static Requirement of(Proficiency required, double weight) {
    return ImmutableRequirement.of(required, weight);
  }

  @Value.Check
  void check() {
    Checks.check(Double.isFinite(weight()) && weight() > 0,
        "weight", weight(), "must be a finite number > 0");
  }
}
