package dev.revops.examples.cli;

import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.plan.OpsPlan;
import dev.revops.core.plan.OpsPlanner;
import dev.revops.core.plan.PlanComparison;
import dev.revops.core.plan.PlanStep;
import dev.revops.core.plan.ScenarioDelta;
import dev.revops.core.stage.StageDiagnosis;
import dev.revops.core.stage.Verdict;
import dev.revops.examples.Texts;
import dev.revops.json.Documents;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.joda.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code revops plan}: the Ops-team plan of a plan document, its baseline and variants side by side. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = {"Plan the Ops team period by period from a plan document: Ops needed, roles to open, hires, "
        + "departures, cost against budget, stage advice; each variant compared with the baseline.",
        "CSV has one row per scenario and period, comma-separated with a decimal point and ISO months, whatever --lang."})
@SuppressWarnings("NullAway.Init") // picocli injects the annotated fields
final class PlanCommand implements Callable<Integer> {

  /** The output formats of this command. */
  enum PlanFormat {
    /** A table per scenario, the explanation, and the comparison, for people. */
    TEXT,
    /** The revops-json document of the comparison. */
    JSON,
    /** One row per scenario and period, for spreadsheets. */
    CSV
  }

  /** The columns of the CSV output, in order. */
  static final List<String> CSV_COLUMNS = List.of("scenario", "period", "start", "business_staff", "ops_needed", "headcount",
      "productive_fte", "roles_opened", "hires", "backfills", "leavers", "hires_junior", "hires_senior", "hires_manager",
      "hires_director", "hires_vp", "delayed_by_budget", "delayed_by_capacity", "delayed_by_freeze", "currency", "cost", "run_rate",
      "cumulative_cost", "budget", "budget_variance", "stage", "stage_verdict", "next_stage", "uncovered_functions");

  @ParentCommand
  RevOpsCli root;

  @Spec
  CommandSpec spec;

  @Option(names = "--input", required = true, description = "Plan document (JSON), or - for standard input.")
  String input;

  @Option(names = "--format", defaultValue = "TEXT", description = "text, json or csv (default: text).")
  PlanFormat format = PlanFormat.TEXT;

  @Override
  public Integer call() {
    Documents.Plan doc = Inputs.read(root.json(), input, root.stdin, Documents.Plan.class);
    PlanComparison comparison = OpsPlanner.withDefaults().compare(doc.input(), doc.scenarios());
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case JSON -> out.println(root.json().write(comparison));
      case CSV -> csv(out, comparison);
      case TEXT -> print(out, comparison, root.locale());
    }
    out.flush();
    return 0;
  }

  static void print(PrintWriter out, PlanComparison c, Locale locale) {
    List<OpsPlan> plans = new ArrayList<>();
    plans.add(c.baseline());
    plans.addAll(c.variants());
    String[] columns = Texts.get("cli.plan.columns", locale).split("\\|");
    for (OpsPlan plan : plans) {
      out.println(plan.explanation().reasons().get(0).message(locale));
      out.printf(locale, "  %-9s %9s %6s %5s %7s %10s %8s %8s %12s %13s  %s%n", (Object[]) columns);
      for (PlanStep s : plan.steps()) {
        out.printf(locale, "  %-9s %9s %6s %5s %7s %10s %8s %8s %12s %13s  %s%n", s.label(locale),
            Texts.get("cli.plan.count", locale, s.businessTotal()), Texts.get("cli.plan.count", locale, s.opsNeeded()),
            Texts.get("cli.plan.count", locale, s.headcount()), Texts.get("cli.plan.fte", locale, s.productiveFte()),
            Texts.get("cli.plan.count", locale, s.rolesOpened()), Texts.get("cli.plan.count", locale, s.hires()),
            Texts.get("cli.plan.count", locale, s.leavers()), Texts.get("cli.plan.amount", locale, s.cost().getAmount()),
            s.variance().map(v -> Texts.get("cli.plan.signedAmount", locale, v.getAmount())).orElse("-"),
            stageCell(s, locale));
      }
      out.println("  " + Texts.get("cli.plan.currency", locale, plan.totalCost().getCurrencyUnit().getCode()));
      out.println();
    }
    out.println(Texts.get("why", locale));
    c.baseline().explanation().lines(locale).forEach(l -> out.println("  - " + l));
    if (!c.variants().isEmpty()) {
      out.println();
      out.println(Texts.get("cli.plan.comparison", locale));
      for (ScenarioDelta d : c.deltas()) {
        out.println("  " + d.explanation().reasons().stream().map(r -> r.message(locale)).collect(Collectors.joining(" ")));
      }
      out.println();
      StringBuilder header = new StringBuilder(String.format(locale, "  %-9s", columns[0]));
      for (ScenarioDelta d : c.deltas()) {
        header.append(String.format(locale, " %28s", shorten(d.scenario(), 28)));
      }
      out.println(header);
      for (int i = 0; i < c.baseline().steps().size(); i++) {
        StringBuilder row = new StringBuilder(String.format(locale, "  %-9s", c.baseline().steps().get(i).label(locale)));
        for (ScenarioDelta d : c.deltas()) {
          row.append(String.format(locale, " %28s", Texts.get("cli.plan.delta", locale, d.headcount().get(i),
              d.cost().get(i).getAmount())));
        }
        out.println(row);
      }
    }
  }

  private static String shorten(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }

  /** The stage at the end of the period, and where the advice says to go: "1", "1 → 2". */
  static String stageCell(PlanStep s, Locale locale) {
    if (s.stage().isEmpty()) {
      return "-";
    }
    StageDiagnosis d = s.stage().get();
    String current = d.current().map(st -> String.valueOf(st.number())).orElse("0");
    if (d.verdict() == Verdict.MOVE && d.next().isPresent()) {
      return Texts.get("cli.plan.stageMove", locale, current, d.next().get().number());
    }
    return current;
  }

  static void csv(PrintWriter out, PlanComparison c) {
    out.print(String.join(",", CSV_COLUMNS) + "\r\n");
    List<OpsPlan> plans = new ArrayList<>();
    plans.add(c.baseline());
    plans.addAll(c.variants());
    for (OpsPlan plan : plans) {
      for (PlanStep s : plan.steps()) {
        List<String> cells = new ArrayList<>();
        cells.add(plan.scenario());
        cells.add(s.label(Locale.ENGLISH));
        cells.add(s.start().toString());
        cells.add(Long.toString(s.businessTotal()));
        cells.add(Integer.toString(s.opsNeeded()));
        cells.add(Integer.toString(s.headcount()));
        cells.add(Double.toString(s.productiveFte()));
        cells.add(Integer.toString(s.rolesOpened()));
        cells.add(Integer.toString(s.hires()));
        cells.add(Integer.toString(s.backfills()));
        cells.add(Integer.toString(s.leavers()));
        for (OpsLevel level : OpsLevel.values()) {
          cells.add(Integer.toString(s.hiresByLevel().getOrDefault(level, 0)));
        }
        cells.add(Integer.toString(s.delayedByBudget().values().stream().mapToInt(Integer::intValue).sum()));
        cells.add(Integer.toString(s.delayedByCapacity()));
        cells.add(Integer.toString(s.delayedByFreeze()));
        cells.add(s.cost().getCurrencyUnit().getCode());
        cells.add(plain(s.cost()));
        cells.add(plain(s.runRate()));
        cells.add(plain(s.cumulativeCost()));
        cells.add(s.budget().map(PlanCommand::plain).orElse(""));
        cells.add(s.variance().map(PlanCommand::plain).orElse(""));
        cells.add(s.stage().flatMap(StageDiagnosis::current).map(st -> String.valueOf(st.number())).orElse(""));
        cells.add(s.stage().map(d -> d.verdict().name()).orElse(""));
        cells.add(s.stage().flatMap(StageDiagnosis::next).map(st -> String.valueOf(st.number())).orElse(""));
        cells.add(s.uncovered().stream().map(BusinessFunction::code).collect(Collectors.joining(";")));
        out.print(cells.stream().map(PlanCommand::quote).collect(Collectors.joining(",")) + "\r\n");
      }
    }
  }

  private static String plain(Money amount) {
    return amount.getAmount().stripTrailingZeros().toPlainString();
  }

  /** A CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break. */
  static String quote(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
