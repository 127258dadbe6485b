package dev.revops.core.pay;

import dev.revops.core.internal.Checks;
import org.immutables.value.Value;

/**
 * When a sample of salaries is too thin to trust: the rules behind the {@link Confidence} of an
 * empirical distribution. Every number is a revops assumption (the source gives none), in line
 * with the practice of compensation tools that withhold or flag small slices.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SamplePolicy {

  /** Assumption: below 3 values, percentiles are not published. */
  public static final int DEFAULT_PUBLISH_MINIMUM = 3;
  /** Assumption: below 5 values, confidence is low. */
  public static final int DEFAULT_LOW_CONFIDENCE_BELOW = 5;
  /** Assumption: from 30 values, confidence is high. */
  public static final int DEFAULT_HIGH_CONFIDENCE_FROM = 30;

  SamplePolicy() {}

  /**
   * Returns the default policy (3, 5, 30).
   *
   * @return the default policy, never null
   */
  public static SamplePolicy defaults() {
    return builder().build();
  }

  /**
   * Returns a builder starting from the defaults.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SamplePolicy}. Not thread-safe. */
  public static final class Builder {
    private final ImmutableSamplePolicy.Generator delegate = ImmutableSamplePolicy.generator();

    Builder() {}

    /**
     * Fill a builder with attribute values from the provided {@code SamplePolicy} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder from(SamplePolicy instance) {
      delegate.from(instance);
      return this;
    }

    /**
     * Initializes the value for the {@link SamplePolicy#publishMinimum() publishMinimum} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link SamplePolicy#publishMinimum() publishMinimum}.</em>
     * @param publishMinimum The value for publishMinimum
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder publishMinimum(int publishMinimum) {
      delegate.publishMinimum(publishMinimum);
      return this;
    }

    /**
     * Initializes the value for the {@link SamplePolicy#lowConfidenceBelow() lowConfidenceBelow} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link SamplePolicy#lowConfidenceBelow() lowConfidenceBelow}.</em>
     * @param lowConfidenceBelow The value for lowConfidenceBelow
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder lowConfidenceBelow(int lowConfidenceBelow) {
      delegate.lowConfidenceBelow(lowConfidenceBelow);
      return this;
    }

    /**
     * Initializes the value for the {@link SamplePolicy#highConfidenceFrom() highConfidenceFrom} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link SamplePolicy#highConfidenceFrom() highConfidenceFrom}.</em>
     * @param highConfidenceFrom The value for highConfidenceFrom
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder highConfidenceFrom(int highConfidenceFrom) {
      delegate.highConfidenceFrom(highConfidenceFrom);
      return this;
    }

    /**
     * Builds a new {@link SamplePolicy SamplePolicy}.
     * @return An immutable instance of SamplePolicy
     * @throws dev.revops.core.MissingValueException if any required attributes are missing
     */
    public SamplePolicy build() {
      return delegate.build();
    }
  }

  /**
   * The fewest values from which percentiles are published.
   *
   * @return the minimum, >= 1
   */
  @Value.Default
  public int publishMinimum() {
    return DEFAULT_PUBLISH_MINIMUM;
  }

  /**
   * Below this many values, confidence is {@link Confidence#LOW}.
   *
   * @return the threshold, >= {@link #publishMinimum()}
   */
  @Value.Default
  public int lowConfidenceBelow() {
    return DEFAULT_LOW_CONFIDENCE_BELOW;
  }

  /**
   * From this many values, confidence is {@link Confidence#HIGH}; between the two thresholds it
   * is {@link Confidence#MEDIUM}.
   *
   * @return the threshold, >= {@link #lowConfidenceBelow()}
   */
  @Value.Default
  public int highConfidenceFrom() {
    return DEFAULT_HIGH_CONFIDENCE_FROM;
  }

  /**
   * The confidence of a sample of a given size.
   *
   * @param size  the number of values, >= 0
   * @return the confidence, never null
   */
  public Confidence confidenceOf(int size) {
    if (size < publishMinimum()) {
      return Confidence.NONE;
    }
    if (size < lowConfidenceBelow()) {
      return Confidence.LOW;
    }
    return size < highConfidenceFrom() ? Confidence.MEDIUM : Confidence.HIGH;
  }

  @Value.Check
  void check() {
    Checks.check(publishMinimum() >= 1, "publishMinimum", publishMinimum(), "must be >= 1");
    if (!(lowConfidenceBelow() >= publishMinimum())) {
      throw Checks.invalid("lowConfidenceBelow", lowConfidenceBelow(),
          "must be >= publishMinimum (" + publishMinimum() + ")");
    }
    if (!(highConfidenceFrom() >= lowConfidenceBelow())) {
      throw Checks.invalid("highConfidenceFrom", highConfidenceFrom(),
          "must be >= lowConfidenceBelow (" + lowConfidenceBelow() + ")");
    }
  }
}
