package dev.revops.core.pay;

import dev.revops.core.internal.Checks;
import dev.revops.core.org.OpsLevel;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One row of a salary benchmark: the Ops levels it covers, the median and maximum salary, the
 * share with a bonus, and the number of people behind it.
 *
 * <p>The Business Operations Network study reports directors and VPs in one row; that cohort
 * covers both levels ({@link #isShared()}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SalaryCohort {

  SalaryCohort() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SalaryCohort}. Not thread-safe. */
  public static final class Builder {
    private final ImmutableSalaryCohort.Generator delegate = ImmutableSalaryCohort.generator();

    Builder() {}

    /**
     * Fill a builder with attribute values from the provided {@code SalaryCohort} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder from(SalaryCohort instance) {
      delegate.from(instance);
      return this;
    }

    /**
     * Adds one element to {@link SalaryCohort#levels() levels} set.
     * @param element A levels element
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder addLevels(OpsLevel element) {
      delegate.addLevels(element);
      return this;
    }

    /**
     * Adds elements to {@link SalaryCohort#levels() levels} set.
     * @param elements An array of levels elements
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder addLevels(OpsLevel... elements) {
      Objects.requireNonNull(elements, "levels");
      delegate.addLevels(elements);
      return this;
    }

    /**
     * Sets or replaces all elements for {@link SalaryCohort#levels() levels} set.
     * @param elements An iterable of levels elements
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder levels(Iterable<OpsLevel> elements) {
      Objects.requireNonNull(elements, "levels");
      delegate.levels(elements);
      return this;
    }

    /**
     * Adds elements to {@link SalaryCohort#levels() levels} set.
     * @param elements An iterable of levels elements
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder addAllLevels(Iterable<OpsLevel> elements) {
      Objects.requireNonNull(elements, "levels");
      delegate.addAllLevels(elements);
      return this;
    }

    /**
     * Initializes the value for the {@link SalaryCohort#median() median} attribute.
     * @param median The value for median
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder median(Money median) {
      delegate.median(median);
      return this;
    }

    /**
     * Initializes the value for the {@link SalaryCohort#maximum() maximum} attribute.
     * @param maximum The value for maximum
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder maximum(Money maximum) {
      delegate.maximum(maximum);
      return this;
    }

    /**
     * Initializes the optional value {@link SalaryCohort#bonusShare() bonusShare} to bonusShare.
     * @param bonusShare The value for bonusShare
     * @return {@code this} builder for chained invocation
     */
    public Builder bonusShare(double bonusShare) {
      delegate.bonusShare(bonusShare);
      return this;
    }

    /**
     * Initializes the optional value {@link SalaryCohort#bonusShare() bonusShare} to bonusShare.
     * @param bonusShare The value for bonusShare
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder bonusShare(OptionalDouble bonusShare) {
      Objects.requireNonNull(bonusShare, "bonusShare");
      delegate.bonusShare(bonusShare);
      return this;
    }

    /**
     * Initializes the value for the {@link SalaryCohort#sampleSize() sampleSize} attribute.
     * @param sampleSize The value for sampleSize
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder sampleSize(int sampleSize) {
      delegate.sampleSize(sampleSize);
      return this;
    }

    /**
     * Initializes the value for the {@link SalaryCohort#sampleSizeAssumed() sampleSizeAssumed} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link SalaryCohort#sampleSizeAssumed() sampleSizeAssumed}.</em>
     * @param sampleSizeAssumed The value for sampleSizeAssumed
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder sampleSizeAssumed(boolean sampleSizeAssumed) {
      delegate.sampleSizeAssumed(sampleSizeAssumed);
      return this;
    }

    /**
     * Builds a new {@link SalaryCohort SalaryCohort}.
     * @return An immutable instance of SalaryCohort
     * @throws dev.revops.core.MissingValueException if any required attributes are missing
     */
    public SalaryCohort build() {
      return delegate.build();
    }
  }

  /**
   * The levels covered.
   *
   * @return the levels, at least one, never null
   */
  public abstract Set<OpsLevel> levels();

  /**
   * The median annual salary.
   *
   * @return the median, > 0
   */
  public abstract Money median();

  /**
   * The highest annual salary reported.
   *
   * @return the maximum, above the median
   */
  public abstract Money maximum();

  /**
   * The share of the cohort with a bonus, from 0 to 1.
   *
   * @return the share, empty if not reported
   */
  public abstract OptionalDouble bonusShare();

  /**
   * The number of people in the cohort: the n of the log-normal fit.
   *
   * @return n, >= 2
   */
  public abstract int sampleSize();

  /**
   * Whether {@link #sampleSize()} is an assumption (the source does not report it).
   *
   * @return true if the sample size is assumed
   */
  @Value.Default
  public boolean sampleSizeAssumed() {
    return false;
  }

  /**
   * Returns true if the cohort covers more than one level.
   *
   * @return whether the row is shared between levels
   */
  public boolean isShared() {
    return levels().size() > 1;
  }

  /**
   * The cohort's name as the study gives its row: its levels joined, such as "Director / VP".
   *
   * @param locale  the language, not null
   * @return the name, never null
   */
  public String displayName(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return levels().stream().sorted().map(l -> l.displayName(locale)).collect(Collectors.joining(" / "));
  }

  @Value.Check
  void check() {
    Checks.check(!levels().isEmpty(), "levels", levels(), "must hold at least one level");
    PayMath.checkCurrency("maximum", maximum(), median().getCurrencyUnit(), "the median (" + median() + ")");
    Checks.check(median().isPositive(), "median", median(), "must be > 0");
    if (!(maximum().isGreaterThan(median()))) {
      throw Checks.invalid("maximum", maximum(), "must be above the median (" + median() + ")");
    }
    bonusShare().ifPresent(s -> Checks.check(s >= 0 && s <= 1, "bonusShare", s, "must be between 0 and 1"));
    Checks.check(sampleSize() >= 2, "sampleSize", sampleSize(), "must be >= 2");
  }
}
