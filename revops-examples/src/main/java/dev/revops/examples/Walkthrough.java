package dev.revops.examples;

import dev.revops.core.explain.Messages;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints the walkthrough of the source's worked examples, one section per concept.
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
    boolean fr = Messages.isFrench(locale);
    out.println(fr ? "revops — les exemples de la source" : "revops — the source's examples");
    out.println();
    out.println(fr ? "1. Dimensionner l’équipe Ops" : "1. Sizing the Ops team");
    out.println();
    StaffingExample.print(out, locale);
    out.println(fr ? "2. Les stades de l’organisation Ops" : "2. Stages of the Ops organisation");
    out.println();
    StageExample.print(out, locale);
    out.println(fr ? "3. Adéquation des profils" : "3. Profile fit");
    out.println();
    FitExample.print(out, locale);
    out.println(fr ? "4. Rémunération" : "4. Pay");
    out.println();
    PayExample.print(out, locale);
    out.println(fr ? "5. Charge du support : des volumes aux agents, puis aux Ops" : "5. Support workload: from volumes to agents, then to Ops");
    out.println();
    SupportExample.print(out, locale);
  }
}
