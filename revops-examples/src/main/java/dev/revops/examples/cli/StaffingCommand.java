package dev.revops.examples.cli;

import dev.revops.examples.Texts;
import dev.revops.core.staffing.MaturityPhase;
import dev.revops.core.staffing.StaffingCalculator;
import dev.revops.core.staffing.StaffingRecommendation;
import dev.revops.core.staffing.TeamAllocation;
import dev.revops.json.Documents;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code revops staffing}: how many Ops an organisation needs and where they go. */
@Command(name = "staffing", mixinStandardHelpOptions = true,
    description = "Recommend the Ops team of a business organisation (a company document).")
@SuppressWarnings("NullAway.Init") // picocli injects the annotated fields
final class StaffingCommand implements Callable<Integer> {

  @ParentCommand
  RevOpsCli root;

  @Spec
  CommandSpec spec;

  @Option(names = "--input", required = true, description = "Company document (JSON), or - for standard input.")
  String input;

  @Option(names = "--phase", description = "Maturity phase: ${COMPLETION-CANDIDATES}; overrides the document.")
  @Nullable MaturityPhase phase;

  @Option(names = "--format", defaultValue = "TEXT", description = "text or json (default: text).")
  Format format = Format.TEXT;

  @Override
  public Integer call() {
    Documents.Company company = Inputs.read(root.json(), input, root.stdin, Documents.Company.class);
    StaffingRecommendation rec = recommend(company, phase);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(root.json().write(rec));
    } else {
      print(out, rec, root.locale());
    }
    out.flush();
    return 0;
  }

  /**
   * The recommendation for a company document: the phase given on the command line, else the
   * document's phase, else its signals, else the mature phase.
   */
  static StaffingRecommendation recommend(Documents.Company company, @Nullable MaturityPhase phase) {
    StaffingCalculator calculator = StaffingCalculator.withDefaults();
    if (phase != null) {
      return calculator.recommend(company.org(), phase);
    } else if (company.phase() != null) {
      return calculator.recommend(company.org(), company.phase());
    } else if (company.signals() != null) {
      return calculator.recommend(company.org(), company.signals());
    }
    return calculator.recommend(company.org(), MaturityPhase.MATURE);
  }

  static void print(PrintWriter out, StaffingRecommendation rec, Locale locale) {
    out.println(Texts.get("cli.staffing.title", locale, rec.businessHeadcount(), rec.staffedFunctions().size(), rec.phase()));
    out.printf(locale, "  %-24s %8s %6s %5s%n", Texts.get("cli.staffing.team", locale), Texts.get("cli.staffing.staff", locale),
        Texts.get("cli.staffing.tiers", locale), "Ops");
    for (TeamAllocation a : rec.allocation()) {
      out.printf(locale, "  %-24s %,8d %6d %,5d%n", a.team().label(locale), a.team().headcount(), a.team().tiers(), a.ops());
    }
    out.println("  " + Texts.get("cli.staffing.target", locale, rec.target(), rec.minimum(), rec.bandLow(), rec.bandHigh(),
        rec.fte()));
    out.println(Texts.get("why", locale));
    rec.explanation().lines(locale).forEach(l -> out.println("  - " + l));
  }
}
