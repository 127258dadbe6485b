package dev.revops.core.pay;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.revops.core.explain.Basis;
import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.LocalizedText;
import dev.revops.core.explain.Reason;
import dev.revops.core.internal.Checks;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Factories for {@link SalaryDistribution}s.
 *
 * <pre>{@code
 * // a median and a maximum, as salary studies publish them
 * SalaryDistribution fit = SalaryDistributions.logNormal(
 *     Money.of(CurrencyUnit.EUR, 56_000), Money.of(CurrencyUnit.EUR, 88_000), 150);
 * // your own pay data
 * SalaryDistribution team = SalaryDistributions.empirical(new double[] {52_000, 58_000, 61_000}, QuantileMethod.HF7);
 * // a survey's quantile points
 * SalaryDistribution survey = SalaryDistributions.quantilePoints(Map.of(
 *     Percentile.P25, Money.of(CurrencyUnit.EUR, 50_000),
 *     Percentile.P50, Money.of(CurrencyUnit.EUR, 56_000),
 *     Percentile.P75, Money.of(CurrencyUnit.EUR, 64_000)));
 * }</pre>
 */
public final class SalaryDistributions {

  /**
   * Assumption: a maximum less than 10 % above the median makes a log-normal fit near-degenerate
   * (the percentiles barely move), which is flagged and lowers confidence. The study's junior
   * cohort (median 47 K€, maximum 50 K€, +6.4 %) is below it.
   */
  public static final double DEFAULT_NEAR_DEGENERATE_RATIO = 1.10;

  private SalaryDistributions() {}

  /**
   * An amount as texts show it: rounded half-even to the nearest 100 units of its currency
   * (EUR 44,963.17 shows as EUR 45,000). A salary distribution built from a median and a maximum,
   * or from a few hundred salaries, does not know pay to the euro; the results keep their exact
   * values, only texts round.
   *
   * @param amount  the amount, not null
   * @return the rounded amount, never null
   */
  public static Money forDisplay(Money amount) {
    return PayMath.forDisplay(Objects.requireNonNull(amount, "amount"));
  }

  /**
   * Fits a log-normal to a median and the maximum observed among {@code n} people, flagging a
   * maximum less than {@link #DEFAULT_NEAR_DEGENERATE_RATIO} times the median. Its confidence is
   * {@link Confidence#LOW}: two figures fix a distribution only because its shape is assumed.
   *
   * @param median  the median salary, not null, > 0
   * @param maximum  the maximum salary, not null, same currency, above the median
   * @param n  the number of people the maximum was observed among, >= 2
   * @return the distribution, never null
   * @throws IllegalArgumentException if an argument breaks its rule (the currencies differ, say), or
   *     the spread is so wide that the top percentiles have no finite salary
   */
  public static LogNormalSalaryDistribution logNormal(Money median, Money maximum, int n) {
    return logNormal(median, maximum, n, DEFAULT_NEAR_DEGENERATE_RATIO);
  }

  /**
   * Fits a log-normal to a median and the maximum observed among {@code n} people.
   *
   * @param median  the median salary, not null, > 0
   * @param maximum  the maximum salary, not null, same currency, above the median
   * @param n  the number of people the maximum was observed among, >= 2
   * @param nearDegenerateRatio  below this ratio of maximum to median the fit is flagged, >= 1
   * @return the distribution, never null
   * @throws IllegalArgumentException if an argument breaks its rule (the currencies differ, say), or
   *     the spread is so wide that the top percentiles have no finite salary
   */
  public static LogNormalSalaryDistribution logNormal(Money median, Money maximum, int n, double nearDegenerateRatio) {
    Objects.requireNonNull(median, "median");
    Objects.requireNonNull(maximum, "maximum");
    CurrencyUnit currency = median.getCurrencyUnit();
    double med = PayMath.positiveAmount("median", currency, median, "the median");
    double max = PayMath.positiveAmount("maximum", currency, maximum, "the median");
    if (!(max > med)) {
      throw Checks.invalid("maximum", maximum, "must be above the median (" + median + ")");
    }
    Checks.check(n >= 2, "n", n, "must be >= 2");
    Checks.check(Double.isFinite(nearDegenerateRatio) && nearDegenerateRatio >= 1,
        "nearDegenerateRatio", nearDegenerateRatio, "must be a finite number >= 1");
    double logRatio = Math.log(max / med);
    double zBlom = PayMath.STANDARD_NORMAL.inverseCumulativeProbability((n - 0.375) / (n + 0.25));
    double sigma = logRatio / zBlom;
    double z95 = PayMath.STANDARD_NORMAL.inverseCumulativeProbability(Math.pow(0.95, 1.0 / n));
    double z05 = PayMath.STANDARD_NORMAL.inverseCumulativeProbability(Math.pow(0.05, 1.0 / n));
    double sigmaLow = logRatio / z95;
    double sigmaHigh = z05 > 0 ? logRatio / z05 : Double.POSITIVE_INFINITY;
    ImmutableList.Builder<Reason> warnings = ImmutableList.builder();
    // two figures fix a log-normal only because its shape is assumed: never more than low confidence
    Confidence confidence = Confidence.LOW;
    if (max / med < nearDegenerateRatio) {
      warnings.add(Reason.computed(PayMessages.WARNING_NEAR_DEGENERATE, maximum, max / med - 1, median, nearDegenerateRatio - 1));
    }
    ImmutableList<Reason> warningList = warnings.build();
    Explanation.Builder why = Explanation.builder()
        .addReasons(Reason.input(PayMessages.INPUT_MEDIAN_MAXIMUM, median, maximum, n))
        .addReasons(Reason.rule(PayMessages.LOGNORMAL_METHOD, n, zBlom));
    why.addReasons(Double.isInfinite(sigmaHigh)
        ? Reason.computed(PayMessages.LOGNORMAL_SIGMA_OPEN, sigma, sigmaLow)
        : Reason.computed(PayMessages.LOGNORMAL_SIGMA, sigma, sigmaLow, sigmaHigh));
    why.addReasons(Reason.assumption(PayMessages.ASSUMPTION_SHAPE));
    if (nearDegenerateRatio == DEFAULT_NEAR_DEGENERATE_RATIO) {
      why.addReasons(Reason.assumption(PayMessages.ASSUMPTION_NEAR_DEGENERATE, nearDegenerateRatio - 1));
    }
    why.addAllReasons(warningList);
    LogNormalSalaryDistribution distribution = new LogNormalSalaryDistribution(median, maximum, n, Math.log(med),
        sigma, sigmaLow, sigmaHigh, confidence, warningList, why.build());
    // every percentile must have a salary: a spread so wide that the top percentiles pass the
    // largest double is refused here (found by the API fuzzer: a maximum of 1E+300 over a median
    // of 114,605 gave an infinite P98.3)
    Checks.check(Double.isFinite(distribution.quantile(Math.nextDown(1.0))), "maximum", maximum,
        "must leave every percentile a finite salary: over a median of " + median + " among " + n
            + " people it implies a spread whose top percentiles pass the largest amount revops computes with");
    return distribution;
  }

  /**
   * The distribution of your own salaries, in euros, with the default {@link SamplePolicy}.
   *
   * @param values  the salaries in euros, not null, at least one, each finite and > 0
   * @param method  the quantile method, not null ({@link QuantileMethod#HF7} is the usual default)
   * @return the distribution, never null
   * @throws IllegalArgumentException if there is no value, or a value is not a positive finite number
   */
  public static EmpiricalSalaryDistribution empirical(double[] values, QuantileMethod method) {
    return empirical(CurrencyUnit.EUR, values, method, SamplePolicy.defaults());
  }

  /**
   * The distribution of your own salaries.
   *
   * @param currency  the currency of the values, not null
   * @param values  the salaries in the currency's major unit, not null, at least one, each finite and > 0
   * @param method  the quantile method, not null
   * @param policy  the thin-sample rules, not null
   * @return the distribution, never null
   * @throws IllegalArgumentException if there is no value, or a value is not a positive finite number
   */
  public static EmpiricalSalaryDistribution empirical(CurrencyUnit currency, double[] values, QuantileMethod method,
      SamplePolicy policy) {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(policy, "policy");
    Checks.check(values.length > 0, "values", "[]", "must hold at least one salary");
    double[] sorted = values.clone();
    for (int i = 0; i < sorted.length; i++) {
      double v = sorted[i];
      if (!(Double.isFinite(v) && v > 0)) {
        throw Checks.invalid("values[" + i + "]", v, "must be a finite salary > 0");
      }
    }
    Arrays.sort(sorted);
    int n = sorted.length;
    Confidence confidence = policy.confidenceOf(n);
    ImmutableList.Builder<Reason> warnings = ImmutableList.builder();
    if (confidence == Confidence.NONE) {
      warnings.add(Reason.computed(PayMessages.EMPIRICAL_UNPUBLISHED, n, policy.publishMinimum()));
    } else if (confidence == Confidence.LOW) {
      warnings.add(Reason.computed(PayMessages.EMPIRICAL_THIN, n, policy.lowConfidenceBelow()));
    }
    ImmutableList<Reason> warningList = warnings.build();
    Explanation.Builder why = Explanation.builder()
        .addReasons(Reason.input(PayMessages.EMPIRICAL_INPUT, n, currency.getCode()))
        .addReasons(Reason.rule(PayMessages.EMPIRICAL_METHOD, method.name()));
    if (Arrays.stream(SamplePolicy.Figure.values()).allMatch(f -> policy.provenance(f).basis() == Basis.ASSUMPTION)) {
      why.addReasons(Reason.assumption(PayMessages.ASSUMPTION_SAMPLE, policy.publishMinimum(), policy.lowConfidenceBelow(),
          policy.highConfidenceFrom()));
    } else {
      why.addReasons(Reason.input(PayMessages.INPUT_SAMPLE, policy.publishMinimum(), policy.lowConfidenceBelow(),
          policy.highConfidenceFrom()));
    }
    why.addReasons(Reason.computed(PayMessages.COMPUTED_CONFIDENCE, confidence));
    why.addAllReasons(warningList);
    return new EmpiricalSalaryDistribution(currency, sorted, method, policy, warningList, why.build());
  }

  /**
   * Sample quantiles of salaries in one call, without building a distribution: Commons Statistics
   * selects the order statistics it needs (on a copy) instead of sorting the whole sample, so it
   * is the faster way to read a few percentiles of a large sample once. To position many salaries
   * in the same sample, build {@link #empirical(double[], QuantileMethod)} once instead.
   *
   * @param values  the salaries, not null, at least one, each finite and > 0 (not modified)
   * @param method  the quantile method, not null
   * @param fractions  the fractions wanted, not null, each strictly between 0 and 1
   * @return the salaries at the fractions, in their order (none for no fraction)
   * @throws IllegalArgumentException if a value or a fraction breaks its rule
   */
  public static double[] quantiles(double[] values, QuantileMethod method, double... fractions) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(fractions, "fractions");
    Checks.check(values.length > 0, "values", "[]", "must hold at least one salary");
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
        throw Checks.invalid("values[" + i + "]", v, "must be a finite salary > 0");
      }
    }
    for (double f : fractions) {
      PayMath.checkFraction(f);
    }
    if (fractions.length == 0) {
      return new double[0];
    }
    // withCopy(true): Quantile's defaults select in place, which would reorder the caller's array
    return org.apache.commons.statistics.descriptive.Quantile.withDefaults().withCopy(true).with(method.estimation())
        .evaluate(values, fractions);
  }

  /**
   * The distribution of your own salaries given as money, all in one currency.
   *
   * @param salaries  the salaries, not null, at least one, no null element, each > 0
   * @param method  the quantile method, not null
   * @return the distribution, never null
   * @throws IllegalArgumentException if there is no salary, one is not positive or salaries are in
   *     different currencies
   */
  public static EmpiricalSalaryDistribution empirical(Collection<Money> salaries, QuantileMethod method) {
    Objects.requireNonNull(salaries, "salaries");
    Checks.check(!salaries.isEmpty(), "salaries", salaries, "must hold at least one salary");
    Money first = Objects.requireNonNull(salaries.iterator().next(), "salaries[0]");
    CurrencyUnit currency = first.getCurrencyUnit();
    double[] values = new double[salaries.size()];
    int i = 0;
    for (Money salary : salaries) {
      Objects.requireNonNull(salary, "salaries[" + i + "]");
      values[i] = PayMath.amount("salaries[" + i + "]", currency, salary, "salaries[0]");
      i++;
    }
    return empirical(currency, values, method, SamplePolicy.defaults());
  }

  /**
   * A distribution through a survey's quantile points, with log-normal tails.
   *
   * @param points  salaries by percentile, not null, at least two, one currency, salaries
   *     strictly increasing with the percentile
   * @return the distribution, never null
   * @throws IllegalArgumentException if there are fewer than two points, salaries do not increase or
   *     are in different currencies, or the tail they imply leaves the top percentiles without a
   *     finite salary
   */
  public static QuantilePointsSalaryDistribution quantilePoints(Map<Percentile, Money> points) {
    return quantilePoints(points, QuantilePointsSalaryDistribution.UpperTail.LOG_NORMAL);
  }

  /**
   * A distribution through a survey's quantile points, with the chosen upper tail.
   *
   * @param points  salaries by percentile, not null, at least two, one currency, salaries
   *     strictly increasing with the percentile
   * @param upperTail  the shape above the last point, not null
   * @return the distribution, never null
   * @throws IllegalArgumentException if there are fewer than two points, salaries do not increase or
   *     are in different currencies, or the tail they imply leaves the top percentiles without a
   *     finite salary
   */
  public static QuantilePointsSalaryDistribution quantilePoints(Map<Percentile, Money> points,
      QuantilePointsSalaryDistribution.UpperTail upperTail) {
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(upperTail, "upperTail");
    Checks.check(points.size() >= 2, "points", points, "must hold at least two quantile points");
    points.forEach((p, m) -> {
      Objects.requireNonNull(p, "points key");
      Objects.requireNonNull(m, "points[" + p + "]");
    });
    ImmutableSortedMap<Percentile, Money> sorted = ImmutableSortedMap.copyOf(points);
    CurrencyUnit currency = sorted.values().iterator().next().getCurrencyUnit();
    Money previous = null;
    Percentile previousKey = null;
    for (Map.Entry<Percentile, Money> e : sorted.entrySet()) {
      PayMath.positiveAmount("points[" + e.getKey() + "]", currency, e.getValue(), "the first point");
      if (previous != null) {
        if (!(e.getValue().isGreaterThan(previous))) {
          throw Checks.invalid("points[" + e.getKey() + "]", e.getValue(),
              "must be above points[" + previousKey + "] (" + previous + "): salaries must increase with the percentile");
        }
      }
      previous = e.getValue();
      previousKey = e.getKey();
    }
    ImmutableList<Reason> warnings = ImmutableList.of(
        Reason.computed(PayMessages.POINTS_EXTRAPOLATED, sorted.firstKey().toString(), sorted.lastKey().toString()));
    Explanation why = Explanation.builder()
        .addReasons(Reason.input(PayMessages.POINTS_INPUT, sorted.size(), sorted.firstKey().toString(), sorted.lastKey().toString()))
        .addReasons(Reason.rule(PayMessages.POINTS_METHOD, LocalizedText.ofMessage("pay.tail." + upperTail.name())))
        .addAllReasons(warnings)
        .build();
    QuantilePointsSalaryDistribution distribution =
        new QuantilePointsSalaryDistribution(currency, sorted, upperTail, warnings, why);
    // every percentile must have a salary: a tail that overflows near the top is refused here,
    // not found later by whoever asks for P99.99
    Checks.check(Double.isFinite(distribution.quantile(Math.nextDown(1.0))), "points", sorted,
        "must give every percentile a finite salary: above " + sorted.lastKey() + " the " + upperTail.name()
            .toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " tail they imply rises past the largest amount"
            + " revops computes with");
    return distribution;
  }
}
