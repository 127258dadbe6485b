package dev.revops.core.pay;

import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.Reason;
import dev.revops.core.internal.Checks;
import dev.revops.core.org.OpsLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * What else than a base salary an Ops person at a level can expect, from a benchmark: the chance
 * of a bonus, of variable pay and of equity, each a fact with its source and its scope (the level
 * itself, or all respondents when the benchmark gives nothing finer), plus the benchmark's
 * reported pay rise.
 *
 * <p>{@link #project(Money, double, int)} projects an amount to a later year at a growth rate
 * the caller gives: the reported rise (+8 % in 2023 for the bundled study) is shown as a fact and
 * never used as a silent default.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CompensationOutlook {

  CompensationOutlook() {}

  /**
   * The level.
   *
   * @return the level, never null
   */
  public abstract OpsLevel level();

  /**
   * The share of the level's cohort with a bonus.
   *
   * @return the share, empty if the benchmark does not report it
   */
  public abstract OptionalDouble bonusChance();

  /**
   * The share with a variable part of pay (all respondents: the bundled study gives no split).
   *
   * @return the share, empty if not reported
   */
  public abstract OptionalDouble variablePayChance();

  /**
   * The share with equity: the level's own figure when the benchmark has one, otherwise the
   * overall share.
   *
   * @return the share, empty if not reported
   */
  public abstract OptionalDouble equityChance();

  /**
   * Whether {@link #equityChance()} is the level's own figure (true) or the overall one (false).
   *
   * @return true if level-specific
   */
  public abstract boolean equityChanceIsLevelSpecific();

  /**
   * The benchmark's reported average pay rise, as a fact.
   *
   * @return the rise, empty if not reported
   */
  public abstract Optional<ReportedRaise> reportedRaise();

  /**
   * The facts with their sources and scopes.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  static CompensationOutlook of(SalaryBenchmark benchmark, OpsLevel level) {
    Objects.requireNonNull(level, "level");
    SalaryCohort cohort = benchmark.cohort(level);
    Explanation.Builder why = Explanation.builder();
    cohort.bonusShare().ifPresent(s -> why.addReasons(Reason.fact(benchmark.source(), PayMessages.OUTLOOK_BONUS, level, s)));
    benchmark.variablePayShare().ifPresent(s -> why.addReasons(Reason.fact(benchmark.source(), PayMessages.OUTLOOK_VARIABLE, s)));
    Double levelEquity = benchmark.equityShareByLevel().get(level);
    OptionalDouble equity;
    if (levelEquity != null) {
      equity = OptionalDouble.of(levelEquity);
      why.addReasons(Reason.fact(benchmark.source(), PayMessages.OUTLOOK_EQUITY_LEVEL, level, levelEquity));
    } else {
      equity = benchmark.equityShare();
      equity.ifPresent(s -> why.addReasons(Reason.fact(benchmark.source(), PayMessages.OUTLOOK_EQUITY_OVERALL, s)));
    }
    benchmark.reportedRaise().ifPresent(r ->
        why.addReasons(Reason.fact(benchmark.source(), PayMessages.OUTLOOK_RAISE, r.rate(), (long) r.year())));
    return ImmutableCompensationOutlook.generator()
        .level(level)
        .bonusChance(cohort.bonusShare())
        .variablePayChance(benchmark.variablePayShare())
        .equityChance(equity)
        .equityChanceIsLevelSpecific(levelEquity != null)
        .reportedRaise(benchmark.reportedRaise())
        .explanation(why.build())
        .build();
  }

  /**
   * Projects an amount forward at a constant annual growth: {@code amount × (1 + growth)^years},
   * rounded to the currency's minor unit.
   *
   * @param amount  the amount today, not null
   * @param annualGrowth  the yearly growth as a fraction (0.03 for +3 %), finite, > -1; no default
   * @param years  the number of years, from 0 to 100
   * @return the projected amount, never null
   * @throws IllegalArgumentException if an argument breaks its rule
   */
  public static Money project(Money amount, double annualGrowth, int years) {
    Objects.requireNonNull(amount, "amount");
    Checks.check(Double.isFinite(annualGrowth) && annualGrowth > -1,
        "annualGrowth", annualGrowth, "must be a finite fraction > -1");
    Checks.check(years >= 0 && years <= 100, "years", years, "must be between 0 and 100");
    BigDecimal factor = BigDecimal.ONE.add(new BigDecimal(annualGrowth)).pow(years);
    return amount.multipliedBy(factor, RoundingMode.HALF_EVEN);
  }

  @Value.Check
  void check() {
    checkShare("bonusChance", bonusChance());
    checkShare("variablePayChance", variablePayChance());
    checkShare("equityChance", equityChance());
  }

  private static void checkShare(String field, OptionalDouble share) {
    share.ifPresent(s -> Checks.check(s >= 0 && s <= 1, field, s, "must be between 0 and 1"));
  }
}
