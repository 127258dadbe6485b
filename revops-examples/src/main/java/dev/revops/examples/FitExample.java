package dev.revops.examples;

import dev.revops.core.explain.Messages;
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
    boolean fr = Messages.isFrench(locale);
    FitScorer scorer = FitScorer.withDefaults();
    for (OpsRole role : List.of(SALES_OPS_CRM, BUSINESS_PLANNING)) {
      out.printf("%s (%s, %s, %s)%n", role.title(), role.specialty().displayName(locale), role.level().displayName(locale),
          role.mix());
      FitRanking ranking = scorer.rank(candidates(), role);
      for (FitAssessment fit : ranking.all()) {
        String group = ranking.placed().contains(fit) ? (fr ? "classé" : "ranked")
            : fr ? "non classé, trop peu de preuves" : "not ranked: too little evidence";
        out.printf("  %-17s %-12s %s %3.0f%%  %s%n", fit.candidate().id(), fit.displayScore(),
            fr ? "preuves" : "evidence", Math.floor(fit.confidence() * 100), group);
        out.printf("  %-17s %s%s%s%n", "", fr ? "écarts" : "gaps", fr ? " : " : ": ",
            fit.gaps().stream().limit(3).map(CompetencyGap::competency).map(c -> c.displayName(locale))
                .collect(Collectors.joining(", ")));
        FocusItem first = fit.interviewFocus().isEmpty() ? null : fit.interviewFocus().get(0);
        if (first != null) {
          out.printf("  %-17s %s %s%n", "", fr ? "mise en situation :" : "practical case:", first.exercise(locale));
        }
      }
      out.println();
    }
    out.println(fr ? "(un score se lit avec sa fourchette : sans évaluation, elle couvre 50 points ; une mise en situation la resserre)"
        : "(read a score with its range: with nothing assessed it spans 50 points; a practical case narrows it)");
    out.println();
  }
}
