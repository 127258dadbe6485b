package dev.revops.examples;

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
    charts.put("demo.stage.company.startUp", embedded());
    charts.put("demo.stage.company.scaleUp", OpsOrgChart.of(
        OpsTeam.of("Business Ops", OpsSpecialty.BUSINESS_OPS, 5, ReportingLine.ofExecutive(CorporateExecutive.CFO),
            BusinessFunction.SALES, BusinessFunction.CUSTOMER_SUCCESS),
        OpsTeam.of("CRM team", OpsSpecialty.REVENUE_OPS, 2, ReportingLine.ofExecutive(CorporateExecutive.CFO),
            BusinessFunction.SALES, BusinessFunction.SUPPORT)));
    charts.put("demo.stage.company.growth", OpsOrgChart.of(
        OpsTeam.of("RevOps", OpsSpecialty.REVENUE_OPS, 12, ReportingLine.ofOpsLeaderOnCommittee(LeaderLevel.VP),
            BusinessFunction.SALES, BusinessFunction.MARKETING, BusinessFunction.CUSTOMER_SUCCESS)));
    charts.put("demo.stage.company.large", OpsOrgChart.of(
        OpsTeam.of("Transformation", OpsSpecialty.BUSINESS_OPS, 6, ReportingLine.ofOpsLeaderOnCommittee(LeaderLevel.C_LEVEL),
            BusinessFunction.SALES, BusinessFunction.SUPPORT),
        OpsTeam.of("Field Sales Ops", OpsSpecialty.SALES_OPS, 5,
            ReportingLine.ofBusinessHeadWithDottedLineToOps(BusinessFunction.SALES), BusinessFunction.SALES),
        OpsTeam.of("Field Support Ops", OpsSpecialty.SUPPORT_OPS, 4,
            ReportingLine.ofBusinessHeadWithDottedLineToOps(BusinessFunction.SUPPORT), BusinessFunction.SUPPORT)));
    charts.put("demo.stage.company.reorganisation", OpsOrgChart.of(
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
    StageAdvisor advisor = StageAdvisor.withDefaults();
    String separator = Texts.get("list.separator", locale);
    out.println(Texts.get("demo.stage.four", locale));
    for (OrgStage stage : OrgStage.values()) {
      out.printf("  %d. %s — %s%n", stage.number(), stage.displayName(locale), stage.description(locale));
      out.println("     + " + stage.gains().stream().map(t -> t.displayName(locale)).collect(Collectors.joining(separator)));
      out.println("     - " + (stage.costsReported()
          ? stage.costs().stream().map(t -> t.displayName(locale)).collect(Collectors.joining(separator))
          : Texts.get("demo.stage.noCost", locale)));
    }
    out.println();
    out.println(Texts.get("demo.stage.companies", locale));
    companies().forEach((key, chart) -> {
      StageClassification c = advisor.classify(chart);
      String reading = c.current().map(s -> Texts.get("stage.numbered", locale, s.number(), s)).orElse("-");
      if (c.isTransition()) {
        reading = Texts.get("demo.stage.moving", locale, reading,
            c.towards().map(s -> Texts.get("stage.numbered", locale, s.number(), s)).orElseThrow(), c.shareToMove());
      }
      out.println(Texts.get("demo.stage.company", locale, Texts.get(key, locale), chart.totalHeadcount(),
          chart.teams().size(), reading));
    });
    out.println();
    StageSignals signals = StageSignals.builder().companySize(120).businessPrioritiesCrowdOutCompanyProjects(true).build();
    StageDiagnosis d = advisor.diagnose(embedded(), signals);
    out.println(Texts.get("demo.stage.diagnosis", locale, 120));
    out.println("  " + d.current().map(s -> d.next()
        .map(n -> Texts.get("demo.stage.move", locale, s, n))
        .orElse(Texts.get("demo.stage.stay", locale, s))).orElse("-"));
    for (StageTrait risk : d.risks()) {
      out.println("  " + Texts.get("demo.stage.cost", locale, risk));
    }
    d.explanation().reasons().stream()
        .filter(r -> r.key().startsWith("stage.trigger") || r.key().startsWith("stage.diagnose") || r.key().startsWith("stage.advice")
            || r.key().startsWith("stage.step"))
        .forEach(r -> out.println("  - " + r.message(locale)));
    out.println();
  }
}
