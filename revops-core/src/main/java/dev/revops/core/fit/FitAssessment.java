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
 * fit.scoreLow();         // the low end of its plausible range
 * fit.displayScore();     // "64 (52–75)": whole points, as precise as the evidence allows
 * fit.confidence();       // 0 to 1: share of the requirement weight backed by evidence
 * fit.meetsMustHaves();   // false when evidence shows less than a must-have
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
  @Value.Parameter
  public abstract Candidate candidate();

  /**
   * The role.
   *
   * @return the role, never null
   */
  @Value.Parameter
  public abstract OpsRole role();

  /**
   * The requirements scored against.
   *
   * @return the requirements, never null
   */
  @Value.Parameter
  public abstract RoleRequirements requirements();

  /**
   * The score: for each required competency, its weight share times min(1, estimate / required),
   * summed and scaled to 100.
   *
   * @return the score, 0 to 100
   */
  @Value.Parameter
  public abstract double score();

  /**
   * The low end of the score's plausible range. The range is {@code 2 × u × (1 - confidence)}
   * points wide ({@code u} = {@link FitPolicy#uncertaintyAtNoEvidence()}), centred on the score
   * and moved inside 0–100 when it would cross an end, so that evidence never widens it.
   *
   * @return the low end, 0 to the score
   */
  @Value.Parameter
  public abstract double scoreLow();

  /**
   * The high end of the score's plausible range (see {@link #scoreLow()}).
   *
   * @return the high end, the score to 100
   */
  @Value.Parameter
  public abstract double scoreHigh();

  /**
   * The score as people should read it: whole points and the range, {@code 64 (52–75)}.
   *
   * @return the text, never null
   */
  public String displayScore() {
    return Math.round(score()) + " (" + Math.round(scoreLow()) + "–" + Math.round(scoreHigh()) + ")";
  }

  /**
   * The share of the requirement weight backed by evidence: each competency counts by how much its
   * evidence outweighs the prior (a practical case 80 %, a self-declaration 15 %, several add up).
   *
   * @return the confidence, 0 to below 1
   */
  @Value.Parameter
  public abstract double confidence();

  /**
   * The role's must-haves checked against the candidate's evidence, in competency order.
   *
   * @return the checks, never null, empty when the role has no must-have
   */
  @Value.Parameter
  public abstract List<MustHaveCheck> mustHaves();

  /**
   * Whether no must-have is contradicted by the evidence (some may still be to verify).
   *
   * @return false when the strongest evidence of a must-have shows less than its minimum
   */
  public boolean meetsMustHaves() {
    return mustHaves().stream().noneMatch(m -> m.status() == MustHaveStatus.NOT_MET);
  }

  /**
   * The breakdown per required competency, in competency order.
   *
   * @return the breakdown, never null
   */
  @Value.Parameter
  public abstract List<CompetencyFit> breakdown();

  /**
   * The gaps, largest weighted impact first (ties in competency order): competencies whose
   * estimate is below the required level, unless the strongest evidence other than a
   * self-declaration shows the required level (the prior's remaining doubt then only lowers the
   * score a little).
   *
   * @return the gaps, never null
   */
  @Value.Parameter
  public abstract List<CompetencyGap> gaps();

  /**
   * What the interview or practical case should test: must-haves to verify first, then
   * high-weight competencies not yet assessed, then the origin's watch points not yet tested in a
   * practical case.
   *
   * @return the focus items, never null
   */
  @Value.Parameter
  public abstract List<FocusItem> interviewFocus();

  /**
   * Why: the requirements and where they come from, each competency's contribution, the priors
   * and evidence weights used (assumptions), the score and the confidence.
   *
   * @return the explanation, never null
   */
  @Value.Parameter
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
    if (!(scoreLow() >= 0 && scoreLow() <= score() + 1e-9)) {
      throw Checks.invalid("scoreLow", scoreLow(), "must be between 0 and the score (" + score() + ")");
    }
    if (!(scoreHigh() <= 100 && scoreHigh() >= score() - 1e-9)) {
      throw Checks.invalid("scoreHigh", scoreHigh(), "must be between the score (" + score() + ") and 100");
    }
    double sum = 0;
    for (CompetencyFit c : breakdown()) {
      sum += c.points();
    }
    if (Math.abs(sum - score()) > 1e-6 * Math.max(1, score())) {
      throw Checks.invalid("score", score(), "must equal the sum of the breakdown's points (" + sum + ")");
    }
  }
}
