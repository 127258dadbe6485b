/**
 * Pay: the French Ops salary benchmark as distributions, percentiles and positions, and your own
 * pay data.
 *
 * <pre>{@code
 * SalaryBenchmark study = SalaryBenchmarks.businessOpsNetworkFrance();
 * SalaryDistribution seniors = study.distribution(OpsLevel.SENIOR);
 * seniors.percentileOf(Money.of(CurrencyUnit.EUR, 60_000));   // where a 60 K€ offer sits
 * seniors.salaryAt(Percentile.P75);                            // the 75th percentile
 * study.experienceCurve().medianAt(8);                         // median at 8 years of experience
 * study.outlook(OpsLevel.DIRECTOR).equityChance();             // 0.76
 * }</pre>
 *
 * <p>Amounts are {@link org.joda.money.Money} at the API (annual, in euros for the bundled study,
 * not thousands); statistics run on {@code double} inside, with Commons Statistics for the normal
 * and log-normal distributions and the sample quantiles.
 */
@NullMarked
@RevOpsStyle
package dev.revops.core.pay;

import dev.revops.core.internal.RevOpsStyle;
import org.jspecify.annotations.NullMarked;
