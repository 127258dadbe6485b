package dev.revops.core.fit;

import com.google.common.collect.ImmutableList;
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
  public abstract ImmutableList<DevelopmentAction> actions();
}
