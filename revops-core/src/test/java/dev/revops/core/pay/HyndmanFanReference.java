package dev.revops.core.pay;

import java.util.Arrays;

/**
 * The nine sample quantiles written directly from Hyndman and Fan (1996): with 1-based order
 * statistics x(1..n), j = floor(np + m), g = np + m − j, Q(p) = (1 − γ) x(j) + γ x(j+1), with
 * x(0) = x(1) and x(n+1) = x(n). For the differential test of {@link EmpiricalSalaryDistribution}.
 */
final class HyndmanFanReference {

  private HyndmanFanReference() {}

  static double quantile(double[] values, QuantileMethod method, double p) {
    double[] x = values.clone();
    Arrays.sort(x);
    int n = x.length;
    double m;
    switch (method) {
      case HF1:
      case HF2:
      case HF4:
        m = 0;
        break;
      case HF3:
        m = -0.5;
        break;
      case HF5:
        m = 0.5;
        break;
      case HF6:
        m = p;
        break;
      case HF7:
        m = 1 - p;
        break;
      case HF8:
        m = (p + 1) / 3;
        break;
      default:
        m = p / 4 + 3.0 / 8;
        break;
    }
    double np = n * p + m;
    int j = (int) Math.floor(np);
    double g = np - j;
    double gamma;
    switch (method) {
      case HF1:
        gamma = g > 0 ? 1 : 0;
        break;
      case HF2:
        gamma = g > 0 ? 1 : 0.5;
        break;
      case HF3:
        gamma = g == 0 && j % 2 == 0 ? 0 : 1;
        break;
      default:
        gamma = g;
        break;
    }
    double lo = x[Math.max(0, Math.min(n - 1, j - 1))];
    double hi = x[Math.max(0, Math.min(n - 1, j))];
    return (1 - gamma) * lo + gamma * hi;
  }
}
