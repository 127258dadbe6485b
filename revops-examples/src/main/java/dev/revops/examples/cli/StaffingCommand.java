package dev.revops.examples.cli;

import dev.revops.core.explain.Messages;
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
    boolean fr = Messages.isFrench(locale);
    int functions = rec.staffedFunctions().size();
    String staffed = fr ? (functions < 2 ? functions + " métier pourvu" : functions + " métiers pourvus")
        : (functions == 1 ? "1 staffed function" : functions + " staffed functions");
    out.printf(locale, fr ? "%,d personnes métier, %s, phase « %s »%n" : "%,d business staff, %s, %s phase%n",
        rec.businessHeadcount(), staffed, rec.phase().displayName(locale));
    out.printf("  %-24s %8s %6s %5s%n", fr ? "Équipe" : "Team", fr ? "Effectif" : "Staff", fr ? "Niv." : "Tiers", "Ops");
    for (TeamAllocation a : rec.allocation()) {
      out.printf(locale, "  %-24s %,8d %6d %,5d%n", a.team().label(locale), a.team().headcount(), a.team().tiers(), a.ops());
    }
    out.printf(locale, fr ? "  Cible : %,d Ops (minimum %,d, fourchette %,d à %,d, %,.2f ETP)%n"
            : "  Target: %,d Ops (minimum %,d, band %,d to %,d, %,.2f FTE)%n",
        rec.target(), rec.minimum(), rec.bandLow(), rec.bandHigh(), rec.fte());
    out.println(fr ? "Pourquoi :" : "Why:");
    rec.explanation().lines(locale).forEach(l -> out.println("  - " + l));
  }
}
