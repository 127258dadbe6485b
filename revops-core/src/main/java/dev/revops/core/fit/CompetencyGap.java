package dev.revops.core.fit;

import dev.revops.core.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * A competency where the candidate is expected below the role's requirement, with the points it
 * costs and the actions to close it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CompetencyGap {

  CompetencyGap() {}

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
   * The estimated level, below the required one.
   *
   * @return the estimate, 0 to 4
   */
  @Value.Parameter
  public abstract double estimate();

  /**
   * The highest whole level the estimate reaches, below the required one.
   *
   * @return the expected proficiency, never null
   */
  public Proficiency expected() {
    return Proficiency.of((int) Math.floor(estimate()));
  }


  /**
   * Whether the expected proficiency was assessed (a confirmed gap) or comes from the prior (a
   * gap to check).
   *
   * @return true if assessed
   */
  @Value.Parameter
  public abstract boolean assessed();

  /**
   * The points the gap costs: its weighted impact on the score.
   *
   * @return the points lost, > 0
   */
  @Value.Parameter
  public abstract double pointsLost();

  /**
   * What to do about it after hiring.
   *
   * @return the development actions, never null
   */
  @Value.Parameter
  public abstract List<DevelopmentAction> actions();

  @Value.Check
  void check() {
    Checks.check(pointsLost() > 0 && pointsLost() <= 100, "pointsLost", pointsLost(),
        "must be above 0 and at most 100");
    if (!(estimate() >= 0 && estimate() < required().level())) {
      throw Checks.invalid("estimate", estimate(), "must be at least 0 and below the required level ("
          + required().level() + ")");
    }
  }
}
