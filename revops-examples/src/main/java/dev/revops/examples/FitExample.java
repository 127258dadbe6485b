package dev.revops.examples;

import dev.revops.core.fit.Candidate;
import dev.revops.core.fit.Competency;
import dev.revops.core.fit.CompetencyGap;
import dev.revops.core.fit.Evidence;
import dev.revops.core.fit.FitAssessment;
import dev.revops.core.fit.FitRanking;
import dev.revops.core.fit.FitScorer;
import dev.revops.core.fit.FocusItem;
import dev.revops.core.fit.OpsRole;
import dev.revops.core.fit.Proficiency;
import dev.revops.core.fit.ProfileOrigin;
import dev.revops.core.org.MissionMix;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.org.OpsSpecialty;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One candidate from each pool the source names, against a tooling-heavy Sales Ops role and a
 * finance-heavy business-planning role: scores, gaps, what to test in the practical case.
 */
public final class FitExample {

  private FitExample() {}

  /** A tooling-heavy Sales Ops role (CRM administration), where tooling is a must-have. */
  public static final OpsRole SALES_OPS_CRM = OpsRole.builder().title("Sales Ops, CRM").specialty(OpsSpecialty.SALES_OPS)
      .level(OpsLevel.SENIOR).mix(MissionMix.parse("TOOLS:0.6,DATA:0.3,PROCESS:0.1"))
      .putMustHaves(Competency.TECHNICAL_TOOLING, Proficiency.WORKING).build();
  /** A finance-heavy business-planning role. */
  static final OpsRole BUSINESS_PLANNING = OpsRole.builder().title("Business planning").specialty(OpsSpecialty.FINANCE_OPS)
      .level(OpsLevel.SENIOR).mix(MissionMix.parse("DATA:0.7,TRANSVERSAL:0.3")).build();

  /**
   * One candidate per pool, unassessed, and the ex-sales profile once tested.
   *
   * @return the candidates, never null
   */
  public static List<Candidate> candidates() {
    return List.of(
        Candidate.builder().id("ex-sales").origin(ProfileOrigin.SALES_OR_CUSTOMER_SUCCESS).totalYears(6).build(),
        Candidate.builder().id("ex-consultant").origin(ProfileOrigin.CONSULTING).totalYears(6).build(),
        Candidate.builder().id("finance").origin(ProfileOrigin.FINANCE).totalYears(6).build(),
        // the same ex-sales profile once the practical case has tested the technical side
        Candidate.builder().id("ex-sales, tested").origin(ProfileOrigin.SALES_OR_CUSTOMER_SUCCESS).totalYears(6)
            .assess(Competency.TECHNICAL_TOOLING, Proficiency.STRONG, Evidence.PRACTICAL_CASE)
            .assess(Competency.DATA_MODELLING, Proficiency.STRONG, Evidence.PRACTICAL_CASE)
            .assess(Competency.FIELD_KNOWLEDGE, Proficiency.EXPERT, Evidence.INTERVIEW)
            .build());
  }

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
    FitScorer scorer = FitScorer.withDefaults();
    for (OpsRole role : List.of(SALES_OPS_CRM, BUSINESS_PLANNING)) {
      out.println(Texts.get("fit.role", locale, role.title(), role.specialty(), role.level(), Texts.mix(role.mix(), locale)));
      FitRanking ranking = scorer.rank(candidates(), role);
      for (FitAssessment fit : ranking.all()) {
        String group = Texts.get(ranking.placed().contains(fit) ? "demo.fit.ranked" : "demo.fit.notRanked", locale);
        out.printf(locale, "  %-17s %-12s %s  %s%n", fit.candidate().id(), fit.displayScore(),
            Texts.get("demo.fit.evidence", locale, Math.floor(fit.confidence() * 100) / 100), group);
        out.printf(locale, "  %-17s %s%n", "", Texts.get("demo.fit.gaps", locale,
            fit.gaps().stream().limit(3).map(CompetencyGap::competency).map(c -> c.displayName(locale))
                .collect(Collectors.joining(", "))));
        FocusItem first = fit.interviewFocus().isEmpty() ? null : fit.interviewFocus().get(0);
        if (first != null) {
          out.printf(locale, "  %-17s %s%n", "", Texts.get("demo.fit.case", locale, first.exercise(locale)));
        }
      }
      out.println();
    }
    out.println(Texts.get("demo.fit.readScore", locale));
    out.println();
  }
}
