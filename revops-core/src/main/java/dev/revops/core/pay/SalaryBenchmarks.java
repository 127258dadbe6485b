package dev.revops.core.pay;

import dev.revops.core.explain.Source;
import dev.revops.core.org.OpsLevel;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The salary benchmarks bundled with revops.
 */
public final class SalaryBenchmarks {

  /**
   * The annual salary study of the Business Operations Network, France: about 400 respondents
   * from 117 companies (Doctolib, PayFit, Swile, BlaBlaCar among them), median experience five
   * years of which three in Ops. Source of the medians, maxima and shares of the bundled benchmark.
   */
  public static final Source BUSINESS_OPERATIONS_NETWORK_STUDY = Source.builder()
      .name("Business Operations Network, annual Ops salary study")
      .frenchName("Business Operations Network, étude annuelle des salaires des Ops")
      .edition("figures for 2023")
      .frenchEdition("chiffres de 2023")
      .country("FR")
      .sampleSize(400)
      .companies(117)
      .build();


  /**
   * Assumed cohort sizes of the bundled study (the study reports about 400 respondents, about
   * 60 % of them senior, lead or manager, but no count per level): senior 150 and manager 90
   * (together 240, 60 %), junior 120 and director or VP 40 (the other 40 %, more juniors than
   * executives, as in any pyramid). They set the n of each log-normal fit.
   */
  public static final Map<OpsLevel, Integer> ASSUMED_COHORT_SIZES = Map.of(
      OpsLevel.JUNIOR, 120, OpsLevel.SENIOR, 150, OpsLevel.MANAGER, 90, OpsLevel.DIRECTOR, 40, OpsLevel.VP, 40);

  /**
   * Default {@link SalaryBenchmark#spreadFloorShare()}: below its median, a level's spread is at
   * least three quarters of the spread pooled over the benchmark's other levels. An assumption:
   * the bundled study's senior, manager and director spreads (0.17, 0.21, 0.22) lie within 15 % of
   * their pooled value (0.19), so three quarters of it leaves room for a genuinely narrower level
   * while catching a fit eight times narrower, as the juniors' (0.024) would be without it.
   */
  public static final double DEFAULT_SPREAD_FLOOR_SHARE = 0.75;

  private static final SalaryBenchmark BUSINESS_OPS_NETWORK_FRANCE = buildBusinessOpsNetworkFrance();

  private SalaryBenchmarks() {}

  /**
   * The Business Operations Network's annual Ops salary study, France (about 400 respondents from
   * 117 companies), in euros:
   * <table>
   *   <caption>Annual salaries by level</caption>
   *   <tr><th>level</th><th>median</th><th>maximum</th><th>with a bonus</th></tr>
   *   <tr><td>Junior</td><td>47 K€</td><td>50 K€</td><td>61 %</td></tr>
   *   <tr><td>Senior</td><td>56 K€</td><td>88 K€</td><td>56 %</td></tr>
   *   <tr><td>Manager / team lead</td><td>64 K€</td><td>107 K€</td><td>64 %</td></tr>
   *   <tr><td>Director / VP (one row)</td><td>102 K€</td><td>166 K€</td><td>80 %</td></tr>
   * </table>
   * Medians by experience: 45 K€ under 2 years, 77 K€ at 5–6 years, 99 K€ over 16 years. Equity
   * 64 % overall (directors 76 %, VPs 80 %), variable pay 55 %, salaries up 8 % on average in
   * 2023. Respondents' median experience: 5 years, 3 of them in Ops; about 60 % senior, lead or
   * manager. Cohort sizes are assumptions: see {@link #ASSUMED_COHORT_SIZES}.
   *
   * @return the benchmark, never null
   */
  public static SalaryBenchmark businessOpsNetworkFrance() {
    return BUSINESS_OPS_NETWORK_FRANCE;
  }

  private static Money keur(int thousands) {
    return Money.of(CurrencyUnit.EUR, thousands * 1000L);
  }

  private static SalaryCohort cohort(EnumSet<OpsLevel> levels, int median, int maximum, double bonus) {
    return SalaryCohort.builder()
        .levels(levels)
        .median(keur(median))
        .maximum(keur(maximum))
        .bonusShare(bonus)
        .sampleSize(Objects.requireNonNull(ASSUMED_COHORT_SIZES.get(levels.iterator().next())))
        .sampleSizeAssumed(true)
        .build();
  }

  private static SalaryBenchmark buildBusinessOpsNetworkFrance() {
    return SalaryBenchmark.builder()
        .id("business-ops-network-fr-2023")
        .source(SalaryBenchmarks.BUSINESS_OPERATIONS_NETWORK_STUDY)
        .currency(CurrencyUnit.EUR)
        .addCohorts(cohort(EnumSet.of(OpsLevel.JUNIOR), 47, 50, 0.61))
        .addCohorts(cohort(EnumSet.of(OpsLevel.SENIOR), 56, 88, 0.56))
        .addCohorts(cohort(EnumSet.of(OpsLevel.MANAGER), 64, 107, 0.64))
        .addCohorts(cohort(EnumSet.of(OpsLevel.DIRECTOR, OpsLevel.VP), 102, 166, 0.80))
        .addExperienceAnchors(ExperienceAnchor.of(Double.NaN, 2, 1, keur(45)))
        .addExperienceAnchors(ExperienceAnchor.of(5, 6, 5.5, keur(77)))
        .addExperienceAnchors(ExperienceAnchor.of(16, Double.NaN, 18, keur(99)))
        .equityShare(0.64)
        .putEquityShareByLevel(OpsLevel.DIRECTOR, 0.76)
        .putEquityShareByLevel(OpsLevel.VP, 0.80)
        .variablePayShare(0.55)
        .reportedRaise(ReportedRaise.of(2023, 0.08))
        .medianExperienceYears(5)
        .medianOpsExperienceYears(3)
        .seniorOrAboveShare(0.60)
        .dataYear(2023)
        .amountDefinition(AmountDefinition.ANNUAL_UNSPECIFIED)
        .build();
  }
}
