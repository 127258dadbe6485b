package dev.revops.core.pay;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.Reason;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A distribution through a survey's quantile points (P10, P25, P50, P75, P90...), made by
 * {@link SalaryDistributions#quantilePoints(Map)}.
 *
 * <p>Between points, ln(salary) is linear in z = Φ⁻¹(p): exactly a log-normal between each pair
 * of points. Beyond the first and the last point the end segments are extended (log-normal
 * tails), or, with {@link UpperTail#PARETO}, the upper tail is a Pareto tail whose index matches
 * the last two points. {@link #quantile(double)} and {@link #cdf(double)} are exact inverses
 * wherever the salary is representable as a {@code double}: a steep end segment (two points very
 * close in percentile but not in salary) extrapolated far enough underflows to zero or overflows
 * to infinity: {@link #salaryAt(Percentile)} then answers zero, or refuses infinity with an
 * IllegalArgumentException.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class QuantilePointsSalaryDistribution implements SalaryDistribution {

  /** The shape of the distribution above the last point. */
  public enum UpperTail {
    /** Extend the last segment: a log-normal tail. */
    LOG_NORMAL,
    /**
     * A Pareto tail: survival {@code S(x) = S(x_m) (x / x_m)^-α}, with α set so that the tail
     * passes through the last two points. Heavier than log-normal: executive pay often is.
     */
    PARETO
  }

  private final CurrencyUnit currency;
  private final ImmutableSortedMap<Percentile, Money> points;
  private final UpperTail tail;
  private final double[] z;
  private final double[] y;
  private final double paretoIndex;
  private final ImmutableList<Reason> warnings;
  private final Explanation explanation;

  QuantilePointsSalaryDistribution(CurrencyUnit currency, ImmutableSortedMap<Percentile, Money> points,
      UpperTail tail, ImmutableList<Reason> warnings, Explanation explanation) {
    this.currency = currency;
    this.points = points;
    this.tail = tail;
    this.warnings = warnings;
    this.explanation = explanation;
    int m = points.size();
    this.z = new double[m];
    this.y = new double[m];
    int i = 0;
    for (Map.Entry<Percentile, Money> e : points.entrySet()) {
      z[i] = PayMath.STANDARD_NORMAL.inverseCumulativeProbability(e.getKey().fraction());
      y[i] = Math.log(e.getValue().getAmount().doubleValue());
      i++;
    }
    double sPrev = 1 - points.keySet().asList().get(m - 2).fraction();
    double sLast = 1 - points.keySet().asList().get(m - 1).fraction();
    this.paretoIndex = Math.log(sPrev / sLast) / (y[m - 1] - y[m - 2]);
  }

  @Override
  public CurrencyUnit currency() {
    return currency;
  }

  /**
   * The quantile points, by percentile.
   *
   * @return the points, never null
   */
  public SortedMap<Percentile, Money> points() {
    return points;
  }

  /**
   * The shape of the upper tail.
   *
   * @return the tail, never null
   */
  public UpperTail upperTail() {
    return tail;
  }

  /**
   * The index α of the Pareto tail through the last two points (used with
   * {@link UpperTail#PARETO}).
   *
   * @return α, > 0
   */
  public double paretoIndex() {
    return paretoIndex;
  }

  private int lastIndex() {
    return z.length - 1;
  }

  /** The segment whose z-interval holds zq (end segments extend to infinity). */
  private int segmentByZ(double zq) {
    int i = 0;
    while (i < z.length - 2 && zq > z[i + 1]) {
      i++;
    }
    return i;
  }

  private int segmentByY(double yq) {
    int i = 0;
    while (i < y.length - 2 && yq > y[i + 1]) {
      i++;
    }
    return i;
  }

  @Override
  public double quantile(double fraction) {
    PayMath.checkFraction(fraction);
    int m = lastIndex();
    if (tail == UpperTail.PARETO && fraction > points.lastKey().fraction()) {
      double sLast = 1 - points.lastKey().fraction();
      return Math.exp(y[m] + Math.log(sLast / (1 - fraction)) / paretoIndex);
    }
    double zq = PayMath.STANDARD_NORMAL.inverseCumulativeProbability(fraction);
    int i = segmentByZ(zq);
    double slope = (y[i + 1] - y[i]) / (z[i + 1] - z[i]);
    return Math.exp(y[i] + (zq - z[i]) * slope);
  }

  @Override
  public double cdf(double amount) {
    PayMath.checkFinite(amount);
    if (amount <= 0) {
      return 0;
    }
    double yq = Math.log(amount);
    int m = lastIndex();
    if (tail == UpperTail.PARETO && yq > y[m]) {
      double sLast = 1 - points.lastKey().fraction();
      return 1 - sLast * Math.exp(-paretoIndex * (yq - y[m]));
    }
    int i = segmentByY(yq);
    double slope = (y[i + 1] - y[i]) / (z[i + 1] - z[i]);
    return PayMath.STANDARD_NORMAL.cumulativeProbability(z[i] + (yq - y[i]) / slope);
  }

  @Override
  public Confidence confidence() {
    return Confidence.MEDIUM;
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
    if (!(other instanceof QuantilePointsSalaryDistribution)) {
      return false;
    }
    QuantilePointsSalaryDistribution that = (QuantilePointsSalaryDistribution) other;
    return points.equals(that.points) && tail == that.tail;
  }

  @Override
  public int hashCode() {
    return Objects.hash(points, tail);
  }

  @Override
  public String toString() {
    return "QuantilePoints[" + points + ", " + tail + " tail]";
  }
}
