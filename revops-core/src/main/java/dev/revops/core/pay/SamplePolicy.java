package dev.revops.core.pay;

import static com.google.common.base.Preconditions.checkArgument;

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
  public static final class Builder extends ImmutableSamplePolicy.Builder {
    Builder() {}
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
    checkArgument(publishMinimum() >= 1, "publishMinimum (%s) must be >= 1", publishMinimum());
    checkArgument(lowConfidenceBelow() >= publishMinimum(),
        "lowConfidenceBelow (%s) must be >= publishMinimum (%s)", lowConfidenceBelow(), publishMinimum());
    checkArgument(highConfidenceFrom() >= lowConfidenceBelow(),
        "highConfidenceFrom (%s) must be >= lowConfidenceBelow (%s)", highConfidenceFrom(), lowConfidenceBelow());
  }
}
