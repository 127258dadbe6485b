package dev.revops.core.pay;

import com.google.common.collect.ImmutableMap;
import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.Reason;
import dev.revops.core.explain.Source;
import dev.revops.core.internal.Checks;
import dev.revops.core.org.OpsLevel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
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
     * Sets the year the figures describe.
     *
     * @param dataYear  the year
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder dataYear(int dataYear) {
      delegate.dataYear(dataYear);
      return this;
    }

    /**
     * Says what the amounts are (default {@link AmountDefinition#ANNUAL_UNSPECIFIED}).
     *
     * @param amountDefinition  the definition, not null
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder amountDefinition(AmountDefinition amountDefinition) {
      delegate.amountDefinition(amountDefinition);
      return this;
    }

    /**
     * Sets {@link SalaryBenchmark#spreadFloorShare()} (default
     * {@link SalaryBenchmarks#DEFAULT_SPREAD_FLOOR_SHARE}; 0 turns the floor off).
     *
     * @param spreadFloorShare  the share, from 0 to 1
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder spreadFloorShare(double spreadFloorShare) {
      delegate.spreadFloorShare(spreadFloorShare);
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
   * The year the figures describe (2023 for the bundled study).
   *
   * @return the year, empty if not reported
   */
  public abstract OptionalInt dataYear();

  /**
   * What the amounts are: fixed or total, gross or net, for a year. The bundled study, as its
   * figures are reported, does not say ({@link AmountDefinition#ANNUAL_UNSPECIFIED}).
   *
   * @return the definition, never null
   */
  @Value.Default
  public AmountDefinition amountDefinition() {
    return AmountDefinition.ANNUAL_UNSPECIFIED;
  }

  /**
   * The floor on a level's spread below its median, as a share of the spread pooled over the
   * benchmark's other levels (weighted by their sample sizes, leaving out near-degenerate fits).
   * A median and a maximum say nothing of the lower half of a level's pay: when a level's maximum
   * is close to its median (the bundled juniors: 50 K€ over 47 K€), its fitted spread is several
   * times narrower than the other levels', and an ordinary offer below the median would land at
   * percentile 0. Below the median, such a level takes this share of the pooled spread instead;
   * above it, the fit to the maximum stands. Default {@link SalaryBenchmarks#DEFAULT_SPREAD_FLOOR_SHARE}
   * (an assumption); 0 turns the floor off.
   *
   * @return the share, from 0 to 1
   */
  @Value.Default
  public double spreadFloorShare() {
    return SalaryBenchmarks.DEFAULT_SPREAD_FLOOR_SHARE;
  }

  /**
   * How the amounts were brought to {@link #dataYear()} from the source's year, if they were.
   *
   * @return the projection, empty for the figures as published
   */
  public abstract Optional<BenchmarkProjection> projection();

  /**
   * This benchmark with every amount brought to another year at a yearly growth the caller
   * chooses: medians, maxima and experience medians are multiplied by (1 + growth)^(years
   * between). Nothing is ever projected silently: the study's reported rise
   * ({@link #reportedRaise()}, +8 % in 2023) is a fact about the past, not a forecast; pass it
   * here if you want it as the rate. Distributions of the projected benchmark say so.
   *
   * @param year  the target year, after {@link #dataYear()}
   * @param annualGrowth  the yearly growth, as a fraction (0.03 for 3 %), above -1, at most 1
   * @return the projected benchmark, never null
   * @throws IllegalArgumentException if the data year is unknown, the benchmark is already
   *     projected, or an argument breaks its rule
   */
  public SalaryBenchmark projectedTo(int year, double annualGrowth) {
    if (dataYear().isEmpty()) {
      throw Checks.invalid("dataYear", null, "must be known to bring benchmark " + id() + " to another year");
    }
    if (projection().isPresent()) {
      throw Checks.invalid("projection", projection().get().toYear(),
          "is already set: bring the published benchmark to the year you want in one step");
    }
    BenchmarkProjection p = BenchmarkProjection.of(dataYear().getAsInt(), year, annualGrowth);
    double f = p.factor();
    List<SalaryCohort> scaled = new ArrayList<>();
    for (SalaryCohort c : cohorts()) {
      scaled.add(SalaryCohort.builder().from(c).median(scale(c.median(), f)).maximum(scale(c.maximum(), f)).build());
    }
    List<ExperienceAnchor> anchors = new ArrayList<>();
    for (ExperienceAnchor a : experienceAnchors()) {
      anchors.add(a.withMedian(scale(a.median(), f)));
    }
    return ImmutableSalaryBenchmark.generator().from(this).cohorts(scaled).experienceAnchors(anchors).dataYear(year)
        .projection(p).build();
  }

  private static Money scale(Money amount, double factor) {
    return PayMath.money(amount.getCurrencyUnit(), amount.getAmount().doubleValue() * factor);
  }

  /**
   * Checks a salary offer for a level against this benchmark, with the default
   * {@link OfferPolicy}: see {@link #checkOffer(OpsLevel, OptionalDouble, Money, OfferPolicy)}.
   *
   * @param level  the level, not null
   * @param years  the candidate's total years of experience, empty if unknown
   * @param salary  the annual salary offered, not null, in the benchmark's currency, > 0
   * @return the check, never null
   * @throws IllegalArgumentException if no cohort covers the level, or a value breaks its rule
   */
  public OfferCheck checkOffer(OpsLevel level, OptionalDouble years, Money salary) {
    return checkOffer(level, years, salary, OfferPolicy.defaults());
  }

  /**
   * Checks a salary offer for a level: its percentile and compa-ratio on the level's
   * distribution and, when the years of experience are known, on that distribution adjusted for
   * experience; the pay range of the policy's percentile band; the chances of a bonus, variable
   * pay and equity; and plausibility warnings.
   *
   * @param level  the level, not null
   * @param years  the candidate's total years of experience, empty if unknown, else finite and >= 0
   * @param salary  the annual salary offered, not null, in the benchmark's currency, > 0
   * @param policy  the policy, not null
   * @return the check, never null
   * @throws IllegalArgumentException if no cohort covers the level, or a value breaks its rule
   */
  public OfferCheck checkOffer(OpsLevel level, OptionalDouble years, Money salary, OfferPolicy policy) {
    return OfferCheck.of(this, level, years, salary, policy);
  }

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
    if (projection().isPresent()) {
      BenchmarkProjection p = projection().get();
      why.addReasons(Reason.computed(PayMessages.COMPUTED_COHORT_PROJECTED, level, PayMath.forDisplay(cohort.median()),
          PayMath.forDisplay(cohort.maximum()), (long) p.fromYear(), (long) p.toYear()));
      why.addReasons(Reason.input(PayMessages.INPUT_PROJECTION, (long) p.fromYear(), (long) p.toYear(), p.annualGrowth(),
          p.factor()));
    } else {
      why.addReasons(cohort.bonusShare().isPresent()
          ? Reason.fact(source(), PayMessages.FACT_COHORT, level, cohort.median(), cohort.maximum(),
              cohort.bonusShare().getAsDouble())
          : Reason.fact(source(), PayMessages.FACT_COHORT_NO_BONUS, level, cohort.median(), cohort.maximum()));
    }
    if (cohort.isShared()) {
      why.addReasons(Reason.rule(PayMessages.RULE_SHARED_ROW, cohort.levels().size()));
    }
    why.addReasons(cohort.sampleSizeAssumed()
        ? Reason.assumption(PayMessages.ASSUMPTION_COHORT_SIZE, cohort.sampleSize(), level)
        : Reason.input(PayMessages.INPUT_COHORT_SIZE, cohort.sampleSize(), level));
    LogNormalSalaryDistribution own = rawFit(cohort).withExplanation(why.build());
    OptionalDouble pooled = pooledSpread(cohort);
    if (pooled.isEmpty() || spreadFloorShare() == 0) {
      return own;
    }
    double floor = spreadFloorShare() * pooled.getAsDouble();
    Explanation.Builder floorWhy = Explanation.builder().addReasons(spreadFloorShare() == SalaryBenchmarks.DEFAULT_SPREAD_FLOOR_SHARE
        ? Reason.assumption(PayMessages.ASSUMPTION_SPREAD_FLOOR, spreadFloorShare(), pooled.getAsDouble(), floor)
        : Reason.input(PayMessages.INPUT_SPREAD_FLOOR, spreadFloorShare(), pooled.getAsDouble(), floor));
    if (own.sigma() >= floor) {
      return own.withMoreReasons(floorWhy.addReasons(
          Reason.computed(PayMessages.COMPUTED_SPREAD_ABOVE_FLOOR, own.sigma(), floor)).build());
    }
    Reason warning = Reason.computed(PayMessages.WARNING_SPREAD_FLOORED, level, own.sigma(), floor);
    return own.withSpreadBelowMedian(floor, warning, floorWhy.addReasons(warning).build());
  }

  private static LogNormalSalaryDistribution rawFit(SalaryCohort cohort) {
    return SalaryDistributions.logNormal(cohort.median(), cohort.maximum(), cohort.sampleSize());
  }

  /**
   * The spread of the other cohorts, weighted by their sample sizes, near-degenerate fits left
   * out; empty when no other cohort qualifies.
   */
  private OptionalDouble pooledSpread(SalaryCohort cohort) {
    double weighted = 0;
    long people = 0;
    for (SalaryCohort other : cohorts()) {
      if (other.equals(cohort)) {
        continue;
      }
      double ratio = other.maximum().getAmount().doubleValue() / other.median().getAmount().doubleValue();
      if (ratio < SalaryDistributions.DEFAULT_NEAR_DEGENERATE_RATIO) {
        continue;
      }
      weighted += other.sampleSize() * rawFit(other).sigma();
      people += other.sampleSize();
    }
    return people == 0 ? OptionalDouble.empty() : OptionalDouble.of(weighted / people);
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
    Checks.check(spreadFloorShare() >= 0 && spreadFloorShare() <= 1, "spreadFloorShare", spreadFloorShare(),
        "must be between 0 and 1");
    dataYear().ifPresent(y -> Checks.check(y >= 1900 && y <= 2200, "dataYear", y, "must be a year from 1900 to 2200"));
    projection().ifPresent(p -> Checks.check(dataYear().isPresent() && dataYear().getAsInt() == p.toYear(), "projection",
        p.toYear(), "must end at the data year (" + (dataYear().isPresent() ? dataYear().getAsInt() : "unknown") + ")"));
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
