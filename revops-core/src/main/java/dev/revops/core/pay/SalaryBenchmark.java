package dev.revops.core.pay;

import com.google.common.collect.ImmutableMap;
import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.Reason;
import dev.revops.core.explain.Source;
import dev.revops.core.internal.Checks;
import dev.revops.core.org.OpsLevel;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;
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
  public static final class Builder {
    private final ImmutableSalaryBenchmark.Generator delegate = ImmutableSalaryBenchmark.generator();

    Builder() {}

    /**
     * Fill a builder with attribute values from the provided {@code SalaryBenchmark} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder from(SalaryBenchmark instance) {
      delegate.from(instance);
      return this;
    }

    /**
     * Initializes the value for the {@link SalaryBenchmark#id() id} attribute.
     * @param id The value for id
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder id(String id) {
      delegate.id(id);
      return this;
    }

    /**
     * Initializes the value for the {@link SalaryBenchmark#source() source} attribute.
     * @param source The value for source
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder source(Source source) {
      delegate.source(source);
      return this;
    }

    /**
     * Initializes the value for the {@link SalaryBenchmark#currency() currency} attribute.
     * @param currency The value for currency
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder currency(CurrencyUnit currency) {
      delegate.currency(currency);
      return this;
    }

    /**
     * Adds one element to {@link SalaryBenchmark#cohorts() cohorts} list.
     * @param element A cohorts element
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder addCohorts(SalaryCohort element) {
      delegate.addCohorts(element);
      return this;
    }

    /**
     * Adds elements to {@link SalaryBenchmark#cohorts() cohorts} list.
     * @param elements An array of cohorts elements
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder addCohorts(SalaryCohort... elements) {
      Objects.requireNonNull(elements, "cohorts");
      delegate.addCohorts(elements);
      return this;
    }

    /**
     * Sets or replaces all elements for {@link SalaryBenchmark#cohorts() cohorts} list.
     * @param elements An iterable of cohorts elements
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder cohorts(Iterable<? extends SalaryCohort> elements) {
      Objects.requireNonNull(elements, "cohorts");
      delegate.cohorts(elements);
      return this;
    }

    /**
     * Adds elements to {@link SalaryBenchmark#cohorts() cohorts} list.
     * @param elements An iterable of cohorts elements
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder addAllCohorts(Iterable<? extends SalaryCohort> elements) {
      Objects.requireNonNull(elements, "cohorts");
      delegate.addAllCohorts(elements);
      return this;
    }

    /**
     * Adds one element to {@link SalaryBenchmark#experienceAnchors() experienceAnchors} list.
     * @param element A experienceAnchors element
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder addExperienceAnchors(ExperienceAnchor element) {
      delegate.addExperienceAnchors(element);
      return this;
    }

    /**
     * Adds elements to {@link SalaryBenchmark#experienceAnchors() experienceAnchors} list.
     * @param elements An array of experienceAnchors elements
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder addExperienceAnchors(ExperienceAnchor... elements) {
      Objects.requireNonNull(elements, "experienceAnchors");
      delegate.addExperienceAnchors(elements);
      return this;
    }

    /**
     * Sets or replaces all elements for {@link SalaryBenchmark#experienceAnchors() experienceAnchors} list.
     * @param elements An iterable of experienceAnchors elements
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder experienceAnchors(Iterable<? extends ExperienceAnchor> elements) {
      Objects.requireNonNull(elements, "experienceAnchors");
      delegate.experienceAnchors(elements);
      return this;
    }

    /**
     * Adds elements to {@link SalaryBenchmark#experienceAnchors() experienceAnchors} list.
     * @param elements An iterable of experienceAnchors elements
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder addAllExperienceAnchors(Iterable<? extends ExperienceAnchor> elements) {
      Objects.requireNonNull(elements, "experienceAnchors");
      delegate.addAllExperienceAnchors(elements);
      return this;
    }

    /**
     * Initializes the optional value {@link SalaryBenchmark#equityShare() equityShare} to equityShare.
     * @param equityShare The value for equityShare
     * @return {@code this} builder for chained invocation
     */
    public Builder equityShare(double equityShare) {
      delegate.equityShare(equityShare);
      return this;
    }

    /**
     * Initializes the optional value {@link SalaryBenchmark#equityShare() equityShare} to equityShare.
     * @param equityShare The value for equityShare
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder equityShare(OptionalDouble equityShare) {
      Objects.requireNonNull(equityShare, "equityShare");
      delegate.equityShare(equityShare);
      return this;
    }

    /**
     * Put one entry to the {@link SalaryBenchmark#equityShareByLevel() equityShareByLevel} map.
     * @param key The key in the equityShareByLevel map
     * @param value The associated value in the equityShareByLevel map
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putEquityShareByLevel(OpsLevel key, double value) {
      delegate.putEquityShareByLevel(key, value);
      return this;
    }

    /**
     * Put one entry to the {@link SalaryBenchmark#equityShareByLevel() equityShareByLevel} map. Nulls are not permitted
     * @param entry The key and value entry
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putEquityShareByLevel(Map.Entry<OpsLevel, ? extends Double> entry) {
      Objects.requireNonNull(entry, "equityShareByLevel entry");
      delegate.putEquityShareByLevel(entry);
      return this;
    }

    /**
     * Sets or replaces all mappings from the specified map as entries for the {@link SalaryBenchmark#equityShareByLevel() equityShareByLevel} map. Nulls are not permitted
     * @param entries The entries that will be added to the equityShareByLevel map
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder equityShareByLevel(Map<OpsLevel, ? extends Double> entries) {
      Objects.requireNonNull(entries, "equityShareByLevel");
      delegate.equityShareByLevel(entries);
      return this;
    }

    /**
     * Put all mappings from the specified map as entries to {@link SalaryBenchmark#equityShareByLevel() equityShareByLevel} map. Nulls are not permitted
     * @param entries The entries that will be added to the equityShareByLevel map
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putAllEquityShareByLevel(Map<OpsLevel, ? extends Double> entries) {
      Objects.requireNonNull(entries, "equityShareByLevel");
      delegate.putAllEquityShareByLevel(entries);
      return this;
    }

    /**
     * Initializes the optional value {@link SalaryBenchmark#variablePayShare() variablePayShare} to variablePayShare.
     * @param variablePayShare The value for variablePayShare
     * @return {@code this} builder for chained invocation
     */
    public Builder variablePayShare(double variablePayShare) {
      delegate.variablePayShare(variablePayShare);
      return this;
    }

    /**
     * Initializes the optional value {@link SalaryBenchmark#variablePayShare() variablePayShare} to variablePayShare.
     * @param variablePayShare The value for variablePayShare
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder variablePayShare(OptionalDouble variablePayShare) {
      Objects.requireNonNull(variablePayShare, "variablePayShare");
      delegate.variablePayShare(variablePayShare);
      return this;
    }

    /**
     * Initializes the optional value {@link SalaryBenchmark#reportedRaise() reportedRaise} to reportedRaise.
     * @param reportedRaise The value for reportedRaise
     * @return {@code this} builder for chained invocation
     */
    public Builder reportedRaise(ReportedRaise reportedRaise) {
      delegate.reportedRaise(reportedRaise);
      return this;
    }

    /**
     * Initializes the optional value {@link SalaryBenchmark#reportedRaise() reportedRaise} to reportedRaise.
     * @param reportedRaise The value for reportedRaise
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder reportedRaise(Optional<? extends ReportedRaise> reportedRaise) {
      Objects.requireNonNull(reportedRaise, "reportedRaise");
      delegate.reportedRaise(reportedRaise);
      return this;
    }

    /**
     * Initializes the optional value {@link SalaryBenchmark#medianExperienceYears() medianExperienceYears} to medianExperienceYears.
     * @param medianExperienceYears The value for medianExperienceYears
     * @return {@code this} builder for chained invocation
     */
    public Builder medianExperienceYears(double medianExperienceYears) {
      delegate.medianExperienceYears(medianExperienceYears);
      return this;
    }

    /**
     * Initializes the optional value {@link SalaryBenchmark#medianExperienceYears() medianExperienceYears} to medianExperienceYears.
     * @param medianExperienceYears The value for medianExperienceYears
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder medianExperienceYears(OptionalDouble medianExperienceYears) {
      Objects.requireNonNull(medianExperienceYears, "medianExperienceYears");
      delegate.medianExperienceYears(medianExperienceYears);
      return this;
    }

    /**
     * Initializes the optional value {@link SalaryBenchmark#medianOpsExperienceYears() medianOpsExperienceYears} to medianOpsExperienceYears.
     * @param medianOpsExperienceYears The value for medianOpsExperienceYears
     * @return {@code this} builder for chained invocation
     */
    public Builder medianOpsExperienceYears(double medianOpsExperienceYears) {
      delegate.medianOpsExperienceYears(medianOpsExperienceYears);
      return this;
    }

    /**
     * Initializes the optional value {@link SalaryBenchmark#medianOpsExperienceYears() medianOpsExperienceYears} to medianOpsExperienceYears.
     * @param medianOpsExperienceYears The value for medianOpsExperienceYears
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder medianOpsExperienceYears(OptionalDouble medianOpsExperienceYears) {
      Objects.requireNonNull(medianOpsExperienceYears, "medianOpsExperienceYears");
      delegate.medianOpsExperienceYears(medianOpsExperienceYears);
      return this;
    }

    /**
     * Initializes the optional value {@link SalaryBenchmark#seniorOrAboveShare() seniorOrAboveShare} to seniorOrAboveShare.
     * @param seniorOrAboveShare The value for seniorOrAboveShare
     * @return {@code this} builder for chained invocation
     */
    public Builder seniorOrAboveShare(double seniorOrAboveShare) {
      delegate.seniorOrAboveShare(seniorOrAboveShare);
      return this;
    }

    /**
     * Initializes the optional value {@link SalaryBenchmark#seniorOrAboveShare() seniorOrAboveShare} to seniorOrAboveShare.
     * @param seniorOrAboveShare The value for seniorOrAboveShare
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder seniorOrAboveShare(OptionalDouble seniorOrAboveShare) {
      Objects.requireNonNull(seniorOrAboveShare, "seniorOrAboveShare");
      delegate.seniorOrAboveShare(seniorOrAboveShare);
      return this;
    }

    /**
     * Builds a new {@link SalaryBenchmark SalaryBenchmark}.
     * @return An immutable instance of SalaryBenchmark
     * @throws dev.revops.core.MissingValueException if any required attributes are missing
     */
    public SalaryBenchmark build() {
      return delegate.build();
    }
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
  public abstract List<SalaryCohort> cohorts();

  /**
   * Median salaries by total experience, in order of experience.
   *
   * @return the anchors, possibly empty
   */
  public abstract List<ExperienceAnchor> experienceAnchors();

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
  public abstract Map<OpsLevel, Double> equityShareByLevel();

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
        .orElseThrow(() -> Checks.invalid("level", level, "must be covered by a cohort of benchmark " + id()));
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
  public Map<OpsLevel, LogNormalSalaryDistribution> distributions() {
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
        ? Reason.fact(source(), PayMessages.FACT_COHORT, level, cohort.median(), cohort.maximum(), cohort.bonusShare().getAsDouble())
        : Reason.fact(source(), PayMessages.FACT_COHORT_NO_BONUS, level, cohort.median(), cohort.maximum());
    why.addReasons(figures);
    if (cohort.isShared()) {
      why.addReasons(Reason.rule(PayMessages.RULE_SHARED_ROW, cohort.levels().size()));
    }
    why.addReasons(cohort.sampleSizeAssumed()
        ? Reason.assumption(PayMessages.ASSUMPTION_COHORT_SIZE, cohort.sampleSize(), level)
        : Reason.input(PayMessages.INPUT_COHORT_SIZE, cohort.sampleSize(), level));
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
    Checks.check(!id().isBlank(), "id", id(), "must not be blank");
    if (cohorts().isEmpty()) {
      throw Checks.invalid("cohorts", cohorts(), "of benchmark " + id() + " must hold at least one cohort");
    }
    EnumSet<OpsLevel> seen = EnumSet.noneOf(OpsLevel.class);
    for (int i = 0; i < cohorts().size(); i++) {
      SalaryCohort c = cohorts().get(i);
      PayMath.checkCurrency("cohorts[" + i + "].median", c.median(), currency(), "the benchmark");
      for (OpsLevel level : c.levels()) {
        if (!(seen.add(level))) {
          throw Checks.invalid("cohorts[" + i + "]", c.levels(), "must not cover level " + level + " again");
        }
      }
    }
    for (int i = 0; i < experienceAnchors().size(); i++) {
      PayMath.positiveAmount("experienceAnchors[" + i + "].median", currency(), experienceAnchors().get(i).median(),
          "the benchmark");
    }
    for (int i = 1; i < experienceAnchors().size(); i++) {
      double years = experienceAnchors().get(i).representativeYears();
      double before = experienceAnchors().get(i - 1).representativeYears();
      if (years <= before) {
        throw Checks.invalid("experienceAnchors[" + i + "].representativeYears", years,
            "must be above that of experienceAnchors[" + (i - 1) + "] (" + before + ")");
      }
    }
    checkShare("equityShare", equityShare());
    checkShare("variablePayShare", variablePayShare());
    checkShare("seniorOrAboveShare", seniorOrAboveShare());
    equityShareByLevel().forEach((level, share) -> Checks.check(share >= 0 && share <= 1,
        "equityShareByLevel." + level, share, "must be between 0 and 1"));
    medianExperienceYears().ifPresent(y -> Checks.check(Double.isFinite(y) && y >= 0,
        "medianExperienceYears", y, "must be a finite number >= 0"));
    medianOpsExperienceYears().ifPresent(y -> Checks.check(Double.isFinite(y) && y >= 0,
        "medianOpsExperienceYears", y, "must be a finite number >= 0"));
  }


  private static void checkShare(String name, OptionalDouble share) {
    share.ifPresent(s -> Checks.check(s >= 0 && s <= 1, name, s, "must be between 0 and 1"));
  }
}
