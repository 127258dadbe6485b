package dev.revops.core.fit;

import com.google.common.collect.ImmutableList;
import dev.revops.core.explain.Explanation;
import dev.revops.core.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * How well a candidate fits a role.
 *
 * <pre>{@code
 * FitAssessment fit = FitScorer.withDefaults().assess(candidate, role);
 * fit.score();            // 0 to 100: weighted coverage of the requirements
 * fit.confidence();       // 0 to 1: share of the requirement weight backed by assessments
 * fit.gaps();             // by weighted impact
 * fit.developmentPlan();  // actions for the gaps
 * fit.interviewFocus();   // what the practical case should test
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FitAssessment {

  FitAssessment() {}

  /**
   * The candidate.
   *
   * @return the candidate, never null
   */
  public abstract Candidate candidate();

  /**
   * The role.
   *
   * @return the role, never null
   */
  public abstract OpsRole role();

  /**
   * The requirements scored against.
   *
   * @return the requirements, never null
   */
  public abstract RoleRequirements requirements();

  /**
   * The score: for each required competency, its weight share times min(1, expected / required),
   * summed and scaled to 100.
   *
   * @return the score, 0 to 100
   */
  public abstract double score();

  /**
   * The share of the requirement weight backed by assessments, each counted by its evidence
   * weight (a practical case counts fully, a self-declaration little).
   *
   * @return the confidence, 0 to 1
   */
  public abstract double confidence();

  /**
   * The breakdown per required competency, in competency order.
   *
   * @return the breakdown, never null
   */
  public abstract List<CompetencyFit> breakdown();

  /**
   * The gaps, largest weighted impact first (ties in competency order).
   *
   * @return the gaps, never null
   */
  public abstract List<CompetencyGap> gaps();

  /**
   * What the interview or practical case should test: high-weight competencies not yet assessed,
   * then the origin's watch points not yet tested in a practical case.
   *
   * @return the focus items, never null
   */
  public abstract List<FocusItem> interviewFocus();

  /**
   * Why: the requirements and where they come from, each competency's contribution, the priors
   * and evidence weights used (assumptions), the score and the confidence.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  /**
   * The development plan: the actions for every gap, without repeats, in order of the gaps.
   *
   * @return the actions, never null
   */
  public List<DevelopmentAction> developmentPlan() {
    return gaps().stream().flatMap(g -> g.actions().stream()).distinct().collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    Checks.check(score() >= 0 && score() <= 100, "score", score(), "must be between 0 and 100");
    Checks.check(confidence() >= 0 && confidence() <= 1, "confidence", confidence(), "must be between 0 and 1");
    double sum = 0;
    for (CompetencyFit c : breakdown()) {
      sum += c.points();
    }
    if (Math.abs(sum - score()) > 1e-6 * Math.max(1, score())) {
      throw Checks.invalid("score", score(), "must equal the sum of the breakdown's points (" + sum + ")");
    }
  }
}
