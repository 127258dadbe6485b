package dev.revops.core.fit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * What to expect of a candidate from one {@link ProfileOrigin} before anything is assessed: the
 * expected proficiency per competency, the watch points, and the development actions for them.
 * Derived from the source's strengths and watch points; each number is an assumption of
 * {@link FitPolicy#defaults()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OriginPrior {

  OriginPrior() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OriginPrior}. Not thread-safe. */
  public static final class Builder {
    private final ImmutableOriginPrior.Generator delegate = ImmutableOriginPrior.generator();

    Builder() {}

    /**
     * Fill a builder with attribute values from the provided {@code OriginPrior} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder from(OriginPrior instance) {
      delegate.from(instance);
      return this;
    }

    /**
     * Initializes the value for the {@link OriginPrior#origin() origin} attribute.
     * @param origin The value for origin
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder origin(ProfileOrigin origin) {
      delegate.origin(origin);
      return this;
    }

    /**
     * Put one entry to the {@link OriginPrior#expected() expected} map.
     * @param key The key in the expected map
     * @param value The associated value in the expected map
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putExpected(Competency key, Proficiency value) {
      delegate.putExpected(key, value);
      return this;
    }

    /**
     * Put one entry to the {@link OriginPrior#expected() expected} map. Nulls are not permitted
     * @param entry The key and value entry
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putExpected(Map.Entry<Competency, ? extends Proficiency> entry) {
      Objects.requireNonNull(entry, "expected entry");
      delegate.putExpected(entry);
      return this;
    }

    /**
     * Sets or replaces all mappings from the specified map as entries for the {@link OriginPrior#expected() expected} map. Nulls are not permitted
     * @param entries The entries that will be added to the expected map
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder expected(Map<Competency, ? extends Proficiency> entries) {
      Objects.requireNonNull(entries, "expected");
      delegate.expected(entries);
      return this;
    }

    /**
     * Put all mappings from the specified map as entries to {@link OriginPrior#expected() expected} map. Nulls are not permitted
     * @param entries The entries that will be added to the expected map
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putAllExpected(Map<Competency, ? extends Proficiency> entries) {
      Objects.requireNonNull(entries, "expected");
      delegate.putAllExpected(entries);
      return this;
    }

    /**
     * Adds one element to {@link OriginPrior#watchPoints() watchPoints} list.
     * @param element A watchPoints element
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder addWatchPoints(Competency element) {
      delegate.addWatchPoints(element);
      return this;
    }

    /**
     * Adds elements to {@link OriginPrior#watchPoints() watchPoints} list.
     * @param elements An array of watchPoints elements
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder addWatchPoints(Competency... elements) {
      Objects.requireNonNull(elements, "watchPoints");
      delegate.addWatchPoints(elements);
      return this;
    }

    /**
     * Sets or replaces all elements for {@link OriginPrior#watchPoints() watchPoints} list.
     * @param elements An iterable of watchPoints elements
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder watchPoints(Iterable<? extends Competency> elements) {
      Objects.requireNonNull(elements, "watchPoints");
      delegate.watchPoints(elements);
      return this;
    }

    /**
     * Adds elements to {@link OriginPrior#watchPoints() watchPoints} list.
     * @param elements An iterable of watchPoints elements
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder addAllWatchPoints(Iterable<? extends Competency> elements) {
      Objects.requireNonNull(elements, "watchPoints");
      delegate.addAllWatchPoints(elements);
      return this;
    }

    /**
     * Builds a new {@link OriginPrior OriginPrior}.
     * @return An immutable instance of OriginPrior
     * @throws dev.revops.core.MissingValueException if any required attributes are missing
     */
    public OriginPrior build() {
      return delegate.build();
    }
  }

  /**
   * The origin.
   *
   * @return the origin, never null
   */
  public abstract ProfileOrigin origin();

  /**
   * Expected proficiency per competency; a competency missing here is expected at
   * {@link Proficiency#WORKING}.
   *
   * @return the expectations, never null
   */
  public abstract Map<Competency, Proficiency> expected();

  /**
   * The competencies to watch for this origin (the source's watch points).
   *
   * @return the watch points, never null
   */
  public abstract List<Competency> watchPoints();

  /**
   * The expected proficiency in one competency.
   *
   * @param competency  the competency, not null
   * @return the proficiency, never null
   */
  public Proficiency expected(Competency competency) {
    return expected().getOrDefault(Objects.requireNonNull(competency, "competency"), Proficiency.WORKING);
  }
}
