package dev.revops.examples;

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
    out.println(Texts.get("demo.title", locale));
    out.println();
    out.println(Texts.get("demo.section.staffing", locale));
    out.println();
    StaffingExample.print(out, locale);
    out.println(Texts.get("demo.section.stages", locale));
    out.println();
    StageExample.print(out, locale);
    out.println(Texts.get("demo.section.fit", locale));
    out.println();
    FitExample.print(out, locale);
    out.println(Texts.get("demo.section.pay", locale));
    out.println();
    PayExample.print(out, locale);
    out.println(Texts.get("demo.section.support", locale));
    out.println();
    SupportExample.print(out, locale);
  }
}
