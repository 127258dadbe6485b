package dev.revops.examples.cli;

import dev.revops.examples.Walkthrough;
import dev.revops.json.RevOpsJson;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code revops} command: the walkthrough of the source's examples, and the library's
 * calculators on JSON files.
 *
 * <pre>
 * revops                                  the walkthrough (same as: revops demo)
 * revops staffing --input org.json        how many Ops, where they go
 * revops stage --input chart.json         where the Ops organisation stands, what comes next
 * revops fit --input hiring.json          candidates ranked against a role
 * revops pay --level SENIOR --salary 60000
 * revops report --out report.html         one self-contained HTML page with charts
 * </pre>
 * Exit codes: 0 success, 1 bad input (one line naming the file, the JSON Pointer and the rule),
 * 2 usage error.
 */
@Command(name = "revops", mixinStandardHelpOptions = true, versionProvider = RevOpsCli.Version.class,
    description = "Size, stage, staff and pay an Ops team, from the command line.",
    subcommands = {DemoCommand.class, StaffingCommand.class, StageCommand.class, FitCommand.class, PayCommand.class,
        ReportCommand.class, SupportCommand.class, PlanCommand.class})
@SuppressWarnings("NullAway.Init") // picocli injects the annotated fields
public final class RevOpsCli implements Callable<Integer> {

  /** Exit code of a bad input. */
  static final int BAD_INPUT = 1;

  @Spec
  CommandSpec spec;

  @Option(names = "--lang", description = "Language of the output: en or fr (default: en).", defaultValue = "en",
      scope = CommandLine.ScopeType.INHERIT)
  String lang = "en";

  final InputStream stdin;

  RevOpsCli(InputStream stdin) {
    this.stdin = stdin;
  }

  Locale locale() {
    if ("fr".equalsIgnoreCase(lang)) {
      return Locale.FRENCH;
    }
    if ("en".equalsIgnoreCase(lang)) {
      return Locale.ENGLISH;
    }
    throw new CommandLine.ParameterException(spec.commandLine(), "--lang (" + lang + ") must be en or fr");
  }

  RevOpsJson json() {
    return RevOpsJson.strict().withLocale(locale()).withIndentation(true); // for people to read
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    Walkthrough.print(new PrintStream(buffer, true, StandardCharsets.UTF_8), locale());
    out.print(buffer.toString(StandardCharsets.UTF_8));
    out.flush();
    return 0;
  }

  /**
   * Builds the command line, with the error handling of the {@code revops} tool.
   *
   * @param stdin  what {@code -} reads, not null
   * @return the command line, never null
   */
  public static CommandLine commandLine(InputStream stdin) {
    CommandLine cmd = new CommandLine(new RevOpsCli(stdin));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      String message = ex instanceof Inputs.BadInput || ex instanceof IllegalArgumentException
          ? String.valueOf(ex.getMessage()) : "unexpected " + ex.getClass().getSimpleName() + ": " + ex.getMessage();
      commandLine.getErr().println("revops: " + message.replace('\n', ' '));
      commandLine.getErr().flush();
      return BAD_INPUT;
    });
    return cmd;
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args  the arguments
   */
  public static void main(String[] args) {
    System.exit(commandLine(System.in).execute(args));
  }

  /** The version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"revops " + dev.revops.json.PackageVersion.VERSION.toString()};
    }
  }
}
