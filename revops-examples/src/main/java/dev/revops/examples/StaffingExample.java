package dev.revops.examples;

import dev.revops.core.org.BusinessOrg;
import dev.revops.core.staffing.MaturityPhase;
import dev.revops.core.staffing.StaffingCalculator;
import dev.revops.core.staffing.StaffingRecommendation;
import dev.revops.core.staffing.TeamAllocation;
import java.io.PrintStream;
import java.util.Locale;

/**
 * The source's two staffing examples (a customer-service and a sales organisation of 100 people)
 * at each maturity phase, with the allocation per team and the explanation of the mature case.
 */
public final class StaffingExample {

  private StaffingExample() {}

  /**
   * Runs the example in English, or in French with the argument {@code fr}.
   *
   * @param args  {@code fr} for French
   */
  public static void main(String[] args) {
    print(System.out, args.length > 0 && "fr".equalsIgnoreCase(args[0]) ? Locale.FRENCH : Locale.ENGLISH);
  }

  /**
   * Prints the example.
   *
   * @param out  where to print, not null
   * @param locale  the language, not null
   */
  public static void print(PrintStream out, Locale locale) {
    StaffingCalculator calculator = StaffingCalculator.withDefaults();
    organisation(out, locale, Texts.get("demo.staffing.customerService", locale), SourceOrganisations.customerService(),
        calculator);
    organisation(out, locale, Texts.get("demo.staffing.sales", locale), SourceOrganisations.sales(), calculator);
    out.println(Texts.get("demo.staffing.why", locale, MaturityPhase.MATURE));
    StaffingRecommendation mature = calculator.recommend(SourceOrganisations.customerService(), MaturityPhase.MATURE);
    for (String line : mature.explanation().lines(locale)) {
      out.println("  - " + line);
    }
    out.println();
  }

  private static void organisation(PrintStream out, Locale locale, String title, BusinessOrg org,
      StaffingCalculator calculator) {
    out.println(Texts.get("demo.staffing.organisation", locale, title, org.totalHeadcount(), org.functions().size()));
    StringBuilder header = new StringBuilder(String.format(locale, "  %-20s %8s", Texts.get("cli.staffing.team", locale),
        Texts.get("cli.staffing.staff", locale)));
    for (MaturityPhase phase : MaturityPhase.values()) {
      header.append(String.format(locale, " %14s", phase.displayName(locale)));
    }
    out.println(header);
    StaffingRecommendation[] recs = new StaffingRecommendation[MaturityPhase.values().length];
    for (MaturityPhase phase : MaturityPhase.values()) {
      recs[phase.ordinal()] = calculator.recommend(org, phase);
    }
    for (int t = 0; t < org.teams().size(); t++) {
      TeamAllocation first = recs[0].allocation().get(t);
      StringBuilder row = new StringBuilder(String.format(locale, "  %-20s %,8d", first.team().label(locale),
          first.team().headcount()));
      for (StaffingRecommendation rec : recs) {
        row.append(String.format(locale, " %,14d", rec.allocation().get(t).ops()));
      }
      out.println(row);
    }
    StringBuilder total = new StringBuilder(String.format(locale, "  %-20s %,8d", Texts.get("demo.staffing.target", locale),
        org.totalHeadcount()));
    for (StaffingRecommendation rec : recs) {
      total.append(String.format(locale, " %,14d", rec.target()));
    }
    out.println(total);
    out.println(Texts.get("demo.staffing.band", locale, recs[0].minimum(), recs[0].bandLow(), recs[0].bandHigh()));
    out.println();
  }
}
