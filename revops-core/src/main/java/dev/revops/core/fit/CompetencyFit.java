package dev.revops.core.fit;

import dev.revops.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a fit's breakdown: what the role requires of a competency, the candidate's prior
 * (from their origin and experience), the evidence, the resulting estimate and the points it
 * contributes.
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
  @Value.Parameter
  public abstract Competency competency();

  /**
   * The proficiency required.
   *
   * @return the requirement, never null
   */
  @Value.Parameter
  public abstract Proficiency required();

  /**
   * The share of the role's weight, 0 to 1.
   *
   * @return the weight share
   */
  @Value.Parameter
  public abstract double weightShare();

  /**
   * The level expected before any evidence: the origin's prior raised by experience, 0 to 4.
   *
   * @return the prior level
   */
  @Value.Parameter
  public abstract double prior();

  /**
   * The estimated level: the prior moved toward each assessed level by the strength of its
   * evidence, 0 to 4.
   *
   * @return the estimate
   */
  @Value.Parameter
  public abstract double estimate();

  /**
   * The share of this competency backed by evidence, 0 (nothing assessed) to below 1.
   *
   * @return the backing
   */
  @Value.Parameter
  public abstract double backing();

  /**
   * The highest whole level the estimate reaches.
   *
   * @return the expected proficiency, never null
   */
  public Proficiency expected() {
    return Proficiency.of((int) Math.floor(estimate()));
  }

  /**
   * The strongest kind of evidence behind the estimate, if any.
   *
   * @return the evidence, empty when the estimate is the prior
   */
  @Value.Parameter
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
  @Value.Parameter
  public abstract double points();

  /**
   * The points the competency would contribute if the requirement were met.
   *
   * @return the maximum points: weight share × 100
   */
  @Value.Parameter
  public abstract double maxPoints();

  @Value.Check
  void check() {
    Checks.check(weightShare() >= 0 && weightShare() <= 1, "weightShare", weightShare(),
        "must be between 0 and 1");
    Checks.check(prior() >= 0 && prior() <= 4, "prior", prior(), "must be between 0 and 4");
    Checks.check(estimate() >= 0 && estimate() <= 4, "estimate", estimate(), "must be between 0 and 4");
    Checks.check(backing() >= 0 && backing() < 1, "backing", backing(), "must be at least 0 and below 1");
    Checks.check(maxPoints() >= 0 && maxPoints() <= 100, "maxPoints", maxPoints(), "must be between 0 and 100");
    if (!(points() >= 0 && points() <= maxPoints() * (1 + 1e-9))) {
      throw Checks.invalid("points", points(), "must be between 0 and maxPoints (" + maxPoints() + ")");
    }
  }
}
