package dev.revops.examples.cli;

import dev.revops.examples.Texts;
import dev.revops.core.stage.OrgStage;
import dev.revops.core.stage.StageAdvisor;
import dev.revops.core.stage.StageClassification;
import dev.revops.core.stage.StageDiagnosis;
import dev.revops.core.stage.StageStep;
import dev.revops.core.stage.StageTrait;
import dev.revops.core.stage.StaffingCheck;
import dev.revops.core.stage.Symptom;
import dev.revops.core.stage.Trigger;
import dev.revops.json.Documents;
import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code revops stage}: where an Ops organisation stands, what comes next, how far and how. */
@SuppressWarnings("NullAway.Init") // picocli injects the annotated fields
@Command(name = "stage", mixinStandardHelpOptions = true,
    description = "Diagnose the stage of an Ops org chart (an org-chart document): the stage or the move under way, "
        + "the triggers of the next stage with their distance, its gains, costs and steps.")
final class StageCommand implements Callable<Integer> {

  @ParentCommand
  RevOpsCli root;

  @Spec
  CommandSpec spec;

  @Option(names = "--input", required = true, description = "Org-chart document (JSON), or - for standard input.")
  String input = "";

  @Option(names = "--company", description = "Company document (JSON): checks the chart against its staffing "
      + "recommendation (functions without Ops, Ops against the target).")
  @Nullable String company;

  @Option(names = "--format", defaultValue = "TEXT", description = "text or json (default: text).")
  Format format = Format.TEXT;

  @Override
  public Integer call() {
    Documents.OrgChart doc = Inputs.read(root.json(), input, root.stdin, Documents.OrgChart.class);
    StageDiagnosis d;
    if (company != null) {
      Documents.Company c = Inputs.read(root.json(), company, root.stdin, Documents.Company.class);
      d = StageAdvisor.withDefaults().diagnose(doc.chart(), doc.signals(),
          StaffingCommand.recommend(c, null).opsTarget());
    } else {
      d = StageAdvisor.withDefaults().diagnose(doc.chart(), doc.signals());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(root.json().write(d));
    } else {
      print(out, d, root.locale());
    }
    out.flush();
    return 0;
  }

  static void print(PrintWriter out, StageDiagnosis d, Locale locale) {
    StageClassification c = d.classification();
    String current = d.current().map(s -> name(s, locale)).orElse(Texts.get("cli.stage.noOps", locale));
    if (c.isTransition()) {
      current = Texts.get("cli.stage.moving", locale, current, name(c.towards().orElseThrow(), locale), c.shareToMove());
    }
    out.println(Texts.get("cli.stage.current", locale, current));
    out.println(Texts.get("cli.stage.advice", locale, d.explanation().reasons().get(0).message(locale)));
    for (Symptom s : d.symptoms()) {
      out.println("  " + Texts.get("cli.stage.symptom", locale, s));
    }
    d.considered().ifPresent(next -> {
      out.println(Texts.get("cli.stage.triggers", locale, name(next, locale)));
      for (Trigger t : d.triggers()) {
        if (t.kind().isFlag()) {
          String state = t.describeState(locale).orElse("?");
          out.println("  - " + Texts.get("cli.stage.triggerFlag", locale, t.kind(), state, t.describeDistance(locale)));
        } else {
          String observed = t.observed().isPresent() ? number(t.observed().getAsDouble(), locale) : "?";
          out.println("  - " + Texts.get("cli.stage.trigger", locale, t.kind(), observed, number(t.threshold(), locale),
              t.describeDistance(locale)));
        }
      }
      for (StageTrait gain : d.gains()) {
        out.println("  " + Texts.get("cli.stage.gain", locale, gain));
      }
      for (StageTrait risk : d.risks()) {
        out.println("  " + Texts.get("cli.stage.cost", locale, risk));
      }
      List<StageStep> steps = d.steps();
      if (!steps.isEmpty()) {
        out.println(Texts.get("cli.stage.steps", locale));
        for (int i = 0; i < steps.size(); i++) {
          out.println("  " + (i + 1) + ". " + steps.get(i).displayName(locale));
        }
      }
    });
    d.staffingCheck().ifPresent(check -> printCheck(out, check, locale));
    out.println(Texts.get("why", locale));
    d.explanation().lines(locale).forEach(l -> out.println("  - " + l));
  }

  private static void printCheck(PrintWriter out, StaffingCheck check, Locale locale) {
    String gap = check.shortOfTarget() > 0 ? Texts.get("cli.stage.staffing.short", locale, check.shortOfTarget())
        : check.aboveTarget() > 0 ? Texts.get("cli.stage.staffing.above", locale, check.aboveTarget()) : "";
    out.println(Texts.get("cli.stage.staffing", locale, check.opsHeadcount(), check.target(), check.minimum()) + gap);
    if (!check.uncoveredFunctions().isEmpty()) {
      out.println("  " + Texts.get("cli.stage.uncovered", locale, check.uncoveredFunctions().stream()
          .map(f -> f.displayName(locale)).collect(Collectors.joining(", "))));
    }
  }

  private static String name(OrgStage stage, Locale locale) {
    return Texts.get("stage.numbered", locale, stage.number(), stage);
  }

  private static String number(double value, Locale locale) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMaximumFractionDigits(2);
    return f.format(value);
  }
}
