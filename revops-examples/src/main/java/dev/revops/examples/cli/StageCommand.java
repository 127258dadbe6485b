package dev.revops.examples.cli;

import dev.revops.core.explain.Messages;
import dev.revops.core.stage.StageAdvisor;
import dev.revops.core.stage.StageDiagnosis;
import dev.revops.core.stage.Symptom;
import dev.revops.core.stage.StageTrait;
import dev.revops.json.Documents;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code revops stage}: where an Ops organisation stands and what comes next. */
@SuppressWarnings("NullAway.Init") // picocli injects the annotated fields
@Command(name = "stage", mixinStandardHelpOptions = true,
    description = "Diagnose the stage of an Ops org chart (an org-chart document).")
final class StageCommand implements Callable<Integer> {

  @ParentCommand
  RevOpsCli root;

  @Spec
  CommandSpec spec;

  @Option(names = "--input", required = true, description = "Org-chart document (JSON), or - for standard input.")
  String input = "";

  @Option(names = "--format", defaultValue = "TEXT", description = "text or json (default: text).")
  Format format = Format.TEXT;

  @Override
  public Integer call() {
    Documents.OrgChart doc = Inputs.read(root.json(), input, root.stdin, Documents.OrgChart.class);
    StageDiagnosis d = StageAdvisor.withDefaults().diagnose(doc.chart(), doc.signals());
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
    boolean fr = Messages.isFrench(locale);
    out.println((fr ? "Stade actuel : " : "Current stage: ")
        + d.current().map(s -> s.number() + " " + s.displayName(locale)).orElse(fr ? "pas de fonction Ops" : "no Ops function"));
    out.println((fr ? "Recommandation : " : "Advice: ")
        + d.next().map(s -> s.number() + " " + s.displayName(locale)).orElse(fr ? "rester" : "stay"));
    for (Symptom s : d.symptoms()) {
      out.println((fr ? "  symptôme : " : "  symptom: ") + s.displayName(locale));
    }
    for (StageTrait risk : d.risks()) {
      out.println((fr ? "  risque : " : "  risk: ") + risk.displayName(locale));
    }
    out.println(fr ? "Pourquoi :" : "Why:");
    d.explanation().lines(locale).forEach(l -> out.println("  - " + l));
  }
}
