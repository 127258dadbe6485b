package dev.revops.core.pay;

import dev.revops.core.InvalidValueException;

/**
 * Thrown when percentiles are asked of a distribution built from too few values to publish them
 * (fewer than {@link SamplePolicy#publishMinimum()}, 3 by default), as compensation tools withhold
 * thin slices. Check {@link SalaryDistribution#isPublishable()} first to avoid it.
 */
public final class InsufficientDataException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final int size;
  private final int minimum;

  InsufficientDataException(int size, int minimum) {
    super("values", size + " salaries", "must number at least " + minimum + " to publish percentiles");
    this.size = size;
    this.minimum = minimum;
  }

  /**
   * The number of values the distribution holds.
   *
   * @return the sample size
   */
  public int size() {
    return size;
  }

  /**
   * The number of values needed to publish percentiles.
   *
   * @return the minimum
   */
  public int minimum() {
    return minimum;
  }
}
