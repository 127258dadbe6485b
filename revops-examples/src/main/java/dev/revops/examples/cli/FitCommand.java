package dev.revops.examples.cli;

import dev.revops.core.explain.Messages;
import dev.revops.core.fit.Candidate;
import dev.revops.core.fit.CompetencyGap;
import dev.revops.core.fit.FitAssessment;
import dev.revops.core.fit.FitScorer;
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
    List<FitAssessment> ranking = FitScorer.withDefaults().rank(theCandidates, theRole);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(root.json().write(ranking));
    } else {
      print(out, theRole, ranking, root.locale());
    }
    out.flush();
    return 0;
  }

  static void print(PrintWriter out, OpsRole role, List<FitAssessment> ranking, Locale locale) {
    boolean fr = Messages.isFrench(locale);
    out.printf("%s (%s, %s, %s)%n", role.title(), role.specialty().displayName(locale), role.level().displayName(locale), role.mix());
    out.printf("  %-16s %7s %10s  %s%n", fr ? "Candidat" : "Candidate", "Score", fr ? "Confiance" : "Confidence", fr ? "Écarts" : "Gaps");
    for (FitAssessment fit : ranking) {
      out.printf("  %-16s %7.1f %9.0f%%  %s%n", fit.candidate().id(), fit.score(), fit.confidence() * 100,
          fit.gaps().stream().map(CompetencyGap::competency).map(c -> c.displayName(locale)).collect(Collectors.joining(", ")));
      for (FocusItem item : fit.interviewFocus()) {
        out.printf("  %-16s %s %s%n", "", fr ? "à tester :" : "test:", item.exercise(locale));
      }
    }
  }
}
