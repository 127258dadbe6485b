package dev.revops.core.fit;

import dev.revops.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a fit's breakdown: what the role requires of a competency, what the candidate is
 * expected to have (assessed, or the origin's prior), and the points it contributes.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CompetencyFit {

  CompetencyFit() {}

  /**
   * The competency.
   *
   * @return the competency, never null
   */
  public abstract Competency competency();

  /**
   * The proficiency required.
   *
   * @return the requirement, never null
   */
  public abstract Proficiency required();

  /**
   * The share of the role's weight, 0 to 1.
   *
   * @return the weight share
   */
  public abstract double weightShare();

  /**
   * The proficiency used: the assessed one, or the origin's prior.
   *
   * @return the expected proficiency, never null
   */
  public abstract Proficiency expected();

  /**
   * How the proficiency is known, if assessed.
   *
   * @return the evidence, empty when it comes from the origin's prior
   */
  public abstract Optional<Evidence> evidence();

  /**
   * Whether the expected proficiency comes from an assessment.
   *
   * @return true if assessed, false if from the prior
   */
  public boolean assessed() {
    return evidence().isPresent();
  }

  /**
   * The points contributed to the score (out of {@link #maxPoints()}).
   *
   * @return the points
   */
  public abstract double points();

  /**
   * The points the competency would contribute if the requirement were met.
   *
   * @return the maximum points: weight share × 100
   */
  public abstract double maxPoints();

  @Value.Check
  void check() {
    Checks.check(weightShare() >= 0 && weightShare() <= 1, "weightShare", weightShare(),
        "must be between 0 and 1");
    Checks.check(maxPoints() >= 0 && maxPoints() <= 100, "maxPoints", maxPoints(), "must be between 0 and 100");
    if (!(points() >= 0 && points() <= maxPoints() * (1 + 1e-9))) {
      throw Checks.invalid("points", points(), "must be between 0 and maxPoints (" + maxPoints() + ")");
    }
  }
}
