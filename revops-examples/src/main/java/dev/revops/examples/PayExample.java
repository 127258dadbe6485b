package dev.revops.examples;

import dev.revops.core.explain.Messages;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.pay.CompensationOutlook;
import dev.revops.core.pay.ExperienceCurve;
import dev.revops.core.pay.LogNormalSalaryDistribution;
import dev.revops.core.pay.OfferCheck;
import dev.revops.core.pay.PayPosition;
import dev.revops.core.pay.Percentile;
import dev.revops.core.pay.SalaryBenchmark;
import dev.revops.core.pay.SalaryBenchmarks;
import dev.revops.core.pay.SalaryCohort;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The source's salary benchmark: the table by level, percentiles per level from the log-normal
 * fits, the position of a few salaries, the experience curve and what comes on top of the salary.
 */
public final class PayExample {

  private PayExample() {}

  /**
   * Runs the example in English, or in French with the argument {@code fr}.
   *
   * @param args  {@code fr} for French
   */
  public static void main(String[] args) {
    print(System.out, args.length > 0 && "fr".equalsIgnoreCase(args[0]) ? Locale.FRENCH : Locale.ENGLISH);
  }

  /** Thousands of euros to one decimal, in the locale's digits: 47.0 in English, 47,0 in French. */
  private static String k(Money amount, Locale locale) {
    return String.format(locale, "%.1f", amount.getAmount().doubleValue() / 1000);
  }

  /** Thousands of euros to the nearest hundred euros, without a trailing zero: 45, 52.2 or 52,2. */
  private static String kShort(Money amount, Locale locale) {
    double thousands = Math.round(amount.getAmount().doubleValue() / 100) / 10.0;
    return thousands == Math.rint(thousands) ? String.format(locale, "%.0f", thousands)
        : String.format(locale, "%.1f", thousands);
  }

  /**
   * Prints the example.
   *
   * @param out  where to print, not null
   * @param locale  the language, not null
   */
  public static void print(PrintStream out, Locale locale) {
    SalaryBenchmark study = SalaryBenchmarks.businessOpsNetworkFrance();
    out.println(study.source().describe(locale));
    out.printf(locale, "  %-30s %7s %7s %7s | %7s %7s %7s %7s %7s | %s%n", Texts.get("demo.pay.level", locale),
        Texts.get("demo.pay.median", locale), "max", "bonus", "P10", "P25", "P50", "P75", "P90",
        Texts.get("demo.pay.confidence", locale));
    for (SalaryCohort cohort : study.cohorts()) {
      LogNormalSalaryDistribution d = study.distribution(cohort.levels().iterator().next());
      out.printf(locale, "  %-30s %7s %7s %7s | %7s %7s %7s %7s %7s | %s%n", cohort.displayName(locale),
          k(cohort.median(), locale), k(cohort.maximum(), locale),
          cohort.bonusShare().isPresent() ? Texts.get("percent", locale, cohort.bonusShare().getAsDouble()) : "-",
          k(d.salaryAt(Percentile.P10), locale), k(d.salaryAt(Percentile.P25), locale),
          k(d.salaryAt(Percentile.P50), locale), k(d.salaryAt(Percentile.P75), locale),
          k(d.salaryAt(Percentile.P90), locale), d.confidence().displayName(locale));
    }
    out.println(Texts.get("demo.pay.method", locale, study.amountDefinition()));
    study.distribution(OpsLevel.JUNIOR).warnings().forEach(w -> out.println("  ! " + w.message(locale)));
    out.println();

    out.println(Texts.get("demo.pay.offers", locale, OpsLevel.SENIOR));
    for (int offer : List.of(50_000, 56_000, 60_000, 75_000)) {
      PayPosition p = study.distribution(OpsLevel.SENIOR).position(Money.of(CurrencyUnit.EUR, offer));
      out.printf(locale, "  %12s  %s%n", Messages.money(p.salary(), locale),
          Texts.get("demo.pay.position", locale, p.percentile().value(), p.compaRatio(), p.verdict()));
    }
    out.println();

    out.println(Texts.get("demo.pay.respondents", locale, study.medianExperienceYears().orElse(0),
        study.medianOpsExperienceYears().orElse(0), study.seniorOrAboveShare().orElse(0)));
    out.println(Texts.get("demo.pay.equity", locale, study.equityShare().orElse(0),
        study.equityShareByLevel().getOrDefault(OpsLevel.DIRECTOR, 0.0), study.equityShareByLevel().getOrDefault(OpsLevel.VP, 0.0)));
    out.println();
    out.println(Texts.get("demo.pay.buckets", locale));
    study.experienceAnchors().forEach(a -> out.printf(locale, "  %-6s %s K€%n", a.bucket(), kShort(a.median(), locale)));
    ExperienceCurve curve = study.experienceCurve();
    out.println(Texts.get("demo.pay.curve", locale));
    StringBuilder years = new StringBuilder("  ");
    StringBuilder amounts = new StringBuilder("  ");
    for (int y : List.of(0, 1, 2, 4, 5, 6, 8, 10, 12, 16, 18, 20)) {
      years.append(String.format(locale, "%6d", y));
      amounts.append(String.format(locale, "%6s", kShort(curve.medianAt(y), locale)));
    }
    out.println(years);
    out.println(amounts);
    out.println();

    Money sixty = Money.of(CurrencyUnit.EUR, 60_000);
    out.println(Texts.get("demo.pay.offer", locale, sixty, OpsLevel.SENIOR, 5));
    OfferCheck offer = study.checkOffer(OpsLevel.SENIOR, java.util.OptionalDouble.of(5), sixty);
    offer.explanation().reasons().stream().limit(5).forEach(r -> out.println("  - " + r.message(locale)));
    out.println();

    out.println(Texts.get("demo.pay.onTop", locale, OpsLevel.DIRECTOR));
    CompensationOutlook outlook = study.outlook(OpsLevel.DIRECTOR);
    outlook.explanation().reasons().forEach(r -> out.println("  - " + r.message(locale)));
    out.println();
  }
}
