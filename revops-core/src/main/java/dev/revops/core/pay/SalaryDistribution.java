package dev.revops.core.pay;

import java.util.List;
import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.Reason;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A distribution of annual salaries: where a salary sits ({@link #percentileOf(Money)}) and what
 * salary sits at a percentile ({@link #salaryAt(Percentile)}).
 *
 * <pre>{@code
 * SalaryDistribution seniors = SalaryBenchmarks.businessOpsNetworkFrance().distribution(OpsLevel.SENIOR);
 * seniors.median();                                              // EUR 56000.00
 * seniors.percentileOf(Money.of(CurrencyUnit.EUR, 60_000));     // P65.6
 * seniors.salaryAt(Percentile.P75);
 * seniors.confidence();                                          // MEDIUM: a fit to a median and a maximum
 * }</pre>
 *
 * <p>Three kinds exist, made by {@link SalaryDistributions}: a log-normal fitted to a median and a
 * maximum, the empirical distribution of your own pay data, and a curve through a survey's
 * quantile points. Amounts are in the currency's major unit (euros, not thousands). Money methods
 * round to the currency's minor unit; {@link #quantile(double)} and {@link #cdf(double)} work on
 * unrounded {@code double} amounts.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface SalaryDistribution
    permits LogNormalSalaryDistribution, EmpiricalSalaryDistribution, QuantilePointsSalaryDistribution {

  /**
   * The currency of every amount.
   *
   * @return the currency, never null
   */
  CurrencyUnit currency();

  /**
   * The salary at a fraction of the distribution, unrounded.
   *
   * @param fraction  the fraction, strictly between 0 and 1
   * @return the amount in the currency's major unit
   * @throws IllegalArgumentException if the fraction is not strictly between 0 and 1
   * @throws InsufficientDataException if the distribution is not publishable
   */
  double quantile(double fraction);

  /**
   * The fraction of the distribution at or below an amount: the inverse of
   * {@link #quantile(double)} where that is strictly increasing.
   *
   * @param amount  the amount in the currency's major unit, finite
   * @return the fraction, from 0 to 1
   * @throws IllegalArgumentException if the amount is NaN or infinite
   * @throws InsufficientDataException if the distribution is not publishable
   */
  double cdf(double amount);

  /**
   * How much the percentiles can be trusted.
   *
   * @return the confidence, never null
   */
  Confidence confidence();

  /**
   * Warnings about the data or the fit (for example a maximum barely above the median), each
   * renderable in English and French.
   *
   * @return the warnings, never null
   */
  List<Reason> warnings();

  /**
   * How the distribution was built: the figures, the method, the assumptions.
   *
   * @return the explanation, never null
   */
  Explanation explanation();

  /**
   * Returns true if percentiles can be published ({@link #confidence()} is not
   * {@link Confidence#NONE}).
   *
   * @return whether {@link #salaryAt}, {@link #percentileOf} and their kin answer
   */
  default boolean isPublishable() {
    return confidence() != Confidence.NONE;
  }

  /**
   * The salary at a percentile, rounded to the currency's minor unit.
   *
   * @param percentile  the percentile, not null
   * @return the salary, never null
   * @throws InsufficientDataException if the distribution is not publishable
   */
  default Money salaryAt(Percentile percentile) {
    return PayMath.money(currency(), quantile(java.util.Objects.requireNonNull(percentile, "percentile").fraction()));
  }

  /**
   * The median salary.
   *
   * @return the median, never null
   * @throws InsufficientDataException if the distribution is not publishable
   */
  default Money median() {
    return salaryAt(Percentile.P50);
  }

  /**
   * The percentile a salary sits at, kept strictly between 0 and 100 ({@link Percentile#LOWEST}
   * below the whole distribution, {@link Percentile#HIGHEST} above it).
   *
   * @param salary  the salary, not null, in this distribution's currency
   * @return the percentile, never null
   * @throws IllegalArgumentException if the salary is in another currency
   * @throws InsufficientDataException if the distribution is not publishable
   */
  default Percentile percentileOf(Money salary) {
    return Percentile.ofFractionClamped(cdf(PayMath.amount("salary", currency(), salary, "the distribution")));
  }

  /**
   * The salaries at two percentiles.
   *
   * @param low  the lower percentile, not null
   * @param high  the higher percentile, not null, above {@code low}
   * @return the band, never null
   * @throws IllegalArgumentException if {@code low} is not below {@code high}
   * @throws InsufficientDataException if the distribution is not publishable
   */
  default SalaryBand band(Percentile low, Percentile high) {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    return SalaryBand.of(low, salaryAt(low), high, salaryAt(high));
  }

  /**
   * Where a salary sits: percentile, compa-ratio, verdict and explanation.
   *
   * @param salary  the salary, not null, in this distribution's currency
   * @return the position, never null
   * @throws IllegalArgumentException if the salary is in another currency
   * @throws InsufficientDataException if the distribution is not publishable
   */
  default PayPosition position(Money salary) {
    return PayPosition.of(this, salary);
  }
}
