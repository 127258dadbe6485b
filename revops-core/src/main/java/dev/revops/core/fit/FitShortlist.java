package dev.revops.core.fit;

import dev.revops.core.explain.Explanation;
import dev.revops.core.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * The best candidates for a role out of many, each assessed and explained in full, and how many
 * others there were: what a hiring team reads when thousands apply.
 *
 * <pre>{@code
 * FitShortlist shortlist = FitScorer.withDefaults().shortlist(applicants, role, 100);
 * shortlist.best().get(0);              // the best-backed fit, with its explanation
 * shortlist.placedCount();              // everyone who could be placed, the best included
 * }</pre>
 *
 * <p>{@link #best()} holds the first candidates of {@link FitScorer#rank}'s placed group, in the
 * same order and with the same assessments; the others are scored but neither kept nor explained.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FitShortlist {

  FitShortlist() {}

  /**
   * The best placed candidates, best first, each assessed in full.
   *
   * @return the assessments, never null, at most {@link #placedCount()}
   */
  public abstract List<FitAssessment> best();

  /**
   * How many candidates were placed (meet the must-haves, enough of the role backed by evidence),
   * the best ones included.
   *
   * @return the count, >= the size of {@link #best()}
   */
  public abstract int placedCount();

  /**
   * How many candidates had too little of the role backed by evidence to be placed.
   *
   * @return the count, >= 0
   */
  public abstract int notEnoughEvidenceCount();

  /**
   * How many candidates fell short of a must-have.
   *
   * @return the count, >= 0
   */
  public abstract int notMeetingMustHavesCount();

  /**
   * Why: the shortlist's size and the counts first, then the ranking rule.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  @Value.Check
  void check() {
    Checks.check(notEnoughEvidenceCount() >= 0, "notEnoughEvidenceCount", notEnoughEvidenceCount(), "must be >= 0");
    Checks.check(notMeetingMustHavesCount() >= 0, "notMeetingMustHavesCount", notMeetingMustHavesCount(),
        "must be >= 0");
    Checks.check(placedCount() >= best().size(), "placedCount", placedCount(),
        "must be at least the number of best candidates (" + best().size() + ")");
    for (int i = 0; i < best().size(); i++) {
      FitAssessment a = best().get(i);
      if (!a.meetsMustHaves()) {
        throw Checks.invalid("best[" + i + "]", a.candidate().id(), "must meet every must-have to be placed");
      }
    }
  }
}
