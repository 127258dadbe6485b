package dev.revops.core.pay;

import com.google.common.collect.ImmutableList;
import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.Reason;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.statistics.descriptive.Quantile;
import org.joda.money.CurrencyUnit;
import org.jspecify.annotations.Nullable;

/**
 * The distribution of a sample of salaries (your own pay data), made by
 * {@link SalaryDistributions#empirical(double[], QuantileMethod)}.
 *
 * <p>Quantiles follow the chosen Hyndman–Fan {@link QuantileMethod}, computed by Commons
 * Statistics {@link Quantile} on the sorted sample. {@link #cdf(double)} is the inverse
 * consistent with that method: the largest fraction p whose quantile does not exceed the amount,
 * {@code sup{p : quantile(p) <= amount}}. Where the quantile function is strictly increasing the
 * two are exact inverses; over tied values the cdf answers the top of the tie; for the step
 * methods (HF1 to HF3) it is the step's right end (for HF1, the empirical distribution function
 * {@code #(x <= amount) / n}).
 *
 * <p>Thin samples: below {@link SamplePolicy#publishMinimum()} values the distribution answers
 * {@link Confidence#NONE} and every percentile query throws {@link InsufficientDataException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EmpiricalSalaryDistribution implements SalaryDistribution {

  private final CurrencyUnit currency;
  private final double[] sorted;
  private final QuantileMethod method;
  private final Quantile quantile;
  private final SamplePolicy policy;
  private final Confidence confidence;
  private final ImmutableList<Reason> warnings;
  private final Explanation explanation;
  /** The plotting position h = slope · p + offset of a continuous method; unused for HF1 to HF3. */
  private final double positionSlope;
  private final double positionOffset;
  /**
   * A bucket index over [min, max] for {@link #upperBound}: a value v falls in bucket
   * {@link #bucket(double)}, a function that never decreases as v grows (floating-point
   * subtraction and multiplication are monotonic), so every value of an earlier bucket is below
   * any value of a later one. {@code start[b]} is the first sorted index whose bucket is b or
   * later. There are two buckets per value (an int each, 8 bytes a value), so a lookup reads two
   * entries of {@code start} and searches one bucket, usually of no value or one, instead of the
   * whole sample; it reads no boundary: a bucket is recomputed, never compared.
   */
  private final double min;
  private final double bucketsPerUnit;
  private final int lastBucket;
  private final int[] start;

  EmpiricalSalaryDistribution(CurrencyUnit currency, double[] sorted, QuantileMethod method, SamplePolicy policy,
      ImmutableList<Reason> warnings, Explanation explanation) {
    this.currency = currency;
    this.sorted = sorted;
    this.method = method;
    this.quantile = Quantile.withDefaults().with(method.estimation());
    this.policy = policy;
    this.confidence = policy.confidenceOf(sorted.length);
    this.warnings = warnings;
    this.explanation = explanation;
    double[] position = method.isContinuous() ? method.position(sorted.length) : new double[] {1, 0};
    this.positionSlope = position[0];
    this.positionOffset = position[1];
    this.min = sorted[0];
    double range = sorted[sorted.length - 1] - min;
    int buckets = (int) Math.min(Integer.MAX_VALUE - 1, Math.max(1, 2L * sorted.length));
    this.bucketsPerUnit = range > 0 && Double.isFinite(buckets / range) ? buckets / range : 0;
    this.lastBucket = buckets - 1;
    this.start = new int[buckets + 1];
    int i = 0;
    for (int b = 0; b <= buckets; b++) {
      while (i < sorted.length && bucket(sorted[i]) < b) {
        i++;
      }
      start[b] = i;
    }
  }

  /** The bucket of an amount of [min, max]: monotonic in the amount, between 0 and the last bucket. */
  private int bucket(double amount) {
    return (int) Math.min(lastBucket, (amount - min) * bucketsPerUnit);
  }

  @Override
  public CurrencyUnit currency() {
    return currency;
  }

  /**
   * The number of salaries in the sample.
   *
   * @return the sample size, >= 1
   */
  public int size() {
    return sorted.length;
  }

  /**
   * The quantile method.
   *
   * @return the method, never null
   */
  public QuantileMethod method() {
    return method;
  }

  /**
   * The sorted sample (a copy).
   *
   * @return the salaries in ascending order, never null
   */
  public double[] values() {
    return sorted.clone();
  }

  /**
   * The lowest salary of the sample.
   *
   * @return the minimum
   */
  public double min() {
    return sorted[0];
  }

  /**
   * The highest salary of the sample.
   *
   * @return the maximum
   */
  public double max() {
    return sorted[sorted.length - 1];
  }

  private void checkPublishable() {
    if (confidence == Confidence.NONE) {
      throw new InsufficientDataException(sorted.length, policy.publishMinimum());
    }
  }

  @Override
  public double quantile(double fraction) {
    PayMath.checkFraction(fraction);
    checkPublishable();
    return quantile.evaluate(sorted.length, i -> sorted[i], fraction);
  }

  /**
   * The salaries at several fractions in one call.
   *
   * @param fractions  the fractions, not null, each strictly between 0 and 1
   * @return the amounts, in the order of the fractions (none for no fraction)
   * @throws IllegalArgumentException if a fraction is out of range
   * @throws InsufficientDataException if the distribution is not publishable
   */
  public double[] quantiles(double... fractions) {
    java.util.Objects.requireNonNull(fractions, "fractions");
    for (double f : fractions) {
      PayMath.checkFraction(f);
    }
    checkPublishable();
    if (fractions.length == 0) {
      return new double[0];
    }
    return quantile.evaluate(sorted.length, i -> sorted[i], fractions);
  }

  @Override
  public double cdf(double amount) {
    PayMath.checkFinite(amount);
    checkPublishable();
    int n = sorted.length;
    int atOrBelow = upperBound(amount);
    if (!method.isContinuous()) {
      return switch (method) {
        case HF1, HF2 -> (double) atOrBelow / n;
        case HF3 -> atOrBelow == 0 ? 0 : Math.min(1, (atOrBelow + 0.5) / n);
        case HF4, HF5, HF6, HF7, HF8, HF9 -> throw new IllegalStateException(method + " is continuous");
      };
    }
    if (atOrBelow == 0) {
      return 0;
    }
    if (atOrBelow == n) {
      return 1;
    }
    double lo = sorted[atOrBelow - 1];
    double hi = sorted[atOrBelow];
    double h = atOrBelow + (amount - lo) / (hi - lo);
    return clamp((h - positionOffset) / positionSlope);
  }

  private static double clamp(double p) {
    return Math.max(0, Math.min(1, p));
  }

  /** The number of sample values at or below the amount. */
  private int upperBound(double amount) {
    if (amount < min) {
      return 0;
    }
    if (amount >= sorted[sorted.length - 1]) {
      return sorted.length;
    }
    // the values of earlier buckets are below the amount, those of later buckets above it
    int b = bucket(amount);
    int lo = start[b];
    int hi = start[b + 1];
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= amount) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public Confidence confidence() {
    return confidence;
  }

  @Override
  public List<Reason> warnings() {
    return warnings;
  }

  @Override
  public Explanation explanation() {
    return explanation;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof EmpiricalSalaryDistribution)) {
      return false;
    }
    EmpiricalSalaryDistribution that = (EmpiricalSalaryDistribution) other;
    return currency.equals(that.currency) && method == that.method && policy.equals(that.policy)
        && Arrays.equals(sorted, that.sorted);
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, method, policy, Arrays.hashCode(sorted));
  }

  @Override
  public String toString() {
    return "Empirical[" + currency + ", n=" + sorted.length + ", " + method + "]";
  }
}
