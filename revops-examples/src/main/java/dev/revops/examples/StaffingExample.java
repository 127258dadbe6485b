package dev.revops.examples;

import dev.revops.core.explain.Messages;
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
    boolean fr = Messages.isFrench(locale);
    StaffingCalculator calculator = StaffingCalculator.withDefaults();
    organisation(out, locale, fr ? "Service client" : "Customer service", SourceOrganisations.customerService(), calculator);
    organisation(out, locale, fr ? "Organisation commerciale" : "Sales", SourceOrganisations.sales(), calculator);
    out.println(fr ? "Pourquoi (service client, phase de maturité) :" : "Why (customer service, mature):");
    StaffingRecommendation mature = calculator.recommend(SourceOrganisations.customerService(), MaturityPhase.MATURE);
    for (String line : mature.explanation().lines(locale)) {
      out.println("  - " + line);
    }
    out.println();
  }

  private static void organisation(PrintStream out, Locale locale, String title, BusinessOrg org,
      StaffingCalculator calculator) {
    boolean fr = Messages.isFrench(locale);
    out.printf(fr ? "%s : %d personnes, %d métiers%n" : "%s: %d people, %d business functions%n",
        title, org.totalHeadcount(), org.functions().size());
    StringBuilder header = new StringBuilder(String.format("  %-20s %6s", fr ? "Équipe" : "Team", fr ? "Effectif" : "Staff"));
    for (MaturityPhase phase : MaturityPhase.values()) {
      header.append(String.format(" %14s", phase.displayName(locale)));
    }
    out.println(header);
    StaffingRecommendation[] recs = new StaffingRecommendation[MaturityPhase.values().length];
    for (MaturityPhase phase : MaturityPhase.values()) {
      recs[phase.ordinal()] = calculator.recommend(org, phase);
    }
    for (int t = 0; t < org.teams().size(); t++) {
      TeamAllocation first = recs[0].allocation().get(t);
      StringBuilder row = new StringBuilder(String.format("  %-20s %6d", first.team().label(locale), first.team().headcount()));
      for (StaffingRecommendation rec : recs) {
        row.append(String.format(" %14d", rec.allocation().get(t).ops()));
      }
      out.println(row);
    }
    StringBuilder total = new StringBuilder(String.format("  %-20s %6d", fr ? "Ops (cible)" : "Ops (target)", org.totalHeadcount()));
    for (StaffingRecommendation rec : recs) {
      total.append(String.format(" %14d", rec.target()));
    }
    out.println(total);
    out.printf(fr ? "  Minimum : %d Ops (au moins un par métier) ; fourchette : %d à %d Ops%n"
            : "  Minimum: %d Ops (at least one per function); band: %d to %d Ops%n",
        recs[0].minimum(), recs[0].bandLow(), recs[0].bandHigh());
    out.println();
  }
}
