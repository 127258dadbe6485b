package dev.revops.core.fit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A candidate for an Ops role: where they come from, their experience, and what has been
 * assessed so far. Competencies not assessed are unknown, not zero: the scorer uses the origin's
 * prior for them and lowers its confidence.
 *
 * <pre>{@code
 * Candidate amina = Candidate.builder()
 *     .id("amina")
 *     .origin(ProfileOrigin.SALES_OR_CUSTOMER_SUCCESS)
 *     .totalYears(6).opsYears(0)
 *     .assess(Competency.FIELD_KNOWLEDGE, Proficiency.EXPERT, Evidence.INTERVIEW)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Candidate {

  Candidate() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Candidate}. Not thread-safe. */
  public static final class Builder extends ImmutableCandidate.Builder {
    Builder() {}

    /**
     * Adds an assessment.
     *
     * @param competency  the competency, not null
     * @param proficiency  the proficiency, not null
     * @param evidence  how it is known, not null
     * @return this builder
     */
    public Builder assess(Competency competency, Proficiency proficiency, Evidence evidence) {
      addAssessments(Assessment.of(competency, proficiency, evidence));
      return this;
    }
  }

  /**
   * An identifier, unique among the candidates ranked together.
   *
   * @return the id, never blank
   */
  public abstract String id();

  /**
   * The pool the candidate comes from.
   *
   * @return the origin, never null
   */
  public abstract ProfileOrigin origin();

  /**
   * Total years of professional experience.
   *
   * @return the years, finite and >= 0
   */
  public abstract double totalYears();

  /**
   * Years of experience in Ops, at most {@link #totalYears()}.
   *
   * @return the years, finite and >= 0
   */
  @Value.Default
  public double opsYears() {
    return 0;
  }

  /**
   * The assessments, at most one per competency.
   *
   * @return the assessments, never null
   */
  public abstract ImmutableList<Assessment> assessments();

  /**
   * The assessment of one competency.
   *
   * @param competency  the competency, not null
   * @return the assessment, empty if the competency was not assessed
   */
  public Optional<Assessment> assessment(Competency competency) {
    Objects.requireNonNull(competency, "competency");
    return assessments().stream().filter(a -> a.competency() == competency).findFirst();
  }

  @Value.Check
  void check() {
    checkArgument(!id().isBlank(), "id (%s) must not be blank", id());
    checkArgument(Double.isFinite(totalYears()) && totalYears() >= 0,
        "totalYears of candidate %s (%s) must be a finite number >= 0", id(), totalYears());
    checkArgument(Double.isFinite(opsYears()) && opsYears() >= 0,
        "opsYears of candidate %s (%s) must be a finite number >= 0", id(), opsYears());
    checkArgument(opsYears() <= totalYears(),
        "opsYears of candidate %s (%s) must not exceed totalYears (%s)", id(), opsYears(), totalYears());
    EnumSet<Competency> seen = EnumSet.noneOf(Competency.class);
    for (Assessment a : assessments()) {
      checkArgument(seen.add(a.competency()),
          "assessments of candidate %s must assess %s once", id(), a.competency());
    }
  }
}
