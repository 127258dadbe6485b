package dev.revops.examples;

import dev.revops.core.explain.Messages;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.OpsSpecialty;
import dev.revops.core.stage.CorporateExecutive;
import dev.revops.core.stage.LeaderLevel;
import dev.revops.core.stage.OpsOrgChart;
import dev.revops.core.stage.OpsTeam;
import dev.revops.core.stage.OrgStage;
import dev.revops.core.stage.ReportingLine;
import dev.revops.core.stage.StageAdvisor;
import dev.revops.core.stage.StageClassification;
import dev.revops.core.stage.StageDiagnosis;
import dev.revops.core.stage.StageSignals;
import dev.revops.core.stage.StageTrait;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The source's four organisation stages, one company at each, and a diagnosis that recommends a
 * move.
 */
public final class StageExample {

  private StageExample() {}

  /**
   * Runs the example in English, or in French with the argument {@code fr}.
   *
   * @param args  {@code fr} for French
   */
  public static void main(String[] args) {
    print(System.out, args.length > 0 && "fr".equalsIgnoreCase(args[0]) ? Locale.FRENCH : Locale.ENGLISH);
  }

  /** A company at each stage, as the source describes them. */
  static Map<String, OpsOrgChart> companies() {
    Map<String, OpsOrgChart> charts = new LinkedHashMap<>();
    charts.put("Early start-up", embedded());
    charts.put("Scale-up", OpsOrgChart.of(
        OpsTeam.of("Business Ops", OpsSpecialty.BUSINESS_OPS, 5, ReportingLine.ofExecutive(CorporateExecutive.CFO),
            BusinessFunction.SALES, BusinessFunction.CUSTOMER_SUCCESS),
        OpsTeam.of("CRM team", OpsSpecialty.REVENUE_OPS, 2, ReportingLine.ofExecutive(CorporateExecutive.CFO),
            BusinessFunction.SALES, BusinessFunction.SUPPORT)));
    charts.put("Growth company", OpsOrgChart.of(
        OpsTeam.of("RevOps", OpsSpecialty.REVENUE_OPS, 12, ReportingLine.ofOpsLeaderOnCommittee(LeaderLevel.VP),
            BusinessFunction.SALES, BusinessFunction.MARKETING, BusinessFunction.CUSTOMER_SUCCESS)));
    charts.put("Large company", OpsOrgChart.of(
        OpsTeam.of("Transformation", OpsSpecialty.BUSINESS_OPS, 6, ReportingLine.ofOpsLeaderOnCommittee(LeaderLevel.C_LEVEL),
            BusinessFunction.SALES, BusinessFunction.SUPPORT),
        OpsTeam.of("Field Sales Ops", OpsSpecialty.SALES_OPS, 5,
            ReportingLine.ofBusinessHeadWithDottedLineToOps(BusinessFunction.SALES), BusinessFunction.SALES),
        OpsTeam.of("Field Support Ops", OpsSpecialty.SUPPORT_OPS, 4,
            ReportingLine.ofBusinessHeadWithDottedLineToOps(BusinessFunction.SUPPORT), BusinessFunction.SUPPORT)));
    charts.put("Mid-reorganisation: a new VP RevOps, teams not yet moved", OpsOrgChart.of(
        OpsTeam.of("RevOps leadership", OpsSpecialty.REVENUE_OPS, 2, ReportingLine.ofOpsLeaderOnCommittee(LeaderLevel.VP),
            BusinessFunction.SALES, BusinessFunction.CUSTOMER_SUCCESS),
        OpsTeam.of("Sales Ops", OpsSpecialty.SALES_OPS, 4, ReportingLine.ofBusinessHead(BusinessFunction.SALES),
            BusinessFunction.SALES),
        OpsTeam.of("CS Ops", OpsSpecialty.CUSTOMER_OPS, 2, ReportingLine.ofBusinessHead(BusinessFunction.CUSTOMER_SUCCESS),
            BusinessFunction.CUSTOMER_SUCCESS)));
    return charts;
  }

  /** Stage 1: Sales Ops under the Head of Sales, CS Ops under the Head of CS. */
  static OpsOrgChart embedded() {
    return StageExamples.startUp();
  }

  /**
   * Prints the example.
   *
   * @param out  where to print, not null
   * @param locale  the language, not null
   */
  public static void print(PrintStream out, Locale locale) {
    boolean fr = Messages.isFrench(locale);
    StageAdvisor advisor = StageAdvisor.withDefaults();
    out.println(fr ? "Les quatre stades :" : "The four stages:");
    for (OrgStage stage : OrgStage.values()) {
      out.printf("  %d. %s — %s%n", stage.number(), stage.displayName(locale), stage.description(locale));
      out.println("     + " + stage.gains().stream().map(t -> t.displayName(locale)).collect(Collectors.joining("; ")));
      out.println("     - " + (stage.costsReported()
          ? stage.costs().stream().map(t -> t.displayName(locale)).collect(Collectors.joining("; "))
          : (fr ? "(la source ne cite aucun coût)" : "(the source lists no cost)")));
    }
    out.println();
    out.println(fr ? "Une entreprise à chaque stade :" : "One company at each stage:");
    companies().forEach((name, chart) -> {
      StageClassification c = advisor.classify(chart);
      int teams = chart.teams().size();
      String reading = c.current().map(s -> s.number() + " " + s.displayName(locale)).orElse("-");
      if (c.isTransition()) {
        reading += " -> " + c.towards().map(s -> s.number() + " " + s.displayName(locale)).orElseThrow()
            + String.format(locale, fr ? " (%.0f %% reste à déplacer)" : " (%.0f%% still to move)", 100 * c.shareToMove());
      }
      out.printf("  %s: %d Ops, %d %s -> %s%n", name, chart.totalHeadcount(), teams,
          fr ? (teams == 1 ? "équipe" : "équipes") : (teams == 1 ? "team" : "teams"), reading);
    });
    out.println();
    StageSignals signals = StageSignals.builder().companySize(120).businessPrioritiesCrowdOutCompanyProjects(true).build();
    StageDiagnosis d = advisor.diagnose(embedded(), signals);
    out.println(fr ? "Diagnostic de la start-up (120 personnes métier, projets d’entreprise évincés) :"
        : "Diagnosis of the start-up (120 business staff, company projects crowded out):");
    out.printf("  %s %s -> %s%n", fr ? "Stade" : "Stage", d.current().map(s -> s.displayName(locale)).orElse("-"),
        d.next().map(s -> s.displayName(locale)).orElse(fr ? "rester" : "stay"));
    for (StageTrait risk : d.risks()) {
      out.println("  " + (fr ? "Coût : " : "Cost: ") + risk.displayName(locale));
    }
    d.explanation().reasons().stream()
        .filter(r -> r.key().startsWith("stage.trigger") || r.key().startsWith("stage.diagnose") || r.key().startsWith("stage.advice")
            || r.key().startsWith("stage.step"))
        .forEach(r -> out.println("  - " + r.message(locale)));
    out.println();
  }
}
