package dev.revops.core.plan;

import dev.revops.core.internal.Checks;
import java.util.Objects;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The payroll budget of the Ops team: an amount per period or per year, hard or soft.
 *
 * <p>{@code Budget.of(Money.of(CurrencyUnit.EUR, 900_000), BudgetSpan.YEAR, BudgetRule.HARD)} lets
 * the team cost at most 225,000 EUR a quarter (employer on-cost included): a hire whose cost would
 * break it waits for a later period.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Budget {

  Budget() {}

  /**
   * The amount, employer on-cost included.
   *
   * @return the amount, positive
   */
  public abstract Money amount();

  /**
   * What the amount covers.
   *
   * @return the span, never null
   */
  public abstract BudgetSpan span();

  /**
   * Whether the amount may be exceeded.
   *
   * @return the rule, never null
   */
  public abstract BudgetRule rule();

  /**
   * Obtains a budget.
   *
   * @param amount  the amount, employer on-cost included, not null, positive
   * @param span  what the amount covers, not null
   * @param rule  whether it may be exceeded, not null
   * @return the budget, never null
   * @throws dev.revops.core.InvalidValueException if the amount is not positive
   */
  public static Budget of(Money amount, BudgetSpan span, BudgetRule rule) {
    return ImmutableBudget.generator().amount(Objects.requireNonNull(amount, "amount"))
        .span(Objects.requireNonNull(span, "span")).rule(Objects.requireNonNull(rule, "rule")).build();
  }

  /**
   * The budget of one period.
   *
   * @param length  the length of the plan's periods, not null
   * @return the amount of one period, never null
   */
  public Money perPeriod(PeriodLength length) {
    Objects.requireNonNull(length, "length");
    return span() == BudgetSpan.PERIOD ? amount()
        : amount().dividedBy(length.periodsPerYear(), java.math.RoundingMode.HALF_EVEN);
  }

  /**
   * Returns this budget with another amount.
   *
   * @param amount  the amount, not null, positive
   * @return the budget, never null
   * @throws dev.revops.core.InvalidValueException if the amount is not positive
   */
  public Budget withAmount(Money amount) {
    return of(amount, span(), rule());
  }

  @Value.Check
  void check() {
    Checks.check(amount().isPositive(), "amount", amount(), "must be more than zero");
  }
}
