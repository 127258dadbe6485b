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

  private static String k(Money amount) {
    return String.format(Locale.ROOT, "%.1f", amount.getAmount().doubleValue() / 1000);
  }

  /**
   * Prints the example.
   *
   * @param out  where to print, not null
   * @param locale  the language, not null
   */
  public static void print(PrintStream out, Locale locale) {
    boolean fr = Messages.isFrench(locale);
    SalaryBenchmark study = SalaryBenchmarks.businessOpsNetworkFrance();
    out.println(study.source().describe(locale));
    out.printf("  %-22s %7s %7s %7s | %7s %7s %7s %7s %7s  %s%n", fr ? "Niveau (K€)" : "Level (K€)",
        fr ? "médiane" : "median", "max", "bonus", "P10", "P25", "P50", "P75", "P90", fr ? "confiance" : "confidence");
    for (SalaryCohort cohort : study.cohorts()) {
      LogNormalSalaryDistribution d = study.distribution(cohort.levels().iterator().next());
      out.printf("  %-22s %7s %7s %6.0f%% | %7s %7s %7s %7s %7s  %s%n", cohort.displayName(locale),
          k(cohort.median()), k(cohort.maximum()), cohort.bonusShare().orElse(Double.NaN) * 100,
          k(d.salaryAt(Percentile.P10)), k(d.salaryAt(Percentile.P25)), k(d.salaryAt(Percentile.P50)),
          k(d.salaryAt(Percentile.P75)), k(d.salaryAt(Percentile.P90)), d.confidence().displayName(locale));
    }
    out.println(fr ? "  (centiles : ajustement log-normal à la médiane et au maximum ; effectifs par niveau supposés ; "
        + study.amountDefinition().displayName(locale) + ")"
        : "  (percentiles: log-normal fit to the median and maximum; cohort sizes assumed; "
        + study.amountDefinition().displayName(locale) + ")");
    study.distribution(OpsLevel.JUNIOR).warnings().forEach(w -> out.println("  ! " + w.message(locale)));
    out.println();

    out.println(fr ? "Où se situent quelques offres pour un poste Senior :" : "Where a few Senior offers sit:");
    for (int offer : List.of(50_000, 56_000, 60_000, 75_000)) {
      PayPosition p = study.distribution(OpsLevel.SENIOR).position(Money.of(CurrencyUnit.EUR, offer));
      out.printf(Locale.ROOT, "  %,8d EUR  P%-5.1f compa %.2f  %s%n", offer, p.percentile().value(), p.compaRatio(),
          p.verdict().displayName(locale));
    }
    out.println();

    out.println((fr ? "Répondants : expérience médiane de " : "Respondents: median experience ")
        + study.medianExperienceYears().orElse(Double.NaN) + (fr ? " ans, dont " : " years, of which ")
        + study.medianOpsExperienceYears().orElse(Double.NaN) + (fr ? " en Ops ; " : " in Ops; ")
        + Math.round(study.seniorOrAboveShare().orElse(Double.NaN) * 100)
        + (fr ? " % senior, lead ou manager" : "% senior, lead or manager"));
    out.println((fr ? "BSPCE (bons de souscription de parts de créateur d’entreprise) : "
        : "Equity (BSPCE, French start-up stock warrants): ")
        + Math.round(study.equityShare().orElse(Double.NaN) * 100) + (fr ? " % au total, directeurs " : "% overall, directors ")
        + Math.round(study.equityShareByLevel().getOrDefault(OpsLevel.DIRECTOR, Double.NaN) * 100) + "%, VP "
        + Math.round(study.equityShareByLevel().getOrDefault(OpsLevel.VP, Double.NaN) * 100) + "%");
    out.println();
    out.println(fr ? "Salaire médian publié par tranche d’expérience :" : "Published median salary by experience bucket:");
    study.experienceAnchors().forEach(a -> out.printf("  %-6s %s%n", a.bucket(), k(a.median()).replace(".0", "") + " K€"));
    ExperienceCurve curve = study.experienceCurve();
    out.println(fr ? "Salaire médian selon l’expérience (K€) :" : "Median salary by experience (K€):");
    StringBuilder years = new StringBuilder("  ");
    StringBuilder amounts = new StringBuilder("  ");
    for (int y : List.of(0, 1, 2, 4, 5, 6, 8, 10, 12, 16, 18, 20)) {
      years.append(String.format("%6d", y));
      amounts.append(String.format("%6s", k(curve.medianAt(y)).replace(".0", "")));
    }
    out.println(years);
    out.println(amounts);
    out.println();

    out.println(fr ? "Une offre de 60 000 EUR pour un ou une Senior avec 5 ans d’expérience :"
        : "An offer of EUR 60,000 for a Senior with 5 years of experience:");
    OfferCheck offer = study.checkOffer(OpsLevel.SENIOR, java.util.OptionalDouble.of(5), Money.of(CurrencyUnit.EUR, 60_000));
    offer.explanation().reasons().stream().limit(5).forEach(r -> out.println("  - " + r.message(locale)));
    out.println();

    out.println(fr ? "En plus du salaire (directeur ou directrice) :" : "On top of the salary (director):");
    CompensationOutlook outlook = study.outlook(OpsLevel.DIRECTOR);
    outlook.explanation().reasons().forEach(r -> out.println("  - " + r.message(locale)));
    out.println();
  }
}
