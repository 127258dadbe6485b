package dev.revops.examples.cli;

import dev.revops.examples.Texts;
import dev.revops.core.fit.Candidate;
import dev.revops.core.fit.CompetencyGap;
import dev.revops.core.fit.FitAssessment;
import dev.revops.core.fit.FitRanking;
import dev.revops.core.fit.FitScorer;
import dev.revops.core.fit.MustHaveCheck;
import dev.revops.core.fit.MustHaveStatus;
import dev.revops.core.fit.FocusItem;
import dev.revops.core.fit.OpsRole;
import dev.revops.json.Documents;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code revops fit}: candidates ranked against a role, with gaps and what to test. */
@SuppressWarnings("NullAway.Init") // picocli injects the annotated fields
@Command(name = "fit", mixinStandardHelpOptions = true,
    description = "Rank candidates against a role: a hiring document, or a role file and a candidates file.")
final class FitCommand implements Callable<Integer> {

  @ParentCommand
  RevOpsCli root;

  @Spec
  CommandSpec spec;

  @Option(names = "--input", description = "Hiring document (role and candidates), or - for standard input.")
  @Nullable String input;

  @Option(names = "--role", description = "Role (JSON object), with --candidates.")
  @Nullable String role;

  @Option(names = "--candidates", description = "Candidates (JSON array), with --role.")
  @Nullable String candidates;

  @Option(names = "--format", defaultValue = "TEXT", description = "text or json (default: text).")
  Format format = Format.TEXT;

  @Override
  public Integer call() {
    OpsRole theRole;
    List<Candidate> theCandidates;
    if (input != null && role == null && candidates == null) {
      Documents.Hiring doc = Inputs.read(root.json(), input, root.stdin, Documents.Hiring.class);
      theRole = doc.role();
      theCandidates = doc.candidates();
    } else if (input == null && role != null && candidates != null) {
      theRole = Inputs.read(root.json(), role, root.stdin, OpsRole.class);
      theCandidates = List.of(Inputs.read(root.json(), candidates, root.stdin, Candidate[].class));
    } else {
      throw new CommandLine.ParameterException(spec.commandLine(), "give either --input, or both --role and --candidates");
    }
    FitRanking ranking = FitScorer.withDefaults().rank(theCandidates, theRole);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(root.json().write(ranking));
    } else {
      print(out, theRole, ranking, root.locale());
    }
    out.flush();
    return 0;
  }

  static void print(PrintWriter out, OpsRole role, FitRanking ranking, Locale locale) {
    out.println(Texts.get("fit.role", locale, role.title(), role.specialty(), role.level(), Texts.mix(role.mix(), locale)));
    if (!role.mustHaves().isEmpty()) {
      out.println("  " + Texts.get("cli.fit.mustHaves", locale, role.mustHaves().entrySet().stream()
          .map(e -> Texts.get("cli.fit.mustHave", locale, e.getKey(), e.getValue()))
          .collect(Collectors.joining(", "))));
    }
    group(out, Texts.get("cli.fit.ranked", locale), ranking.placed(), locale);
    group(out, Texts.get("cli.fit.notEnoughEvidence", locale), ranking.notEnoughEvidence(), locale);
    group(out, Texts.get("cli.fit.notMeetingMustHaves", locale), ranking.notMeetingMustHaves(), locale);
    ranking.explanation().reasons().forEach(r -> out.println("  " + r.message(locale)));
  }

  private static void group(PrintWriter out, String title, List<FitAssessment> fits, Locale locale) {
    if (fits.isEmpty()) {
      return;
    }
    out.println("  " + title);
    out.printf(locale, "    %-16s %-18s %8s  %s%n", Texts.get("cli.fit.candidate", locale), Texts.get("cli.fit.score", locale),
        Texts.get("cli.fit.evidence", locale), Texts.get("cli.fit.gaps", locale));
    java.text.NumberFormat percent = java.text.NumberFormat.getPercentInstance(locale);
    // rounded down, so that a share just under the ranking threshold does not print as the threshold
    percent.setRoundingMode(java.math.RoundingMode.FLOOR);
    for (FitAssessment fit : fits) {
      out.printf(locale, "    %-16s %-18s %8s  %s%n", fit.candidate().id(), fit.displayScore(), percent.format(fit.confidence()),
          fit.gaps().stream().map(CompetencyGap::competency).map(c -> c.displayName(locale)).collect(Collectors.joining(", ")));
      for (MustHaveCheck check : fit.mustHaves()) {
        if (check.status() != MustHaveStatus.MET) {
          out.printf(locale, "    %-16s %s%n", "", Texts.get("cli.fit.mustHaveStatus", locale, check.competency(),
              check.status()));
        }
      }
      for (FocusItem item : fit.interviewFocus()) {
        out.printf(locale, "    %-16s %s%n", "", Texts.get("cli.fit.test", locale, item.exercise(locale)));
      }
    }
  }
}
