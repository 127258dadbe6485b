package dev.revops.core.fit;

import dev.revops.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
  public static final class Builder {
    private final ImmutableCandidate.Generator delegate = ImmutableCandidate.generator();

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

    /**
     * Fill a builder with attribute values from the provided {@code Candidate} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder from(Candidate instance) {
      delegate.from(instance);
      return this;
    }

    /**
     * Initializes the value for the {@link Candidate#id() id} attribute.
     * @param id The value for id
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder id(String id) {
      delegate.id(id);
      return this;
    }

    /**
     * Initializes the value for the {@link Candidate#origin() origin} attribute.
     * @param origin The value for origin
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder origin(ProfileOrigin origin) {
      delegate.origin(origin);
      return this;
    }

    /**
     * Initializes the value for the {@link Candidate#totalYears() totalYears} attribute.
     * @param totalYears The value for totalYears
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder totalYears(double totalYears) {
      delegate.totalYears(totalYears);
      return this;
    }

    /**
     * Initializes the value for the {@link Candidate#opsYears() opsYears} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link Candidate#opsYears() opsYears}.</em>
     * @param opsYears The value for opsYears
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder opsYears(double opsYears) {
      delegate.opsYears(opsYears);
      return this;
    }

    /**
     * Adds one element to {@link Candidate#assessments() assessments} list.
     * @param element A assessments element
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder addAssessments(Assessment element) {
      delegate.addAssessments(element);
      return this;
    }

    /**
     * Adds elements to {@link Candidate#assessments() assessments} list.
     * @param elements An array of assessments elements
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder addAssessments(Assessment... elements) {
      Objects.requireNonNull(elements, "assessments");
      delegate.addAssessments(elements);
      return this;
    }

    /**
     * Sets or replaces all elements for {@link Candidate#assessments() assessments} list.
     * @param elements An iterable of assessments elements
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder assessments(Iterable<? extends Assessment> elements) {
      Objects.requireNonNull(elements, "assessments");
      delegate.assessments(elements);
      return this;
    }

    /**
     * Adds elements to {@link Candidate#assessments() assessments} list.
     * @param elements An iterable of assessments elements
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder addAllAssessments(Iterable<? extends Assessment> elements) {
      Objects.requireNonNull(elements, "assessments");
      delegate.addAllAssessments(elements);
      return this;
    }

    /**
     * Builds a new {@link Candidate Candidate}.
     * @return An immutable instance of Candidate
     * @throws dev.revops.core.MissingValueException if any required attributes are missing
     */
    public Candidate build() {
      return delegate.build();
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
   * The assessments, at most one per competency and kind of evidence: a competency can be
   * self-declared on the application, then judged in an interview and observed in a practical case.
   *
   * @return the assessments, never null
   */
  public abstract List<Assessment> assessments();

  /**
   * The assessments of one competency, strongest kind of evidence first (practical case,
   * interview, reference, self-declaration).
   *
   * @param competency  the competency, not null
   * @return the assessments, never null, empty if the competency was not assessed
   */
  public List<Assessment> assessments(Competency competency) {
    Objects.requireNonNull(competency, "competency");
    List<Assessment> found = byCompetency().get(competency);
    return found != null ? found : List.of();
  }

  /**
   * The assessments by competency, strongest evidence first: worked out once, as scoring asks
   * for each competency several times.
   *
   * @return the assessments of each assessed competency
   */
  @Value.Lazy
  Map<Competency, List<Assessment>> byCompetency() {
    Map<Competency, List<Assessment>> index = new EnumMap<>(Competency.class);
    for (Assessment a : assessments()) {
      index.computeIfAbsent(a.competency(), c -> new ArrayList<>(2)).add(a);
    }
    for (Map.Entry<Competency, List<Assessment>> e : index.entrySet()) {
      List<Assessment> list = e.getValue();
      if (list.size() > 1) {
        list.sort(Comparator.comparing(Assessment::evidence));
      }
      e.setValue(Collections.unmodifiableList(list));
    }
    return Collections.unmodifiableMap(index);
  }

  /**
   * The assessment of one competency by the strongest kind of evidence.
   *
   * @param competency  the competency, not null
   * @return the assessment, empty if the competency was not assessed
   */
  public Optional<Assessment> assessment(Competency competency) {
    List<Assessment> all = assessments(competency);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  @Value.Check
  void check() {
    Checks.check(!id().isBlank(), "id", id(), "must not be blank");
    if (!(Double.isFinite(totalYears()) && totalYears() >= 0)) {
      throw Checks.invalid("totalYears", totalYears(), "must be a finite number >= 0");
    }
    if (!(Double.isFinite(opsYears()) && opsYears() >= 0)) {
      throw Checks.invalid("opsYears", opsYears(), "must be a finite number >= 0");
    }
    if (!(opsYears() <= totalYears())) {
      throw Checks.invalid("opsYears", opsYears(),
          "must not exceed totalYears (" + totalYears() + ")");
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < assessments().size(); i++) {
      Assessment a = assessments().get(i);
      if (!seen.add(a.competency() + "/" + a.evidence())) {
        throw Checks.invalid("assessments[" + i + "].evidence", a.evidence(),
            "must not assess " + a.competency() + " again with the same kind of evidence");
      }
    }
  }
}
