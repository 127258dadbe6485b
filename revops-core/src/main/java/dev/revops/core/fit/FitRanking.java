package dev.revops.core.fit;

import dev.revops.core.explain.Explanation;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * Candidates ranked for a role, in three groups: those placed in order, those not assessed enough
 * to be placed, and those whose evidence falls short of a must-have.
 *
 * <pre>{@code
 * FitRanking ranking = FitScorer.withDefaults().rank(candidates, role);
 * ranking.placed().get(0);         // the best-backed fit
 * ranking.notEnoughEvidence();     // assess them before comparing
 * ranking.notMeetingMustHaves();   // out, whatever their score
 * }</pre>
 *
 * <p>Placed candidates meet every must-have (or have them to verify) and have at least
 * {@link FitPolicy#rankingMinimumConfidence()} of the role backed by evidence; they are ordered by
 * the low end of their score's range, then score, then confidence, then id, so that a candidate
 * who merely looks good on paper does not outrank one proven to meet the role. The other two
 * groups are ordered by score, then id.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FitRanking {

  FitRanking() {}

  /**
   * The candidates placed, best first.
   *
   * @return the assessments, never null
   */
  public abstract List<FitAssessment> placed();

  /**
   * The candidates with too little of the role backed by evidence to be placed, by score.
   *
   * @return the assessments, never null
   */
  public abstract List<FitAssessment> notEnoughEvidence();

  /**
   * The candidates whose evidence shows less than a must-have, by score.
   *
   * @return the assessments, never null
   */
  public abstract List<FitAssessment> notMeetingMustHaves();

  /**
   * Why: the ordering rule, the threshold of evidence and how many candidates fall in each group.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  /**
   * Every candidate: the placed ones in order, then those not assessed enough, then those not
   * meeting a must-have.
   *
   * @return the assessments, never null
   */
  public List<FitAssessment> all() {
    List<FitAssessment> all = new ArrayList<>(placed());
    all.addAll(notEnoughEvidence());
    all.addAll(notMeetingMustHaves());
    return List.copyOf(all);
  }
}
