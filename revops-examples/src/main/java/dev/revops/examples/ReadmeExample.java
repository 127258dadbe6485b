package dev.revops.examples;

import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessTeam;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.pay.Percentile;
import dev.revops.core.pay.SalaryBenchmarks;
import dev.revops.core.staffing.MaturityPhase;
import dev.revops.core.staffing.StaffingCalculator;
import dev.revops.core.staffing.StaffingRecommendation;
import java.util.Locale;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** The example of the README, kept compiling and running by a test. */
public final class ReadmeExample {

  private ReadmeExample() {}

  /**
   * Runs the README example.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    // README:start
    BusinessOrg customerService = BusinessOrg.of(
        BusinessTeam.of(BusinessFunction.SUPPORT, 25).withTiers(3),
        BusinessTeam.of(BusinessFunction.ONBOARDING, 25),
        BusinessTeam.of(BusinessFunction.BACK_OFFICE, 25),
        BusinessTeam.of(BusinessFunction.CUSTOMER_SUCCESS, 25));
    StaffingRecommendation rec = StaffingCalculator.withDefaults().recommend(customerService, MaturityPhase.MATURE);
    System.out.println(rec.minimum() + " to " + rec.target() + " Ops");   // 4 to 5 Ops
    System.out.println(rec.explanation().render(Locale.FRENCH));            // why, in French
    Percentile p = SalaryBenchmarks.businessOpsNetworkFrance().distribution(OpsLevel.SENIOR)
        .percentileOf(Money.of(CurrencyUnit.EUR, 60_000));                   // a senior offer at 60 K€
    System.out.println(p);                                                  // P65.6...
    // README:end
  }
}
