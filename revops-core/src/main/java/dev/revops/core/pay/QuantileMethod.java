package dev.revops.core.pay;

import org.apache.commons.statistics.descriptive.Quantile;

/**
 * The nine sample-quantile definitions of Hyndman and Fan (1996), for salary data of your own.
 *
 * <p>{@link #HF7} is the default: Excel's {@code PERCENTILE.INC}, R's and numpy's default. HF1 to
 * HF3 are step functions of the sorted data; HF4 to HF9 interpolate linearly between order
 * statistics at method-specific plotting positions. Quantiles are computed by Commons Statistics
 * {@link Quantile}.
 */
public enum QuantileMethod {
  /** Inverse of the empirical distribution function. */
  HF1(Quantile.EstimationMethod.HF1),
  /** Inverse of the empirical distribution function, averaging at discontinuities. */
  HF2(Quantile.EstimationMethod.HF2),
  /** The observation numbered closest to n·p (SAS definition 2). */
  HF3(Quantile.EstimationMethod.HF3),
  /** Linear interpolation of the empirical distribution function: position n·p. */
  HF4(Quantile.EstimationMethod.HF4),
  /** Piecewise linear, knots at the midpoints of the steps: position n·p + 1/2. */
  HF5(Quantile.EstimationMethod.HF5),
  /** Position (n + 1)·p (Excel {@code PERCENTILE.EXC}, SPSS, Minitab). */
  HF6(Quantile.EstimationMethod.HF6),
  /** Position (n − 1)·p + 1 (Excel {@code PERCENTILE.INC}, R and numpy default). */
  HF7(Quantile.EstimationMethod.HF7),
  /** Position (n + 1/3)·p + 1/3: approximately median-unbiased. */
  HF8(Quantile.EstimationMethod.HF8),
  /** Position (n + 1/4)·p + 3/8: approximately unbiased for normal data. */
  HF9(Quantile.EstimationMethod.HF9);

  private final Quantile.EstimationMethod estimation;

  QuantileMethod(Quantile.EstimationMethod estimation) {
    this.estimation = estimation;
  }

  /**
   * Returns true for the methods that interpolate between order statistics (HF4 to HF9).
   *
   * @return whether the quantile function is continuous
   */
  public boolean isContinuous() {
    return ordinal() >= HF4.ordinal();
  }

  Quantile.EstimationMethod estimation() {
    return estimation;
  }

  /** The plotting position h = a·p + b of the continuous methods (1-based), as {a, b}. */
  double[] position(int n) {
    return switch (this) {
      case HF4 -> new double[] {n, 0};
      case HF5 -> new double[] {n, 0.5};
      case HF6 -> new double[] {n + 1, 0};
      case HF7 -> new double[] {n - 1, 1};
      case HF8 -> new double[] {n + 1.0 / 3, 1.0 / 3};
      case HF9 -> new double[] {n + 0.25, 0.375};
      case HF1, HF2, HF3 -> throw new IllegalStateException(name() + " is not continuous");
    };
  }
}
