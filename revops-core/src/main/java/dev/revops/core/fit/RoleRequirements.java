package dev.revops.core.fit;

import dev.revops.core.internal.Checks;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The requirements of a role: a {@link Requirement} per competency that matters. Derived from an
 * {@link OpsRole} by {@link FitPolicy#requirements(OpsRole)}, or set directly.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RoleRequirements {

  RoleRequirements() {}

  /**
   * The requirements by competency, in competency order.
   *
   * @return the requirements, at least one
   */
  public abstract Map<Competency, Requirement> byCompetency();

  /**
   * Obtains requirements.
   *
   * @param requirements  the requirements, not null, at least one
   * @return the requirements, never null
   * @throws IllegalArgumentException if there is none, or their total weight is not finite
   */
  public static RoleRequirements of(Map<Competency, Requirement> requirements) {
    java.util.EnumMap<Competency, Requirement> sorted = new java.util.EnumMap<>(Competency.class);
    java.util.Objects.requireNonNull(requirements, "requirements").forEach((competency, requirement) -> sorted.put(
        java.util.Objects.requireNonNull(competency, "requirements key"),
        java.util.Objects.requireNonNull(requirement, "requirements[" + competency + "]")));
    return ImmutableRoleRequirements.generator().byCompetency(sorted).build();
  }

  /**
   * The sum of the weights.
   *
   * @return the total weight, > 0
   */
  public double totalWeight() {
    return byCompetency().values().stream().mapToDouble(Requirement::weight).sum();
  }

  @Value.Check
  void check() {
    Checks.check(!byCompetency().isEmpty(),
        "requirements", byCompetency(), "must hold at least one competency");
    Checks.check(Double.isFinite(totalWeight()),
        "requirements", totalWeight(), "must have a finite total weight");
  }
}
