package dev.revops.core.staffing;

import dev.revops.core.explain.PolicyFigure;
import dev.revops.core.explain.Provenance;
import dev.revops.core.explain.Source;
import dev.revops.core.internal.Checks;
import dev.revops.core.internal.ProvenanceTracker;
import dev.revops.core.org.BusinessFunction;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The numbers and choices behind {@link StaffingCalculator}: the staffing ratio of each phase, the
 * floor per business function, how tiers weigh, how to round, how to share Ops between functions,
 * and the thresholds that place a company in a phase.
 *
 * <p>{@link #defaults()} holds the source's facts (1 Ops per 10 business staff early, per 20 once
 * mature, at least one per business function) and revops' named assumptions for everything the
 * source does not give. Change any of them with the builder:
 * <pre>{@code
 * StaffingPolicy policy = StaffingPolicy.builder()
 *     .structuringStaffPerOps(14)          // our own transition ratio
 *     .rounding(OpsRounding.CEILING)
 *     .build();
 * }</pre>
 * Explanations say which numbers are the source's facts, which are revops' assumptions and which
 * the caller changed.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StaffingPolicy {

  /**
   * The rule of thumb for sizing Ops teams reported by practitioners in France: about one Ops
   * per ten business staff when the function appears, falling to about one per twenty once the
   * company is structured, and at least one Ops per business function. It is a rule of thumb,
   * not a survey: it has no sample size.
   */
  public static final Source STAFFING_RULE_OF_THUMB = Source.builder()
      .name("Ops staffing rule of thumb, French industry practice")
      .frenchName("Règle empirique de dimensionnement des équipes Ops, usage de la profession en France")
      .country("FR")
      .build();


  /** Source fact: about 1 Ops per 10 business staff when the Ops function first appears. */
  public static final double SOURCE_EMERGING_STAFF_PER_OPS = 10;
  /** Source fact: about 1 Ops per 20 business staff once the company is structured. */
  public static final double SOURCE_MATURE_STAFF_PER_OPS = 20;
  /** Source fact: at least one Ops per business function. */
  public static final int SOURCE_MINIMUM_OPS_PER_FUNCTION = 1;
  /**
   * Assumption: 1 Ops per 15 business staff while structuring, halfway between the source's two
   * ratios. The source gives no figure for the transition.
   */
  public static final double DEFAULT_STRUCTURING_STAFF_PER_OPS = 15;
  /**
   * Assumption: each tier beyond the first adds 25 % to a team's weight when Ops are shared out.
   * A tiered team (the source's support team has three) has more escalation rules, queues and
   * tooling to run; the source gives no figure. With it, the source's customer-service example
   * places its fifth Ops in the three-tier support team.
   */
  public static final int DEFAULT_EXTRA_TIER_WEIGHT_PERCENT = 25;
  /** Assumption: growth of business headcount from 50 % a year counts as strong growth (early phase). */
  public static final double DEFAULT_STRONG_GROWTH = 0.5;
  /** Assumption: an Ops function younger than 2 years with no predecessor is in its early phase. */
  public static final double DEFAULT_EMERGING_MAX_OPS_AGE_YEARS = 2;
  /** Assumption: an Ops function is mature from 4 years on, if growth is moderate (see below). */
  public static final double DEFAULT_MATURE_MIN_OPS_AGE_YEARS = 4;
  /** Assumption: growth of at most 20 % a year counts as moderate (mature phase, with the age above). */
  public static final double DEFAULT_MATURE_MAX_GROWTH = 0.2;

  /**
   * Assumption: a business function gets an Ops of its own in the minimum from 15 staff; smaller
   * functions share Ops. The source's organisations (functions of 25 to 50 people) keep one Ops
   * each; an 11-person start-up does not get one Ops per function.
   */
  public static final int DEFAULT_DEDICATED_OPS_FROM_STAFF = 15;
  /** Assumption: one Ops can cover up to three small functions. */
  public static final int DEFAULT_SMALL_FUNCTIONS_PER_OPS = 3;
  /**
   * Assumption: each business function supported beyond {@link #DEFAULT_FUNCTIONS_IN_RATIO} adds
   * a quarter of an Ops of coordination (and each one fewer removes it): the source says the more
   * functions Ops support, the larger the team, without a figure.
   */
  public static final double DEFAULT_COORDINATION_OPS_PER_FUNCTION = 0.25;
  /**
   * Assumption: the source's ratios already cover the coordination of four functions, the number
   * in its customer-service example, so that its examples keep their targets exactly.
   */
  public static final int DEFAULT_FUNCTIONS_IN_RATIO = 4;

  /** The largest floor per function accepted, so that floors never overflow. */
  static final int MAX_MINIMUM_OPS_PER_FUNCTION = 1_000_000;
  /** The largest extra weight per tier accepted, in percent. */
  static final int MAX_EXTRA_TIER_WEIGHT_PERCENT = 10_000;

  StaffingPolicy() {}

  /**
   * The numbers and choices of this policy whose provenance explanations report. The apportionment method is a choice of method, not a figure, and is reported as the rule applied.
   */
  public enum Figure implements PolicyFigure {
    /** {@link #emergingStaffPerOps()}: 1 Ops per 10 business staff early (source). */
    EMERGING_STAFF_PER_OPS(Provenance.fact(StaffingPolicy.STAFFING_RULE_OF_THUMB)),
    /** {@link #structuringStaffPerOps()}: 1 per 15 while structuring (assumption). */
    STRUCTURING_STAFF_PER_OPS(Provenance.assumption()),
    /** {@link #matureStaffPerOps()}: 1 Ops per 20 business staff once mature (source). */
    MATURE_STAFF_PER_OPS(Provenance.fact(StaffingPolicy.STAFFING_RULE_OF_THUMB)),
    /** {@link #minimumOpsPerFunction()}: at least one Ops per business function (source). */
    MINIMUM_OPS_PER_FUNCTION(Provenance.fact(StaffingPolicy.STAFFING_RULE_OF_THUMB)),
    /** {@link #extraTierWeightPercent()}: 25 % more weight per extra tier (assumption). */
    EXTRA_TIER_WEIGHT_PERCENT(Provenance.assumption()),
    /** {@link #rounding()}: rounding half up (assumption). */
    ROUNDING(Provenance.assumption()),
    /** {@link #strongGrowth()}: strong growth from 50 % a year (assumption). */
    STRONG_GROWTH(Provenance.assumption()),
    /** {@link #emergingMaxOpsAgeYears()}: early under 2 years (assumption). */
    EMERGING_MAX_OPS_AGE_YEARS(Provenance.assumption()),
    /** {@link #matureMinOpsAgeYears()}: mature from 4 years (assumption). */
    MATURE_MIN_OPS_AGE_YEARS(Provenance.assumption()),
    /** {@link #matureMaxGrowth()}: moderate growth up to 20 % (assumption). */
    MATURE_MAX_GROWTH(Provenance.assumption()),
    /** {@link #dedicatedOpsFromStaff()}: a function's own Ops from 15 staff (assumption). */
    DEDICATED_OPS_FROM_STAFF(Provenance.assumption()),
    /** {@link #smallFunctionsPerOps()}: one Ops covers up to 3 small functions (assumption). */
    SMALL_FUNCTIONS_PER_OPS(Provenance.assumption()),
    /** {@link #coordinationOpsPerFunction()}: a quarter of an Ops per function beyond four (assumption). */
    COORDINATION_OPS_PER_FUNCTION(Provenance.assumption()),
    /** {@link #functionsInRatio()}: the ratios cover four functions (assumption). */
    FUNCTIONS_IN_RATIO(Provenance.assumption()),
    /** {@link #loadWeights()}: Ops work per head of each function (assumption). */
    LOAD_WEIGHTS(Provenance.assumption()),
    /** {@link #capAtEarlyRatio()}: never more Ops than the early ratio asks (assumption). */
    CAP_AT_EARLY_RATIO(Provenance.assumption());

    private final Provenance defaultProvenance;

    Figure(Provenance defaultProvenance) {
      this.defaultProvenance = defaultProvenance;
    }

    @Override
    public Provenance defaultProvenance() {
      return defaultProvenance;
    }
  }

  /**
   * Where each figure of this policy comes from. Built by the builder: a figure the caller set is
   * an {@linkplain Provenance#input() input}, the others keep the provenance of their default (or
   * of the policy given to {@code from}). A policy read from a document without this map takes,
   * for each figure, the provenance of its default when it has the default value, and input
   * otherwise.
   *
   * @return the provenance of every figure, never null
   */
  @Value.Default
  public Map<Figure, Provenance> provenance() {
    return ProvenanceTracker.byValue(Figure.class, this::hasDefaultValue);
  }

  /**
   * Where one figure of this policy comes from.
   *
   * @param figure  the figure, not null
   * @return the provenance, never null
   */
  public Provenance provenance(Figure figure) {
    return ProvenanceTracker.of(provenance(), figure);
  }

  private boolean hasDefaultValue(Figure figure) {
    return switch (figure) {
      case EMERGING_STAFF_PER_OPS -> emergingStaffPerOps() == SOURCE_EMERGING_STAFF_PER_OPS;
      case STRUCTURING_STAFF_PER_OPS -> structuringStaffPerOps() == DEFAULT_STRUCTURING_STAFF_PER_OPS;
      case MATURE_STAFF_PER_OPS -> matureStaffPerOps() == SOURCE_MATURE_STAFF_PER_OPS;
      case MINIMUM_OPS_PER_FUNCTION -> minimumOpsPerFunction() == SOURCE_MINIMUM_OPS_PER_FUNCTION;
      case EXTRA_TIER_WEIGHT_PERCENT -> extraTierWeightPercent() == DEFAULT_EXTRA_TIER_WEIGHT_PERCENT;
      case ROUNDING -> rounding() == OpsRounding.HALF_UP;
      case STRONG_GROWTH -> strongGrowth() == DEFAULT_STRONG_GROWTH;
      case EMERGING_MAX_OPS_AGE_YEARS -> emergingMaxOpsAgeYears() == DEFAULT_EMERGING_MAX_OPS_AGE_YEARS;
      case MATURE_MIN_OPS_AGE_YEARS -> matureMinOpsAgeYears() == DEFAULT_MATURE_MIN_OPS_AGE_YEARS;
      case MATURE_MAX_GROWTH -> matureMaxGrowth() == DEFAULT_MATURE_MAX_GROWTH;
      case DEDICATED_OPS_FROM_STAFF -> dedicatedOpsFromStaff() == DEFAULT_DEDICATED_OPS_FROM_STAFF;
      case SMALL_FUNCTIONS_PER_OPS -> smallFunctionsPerOps() == DEFAULT_SMALL_FUNCTIONS_PER_OPS;
      case COORDINATION_OPS_PER_FUNCTION -> coordinationOpsPerFunction() == DEFAULT_COORDINATION_OPS_PER_FUNCTION;
      case FUNCTIONS_IN_RATIO -> functionsInRatio() == DEFAULT_FUNCTIONS_IN_RATIO;
      case LOAD_WEIGHTS -> loadWeights().equals(DEFAULT_LOAD_WEIGHTS);
      case CAP_AT_EARLY_RATIO -> capAtEarlyRatio();
    };
  }

  /**
   * Returns the default policy: the source's facts and revops' documented assumptions.
   *
   * @return the default policy, never null
   */
  public static StaffingPolicy defaults() {
    return builder().build();
  }

  /**
   * Returns a builder starting from the defaults.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StaffingPolicy}; unset values keep their defaults. Not thread-safe. */
  public static final class Builder {
    private final ImmutableStaffingPolicy.Generator delegate = ImmutableStaffingPolicy.generator();
    private final ProvenanceTracker<Figure> provenance = new ProvenanceTracker<>(Figure.class);

    Builder() {
      // the map starts with the default entries, so that putting one changes that entry only
      delegate.loadWeights(DEFAULT_LOAD_WEIGHTS);
    }

    /**
     * Sets {@link StaffingPolicy#dedicatedOpsFromStaff()}.
     * @param staff the staff from which a function has an Ops of its own, >= 1
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder dedicatedOpsFromStaff(int staff) {
      delegate.dedicatedOpsFromStaff(staff);
      provenance.set(Figure.DEDICATED_OPS_FROM_STAFF);
      return this;
    }

    /**
     * Sets {@link StaffingPolicy#smallFunctionsPerOps()}.
     * @param functions how many small functions one Ops covers, >= 1
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder smallFunctionsPerOps(int functions) {
      delegate.smallFunctionsPerOps(functions);
      provenance.set(Figure.SMALL_FUNCTIONS_PER_OPS);
      return this;
    }

    /**
     * Sets {@link StaffingPolicy#coordinationOpsPerFunction()}.
     * @param ops Ops per function beyond {@link StaffingPolicy#functionsInRatio()}, >= 0
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder coordinationOpsPerFunction(double ops) {
      delegate.coordinationOpsPerFunction(ops);
      provenance.set(Figure.COORDINATION_OPS_PER_FUNCTION);
      return this;
    }

    /**
     * Sets {@link StaffingPolicy#functionsInRatio()}.
     * @param functions the functions the ratios cover, >= 1
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder functionsInRatio(int functions) {
      delegate.functionsInRatio(functions);
      provenance.set(Figure.FUNCTIONS_IN_RATIO);
      return this;
    }

    /**
     * Sets the load weight of one function, keeping the others.
     * @param function the function, not null
     * @param weight Ops work per head relative to 1, above 0, at most 100
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putLoadWeights(BusinessFunction function, double weight) {
      delegate.putLoadWeights(Objects.requireNonNull(function, "function").code(), weight);
      provenance.set(Figure.LOAD_WEIGHTS);
      return this;
    }

    /**
     * Replaces all the load weights.
     * @param weights the weights by function code, not null
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder loadWeights(Map<String, ? extends Double> weights) {
      Objects.requireNonNull(weights, "loadWeights");
      delegate.loadWeights(weights);
      provenance.set(Figure.LOAD_WEIGHTS);
      return this;
    }

    /**
     * Sets {@link StaffingPolicy#capAtEarlyRatio()}.
     * @param cap whether to cap the Ops at the early ratio
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder capAtEarlyRatio(boolean cap) {
      delegate.capAtEarlyRatio(cap);
      provenance.set(Figure.CAP_AT_EARLY_RATIO);
      return this;
    }

    /**
     * Fill a builder with attribute values from the provided {@code StaffingPolicy} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder from(StaffingPolicy instance) {
      delegate.from(instance);
      delegate.loadWeights(instance.loadWeights()); // the instance's map, not merged with the defaults
      provenance.startFrom(instance.provenance());
      return this;
    }

    /**
     * Initializes the value for the {@link StaffingPolicy#emergingStaffPerOps() emergingStaffPerOps} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StaffingPolicy#emergingStaffPerOps() emergingStaffPerOps}.</em>
     * @param emergingStaffPerOps The value for emergingStaffPerOps
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder emergingStaffPerOps(double emergingStaffPerOps) {
      delegate.emergingStaffPerOps(emergingStaffPerOps);
      provenance.set(Figure.EMERGING_STAFF_PER_OPS);
      return this;
    }

    /**
     * Initializes the value for the {@link StaffingPolicy#structuringStaffPerOps() structuringStaffPerOps} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StaffingPolicy#structuringStaffPerOps() structuringStaffPerOps}.</em>
     * @param structuringStaffPerOps The value for structuringStaffPerOps
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder structuringStaffPerOps(double structuringStaffPerOps) {
      delegate.structuringStaffPerOps(structuringStaffPerOps);
      provenance.set(Figure.STRUCTURING_STAFF_PER_OPS);
      return this;
    }

    /**
     * Initializes the value for the {@link StaffingPolicy#matureStaffPerOps() matureStaffPerOps} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StaffingPolicy#matureStaffPerOps() matureStaffPerOps}.</em>
     * @param matureStaffPerOps The value for matureStaffPerOps
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder matureStaffPerOps(double matureStaffPerOps) {
      delegate.matureStaffPerOps(matureStaffPerOps);
      provenance.set(Figure.MATURE_STAFF_PER_OPS);
      return this;
    }

    /**
     * Initializes the value for the {@link StaffingPolicy#minimumOpsPerFunction() minimumOpsPerFunction} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StaffingPolicy#minimumOpsPerFunction() minimumOpsPerFunction}.</em>
     * @param minimumOpsPerFunction The value for minimumOpsPerFunction
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder minimumOpsPerFunction(int minimumOpsPerFunction) {
      delegate.minimumOpsPerFunction(minimumOpsPerFunction);
      provenance.set(Figure.MINIMUM_OPS_PER_FUNCTION);
      return this;
    }

    /**
     * Initializes the value for the {@link StaffingPolicy#extraTierWeightPercent() extraTierWeightPercent} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StaffingPolicy#extraTierWeightPercent() extraTierWeightPercent}.</em>
     * @param extraTierWeightPercent The value for extraTierWeightPercent
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder extraTierWeightPercent(int extraTierWeightPercent) {
      delegate.extraTierWeightPercent(extraTierWeightPercent);
      provenance.set(Figure.EXTRA_TIER_WEIGHT_PERCENT);
      return this;
    }

    /**
     * Initializes the value for the {@link StaffingPolicy#rounding() rounding} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StaffingPolicy#rounding() rounding}.</em>
     * @param rounding The value for rounding
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder rounding(OpsRounding rounding) {
      delegate.rounding(rounding);
      provenance.set(Figure.ROUNDING);
      return this;
    }

    /**
     * Initializes the value for the {@link StaffingPolicy#apportionment() apportionment} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StaffingPolicy#apportionment() apportionment}.</em>
     * @param apportionment The value for apportionment
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder apportionment(Apportionment apportionment) {
      delegate.apportionment(apportionment);
      return this;
    }

    /**
     * Initializes the value for the {@link StaffingPolicy#strongGrowth() strongGrowth} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StaffingPolicy#strongGrowth() strongGrowth}.</em>
     * @param strongGrowth The value for strongGrowth
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder strongGrowth(double strongGrowth) {
      delegate.strongGrowth(strongGrowth);
      provenance.set(Figure.STRONG_GROWTH);
      return this;
    }

    /**
     * Initializes the value for the {@link StaffingPolicy#emergingMaxOpsAgeYears() emergingMaxOpsAgeYears} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StaffingPolicy#emergingMaxOpsAgeYears() emergingMaxOpsAgeYears}.</em>
     * @param emergingMaxOpsAgeYears The value for emergingMaxOpsAgeYears
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder emergingMaxOpsAgeYears(double emergingMaxOpsAgeYears) {
      delegate.emergingMaxOpsAgeYears(emergingMaxOpsAgeYears);
      provenance.set(Figure.EMERGING_MAX_OPS_AGE_YEARS);
      return this;
    }

    /**
     * Initializes the value for the {@link StaffingPolicy#matureMinOpsAgeYears() matureMinOpsAgeYears} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StaffingPolicy#matureMinOpsAgeYears() matureMinOpsAgeYears}.</em>
     * @param matureMinOpsAgeYears The value for matureMinOpsAgeYears
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder matureMinOpsAgeYears(double matureMinOpsAgeYears) {
      delegate.matureMinOpsAgeYears(matureMinOpsAgeYears);
      provenance.set(Figure.MATURE_MIN_OPS_AGE_YEARS);
      return this;
    }

    /**
     * Initializes the value for the {@link StaffingPolicy#matureMaxGrowth() matureMaxGrowth} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StaffingPolicy#matureMaxGrowth() matureMaxGrowth}.</em>
     * @param matureMaxGrowth The value for matureMaxGrowth
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder matureMaxGrowth(double matureMaxGrowth) {
      delegate.matureMaxGrowth(matureMaxGrowth);
      provenance.set(Figure.MATURE_MAX_GROWTH);
      return this;
    }

    /**
     * Builds a new {@link StaffingPolicy StaffingPolicy}.
     * @return An immutable instance of StaffingPolicy
     * @throws dev.revops.core.MissingValueException if any required attributes are missing
     */
    public StaffingPolicy build() {
      return delegate.provenance(provenance.provenance()).build();
    }
  }

  /**
   * Business staff per Ops in the early phase. Default 10 (source).
   *
   * @return the ratio, finite and >= 1
   */
  @Value.Default
  public double emergingStaffPerOps() {
    return SOURCE_EMERGING_STAFF_PER_OPS;
  }

  /**
   * Business staff per Ops while structuring. Default 15 (assumption).
   *
   * @return the ratio, finite and >= 1
   */
  @Value.Default
  public double structuringStaffPerOps() {
    return DEFAULT_STRUCTURING_STAFF_PER_OPS;
  }

  /**
   * Business staff per Ops once mature. Default 20 (source).
   *
   * @return the ratio, finite and >= 1
   */
  @Value.Default
  public double matureStaffPerOps() {
    return SOURCE_MATURE_STAFF_PER_OPS;
  }

  /**
   * Ops each business function with staff gets at least. Default 1 (source).
   *
   * @return the floor, from 1 to 1,000,000
   */
  @Value.Default
  public int minimumOpsPerFunction() {
    return SOURCE_MINIMUM_OPS_PER_FUNCTION;
  }

  /**
   * Extra weight of each tier beyond the first, in percent of a team's headcount, when Ops are
   * shared between functions. Default 25 (assumption). 0 ignores tiers.
   *
   * @return the percentage, from 0 to 10,000
   */
  @Value.Default
  public int extraTierWeightPercent() {
    return DEFAULT_EXTRA_TIER_WEIGHT_PERCENT;
  }

  /**
   * How the exact number of Ops is rounded to whole people. Default {@link OpsRounding#HALF_UP}
   * (assumption).
   *
   * @return the rounding, never null
   */
  @Value.Default
  public OpsRounding rounding() {
    return OpsRounding.HALF_UP;
  }

  /**
   * How the target is shared between business functions. Default
   * {@link Apportionment#HUNTINGTON_HILL}.
   *
   * @return the method, never null
   */
  @Value.Default
  public Apportionment apportionment() {
    return Apportionment.HUNTINGTON_HILL;
  }

  /**
   * Year-on-year growth of business headcount from which the phase is early, whatever the age of
   * the Ops function. Default 0.5 (assumption).
   *
   * @return the growth threshold, finite, > -1
   */
  @Value.Default
  public double strongGrowth() {
    return DEFAULT_STRONG_GROWTH;
  }

  /**
   * Age below which an Ops function with no predecessor is in its early phase. Default 2 years
   * (assumption).
   *
   * @return the age in years, finite, >= 0
   */
  @Value.Default
  public double emergingMaxOpsAgeYears() {
    return DEFAULT_EMERGING_MAX_OPS_AGE_YEARS;
  }

  /**
   * Age from which an Ops function is mature, if growth is moderate. Default 4 years (assumption).
   *
   * @return the age in years, finite, >= {@link #emergingMaxOpsAgeYears()}
   */
  @Value.Default
  public double matureMinOpsAgeYears() {
    return DEFAULT_MATURE_MIN_OPS_AGE_YEARS;
  }

  /**
   * Growth up to which an old enough Ops function is mature. Default 0.2 (assumption).
   *
   * @return the growth threshold, finite, above -1, at most {@link #strongGrowth()}
   */
  @Value.Default
  public double matureMaxGrowth() {
    return DEFAULT_MATURE_MAX_GROWTH;
  }

  /**
   * Assumption: Ops work per head of each predefined function (by code), relative to 1. Sales functions
   * (prospecting, sales, account management) 1.3: quotas, territories, commission plans, pipeline
   * reviews and forecasts make more Ops work per seller; support and back office 0.8: a stable
   * ticketing tool and processes make less per agent; finance 0.8; the others 1. A function not
   * listed (a custom one) weighs 1.
   */
  static final Map<String, Double> DEFAULT_LOAD_WEIGHTS = com.google.common.collect.ImmutableMap.of(
      BusinessFunction.PROSPECTING.code(), 1.3, BusinessFunction.SALES.code(), 1.3,
      BusinessFunction.ACCOUNT_MANAGEMENT.code(), 1.3, BusinessFunction.SUPPORT.code(), 0.8,
      BusinessFunction.BACK_OFFICE.code(), 0.8, BusinessFunction.FINANCE.code(), 0.8);

  /**
   * From how many staff a business function gets an Ops of its own in the minimum; smaller
   * functions share Ops ({@link #smallFunctionsPerOps()} each). Default 15 (assumption).
   *
   * @return the staff, >= 1
   */
  @Value.Default
  public int dedicatedOpsFromStaff() {
    return DEFAULT_DEDICATED_OPS_FROM_STAFF;
  }

  /**
   * How many small functions one Ops can cover. Default 3 (assumption).
   *
   * @return the functions, >= 1
   */
  @Value.Default
  public int smallFunctionsPerOps() {
    return DEFAULT_SMALL_FUNCTIONS_PER_OPS;
  }

  /**
   * Ops of coordination per business function supported beyond {@link #functionsInRatio()} (and
   * removed per function below it). Default 0.25 (assumption; the source states the direction only).
   *
   * @return the Ops per function, finite, >= 0
   */
  @Value.Default
  public double coordinationOpsPerFunction() {
    return DEFAULT_COORDINATION_OPS_PER_FUNCTION;
  }

  /**
   * The number of supported functions whose coordination the ratios already include. Default 4
   * (assumption: the source's customer-service example).
   *
   * @return the functions, >= 1
   */
  @Value.Default
  public int functionsInRatio() {
    return DEFAULT_FUNCTIONS_IN_RATIO;
  }

  /**
   * Ops work per head of each function, by function code, relative to 1, used to share Ops between
   * functions. Defaults: sales functions 1.3, support, back office and finance 0.8 (assumption; see
   * {@link #loadWeight}). A function not in the map weighs 1.
   *
   * @return the weights by function code, never null, each finite, above 0, at most 100
   */
  @Value.Default
  public Map<String, Double> loadWeights() {
    return DEFAULT_LOAD_WEIGHTS;
  }

  /**
   * The load weight of one function: its entry in {@link #loadWeights()}, or 1.
   *
   * @param function  the function, not null
   * @return the weight, > 0
   */
  public double loadWeight(BusinessFunction function) {
    Double weight = loadWeights().get(Objects.requireNonNull(function, "function").code());
    return weight != null ? weight : 1.0;
  }

  /**
   * Whether no organisation gets more Ops (minimum and target) than its headcount divided by the
   * early ratio, rounded up. Default true (assumption: the early ratio is the most the source
   * ever asks).
   *
   * @return whether the cap applies
   */
  @Value.Default
  public boolean capAtEarlyRatio() {
    return true;
  }

  /**
   * Business staff per Ops in a phase.
   *
   * @param phase  the phase, not null
   * @return the ratio, finite and >= 1
   */
  public double staffPerOps(MaturityPhase phase) {
    return switch (Objects.requireNonNull(phase, "phase")) {
      case EMERGING -> emergingStaffPerOps();
      case STRUCTURING -> structuringStaffPerOps();
      case MATURE -> matureStaffPerOps();
    };
  }

  @Value.Check
  void check() {
    Checks.check(dedicatedOpsFromStaff() >= 1, "dedicatedOpsFromStaff", dedicatedOpsFromStaff(), "must be >= 1");
    Checks.check(smallFunctionsPerOps() >= 1, "smallFunctionsPerOps", smallFunctionsPerOps(), "must be >= 1");
    Checks.check(coordinationOpsPerFunction() >= 0 && coordinationOpsPerFunction() <= 100,
        "coordinationOpsPerFunction", coordinationOpsPerFunction(), "must be between 0 and 100 Ops per function");
    Checks.check(functionsInRatio() >= 1, "functionsInRatio", functionsInRatio(), "must be >= 1");
    loadWeights().forEach((function, weight) -> Checks.check(weight != null && Double.isFinite(weight) && weight > 0
        && weight <= 100, "loadWeights." + function, weight, "must be a finite number above 0 and at most 100"));
    checkRatio("emergingStaffPerOps", emergingStaffPerOps());
    checkRatio("structuringStaffPerOps", structuringStaffPerOps());
    checkRatio("matureStaffPerOps", matureStaffPerOps());
    if (!(emergingStaffPerOps() <= structuringStaffPerOps())) {
      throw Checks.invalid("structuringStaffPerOps", structuringStaffPerOps(),
          "must be >= emergingStaffPerOps (" + emergingStaffPerOps() + "): Ops support more staff as they mature");
    }
    if (!(structuringStaffPerOps() <= matureStaffPerOps())) {
      throw Checks.invalid("matureStaffPerOps", matureStaffPerOps(),
          "must be >= structuringStaffPerOps (" + structuringStaffPerOps() + "): Ops support more staff as they mature");
    }
    if (!(minimumOpsPerFunction() >= 1 && minimumOpsPerFunction() <= MAX_MINIMUM_OPS_PER_FUNCTION)) {
      throw Checks.invalid("minimumOpsPerFunction", minimumOpsPerFunction(),
          "must be between 1 and " + MAX_MINIMUM_OPS_PER_FUNCTION);
    }
    if (!(extraTierWeightPercent() >= 0 && extraTierWeightPercent() <= MAX_EXTRA_TIER_WEIGHT_PERCENT)) {
      throw Checks.invalid("extraTierWeightPercent", extraTierWeightPercent(),
          "must be between 0 and " + MAX_EXTRA_TIER_WEIGHT_PERCENT);
    }
    Checks.check(Double.isFinite(strongGrowth()) && strongGrowth() > -1,
        "strongGrowth", strongGrowth(), "must be a finite fraction > -1");
    Checks.check(Double.isFinite(matureMaxGrowth()) && matureMaxGrowth() > -1,
        "matureMaxGrowth", matureMaxGrowth(), "must be a finite fraction > -1");
    if (!(matureMaxGrowth() <= strongGrowth())) {
      throw Checks.invalid("matureMaxGrowth", matureMaxGrowth(),
          "must be <= strongGrowth (" + strongGrowth() + ")");
    }
    Checks.check(Double.isFinite(emergingMaxOpsAgeYears()) && emergingMaxOpsAgeYears() >= 0,
        "emergingMaxOpsAgeYears", emergingMaxOpsAgeYears(), "must be a finite number >= 0");
    if (!(Double.isFinite(matureMinOpsAgeYears()) && matureMinOpsAgeYears() >= emergingMaxOpsAgeYears())) {
      throw Checks.invalid("matureMinOpsAgeYears", matureMinOpsAgeYears(),
          "must be a finite number >= emergingMaxOpsAgeYears (" + emergingMaxOpsAgeYears() + ")");
    }
  }

  private static void checkRatio(String name, double value) {
    if (!(Double.isFinite(value) && value >= 1)) {
      throw Checks.invalid(name, value, "must be a finite number of business staff per Ops >= 1");
    }
  }
}
