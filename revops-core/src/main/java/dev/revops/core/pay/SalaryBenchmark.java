package dev.revops.core.pay;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.Reason;
import dev.revops.core.explain.Source;
import dev.revops.core.org.OpsLevel;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A salary benchmark for Ops roles: a cohort per level (median, maximum, bonus share), medians by
 * experience, and the shares of people with equity and variable pay.
 *
 * <p>{@link SalaryBenchmarks#businessOpsNetworkFrance()} is the bundled French study; build your
 * own with {@link #builder()}:
 * <pre>{@code
 * SalaryBenchmark study = SalaryBenchmarks.businessOpsNetworkFrance();
 * study.cohort(OpsLevel.SENIOR).median();            // EUR 56000.00
 * study.distribution(OpsLevel.SENIOR).salaryAt(Percentile.P75);
 * study.experienceCurve().medianAt(5.5);             // EUR 77000.00
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SalaryBenchmark {

  SalaryBenchmark() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SalaryBenchmark}. Not thread-safe. */
  public static final class Builder extends ImmutableSalaryBenchmark.Builder {
    Builder() {}
  }

  /**
   * An identifier of this benchmark and its edition, such as {@code bon-fr-2023}.
   *
   * @return the identifier, never blank
   */
  public abstract String id();

  /**
   * Where the figures come from.
   *
   * @return the source, never null
   */
  public abstract Source source();

  /**
   * The currency of every amount.
   *
   * @return the currency, never null
   */
  public abstract CurrencyUnit currency();

  /**
   * The cohorts, each covering one or more levels; no level in two cohorts.
   *
   * @return the cohorts, never empty
   */
  public abstract ImmutableList<SalaryCohort> cohorts();

  /**
   * Median salaries by total experience, in order of experience.
   *
   * @return the anchors, possibly empty
   */
  public abstract ImmutableList<ExperienceAnchor> experienceAnchors();

  /**
   * The share of respondents with equity, from 0 to 1.
   *
   * @return the share, empty if not reported
   */
  public abstract OptionalDouble equityShare();

  /**
   * Equity shares reported for particular levels.
   *
   * @return the shares by level, possibly empty
   */
  public abstract ImmutableMap<OpsLevel, Double> equityShareByLevel();

  /**
   * The share of respondents with a variable part of pay, from 0 to 1.
   *
   * @return the share, empty if not reported
   */
  public abstract OptionalDouble variablePayShare();

  /**
   * An average pay rise reported for one year.
   *
   * @return the rise, empty if not reported
   */
  public abstract Optional<ReportedRaise> reportedRaise();

  /**
   * The median total experience of respondents, in years.
   *
   * @return the median experience, empty if not reported
   */
  public abstract OptionalDouble medianExperienceYears();

  /**
   * The median experience in Ops of respondents, in years.
   *
   * @return the median Ops experience, empty if not reported
   */
  public abstract OptionalDouble medianOpsExperienceYears();

  /**
   * The share of respondents at senior, lead or manager level, from 0 to 1.
   *
   * @return the share, empty if not reported
   */
  public abstract OptionalDouble seniorOrAboveShare();

  /**
   * The cohort covering a level.
   *
   * @param level  the level, not null
   * @return the cohort, never null
   * @throws IllegalArgumentException if no cohort covers the level
   */
  public SalaryCohort cohort(OpsLevel level) {
    Objects.requireNonNull(level, "level");
    return cohorts().stream().filter(c -> c.levels().contains(level)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "level (" + level + ") must be covered by a cohort of benchmark " + id()));
  }

  /**
   * The levels covered by a cohort, in level order.
   *
   * @return the levels, never null
   */
  public Set<OpsLevel> levels() {
    EnumSet<OpsLevel> levels = EnumSet.noneOf(OpsLevel.class);
    cohorts().forEach(c -> levels.addAll(c.levels()));
    return levels;
  }

  /**
   * The log-normal distribution of every level covered, computed once.
   *
   * @return the distributions by level, never null
   */
  @Value.Lazy
  public ImmutableMap<OpsLevel, LogNormalSalaryDistribution> distributions() {
    ImmutableMap.Builder<OpsLevel, LogNormalSalaryDistribution> map = ImmutableMap.builder();
    for (OpsLevel level : levels()) {
      map.put(level, fit(level));
    }
    return map.buildOrThrow();
  }

  /**
   * The log-normal distribution of a level's cohort, fitted to its median and maximum with its
   * sample size. The explanation cites the benchmark's figures and flags an assumed sample size.
   *
   * @param level  the level, not null
   * @return the distribution, never null
   * @throws IllegalArgumentException if no cohort covers the level
   */
  public LogNormalSalaryDistribution distribution(OpsLevel level) {
    cohort(level);
    return Objects.requireNonNull(distributions().get(level));
  }

  private LogNormalSalaryDistribution fit(OpsLevel level) {
    SalaryCohort cohort = cohort(level);
    Explanation.Builder why = Explanation.builder();
    Reason figures = cohort.bonusShare().isPresent()
        ? Reason.fact(source(), "pay.fact.cohort", level, cohort.median(), cohort.maximum(), cohort.bonusShare().getAsDouble())
        : Reason.fact(source(), "pay.fact.cohortNoBonus", level, cohort.median(), cohort.maximum());
    why.addReasons(figures);
    if (cohort.isShared()) {
      why.addReasons(Reason.rule("pay.rule.sharedRow", cohort.levels().size()));
    }
    why.addReasons(cohort.sampleSizeAssumed()
        ? Reason.assumption("pay.assumption.cohortSize", cohort.sampleSize(), level)
        : Reason.input("pay.input.cohortSize", cohort.sampleSize(), level));
    return SalaryDistributions.logNormal(cohort.median(), cohort.maximum(), cohort.sampleSize())
        .withExplanation(why.build());
  }

  /**
   * The curve of median salary by experience through {@link #experienceAnchors()}.
   *
   * @return the curve, never null
   * @throws IllegalArgumentException if the benchmark has fewer than two anchors
   */
  public ExperienceCurve experienceCurve() {
    return ExperienceCurve.of(experienceAnchors(), source());
  }

  /**
   * The chances of a bonus, variable pay and equity at a level, with their sources.
   *
   * @param level  the level, not null
   * @return the outlook, never null
   * @throws IllegalArgumentException if no cohort covers the level
   */
  public CompensationOutlook outlook(OpsLevel level) {
    return CompensationOutlook.of(this, level);
  }

  @Value.Check
  void check() {
    checkArgument(!id().isBlank(), "id (%s) must not be blank", id());
    checkArgument(!cohorts().isEmpty(), "cohorts (%s) of benchmark %s must hold at least one cohort", cohorts(), id());
    EnumSet<OpsLevel> seen = EnumSet.noneOf(OpsLevel.class);
    for (int i = 0; i < cohorts().size(); i++) {
      SalaryCohort c = cohorts().get(i);
      checkCurrency(c.median());
      for (OpsLevel level : c.levels()) {
        checkArgument(seen.add(level), "cohorts[%s] (%s) must not cover level %s again", i, c.levels(), level);
      }
    }
    for (ExperienceAnchor a : experienceAnchors()) {
      checkCurrency(a.median());
    }
    for (int i = 1; i < experienceAnchors().size(); i++) {
      checkArgument(experienceAnchors().get(i).representativeYears() > experienceAnchors().get(i - 1).representativeYears(),
          "experienceAnchors[%s] (%s years) must come after experienceAnchors[%s] (%s years)",
          i, experienceAnchors().get(i).representativeYears(), i - 1, experienceAnchors().get(i - 1).representativeYears());
    }
    checkShare("equityShare", equityShare());
    checkShare("variablePayShare", variablePayShare());
    checkShare("seniorOrAboveShare", seniorOrAboveShare());
    equityShareByLevel().forEach((level, share) -> checkArgument(share >= 0 && share <= 1,
        "equityShareByLevel[%s] (%s) must be between 0 and 1", level, share));
    medianExperienceYears().ifPresent(y -> checkArgument(Double.isFinite(y) && y >= 0,
        "medianExperienceYears (%s) must be a finite number >= 0", y));
    medianOpsExperienceYears().ifPresent(y -> checkArgument(Double.isFinite(y) && y >= 0,
        "medianOpsExperienceYears (%s) must be a finite number >= 0", y));
  }

  private void checkCurrency(Money amount) {
    if (!amount.getCurrencyUnit().equals(currency())) {
      throw new CurrencyMismatchException(currency(), amount.getCurrencyUnit());
    }
  }

  private static void checkShare(String name, OptionalDouble share) {
    share.ifPresent(s -> checkArgument(s >= 0 && s <= 1, "%s (%s) must be between 0 and 1", name, s));
  }
}
