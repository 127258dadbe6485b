package dev.revops.examples;

import dev.revops.core.explain.Messages;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessTeam;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints the walkthrough of the source's worked examples.
 *
 * <p>Run with {@code java -jar revops-examples/target/revops.jar}; pass {@code fr} for French.
 */
public final class Walkthrough {

  private Walkthrough() {}

  /**
   * Prints the walkthrough.
   *
   * @param args  {@code fr} for French, nothing for English
   */
  public static void main(String[] args) {
    Locale locale = args.length > 0 && "fr".equalsIgnoreCase(args[0]) ? Locale.FRENCH : Locale.ENGLISH;
    print(System.out, locale);
  }

  /**
   * Prints the walkthrough to a stream.
   *
   * @param out  where to print, not null
   * @param locale  the language, not null
   */
  public static void print(PrintStream out, Locale locale) {
    out.println("revops — " + (Messages.isFrench(locale) ? "exemples de la source" : "the source's examples"));
    out.println();
    organisation(out, locale, Messages.isFrench(locale) ? "Service client" : "Customer service",
        SourceOrganisations.customerService());
    organisation(out, locale, Messages.isFrench(locale) ? "Organisation commerciale" : "Sales",
        SourceOrganisations.sales());
  }

  private static void organisation(PrintStream out, Locale locale, String title, BusinessOrg org) {
    out.printf(Messages.isFrench(locale) ? "%s : %d %s, %d %s%n" : "%s: %d %s, %d %s%n", title, org.totalHeadcount(),
        Messages.isFrench(locale) ? "personnes" : "people", org.functions().size(),
        Messages.isFrench(locale) ? "métiers" : "business functions");
    for (BusinessTeam team : org.teams()) {
      out.printf("  %-20s %4d%s%n", team.label(locale), team.headcount(),
          team.tiers() > 1 ? "  (" + team.tiers() + (Messages.isFrench(locale) ? " niveaux)" : " tiers)") : "");
    }
    out.println();
  }
}
