package dev.revops.core.pay;

import dev.revops.core.testing.PayGen;

import static dev.revops.core.testing.Theories.theory;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.revops.core.explain.Messages;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PayProperties {

  @Test
  void log_normal_quantile_and_cdf_are_inverse_and_increasing() {
    theory(3_000).forAll(PayGen.medianAndMaximum(), PayGen.sampleSizes(), PayGen.fractions(), PayGen.fractions())
        .check((mm, n, p, q) -> {
          LogNormalSalaryDistribution d = SalaryDistributions.logNormal(mm[0], mm[1], n);
          boolean inverse = Math.abs(d.cdf(d.quantile(p)) - p) <= 1e-9;
          boolean increasing = p < q ? d.quantile(p) < d.quantile(q) : p > q ? d.quantile(p) > d.quantile(q) : true;
          return inverse && increasing && d.median().equals(mm[0]);
        });
  }

  @Test
  void log_normal_money_round_trip_is_within_a_cent() {
    theory(2_000).forAll(PayGen.medianAndMaximum(), PayGen.sampleSizes(), PayGen.percentiles())
        .check((mm, n, p) -> {
          LogNormalSalaryDistribution d = SalaryDistributions.logNormal(mm[0], mm[1], n);
          double back = d.cdf(d.salaryAt(p).getAmount().doubleValue());
          double centInFraction = d.cdf(d.quantile(p.fraction()) + 0.01) - p.fraction();
          return Math.abs(back - p.fraction()) <= Math.abs(centInFraction) + 1e-9;
        });
  }

  /**
   * The distribution through the points, or null when the factory refuses them because the tail
   * they imply overflows before the top percentile (issue 13: every percentile has a salary).
   */
  private static QuantilePointsSalaryDistribution accepted(java.util.Map<Percentile, org.joda.money.Money> points,
      QuantilePointsSalaryDistribution.UpperTail tail) {
    try {
      return SalaryDistributions.quantilePoints(points, tail);
    } catch (dev.revops.core.InvalidValueException e) {
      if (e.field().equals("points") && e.rule().startsWith("must give every percentile a finite salary")) {
        return null;
      }
      throw e;
    }
  }

  @Test
  void accepted_quantile_points_give_every_percentile_a_finite_salary() {
    theory(3_000).forAll(PayGen.quantilePoints(), PayGen.fractions(), org.quicktheories.generators.SourceDSL.booleans().all())
        .check((points, p, pareto) -> {
          QuantilePointsSalaryDistribution d = accepted(points,
              pareto ? QuantilePointsSalaryDistribution.UpperTail.PARETO : QuantilePointsSalaryDistribution.UpperTail.LOG_NORMAL);
          return d == null || Double.isFinite(d.quantile(p)) && d.salaryAt(Percentile.HIGHEST).isPositiveOrZero()
              && d.salaryAt(Percentile.LOWEST).isPositiveOrZero();
        });
  }

  @Test
  void quantile_points_are_exactly_invertible_on_both_tails() {
    theory(3_000).forAll(PayGen.quantilePoints(), PayGen.fractions(), org.quicktheories.generators.SourceDSL.booleans().all())
        .check((points, p, pareto) -> {
          QuantilePointsSalaryDistribution d = accepted(points,
              pareto ? QuantilePointsSalaryDistribution.UpperTail.PARETO : QuantilePointsSalaryDistribution.UpperTail.LOG_NORMAL);
          if (d == null) {
            return true;
          }
          double x = d.quantile(p);
          boolean passes = points.entrySet().stream().allMatch(e ->
              Math.abs(d.quantile(e.getKey().fraction()) - e.getValue().getAmount().doubleValue()) <= 1e-6 * e.getValue().getAmount().doubleValue());
          // a steep first segment extrapolated far down leaves the normal doubles: no inverse there
          boolean representable = x >= Double.MIN_NORMAL;
          return (!representable || Math.abs(d.cdf(x) - p) <= 1e-9) && passes;
        });
  }

  @Test
  void quantile_points_are_strictly_increasing() {
    theory(2_000).forAll(PayGen.quantilePoints(), PayGen.fractions(), PayGen.fractions())
        .check((points, p, q) -> {
          QuantilePointsSalaryDistribution d = accepted(points, QuantilePointsSalaryDistribution.UpperTail.LOG_NORMAL);
          if (d == null || p.equals(q)) {
            return true;
          }
          double lo = Math.min(p, q);
          double hi = Math.max(p, q);
          double a = d.quantile(lo);
          double b = d.quantile(hi);
          // below the normal doubles (a steep first segment extrapolated far down) there is no order to check
          if (!(a >= Double.MIN_NORMAL)) {
            return true;
          }
          return a < b && d.cdf(a) < d.cdf(b);
        });
  }

  @Test
  void empirical_quantiles_equal_the_hyndman_fan_formulas() {
    theory(3_000).forAll(PayGen.samples(), PayGen.methods(), PayGen.fractions())
        .assuming((values, method, p) -> values.length >= SamplePolicy.DEFAULT_PUBLISH_MINIMUM)
        .check((values, method, p) -> {
          double expected = HyndmanFanReference.quantile(values, method, p);
          double actual = SalaryDistributions.empirical(values, method).quantile(p);
          return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
        });
  }

  @Test
  void one_shot_quantiles_equal_the_distribution_quantiles() {
    theory(1_000).forAll(PayGen.samples(), PayGen.methods(), PayGen.fractions())
        .assuming((values, method, p) -> values.length >= SamplePolicy.DEFAULT_PUBLISH_MINIMUM)
        .check((values, method, p) -> {
          double[] copy = values.clone();
          double oneShot = SalaryDistributions.quantiles(values, method, p)[0];
          double sorted = SalaryDistributions.empirical(values, method).quantile(p);
          return Math.abs(oneShot - sorted) <= 1e-9 * sorted && Arrays.equals(copy, values);
        });
  }

  @Test
  void empirical_cdf_is_the_supremum_of_fractions_whose_quantile_does_not_exceed_the_amount() {
    theory(1_000).forAll(PayGen.samples(), PayGen.methods(), PayGen.amounts())
        .assuming((values, method, amount) -> values.length >= 3)
        .check((values, method, amount) -> {
          EmpiricalSalaryDistribution d = SalaryDistributions.empirical(values, method);
          double c = d.cdf(amount);
          double below = c - 1e-7;
          double above = c + 1e-7;
          boolean belowOk = below <= 0 || d.quantile(below) <= amount + 1e-6;
          boolean aboveOk = above >= 1 || d.quantile(above) > amount - 1e-6;
          return c >= 0 && c <= 1 && belowOk && aboveOk;
        });
  }

  @Test
  void hf1_cdf_counts_the_values_at_or_below_like_a_linear_scan() {
    // checks the bucket index behind every empirical cdf against the obvious count
    theory(3_000).forAll(PayGen.samples(), PayGen.amounts().mix(org.quicktheories.generators.SourceDSL.integers()
            .between(40, 60).map(k -> k * 1000.0), 40))
        .assuming((values, amount) -> values.length >= 3)
        .check((values, amount) -> {
          long count = Arrays.stream(values).filter(v -> v <= amount).count();
          return SalaryDistributions.empirical(values, QuantileMethod.HF1).cdf(amount) == (double) count / values.length;
        });
  }

  @Test
  void empirical_continuous_methods_invert_on_distinct_data() {
    theory(2_000).forAll(PayGen.distinctSamples(), PayGen.methods(), PayGen.fractions())
        .assuming((values, method, p) -> method.isContinuous())
        .check((values, method, p) -> {
          EmpiricalSalaryDistribution d = SalaryDistributions.empirical(values, method);
          double[] position = method.position(values.length);
          double h = position[0] * p + position[1];
          if (h <= 1 || h >= values.length) {
            return true;
          }
          // exact up to the rounding of the quantile itself: p lies between the cdf of the doubles
          // on either side of it (a fixed tolerance on p fails where two salaries are very close,
          // as one ulp of the salary then moves p by more than the tolerance)
          double q = d.quantile(p);
          return d.cdf(Math.nextDown(q)) - 1e-12 <= p && p <= d.cdf(Math.nextUp(q)) + 1e-12
              && Math.abs(d.cdf(q) - p) <= 1e-9 + (d.cdf(Math.nextUp(q)) - d.cdf(Math.nextDown(q)));
        });
  }

  @Test
  void bands_are_ordered() {
    theory(2_000).forAll(PayGen.medianAndMaximum(), PayGen.sampleSizes(), PayGen.percentiles(), PayGen.percentiles())
        .assuming((mm, n, a, b) -> !a.equals(b))
        .check((mm, n, a, b) -> {
          SalaryDistribution d = SalaryDistributions.logNormal(mm[0], mm[1], n);
          Percentile lo = a.compareTo(b) < 0 ? a : b;
          Percentile hi = a.compareTo(b) < 0 ? b : a;
          SalaryBand band = d.band(lo, hi);
          return !band.low().isGreaterThan(band.high());
        });
  }

  @Test
  void thin_slice_rules_hold() {
    theory(2_000).forAll(PayGen.samples()).check(values -> {
      EmpiricalSalaryDistribution d = SalaryDistributions.empirical(values, QuantileMethod.HF7);
      Confidence expected = values.length < 3 ? Confidence.NONE : values.length < 5 ? Confidence.LOW
          : values.length < 30 ? Confidence.MEDIUM : Confidence.HIGH;
      if (d.confidence() != expected) {
        return false;
      }
      try {
        d.salaryAt(Percentile.P50);
        return d.isPublishable();
      } catch (InsufficientDataException e) {
        return !d.isPublishable();
      }
    });
  }

  @Test
  void percentile_text_round_trips() {
    theory(3_000).forAll(PayGen.percentiles()).check(p -> Percentile.parse(p.toString()).equals(p));
  }

  @Test
  void experience_curves_through_increasing_anchors_are_monotone() {
    theory(1_000).forAll(org.quicktheories.generators.SourceDSL.lists().of(integers().between(1, 20_000)).ofSizeBetween(2, 6),
            org.quicktheories.generators.SourceDSL.lists().of(integers().between(1, 5)).ofSize(6),
            org.quicktheories.generators.SourceDSL.doubles().between(0, 40))
        .check((steps, gaps, years) -> {
          java.util.List<ExperienceAnchor> anchors = new java.util.ArrayList<>();
          long salary = 30_000;
          double year = 0.5;
          for (int i = 0; i < steps.size(); i++) {
            salary += steps.get(i);
            year += gaps.get(i);
            anchors.add(ExperienceAnchor.of(Double.NaN, year + 1, year, org.joda.money.Money.of(org.joda.money.CurrencyUnit.EUR, salary)));
          }
          ExperienceCurve curve = ExperienceCurve.of(anchors, dev.revops.core.explain.Source.of("gen"));
          double a = curve.amountAt(years);
          double b = curve.amountAt(years + 0.37);
          double first = anchors.get(0).median().getAmount().doubleValue();
          double last = anchors.get(anchors.size() - 1).median().getAmount().doubleValue();
          return b >= a - 1e-9 && a >= first - 1e-6 && a <= last + 1e-6;
        });
  }

  @Test
  void every_position_renders_in_both_languages() {
    theory(300).forAll(PayGen.medianAndMaximum(), PayGen.sampleSizes(), PayGen.salaries())
        .check((mm, n, salary) -> {
          PayPosition position = SalaryDistributions.logNormal(mm[0], mm[1], n).position(salary);
          return Messages.SUPPORTED_LOCALES.stream().map(l -> position.explanation().render(l))
              .allMatch(t -> !t.contains("{") && !t.isBlank())
              && Arrays.asList(PayVerdict.values()).contains(position.verdict())
              && position.explanation().render(Locale.FRENCH).contains("Verdict");
        });
  }
}
