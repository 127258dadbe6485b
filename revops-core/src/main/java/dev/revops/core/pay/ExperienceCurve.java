package dev.revops.core.pay;

import com.google.common.collect.ImmutableList;
import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.Reason;
import dev.revops.core.explain.Source;
import dev.revops.core.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Median salary by years of total experience, through a benchmark's {@link ExperienceAnchor}s.
 *
 * <p>For the bundled study: 45 K€ under 2 years, 77 K€ at 5–6 years, 99 K€ over 16 years:
 * {@code curve.medianAt(5.5)} is EUR 77,000 and {@code curve.medianAt(10)} lies between 77 K€
 * and 99 K€.
 *
 * <p>Between anchors, ln(salary) follows a monotone piecewise-cubic Hermite interpolant
 * (PCHIP, Fritsch–Carlson): it passes through every anchor, never overshoots, and is monotone
 * wherever the anchors are. Before the first and after the last anchor the curve is flat: no
 * extrapolation.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExperienceCurve {

  private final ImmutableList<ExperienceAnchor> anchors;
  private final CurrencyUnit currency;
  private final double[] x;
  private final double[] y;
  private final double[] slopes;
  private final Explanation explanation;

  private ExperienceCurve(ImmutableList<ExperienceAnchor> anchors, Source source) {
    this.anchors = anchors;
    this.currency = anchors.get(0).median().getCurrencyUnit();
    int n = anchors.size();
    this.x = new double[n];
    this.y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = anchors.get(i).representativeYears();
      y[i] = Math.log(anchors.get(i).median().getAmount().doubleValue());
    }
    this.slopes = pchipSlopes(x, y);
    Explanation.Builder why = Explanation.builder();
    for (ExperienceAnchor a : anchors) {
      why.addReasons(Reason.fact(source, PayMessages.FACT_EXPERIENCE, a.bucket(), a.median()));
    }
    why.addReasons(Reason.assumption(PayMessages.ASSUMPTION_REPRESENTATIVE_YEARS,
        anchors.stream().map(a -> a.bucket() + " → " + a.representativeYears()).reduce((p, q) -> p + ", " + q).orElse("")));
    why.addReasons(Reason.rule(PayMessages.RULE_PCHIP));
    this.explanation = why.build();
  }

  /**
   * Obtains a curve through anchors.
   *
   * @param anchors  at least two anchors, in strictly increasing representative years, one currency
   * @param source  where the anchors come from, not null
   * @return the curve, never null
   * @throws IllegalArgumentException if there are fewer than two anchors or they are out of order
   */
  public static ExperienceCurve of(List<ExperienceAnchor> anchors, Source source) {
    Objects.requireNonNull(anchors, "anchors");
    Objects.requireNonNull(source, "source");
    Checks.check(anchors.size() >= 2, "anchors", anchors.size(), "must hold at least two experience anchors");
    ImmutableList<ExperienceAnchor> copy = ImmutableList.copyOf(Checks.noNulls(anchors, "anchors"));
    for (int i = 1; i < copy.size(); i++) {
      if (copy.get(i).representativeYears() <= copy.get(i - 1).representativeYears()) {
        throw Checks.invalid("anchors[" + i + "].representativeYears", copy.get(i).representativeYears(),
            "must be above that of anchors[" + (i - 1) + "] (" + copy.get(i - 1).representativeYears() + ")");
      }
      PayMath.checkCurrency("anchors[" + i + "].median", copy.get(i).median(), copy.get(0).median().getCurrencyUnit(),
          "anchors[0].median");
    }
    for (int i = 0; i < copy.size(); i++) {
      // a median beyond the largest double has no logarithm to interpolate
      PayMath.positiveAmount("anchors[" + i + "].median", copy.get(0).median().getCurrencyUnit(), copy.get(i).median(),
          "anchors[0].median");
    }
    return new ExperienceCurve(copy, source);
  }

  /** Fritsch–Carlson slopes: zero at local extrema, weighted harmonic means inside, monotone ends. */
  static double[] pchipSlopes(double[] x, double[] y) {
    int n = x.length;
    double[] h = new double[n - 1];
    double[] delta = new double[n - 1];
    for (int k = 0; k < n - 1; k++) {
      h[k] = x[k + 1] - x[k];
      delta[k] = (y[k + 1] - y[k]) / h[k];
    }
    double[] d = new double[n];
    if (n == 2) {
      d[0] = delta[0];
      d[1] = delta[0];
      return d;
    }
    for (int k = 1; k < n - 1; k++) {
      if (delta[k - 1] == 0 || delta[k] == 0 || Math.signum(delta[k - 1]) != Math.signum(delta[k])) {
        d[k] = 0;
      } else {
        double w1 = 2 * h[k] + h[k - 1];
        double w2 = h[k] + 2 * h[k - 1];
        d[k] = (w1 + w2) / (w1 / delta[k - 1] + w2 / delta[k]);
      }
    }
    d[0] = endSlope(h[0], h[1], delta[0], delta[1]);
    d[n - 1] = endSlope(h[n - 2], h[n - 3], delta[n - 2], delta[n - 3]);
    return d;
  }

  private static double endSlope(double h0, double h1, double del0, double del1) {
    double d = ((2 * h0 + h1) * del0 - h0 * del1) / (h0 + h1);
    if (Math.signum(d) != Math.signum(del0)) {
      return 0;
    }
    if (Math.signum(del0) != Math.signum(del1) && Math.abs(d) > Math.abs(3 * del0)) {
      return 3 * del0;
    }
    return d;
  }

  /**
   * The anchors of the curve.
   *
   * @return the anchors, never null
   */
  public List<ExperienceAnchor> anchors() {
    return anchors;
  }

  /**
   * The median salary at a number of years of experience, unrounded.
   *
   * @param years  the years of total experience, finite, >= 0
   * @return the amount in the currency's major unit
   * @throws IllegalArgumentException if years is negative, NaN or infinite
   */
  public double amountAt(double years) {
    Checks.check(Double.isFinite(years) && years >= 0, "years", years, "must be a finite number >= 0");
    int n = x.length;
    if (years <= x[0]) {
      return Math.min(Math.exp(y[0]), Double.MAX_VALUE);
    }
    if (years >= x[n - 1]) {
      return Math.min(Math.exp(y[n - 1]), Double.MAX_VALUE);
    }
    int k = 0;
    while (years > x[k + 1]) {
      k++;
    }
    double h = x[k + 1] - x[k];
    double t = (years - x[k]) / h;
    double t2 = t * t;
    double t3 = t2 * t;
    double value = (2 * t3 - 3 * t2 + 1) * y[k] + (t3 - 2 * t2 + t) * h * slopes[k]
        + (-2 * t3 + 3 * t2) * y[k + 1] + (t3 - t2) * h * slopes[k + 1];
    // the curve is monotone between its anchors, so this only trims floating-point overshoot near
    // the largest double
    return Math.min(Math.exp(value), Double.MAX_VALUE);
  }

  /**
   * The median salary at a number of years of experience, rounded to the currency's minor unit.
   *
   * @param years  the years of total experience, finite, >= 0
   * @return the salary, never null
   * @throws IllegalArgumentException if years is negative, NaN or infinite
   */
  public Money medianAt(double years) {
    return PayMath.money(currency, amountAt(years));
  }

  /** The smallest and largest amounts of the curve (it is flat beyond its anchors). */
  double lowest() {
    double low = Double.POSITIVE_INFINITY;
    for (double v : y) {
      low = Math.min(low, v);
    }
    return Math.exp(low);
  }

  double highest() {
    double high = Double.NEGATIVE_INFINITY;
    for (double v : y) {
      high = Math.max(high, v);
    }
    return Math.exp(high);
  }

  /**
   * The years at which the curve reaches an amount, when the anchors rise with experience and
   * the amount lies within the curve; found by bisection (the curve is monotone between anchors).
   */
  OptionalDouble yearsAt(double amount) {
    for (int i = 1; i < y.length; i++) {
      if (y[i] < y[i - 1]) {
        return OptionalDouble.empty();
      }
    }
    if (!(amount >= Math.exp(y[0]) && amount <= Math.exp(y[y.length - 1]))) {
      return OptionalDouble.empty();
    }
    double lo = x[0];
    double hi = x[x.length - 1];
    for (int i = 0; i < 100 && hi - lo > 1e-9; i++) {
      double mid = (lo + hi) / 2;
      if (amountAt(mid) < amount) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return OptionalDouble.of(hi);
  }

  /**
   * How the curve is built: the anchors with their source, the representative years, the method.
   *
   * @return the explanation, never null
   */
  public Explanation explanation() {
    return explanation;
  }
}
