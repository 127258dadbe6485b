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
  public abstract Competency competency();

  /**
   * The proficiency required.
   *
   * @return the requirement, never null
   */
  public abstract Proficiency required();

  /**
   * The proficiency expected (assessed or prior).
   *
   * @return the expected proficiency, never null
   */
  public abstract Proficiency expected();

  /**
   * Whether the expected proficiency was assessed (a confirmed gap) or comes from the prior (a
   * gap to check).
   *
   * @return true if assessed
   */
  public abstract boolean assessed();

  /**
   * The points the gap costs: its weighted impact on the score.
   *
   * @return the points lost, > 0
   */
  public abstract double pointsLost();

  /**
   * What to do about it after hiring.
   *
   * @return the development actions, never null
   */
  public abstract List<DevelopmentAction> actions();

  @Value.Check
  void check() {
    Checks.check(pointsLost() > 0 && pointsLost() <= 100, "pointsLost", pointsLost(),
        "must be above 0 and at most 100");
    if (expected().level() >= required().level()) {
      throw Checks.invalid("expected", expected(), "must be below the required proficiency (" + required() + ")");
    }
  }
}
