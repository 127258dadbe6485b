package dev.revops.core.staffing;

import static com.google.common.base.Preconditions.checkArgument;

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

  /** The largest floor per function accepted, so that floors never overflow. */
  static final int MAX_MINIMUM_OPS_PER_FUNCTION = 1_000_000;
  /** The largest extra weight per tier accepted, in percent. */
  static final int MAX_EXTRA_TIER_WEIGHT_PERCENT = 10_000;

  StaffingPolicy() {}

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
  public static final class Builder extends ImmutableStaffingPolicy.Builder {
    Builder() {}
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
   * Business staff per Ops in a phase.
   *
   * @param phase  the phase, not null
   * @return the ratio, finite and >= 1
   */
  public double staffPerOps(MaturityPhase phase) {
    switch (Objects.requireNonNull(phase, "phase")) {
      case EMERGING:
        return emergingStaffPerOps();
      case STRUCTURING:
        return structuringStaffPerOps();
      default:
        return matureStaffPerOps();
    }
  }

  @Value.Check
  void check() {
    checkRatio("emergingStaffPerOps", emergingStaffPerOps());
    checkRatio("structuringStaffPerOps", structuringStaffPerOps());
    checkRatio("matureStaffPerOps", matureStaffPerOps());
    checkArgument(emergingStaffPerOps() <= structuringStaffPerOps(),
        "structuringStaffPerOps (%s) must be >= emergingStaffPerOps (%s): Ops support more staff as they mature",
        structuringStaffPerOps(), emergingStaffPerOps());
    checkArgument(structuringStaffPerOps() <= matureStaffPerOps(),
        "matureStaffPerOps (%s) must be >= structuringStaffPerOps (%s): Ops support more staff as they mature",
        matureStaffPerOps(), structuringStaffPerOps());
    checkArgument(minimumOpsPerFunction() >= 1 && minimumOpsPerFunction() <= MAX_MINIMUM_OPS_PER_FUNCTION,
        "minimumOpsPerFunction (%s) must be between 1 and %s", minimumOpsPerFunction(), MAX_MINIMUM_OPS_PER_FUNCTION);
    checkArgument(extraTierWeightPercent() >= 0 && extraTierWeightPercent() <= MAX_EXTRA_TIER_WEIGHT_PERCENT,
        "extraTierWeightPercent (%s) must be between 0 and %s", extraTierWeightPercent(), MAX_EXTRA_TIER_WEIGHT_PERCENT);
    checkArgument(Double.isFinite(strongGrowth()) && strongGrowth() > -1,
        "strongGrowth (%s) must be a finite fraction > -1", strongGrowth());
    checkArgument(Double.isFinite(matureMaxGrowth()) && matureMaxGrowth() > -1,
        "matureMaxGrowth (%s) must be a finite fraction > -1", matureMaxGrowth());
    checkArgument(matureMaxGrowth() <= strongGrowth(),
        "matureMaxGrowth (%s) must be <= strongGrowth (%s)", matureMaxGrowth(), strongGrowth());
    checkArgument(Double.isFinite(emergingMaxOpsAgeYears()) && emergingMaxOpsAgeYears() >= 0,
        "emergingMaxOpsAgeYears (%s) must be a finite number >= 0", emergingMaxOpsAgeYears());
    checkArgument(Double.isFinite(matureMinOpsAgeYears()) && matureMinOpsAgeYears() >= emergingMaxOpsAgeYears(),
        "matureMinOpsAgeYears (%s) must be a finite number >= emergingMaxOpsAgeYears (%s)",
        matureMinOpsAgeYears(), emergingMaxOpsAgeYears());
  }

  private static void checkRatio(String name, double value) {
    checkArgument(Double.isFinite(value) && value >= 1,
        "%s (%s) must be a finite number of business staff per Ops >= 1", name, value);
  }
}
