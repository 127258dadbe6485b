package dev.revops.core.testing;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.revops.core.pay.QuantileMethod;
import dev.revops.core.pay.Percentile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for the pay package, shared with revops-json through the test jar. */
public final class PayGen {

  private PayGen() {}

  /** Fractions strictly between 0 and 1, extremes included. */
  public static Gen<Double> fractions() {
    return doubles().between(1e-6, 1 - 1e-6)
        .mix(Generate.pick(List.of(1e-9, 0.1, 0.25, 0.5, 0.75, 0.9, 1 - 1e-9)), 20);
  }

  /** Percentiles strictly between 0 and 100. */
  public static Gen<Percentile> percentiles() {
    return fractions().map(Percentile::ofFraction);
  }

  /** Annual salaries from 10 K€ to 1 M€, in euros. */
  public static Gen<Double> amounts() {
    return doubles().between(10_000, 1_000_000);
  }

  /** Salaries as money, in whole euros. */
  public static Gen<Money> salaries() {
    return integers().between(10_000, 1_000_000).map(v -> Money.of(CurrencyUnit.EUR, v));
  }

  /** Sample sizes for log-normal fits. */
  public static Gen<Integer> sampleSizes() {
    return integers().between(2, 2_000);
  }

  /** A median and a maximum above it, as {median, maximum} in whole euros. */
  public static Gen<Money[]> medianAndMaximum() {
    return integers().between(20_000, 200_000).zip(doubles().between(1.001, 4),
        (median, ratio) -> new Money[] {
          Money.of(CurrencyUnit.EUR, median),
          Money.of(CurrencyUnit.EUR, BigDecimal.valueOf(median * ratio).setScale(0, RoundingMode.CEILING))
              .plusMajor(1)});
  }

  /**
   * Benchmarks of one to four cohorts (junior; senior; manager; director and VP) with random
   * medians and maxima, random assumed sizes and spread floors, and the bundled study's
   * experience anchors.
   */
  public static Gen<dev.revops.core.pay.SalaryBenchmark> benchmarks() {
    Gen<dev.revops.core.pay.SalaryCohort> cohort = medianAndMaximum().zip(sampleSizes(),
        (mm, n) -> dev.revops.core.pay.SalaryCohort.builder().addLevels(dev.revops.core.org.OpsLevel.JUNIOR)
            .median(mm[0]).maximum(mm[1]).sampleSize(n).build());
    return lists().of(cohort).ofSizeBetween(1, 4).zip(doubles().between(0, 1), (cohorts, floor) -> {
      dev.revops.core.org.OpsLevel[][] levels = {{dev.revops.core.org.OpsLevel.JUNIOR}, {dev.revops.core.org.OpsLevel.SENIOR},
          {dev.revops.core.org.OpsLevel.MANAGER}, {dev.revops.core.org.OpsLevel.DIRECTOR, dev.revops.core.org.OpsLevel.VP}};
      java.util.List<dev.revops.core.pay.SalaryCohort> placed = new java.util.ArrayList<>();
      for (int i = 0; i < cohorts.size(); i++) {
        placed.add(dev.revops.core.pay.SalaryCohort.builder().from(cohorts.get(i)).levels(java.util.List.of(levels[i])).build());
      }
      dev.revops.core.pay.SalaryBenchmark study = dev.revops.core.pay.SalaryBenchmarks.businessOpsNetworkFrance();
      return dev.revops.core.pay.SalaryBenchmark.builder().from(study).cohorts(placed).spreadFloorShare(floor).build();
    });
  }

  /** Samples of 1 to 200 salaries, with ties. */
  public static Gen<double[]> samples() {
    Gen<Double> value = amounts().mix(integers().between(40, 60).map(k -> k * 1000.0), 30);
    return lists().of(value).ofSizeBetween(1, 200)
        .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** Samples of 3 to 200 distinct salaries. */
  public static Gen<double[]> distinctSamples() {
    return lists().of(amounts()).ofSizeBetween(3, 200)
        .map(l -> l.stream().mapToDouble(Double::doubleValue).distinct().toArray())
        .assuming(a -> a.length >= 3);
  }

  /** Quantile points: 2 to 7 percentiles with strictly increasing whole-euro salaries. */
  public static Gen<TreeMap<Percentile, Money>> quantilePoints() {
    return lists().of(fractions()).ofSizeBetween(2, 7).zip(integers().between(15_000, 80_000),
            lists().of(integers().between(1, 30_000)).ofSize(7),
            (fs, start, steps) -> {
              TreeMap<Percentile, Money> map = new TreeMap<>();
              fs.stream().distinct().sorted().forEach(f -> map.put(Percentile.ofFraction(f), Money.zero(CurrencyUnit.EUR)));
              long amount = start;
              int i = 0;
              for (Percentile p : map.keySet()) {
                amount += steps.get(i++);
                map.put(p, Money.of(CurrencyUnit.EUR, amount));
              }
              return map;
            })
        .assuming(m -> m.size() >= 2);
  }

  /** Every quantile method. */
  public static Gen<QuantileMethod> methods() {
    return Generate.enumValues(QuantileMethod.class);
  }
}
