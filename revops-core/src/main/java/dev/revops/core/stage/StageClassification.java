package dev.revops.core.stage;

import dev.revops.core.explain.Explanation;
import dev.revops.core.internal.Checks;
import java.util.List;
import java.util.Map;
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
   * Share of Ops headcount following each pattern, summing to 1: embedded, centralised,
   * autonomous, and hybrid for teams re-embedded in the business with a dotted line to an Ops
   * leader at the executive committee. By team count when every team has a headcount of zero;
   * empty without teams.
   *
   * @return the shares, never null
   */
  public abstract Map<OrgStage, Double> shares();

  /**
   * The share of Ops headcount not yet in the pattern of the stage read: for a transition, the
   * part of the move still ahead (0.75 when three Ops in four have not moved); for a stage, the
   * remnant outside its pattern (0 when every team follows it).
   *
   * @return the share, from 0 to 1
   */
  public abstract double shareToMove();

  /**
   * How each team was read.
   *
   * @return the evidence, in the order of the chart
   */
  public abstract List<TeamEvidence> evidence();

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

  @Value.Check
  void check() {
    switch (kind()) {
      case NO_OPS_FUNCTION -> {
        Checks.check(current().isEmpty(), "current", current().orElse(null), "must be empty without an Ops function");
        Checks.check(towards().isEmpty(), "towards", towards().orElse(null), "must be empty without an Ops function");
      }
      case STAGE -> {
        Checks.check(current().isPresent(), "current", null, "must be given for a stage");
        Checks.check(towards().isEmpty(), "towards", towards().orElse(null), "must be empty for a stage");
      }
      case TRANSITION -> {
        Checks.check(current().isPresent(), "current", null, "must be given for a transition");
        Checks.check(towards().isPresent(), "towards", null, "must be given for a transition");
        Checks.check(!current().equals(towards()), "towards", towards().orElse(null),
            "must differ from current");
      }
    }
    Checks.check(shareToMove() >= 0 && shareToMove() <= 1, "shareToMove", shareToMove(), "must be between 0 and 1");
    Checks.check(kind() != ClassificationKind.TRANSITION || shareToMove() > 0, "shareToMove", shareToMove(),
        "must be above 0 for a transition");
    double sum = 0;
    for (Map.Entry<OrgStage, Double> e : shares().entrySet()) {
      double share = e.getValue();
      Checks.check(share >= 0 && share <= 1, "shares." + e.getKey().name(), share, "must be between 0 and 1");
      sum += share;
    }
    if (!shares().isEmpty() && Math.abs(sum - 1) > 1e-9) {
      throw Checks.invalid("shares", shares(), "must add up to 1");
    }
  }
}
