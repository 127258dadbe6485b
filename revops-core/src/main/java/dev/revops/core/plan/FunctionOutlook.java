package dev.revops.core.plan;

import dev.revops.core.internal.Checks;
import dev.revops.core.org.BusinessFunction;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * How one business function evolves over a plan: a growth rate a year or a period, and headcounts
 * known at given months.
 *
 * <p>{@code FunctionOutlook.ofYearlyGrowth(BusinessFunction.SALES, 0.40)} grows every sales team
 * by 40 % a year (compounded per period, headcounts carried exactly and rounded half up where
 * people are counted). {@code FunctionOutlook.ofHeadcounts(BusinessFunction.MARKETING,
 * Map.of(YearMonth.of(2027, 7), 8))} gives marketing 8 people from July 2027, adding a team when
 * the organisation had none; growth, if also given, goes on from each known headcount.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FunctionOutlook {

  /** The largest growth accepted, per year or per period: 1000 %. */
  static final double MAX_GROWTH = 10;
  /** The largest headcount accepted for a function at a date. */
  static final int MAX_HEADCOUNT = 10_000_000;

  FunctionOutlook() {}

  /**
   * The business function.
   *
   * @return the function, never null
   */
  public abstract BusinessFunction function();

  /**
   * The growth of the function's headcount per year (0.40 for 40 %), compounded per period.
   *
   * @return the yearly growth, empty if none is given
   */
  public abstract OptionalDouble yearlyGrowth();

  /**
   * The growth of the function's headcount per period (0.05 for 5 % a quarter in a quarterly plan).
   *
   * @return the growth per period, empty if none is given
   */
  public abstract OptionalDouble periodGrowth();

  /**
   * Headcounts known in advance: from each month on, the function has that many people (shared
   * between its teams in proportion to their size).
   *
   * @return the headcounts by month, possibly empty
   */
  public abstract Map<YearMonth, Integer> headcounts();

  /**
   * Obtains an outlook growing a function by a rate a year.
   *
   * @param function  the function, not null
   * @param yearlyGrowth  the growth a year, above -1 (0.40 for 40 %), at most 10
   * @return the outlook, never null
   * @throws dev.revops.core.InvalidValueException if the growth is out of range
   */
  public static FunctionOutlook ofYearlyGrowth(BusinessFunction function, double yearlyGrowth) {
    return ImmutableFunctionOutlook.generator().function(Objects.requireNonNull(function, "function"))
        .yearlyGrowth(yearlyGrowth).build();
  }

  /**
   * Obtains an outlook growing a function by a rate per period.
   *
   * @param function  the function, not null
   * @param periodGrowth  the growth per period, above -1, at most 10
   * @return the outlook, never null
   * @throws dev.revops.core.InvalidValueException if the growth is out of range
   */
  public static FunctionOutlook ofPeriodGrowth(BusinessFunction function, double periodGrowth) {
    return ImmutableFunctionOutlook.generator().function(Objects.requireNonNull(function, "function"))
        .periodGrowth(periodGrowth).build();
  }

  /**
   * Obtains an outlook of headcounts known at given months (no growth in between).
   *
   * @param function  the function, not null
   * @param headcounts  the headcount from each month on, not null, each between 0 and 10,000,000
   * @return the outlook, never null
   * @throws dev.revops.core.InvalidValueException if a headcount is out of range
   */
  public static FunctionOutlook ofHeadcounts(BusinessFunction function, Map<YearMonth, Integer> headcounts) {
    return ImmutableFunctionOutlook.generator().function(Objects.requireNonNull(function, "function"))
        .headcounts(Objects.requireNonNull(headcounts, "headcounts")).build();
  }

  /**
   * Returns this outlook with one more known headcount (replacing any at the same month).
   *
   * @param month  the month from which the function has that many people, not null
   * @param headcount  the headcount, 0 to 10,000,000
   * @return the outlook, never null
   * @throws dev.revops.core.InvalidValueException if the headcount is out of range
   */
  public FunctionOutlook withHeadcount(YearMonth month, int headcount) {
    Objects.requireNonNull(month, "month");
    Map<YearMonth, Integer> all = new java.util.TreeMap<>(headcounts());
    all.put(month, headcount);
    return ImmutableFunctionOutlook.generator().from(this).headcounts(all).build();
  }

  /** The growth per period of this outlook in a plan with periods of the given length (0 without growth). */
  double growthPerPeriod(PeriodLength length) {
    if (periodGrowth().isPresent()) {
      return periodGrowth().getAsDouble();
    }
    return yearlyGrowth().isPresent() ? Math.pow(1 + yearlyGrowth().getAsDouble(), 1.0 / length.periodsPerYear()) - 1 : 0;
  }

  @Value.Check
  void check() {
    Checks.check(!(yearlyGrowth().isPresent() && periodGrowth().isPresent()), "periodGrowth", periodGrowth().orElse(0),
        "must not be given with yearlyGrowth (" + yearlyGrowth().orElse(0) + "): give one growth rate");
    checkGrowth("yearlyGrowth", yearlyGrowth());
    checkGrowth("periodGrowth", periodGrowth());
    for (Map.Entry<YearMonth, Integer> e : headcounts().entrySet()) {
      int h = e.getValue();
      Checks.check(h >= 0 && h <= MAX_HEADCOUNT, "headcounts." + e.getKey(), h, "must be between 0 and " + MAX_HEADCOUNT);
    }
  }

  static void checkGrowth(String field, OptionalDouble growth) {
    if (growth.isPresent()) {
      double g = growth.getAsDouble();
      Checks.check(Double.isFinite(g) && g > -1 && g <= MAX_GROWTH, field, g,
          "must be a finite number above -1 (a fall of less than 100 %) and at most " + MAX_GROWTH);
    }
  }
}
