package dev.revops.core.pay;

import static dev.revops.core.testing.Theories.theory;

import dev.revops.core.org.OpsLevel;
import dev.revops.core.testing.PayGen;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Issue 17's invariants over random benchmarks, levels and offers. */
class PayOfferProperties {

  private static final Percentile[] LADDER = {Percentile.of(1), Percentile.P10, Percentile.P25, Percentile.P50,
      Percentile.P75, Percentile.P90, Percentile.of(99)};

  @Test
  void percentile_of_the_salary_at_p_is_p_for_every_level() {
    theory(2_000).forAll(PayGen.benchmarks(), PayGen.fractions()).check((benchmark, p) ->
        benchmark.levels().stream().allMatch(level -> {
          LogNormalSalaryDistribution d = benchmark.distribution(level);
          return Math.abs(d.cdf(d.quantile(p)) - p) <= 1e-9;
        }));
  }

  @Test
  void bands_are_ordered_and_strictly_positive_and_finite() {
    theory(1_000).forAll(PayGen.benchmarks()).check(benchmark -> benchmark.levels().stream().allMatch(level -> {
      LogNormalSalaryDistribution d = benchmark.distribution(level);
      double previous = 0;
      for (Percentile p : LADDER) {
        double v = d.quantile(p.fraction());
        if (!(v > previous && Double.isFinite(v))) {
          return false;
        }
        previous = v;
      }
      return true;
    }));
  }

  @Test
  void the_spread_below_the_median_is_at_least_the_floor() {
    theory(2_000).forAll(PayGen.benchmarks()).check(benchmark -> benchmark.cohorts().stream().allMatch(cohort -> {
      double weighted = 0;
      long people = 0;
      for (SalaryCohort other : benchmark.cohorts()) {
        double ratio = other.maximum().getAmount().doubleValue() / other.median().getAmount().doubleValue();
        if (other.equals(cohort) || ratio < SalaryDistributions.DEFAULT_NEAR_DEGENERATE_RATIO) {
          continue;
        }
        weighted += other.sampleSize() * SalaryDistributions.logNormal(other.median(), other.maximum(), other.sampleSize()).sigma();
        people += other.sampleSize();
      }
      LogNormalSalaryDistribution d = benchmark.distribution(cohort.levels().iterator().next());
      double floor = people == 0 ? 0 : benchmark.spreadFloorShare() * weighted / people;
      return d.sigmaBelowMedian() >= d.sigma() && d.sigmaBelowMedian() >= floor * (1 - 1e-12);
    }));
  }

  @Test
  void the_two_views_agree_for_a_candidate_with_the_level_s_typical_years() {
    SalaryBenchmark study = SalaryBenchmarks.businessOpsNetworkFrance();
    ExperienceCurve curve = study.experienceCurve();
    theory(1_000).forAll(org.quicktheories.generators.SourceDSL.integers().between(0, 2), PayGen.salaries())
        .check((index, salary) -> {
          OpsLevel level = new OpsLevel[] {OpsLevel.JUNIOR, OpsLevel.SENIOR, OpsLevel.MANAGER}[index];
          double median = study.cohort(level).median().getAmount().doubleValue();
          double lo = 0;
          double hi = 40;
          for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (curve.amountAt(mid) < median) {
              lo = mid;
            } else {
              hi = mid;
            }
          }
          OfferCheck check = study.checkOffer(level, OptionalDouble.of(hi), salary);
          PayPosition experience = check.experienceView().orElseThrow();
          return Math.abs(check.experienceFactor().getAsDouble() - 1) < 1e-9
              && Math.abs(experience.percentile().value() - check.levelView().percentile().value()) < 1e-6;
        });
  }

  @Test
  void display_rounding_never_changes_the_order_of_a_band() {
    theory(1_000).forAll(PayGen.benchmarks()).check(benchmark -> benchmark.levels().stream().allMatch(level -> {
      LogNormalSalaryDistribution d = benchmark.distribution(level);
      for (int i = 1; i < LADDER.length; i++) {
        if (SalaryDistributions.forDisplay(d.salaryAt(LADDER[i - 1]))
            .isGreaterThan(SalaryDistributions.forDisplay(d.salaryAt(LADDER[i])))) {
          return false;
        }
      }
      return true;
    }));
  }

  @Test
  void every_offer_check_explains_itself_in_both_languages() {
    theory(1_000).forAll(PayGen.benchmarks(), PayGen.salaries(), org.quicktheories.generators.SourceDSL.doubles().between(-1, 40))
        .check((benchmark, salary, years) -> benchmark.levels().stream().allMatch(level -> {
          OfferCheck c = benchmark.checkOffer(level, years < 0 ? OptionalDouble.empty() : OptionalDouble.of(years), salary);
          return dev.revops.core.explain.Messages.SUPPORTED_LOCALES.stream()
              .map(l -> c.explanation().render(l)).allMatch(t -> !t.isBlank() && !t.contains("{"));
        }));
  }
}
