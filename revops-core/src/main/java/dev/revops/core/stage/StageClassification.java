package dev.revops.core.stage;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.revops.core.explain.Explanation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an Ops org chart stands: no Ops function yet, one stage, or a transition between two
 * stages with the share of Ops headcount in each pattern, and the evidence per team.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StageClassification {

  StageClassification() {}

  /**
   * The kind of outcome.
   *
   * @return the kind, never null
   */
  public abstract ClassificationKind kind();

  /**
   * The current stage: the stage itself, or the stage a transition starts from.
   *
   * @return the stage, empty when there is no Ops function yet
   */
  public abstract Optional<OrgStage> current();

  /**
   * The stage a transition leads to.
   *
   * @return the target, empty unless {@link #kind()} is {@link ClassificationKind#TRANSITION}
   */
  public abstract Optional<OrgStage> towards();

  /**
   * Share of Ops headcount following each pattern (embedded, centralised, autonomous), summing
   * to 1; by team count when every team has a headcount of zero; empty without teams.
   *
   * @return the shares, never null
   */
  public abstract ImmutableMap<OrgStage, Double> shares();

  /**
   * How each team was read.
   *
   * @return the evidence, in the order of the chart
   */
  public abstract ImmutableList<TeamEvidence> evidence();

  /**
   * Why: each team's pattern, the shares, the rule applied and the assumptions.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  /**
   * Returns true if the chart mixes two stages.
   *
   * @return whether this is a transition
   */
  public boolean isTransition() {
    return kind() == ClassificationKind.TRANSITION;
  }
}
