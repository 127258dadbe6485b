package dev.revops.core.pay;

import com.google.common.collect.ImmutableList;
import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.Reason;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A log-normal distribution of salaries fitted to a median and a maximum observed among
 * {@code n} people, made by {@link SalaryDistributions#logNormal(Money, Money, int)}.
 *
 * <p>The median fixes μ = ln(median) exactly. The maximum of n draws sits, on average, near the
 * normal quantile Φ⁻¹((n − 0.375)/(n + 0.25)) (Blom's approximation), so
 * σ = ln(maximum / median) / Φ⁻¹((n − 0.375)/(n + 0.25)). The maximum of n draws is itself
 * random: {@link #plausibleSigmaLow()} and {@link #plausibleSigmaHigh()} give the σ for which the
 * observed maximum would be the 95th and the 5th percentile of that maximum.
 *
 * <p>A median and a maximum say nothing of the lower half of the distribution. A benchmark may
 * therefore give the half below the median a wider spread ({@link #sigmaBelowMedian()}) than the
 * one fitted to the maximum, when a level's own spread is implausibly narrow (see
 * {@link SalaryBenchmark#spreadFloorShare()}); the two halves meet at the median, so every
 * percentile keeps one salary and every salary one percentile.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LogNormalSalaryDistribution implements SalaryDistribution {

  private final CurrencyUnit currency;
  private final Money medianSalary;
  private final Money maximum;
  private final int sampleSize;
  private final double mu;
  private final double sigma;
  private final double sigmaLow;
  private final double sigmaHigh;
  private final double sigmaBelow;
  private final LogNormalDistribution distribution;
  private final LogNormalDistribution below;
  private final Confidence confidence;
  private final ImmutableList<Reason> warnings;
  private final Explanation explanation;

  LogNormalSalaryDistribution(Money median, Money maximum, int n, double mu, double sigma, double sigmaLow,
      double sigmaHigh, Confidence confidence, ImmutableList<Reason> warnings, Explanation explanation) {
    this(median, maximum, n, mu, sigma, sigmaLow, sigmaHigh, sigma, confidence, warnings, explanation);
  }

  private LogNormalSalaryDistribution(Money median, Money maximum, int n, double mu, double sigma, double sigmaLow,
      double sigmaHigh, double sigmaBelow, Confidence confidence, ImmutableList<Reason> warnings, Explanation explanation) {
    this.currency = median.getCurrencyUnit();
    this.medianSalary = median;
    this.maximum = maximum;
    this.sampleSize = n;
    this.mu = mu;
    this.sigma = sigma;
    this.sigmaLow = sigmaLow;
    this.sigmaHigh = sigmaHigh;
    this.sigmaBelow = sigmaBelow;
    this.distribution = LogNormalDistribution.of(mu, sigma);
    this.below = sigmaBelow == sigma ? distribution : LogNormalDistribution.of(mu, sigmaBelow);
    this.confidence = confidence;
    this.warnings = warnings;
    this.explanation = explanation;
  }

  /** The same fit with a longer explanation (the benchmark adds its facts and assumptions). */
  LogNormalSalaryDistribution withExplanation(Explanation prefix) {
    return new LogNormalSalaryDistribution(medianSalary, maximum, sampleSize, mu, sigma, sigmaLow, sigmaHigh, sigmaBelow,
        confidence, warnings, prefix.plus(explanation));
  }

  /** The same shape with every salary multiplied by a factor (the experience view of an offer check). */
  LogNormalSalaryDistribution scaled(double factor) {
    return new LogNormalSalaryDistribution(PayMath.money(currency, medianSalary.getAmount().doubleValue() * factor),
        PayMath.money(currency, maximum.getAmount().doubleValue() * factor), sampleSize, mu + Math.log(factor), sigma,
        sigmaLow, sigmaHigh, sigmaBelow, confidence, warnings, explanation);
  }

  /** The same fit with more reasons after its own. */
  LogNormalSalaryDistribution withMoreReasons(Explanation more) {
    return new LogNormalSalaryDistribution(medianSalary, maximum, sampleSize, mu, sigma, sigmaLow, sigmaHigh, sigmaBelow,
        confidence, warnings, explanation.plus(more));
  }

  /** The same fit with a wider spread below the median, and the reasons and warning that say why. */
  LogNormalSalaryDistribution withSpreadBelowMedian(double spread, Reason warning, Explanation why) {
    return new LogNormalSalaryDistribution(medianSalary, maximum, sampleSize, mu, sigma, sigmaLow, sigmaHigh, spread,
        Confidence.LOW, ImmutableList.<Reason>builder().addAll(warnings).add(warning).build(), explanation.plus(why));
  }

  @Override
  public CurrencyUnit currency() {
    return currency;
  }

  /**
   * The location parameter: ln(median).
   *
   * @return μ
   */
  public double mu() {
    return mu;
  }

  /**
   * The fitted shape parameter: the spread above the median, fitted to the maximum.
   *
   * @return σ, > 0
   */
  public double sigma() {
    return sigma;
  }

  /**
   * The smallest plausible σ: the one for which the observed maximum is the 95th percentile of
   * the maximum of n draws.
   *
   * @return the lower end of the plausible σ range
   */
  public double plausibleSigmaLow() {
    return sigmaLow;
  }

  /**
   * The largest plausible σ: the one for which the observed maximum is the 5th percentile of the
   * maximum of n draws. Empty when n is so small that the maximum is below the median one time in
   * twenty or more (no upper bound then).
   *
   * @return the upper end of the plausible σ range, empty if unbounded
   */
  public OptionalDouble plausibleSigmaHigh() {
    return Double.isInfinite(sigmaHigh) ? OptionalDouble.empty() : OptionalDouble.of(sigmaHigh);
  }

  /**
   * The maximum the fit was made from.
   *
   * @return the maximum, never null
   */
  /**
   * The spread below the median: {@link #sigma()} unless a floor widened it.
   *
   * @return σ below the median, at least {@link #sigma()}
   */
  public double sigmaBelowMedian() {
    return sigmaBelow;
  }

  public Money maximum() {
    return maximum;
  }

  /**
   * The number of people the maximum was observed among.
   *
   * @return n, >= 2
   */
  public int sampleSize() {
    return sampleSize;
  }

  /**
   * The median the fit was made from, exactly.
   *
   * @return the median, never null
   */
  @Override
  public Money median() {
    return medianSalary;
  }

  @Override
  public double quantile(double fraction) {
    PayMath.checkFraction(fraction);
    return (fraction < 0.5 ? below : distribution).inverseCumulativeProbability(fraction);
  }

  @Override
  public double cdf(double amount) {
    PayMath.checkFinite(amount);
    return (amount < Math.exp(mu) ? below : distribution).cumulativeProbability(amount);
  }

  @Override
  public Confidence confidence() {
    return confidence;
  }

  @Override
  public List<Reason> warnings() {
    return warnings;
  }

  @Override
  public Explanation explanation() {
    return explanation;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof LogNormalSalaryDistribution)) {
      return false;
    }
    LogNormalSalaryDistribution that = (LogNormalSalaryDistribution) other;
    return medianSalary.equals(that.medianSalary) && maximum.equals(that.maximum) && sampleSize == that.sampleSize
        && Double.compare(sigmaBelow, that.sigmaBelow) == 0 && explanation.equals(that.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(medianSalary, maximum, sampleSize);
  }

  @Override
  public String toString() {
    return "LogNormal[median=" + medianSalary + ", maximum=" + maximum + ", n=" + sampleSize + ", sigma=" + sigma
        + (sigmaBelow == sigma ? "" : ", sigmaBelowMedian=" + sigmaBelow) + "]";
  }
}
