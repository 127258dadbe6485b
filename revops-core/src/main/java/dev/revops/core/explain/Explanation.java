package dev.revops.core.explain;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.revops.core.internal.Checks;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Why a result is what it is: the ordered {@link Reason}s behind it.
 *
 * <p>Every revops result carries one. A user interface shows {@link #render(Locale)} or
 * {@link #lines(Locale)}; a test or an audit reads the structured {@link #reasons()}; a caller who
 * wants to know whether the result rests on numbers the source does not give reads
 * {@link #assumptions()}:
 *
 * <pre>{@code
 * Explanation why = recommendation.explanation();
 * System.out.println(why.render(Locale.FRENCH));
 * if (why.restsOnAssumptions()) { ... }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Explanation {

  /** The empty explanation, in a holder: a class that makes its generated subclass at start-up can deadlock. */
  private static final class Empty {
    static final ImmutableExplanation VALUE = (ImmutableExplanation) ImmutableExplanation.generator().build();
  }

  Explanation() {}

  /**
   * The reasons, in the order they were established.
   *
   * @return the reasons, never null
   */
  public abstract List<Reason> reasons();

  /**
   * Obtains an explanation from reasons.
   *
   * @param reasons  the reasons in order, not null, no null element
   * @return the new instance, never null
   */
  public static Explanation of(Reason... reasons) {
    return of(Arrays.asList(Objects.requireNonNull(reasons, "reasons")));
  }

  /**
   * Obtains an explanation from reasons.
   *
   * @param reasons  the reasons in order, not null, no null element
   * @return the new instance, never null
   */
  public static Explanation of(Iterable<Reason> reasons) {
    return Empty.VALUE.withReasons(Checks.noNulls(reasons, "reasons"));
  }

  /**
   * Returns a builder, to add reasons one by one.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Explanation}, one reason after another. Not thread-safe. */
  public static final class Builder {
    private final ImmutableExplanation.Generator delegate = ImmutableExplanation.generator();

    Builder() {}

    /**
     * Fill a builder with attribute values from the provided {@code Explanation} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder from(Explanation instance) {
      delegate.from(instance);
      return this;
    }

    /**
     * Adds one element to {@link Explanation#reasons() reasons} list.
     * @param element A reasons element
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder addReasons(Reason element) {
      delegate.addReasons(element);
      return this;
    }

    /**
     * Adds elements to {@link Explanation#reasons() reasons} list.
     * @param elements An array of reasons elements
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder addReasons(Reason... elements) {
      Objects.requireNonNull(elements, "reasons");
      delegate.addReasons(elements);
      return this;
    }

    /**
     * Sets or replaces all elements for {@link Explanation#reasons() reasons} list.
     * @param elements An iterable of reasons elements
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder reasons(Iterable<? extends Reason> elements) {
      Objects.requireNonNull(elements, "reasons");
      delegate.reasons(elements);
      return this;
    }

    /**
     * Adds elements to {@link Explanation#reasons() reasons} list.
     * @param elements An iterable of reasons elements
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder addAllReasons(Iterable<? extends Reason> elements) {
      Objects.requireNonNull(elements, "reasons");
      delegate.addAllReasons(elements);
      return this;
    }

    /**
     * Builds a new {@link Explanation Explanation}.
     * @return An immutable instance of Explanation
     * @throws dev.revops.core.MissingValueException if any required attributes are missing
     */
    public Explanation build() {
      return delegate.build();
    }
  }

  /**
   * Returns an explanation with one more reason at the end.
   *
   * @param reason  the reason to add, not null
   * @return the longer explanation, never null
   */
  public Explanation plus(Reason reason) {
    return builder().from(this).addReasons(Objects.requireNonNull(reason, "reason")).build();
  }

  /**
   * Returns an explanation with the reasons of another one added at the end.
   *
   * @param other  the explanation to append, not null
   * @return the longer explanation, never null
   */
  public Explanation plus(Explanation other) {
    return builder().from(this).addAllReasons(Objects.requireNonNull(other, "other").reasons()).build();
  }

  /**
   * Returns the reasons with the given basis, in order.
   *
   * @param basis  the basis, not null
   * @return the matching reasons, never null
   */
  public List<Reason> reasons(Basis basis) {
    Objects.requireNonNull(basis, "basis");
    return reasons().stream().filter(r -> r.basis() == basis).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the assumptions this result rests on: the reasons whose basis is
   * {@link Basis#ASSUMPTION}.
   *
   * @return the assumptions, in order, never null
   */
  public List<Reason> assumptions() {
    return reasons(Basis.ASSUMPTION);
  }

  /**
   * Returns true if at least one reason is an assumption.
   *
   * @return whether the result rests on a number or choice the source does not give
   */
  public boolean restsOnAssumptions() {
    return reasons().stream().anyMatch(Reason::isAssumption);
  }

  /**
   * Returns the distinct sources cited, in order of first citation.
   *
   * @return the sources, never null
   */
  public Set<Source> sources() {
    return reasons().stream()
        .flatMap(r -> r.source().stream())
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Renders every reason as one line.
   *
   * @param locale  the language (French for a French locale, English otherwise), not null
   * @return the lines, in order, never null
   */
  public List<String> lines(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return reasons().stream().map(r -> r.render(locale)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Renders the explanation as text, one reason per line.
   *
   * @param locale  the language (French for a French locale, English otherwise), not null
   * @return the text, never null
   */
  public String render(Locale locale) {
    return String.join("\n", lines(locale));
  }

  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }
}
