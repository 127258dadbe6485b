package dev.revops.examples.cli;

import dev.revops.examples.Texts;
import dev.revops.core.explain.Messages;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.pay.Percentile;
import dev.revops.core.pay.SalaryBenchmark;
import dev.revops.core.pay.SalaryBenchmarks;
import dev.revops.core.pay.SalaryDistribution;
import dev.revops.core.staffing.MaturityPhase;
import dev.revops.core.staffing.StaffingCalculator;
import dev.revops.core.staffing.StaffingRecommendation;
import dev.revops.core.staffing.TeamAllocation;
import dev.revops.core.stage.OrgStage;
import dev.revops.core.stage.StageAdvisor;
import dev.revops.core.stage.StageDiagnosis;
import dev.revops.core.stage.StageSignals;
import dev.revops.examples.SourceOrganisations;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import dev.revops.core.plan.OpsPlan;
import dev.revops.core.plan.PlanComparison;
import dev.revops.core.plan.PlanStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code revops report}: one self-contained HTML page (inline SVG, no script, no network) with the
 * P10–P90 pay bands per level, the staffing allocation of the source's two organisations, the
 * stage ladder, profile fit and the Ops-team plan (the example plan, or {@code --plan}). Written
 * atomically: to a temporary file, then renamed.
 */
@SuppressWarnings("NullAway.Init") // picocli injects the annotated fields
@Command(name = "report", mixinStandardHelpOptions = true, description = "Write an HTML report with charts.")
final class ReportCommand implements Callable<Integer> {

  private static final String[] COLOURS = {"#2f6f9f", "#e07b39", "#3a9d5d", "#8e5ea2", "#c44e52", "#8c8c3c"};

  @ParentCommand
  RevOpsCli root;

  @Spec
  CommandSpec spec;

  @Option(names = "--out", required = true, description = "The HTML file to write.")
  Path out = Path.of("report.html");

  @Option(names = "--plan", description = "A plan document (JSON) for the plan section; without it, the example plan "
      + "(the same as samples/plan.json).")
  @org.jspecify.annotations.Nullable String plan;

  @Override
  public Integer call() {
    PlanComparison comparison = plan == null ? dev.revops.examples.PlanExample.comparison()
        : planOf(Inputs.read(root.json(), plan, root.stdin, dev.revops.json.Documents.Plan.class));
    String html = html(root.locale(), comparison);
    Path target = out.toAbsolutePath();
    try {
      Path tmp = Files.createTempFile(target.getParent(), ".revops-report-", ".tmp");
      try {
        Files.writeString(tmp, html, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
    PrintWriter pw = spec.commandLine().getOut();
    pw.println((Messages.isFrench(root.locale()) ? "Rapport écrit : " : "Report written: ") + out);
    pw.flush();
    return 0;
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static PlanComparison planOf(dev.revops.json.Documents.Plan doc) {
    return dev.revops.core.plan.OpsPlanner.withDefaults().compare(doc.input(), doc.scenarios());
  }

  static String html(Locale locale) {
    return html(locale, dev.revops.examples.PlanExample.comparison());
  }

  static String html(Locale locale, PlanComparison plan) {
    boolean fr = Messages.isFrench(locale);
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(fr ? "fr" : "en").append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n<title>revops</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
            + "h2{margin-top:2em}text{font-family:sans-serif;font-size:12px}</style>\n</head>\n<body>\n")
        .append("<h1>revops</h1>\n");
    payBands(h, locale);
    staffing(h, locale);
    ladder(h, locale);
    fit(h, locale);
    plan(h, locale, plan);
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void payBands(StringBuilder h, Locale locale) {
    SalaryBenchmark study = SalaryBenchmarks.businessOpsNetworkFrance();
    h.append("<h2>").append(escape(Texts.get("report.pay.title", locale)))
        .append("</h2>\n<p>").append(escape(study.source().describe(locale))).append("</p>\n");
    double min = 30_000;
    double max = 180_000;
    int left = 170;
    int width = 560;
    int rowHeight = 34;
    int height = study.cohorts().size() * rowHeight + 40;
    h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"").append(height).append("\" role=\"img\">\n");
    for (int k = 40; k <= 180; k += 20) {
      double x = left + (k * 1000 - min) / (max - min) * width;
      h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"10\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n", x, x, height - 25));
      h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d K€</text>%n", x, height - 8, k));
    }
    int row = 0;
    for (dev.revops.core.pay.SalaryCohort cohort : study.cohorts()) {
      OpsLevel level = cohort.levels().iterator().next();
      SalaryDistribution d = study.distribution(level);
      double y = 15 + row * rowHeight;
      double p10 = scale(d.quantile(0.10), min, max, left, width);
      double p25 = scale(d.quantile(0.25), min, max, left, width);
      double p50 = scale(d.quantile(0.50), min, max, left, width);
      double p75 = scale(d.quantile(0.75), min, max, left, width);
      double p90 = scale(d.quantile(0.90), min, max, left, width);
      h.append("<g class=\"band\" data-level=\"").append(level.name()).append("\">\n");
      h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", left - 10, y + 15,
          escape(cohort.displayName(locale))));
      h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"8\" fill=\"#b8d0e6\"/>%n", p10, y + 8, p90 - p10));
      h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"18\" fill=\"#2f6f9f\"/>%n", p25, y + 3, p75 - p25));
      h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#fff\" stroke-width=\"3\"/>%n",
          p50, y + 1, p50, y + 23));
      h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>%n", p90 + 6, y + 15,
          escape(Texts.get("report.pay.median", locale, Math.round(d.quantile(0.5) / 1000)))));
      h.append("</g>\n");
      row++;
    }
    h.append("</svg>\n<p>").append(escape(Texts.get("report.pay.method", locale))).append("</p>\n<p>")
        .append(escape(Texts.get("report.pay.amounts", locale, study.amountDefinition()))).append("</p>\n");
  }

  private static double scale(double value, double min, double max, int left, int width) {
    return left + (Math.max(min, Math.min(max, value)) - min) / (max - min) * width;
  }

  private static void staffing(StringBuilder h, Locale locale) {
    h.append("<h2>").append(escape(Texts.get("report.staffing.title", locale, MaturityPhase.MATURE))).append("</h2>\n");
    BusinessOrg[] orgs = {SourceOrganisations.customerService(), SourceOrganisations.sales()};
    String[] names = {Texts.get("report.staffing.org", locale, Texts.get("demo.staffing.customerService", locale), 100),
        Texts.get("report.staffing.org", locale, Texts.get("demo.staffing.sales", locale), 100)};
    int unit = 90;
    h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"130\" role=\"img\">\n");
    for (int o = 0; o < orgs.length; o++) {
      StaffingRecommendation rec = StaffingCalculator.withDefaults().recommend(orgs[o], MaturityPhase.MATURE);
      double y = 10 + o * 55;
      h.append("<g class=\"allocation\">\n");
      h.append(String.format(Locale.ROOT, "<text x=\"200\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", y + 20, escape(names[o])));
      double x = 210; // room for the longer French names on the left
      int c = 0;
      for (TeamAllocation a : rec.allocation()) {
        double w = a.ops() * unit;
        h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"30\" fill=\"%s\" stroke=\"#fff\"/>%n",
            x, y, w, COLOURS[c % COLOURS.length]));
        h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#fff\">%s · %s</text>%n",
            x + w / 2, y + 20, escape(a.team().label(locale)), Texts.get("report.count", locale, a.ops())));
        x += w;
        c++;
      }
      h.append("</g>\n");
    }
    h.append("</svg>\n<p>").append(escape(Texts.get("report.staffing.caption", locale, 100, 20, 5))).append("</p>\n");
  }

  /** Fit scores as ranges: the dot is the score, the bar the range the evidence allows. */
  private static void fit(StringBuilder h, Locale locale) {
    dev.revops.core.fit.OpsRole role = dev.revops.examples.FitExample.SALES_OPS_CRM;
    dev.revops.core.fit.FitRanking ranking = dev.revops.core.fit.FitScorer.withDefaults()
        .rank(dev.revops.examples.FitExample.candidates(), role);
    h.append("<h2>").append(escape(Texts.get("report.fit.title", locale)))
        .append("</h2>\n<p>").append(escape(role.title())).append("</p>\n");
    int left = 170;
    int width = 500;
    int rowHeight = 30;
    java.util.List<dev.revops.core.fit.FitAssessment> all = ranking.all();
    int height = all.size() * rowHeight + 40;
    h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"").append(height).append("\" role=\"img\">\n");
    for (int k = 0; k <= 100; k += 20) {
      double x = left + k / 100.0 * width;
      h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"10\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n", x, x, height - 25));
      h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n", x, height - 8, k));
    }
    int row = 0;
    for (dev.revops.core.fit.FitAssessment fit : all) {
      boolean placed = ranking.placed().contains(fit);
      double y = 12 + row * rowHeight;
      double low = left + fit.scoreLow() / 100 * width;
      double high = left + fit.scoreHigh() / 100 * width;
      double score = left + fit.score() / 100 * width;
      String colour = placed ? "#2f6f9f" : "#9a9a9a";
      h.append("<g class=\"fit\">\n");
      h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", left - 10, y + 13,
          escape(fit.candidate().id())));
      h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"8\" fill=\"%s\" opacity=\"0.45\"/>%n",
          low, y + 5, high - low, colour));
      h.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"%s\"/>%n", score, y + 9, colour));
      h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\">%s</text>%n", left + width + 10, y + 13,
          escape(fit.displayScore())));
      h.append("</g>\n");
      row++;
    }
    h.append("</svg>\n<p>").append(escape(Texts.get("report.fit.caption", locale))).append("</p>\n");
  }

  /**
   * The plan: Ops needed, headcount and productive FTE per period (one headcount line per scenario),
   * then the cost of each period against the budget, and each variant's paragraph.
   */
  private static void plan(StringBuilder h, Locale locale, PlanComparison c) {
    List<OpsPlan> plans = new ArrayList<>();
    plans.add(c.baseline());
    plans.addAll(c.variants());
    OpsPlan base = c.baseline();
    List<String> labels = new ArrayList<>();
    base.steps().forEach(s -> labels.add(s.label(locale)));
    h.append("<h2>").append(escape(Texts.get("report.plan.title", locale))).append("</h2>\n<p>")
        .append(escape(base.explanation().reasons().get(0).message(locale))).append("</p>\n");
    List<Series> people = new ArrayList<>();
    people.add(new Series(Texts.get("report.plan.needed", locale), "#555", "6,4",
        base.steps().stream().mapToDouble(PlanStep::opsNeeded).toArray()));
    people.add(new Series(Texts.get("report.plan.fte", locale, name(base, locale)), COLOURS[0], "2,3",
        base.steps().stream().mapToDouble(PlanStep::productiveFte).toArray()));
    for (int i = 0; i < plans.size(); i++) {
      // the baseline drawn wider, so that a variant with the same headcount leaves it visible
      people.add(new Series(Texts.get("report.plan.headcount", locale, name(plans.get(i), locale)), COLOURS[i % COLOURS.length],
          null, plans.get(i).steps().stream().mapToDouble(PlanStep::headcount).toArray(), i == 0 ? 6 : 2));
    }
    h.append("<h3>").append(escape(Texts.get("report.plan.people", locale))).append("</h3>\n");
    chart(h, "plan-people", labels, people, locale, false);
    List<Series> costs = new ArrayList<>();
    if (base.steps().get(0).budget().isPresent()) {
      costs.add(new Series(Texts.get("report.plan.budget", locale), "#c44e52", "6,4",
          base.steps().stream().mapToDouble(s -> s.budget().orElseThrow().getAmount().doubleValue() / 1000).toArray()));
    }
    for (int i = 0; i < plans.size(); i++) {
      costs.add(new Series(name(plans.get(i), locale), COLOURS[i % COLOURS.length], null,
          plans.get(i).steps().stream().mapToDouble(s -> s.cost().getAmount().doubleValue() / 1000).toArray(), i == 0 ? 6 : 2));
    }
    h.append("<h3>").append(escape(Texts.get("report.plan.cost", locale, base.totalCost().getCurrencyUnit().getCode())))
        .append("</h3>\n");
    chart(h, "plan-cost", labels, costs, locale, true);
    for (dev.revops.core.plan.ScenarioDelta d : c.deltas()) {
      h.append("<p class=\"delta\">").append(escape(d.explanation().reasons().stream().map(r -> r.message(locale))
          .collect(java.util.stream.Collectors.joining(" ")))).append("</p>\n");
    }
    h.append("<p>").append(escape(Texts.get("report.plan.caption", locale))).append("</p>\n");
  }

  private static String name(OpsPlan plan, Locale locale) {
    return plan.scenario().equals(dev.revops.core.plan.PlanScenario.BASELINE)
        ? dev.revops.core.explain.LocalizedText.ofMessage("plan.baseline").displayName(locale) : plan.scenario();
  }

  /** One line of a chart: its legend, colour, dash pattern (null for a solid line) and values. */
  private record Series(String legend, String colour, @org.jspecify.annotations.Nullable String dash, double[] values,
      int strokeWidth) {
    Series(String legend, String colour, @org.jspecify.annotations.Nullable String dash, double[] values) {
      this(legend, colour, dash, values, 2);
    }
  }

  /** A line chart with one point per period, a y axis from zero with round ticks, and a legend below. */
  private static void chart(StringBuilder h, String id, List<String> labels, List<Series> series, Locale locale, boolean thousands) {
    int left = 70;
    int top = 15;
    int width = 640;
    int plotHeight = 220;
    double max = 1;
    for (Series s : series) {
      for (double v : s.values()) {
        max = Math.max(max, v);
      }
    }
    double step = niceStep(max / 5);
    double yMax = Math.ceil(max / step) * step;
    int legendTop = top + plotHeight + 40;
    int height = legendTop + series.size() * 18 + 10;
    h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(id).append("\" width=\"760\" height=\"")
        .append(height).append("\" role=\"img\">\n");
    for (double v = 0; v <= yMax + step / 2; v += step) {
      double y = top + plotHeight - v / yMax * plotHeight;
      h.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", left, y,
          left + width, y));
      h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", left - 6, y + 4,
          escape(Texts.get(thousands ? "report.plan.thousands" : "report.count", locale, Math.round(v)))));
    }
    int n = labels.size();
    double dx = n > 1 ? (double) width / (n - 1) : 0;
    int every = Math.max(1, (int) Math.ceil(n / 12.0));
    for (int i = 0; i < n; i += every) {
      h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", left + i * dx,
          top + plotHeight + 18, escape(labels.get(i))));
    }
    for (int k = 0; k < series.size(); k++) {
      Series s = series.get(k);
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < s.values().length; i++) {
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", left + i * dx, top + plotHeight - s.values()[i] / yMax * plotHeight));
      }
      h.append(String.format(Locale.ROOT, "<polyline class=\"series\" points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%d\"%s/>%n",
          points.toString().trim(), s.colour(), s.strokeWidth(), s.dash() == null ? "" : " stroke-dasharray=\"" + s.dash() + "\""));
      double ly = legendTop + k * 18;
      h.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%d\"%s/>%n",
          left, ly, left + 30, ly, s.colour(), s.strokeWidth(), s.dash() == null ? "" : " stroke-dasharray=\"" + s.dash() + "\""));
      h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\">%s</text>%n", left + 38, ly + 4, escape(s.legend())));
    }
    h.append("</svg>\n");
  }

  /** A round step (1, 2 or 5 times a power of ten) at least as large as the raw one. */
  private static double niceStep(double raw) {
    double power = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * power >= raw) {
        return m * power;
      }
    }
    return 10 * power;
  }

  private static void ladder(StringBuilder h, Locale locale) {
    StageDiagnosis d = StageAdvisor.withDefaults().diagnose(dev.revops.examples.StageExamples.startUp(),
        StageSignals.builder().companySize(120).businessPrioritiesCrowdOutCompanyProjects(true).build());
    h.append("<h2>").append(escape(Texts.get("report.stage.title", locale))).append("</h2>\n");
    h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"190\" role=\"img\">\n");
    for (OrgStage stage : OrgStage.values()) {
      int i = stage.number() - 1;
      double x = 20 + i * 180;
      double y = 130 - i * 35;
      boolean current = d.current().orElse(null) == stage;
      boolean next = d.next().orElse(null) == stage;
      String fill = current ? "#2f6f9f" : next ? "#e07b39" : "#d9d9d9";
      h.append("<g class=\"stage\">\n");
      h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"170\" height=\"%.1f\" fill=\"%s\"/>%n", x, y, 190 - y - 10, fill));
      h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\">%d. %s</text>%n", x + 6, y + 18,
          current || next ? "#fff" : "#222", stage.number(), escape(stage.displayName(locale))));
      if (current || next) {
        h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#fff\">%s</text>%n", x + 6, y + 36,
            escape(Texts.get(current ? "report.stage.today" : "report.stage.recommended", locale))));
      }
      h.append("</g>\n");
    }
    h.append("</svg>\n<p>").append(escape(Texts.get("report.stage.caption", locale))).append("</p>\n");
  }
}
