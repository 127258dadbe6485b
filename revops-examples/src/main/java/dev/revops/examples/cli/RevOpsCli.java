package dev.revops.examples.cli;

import dev.revops.examples.Walkthrough;
import dev.revops.json.RevOpsJson;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    description = "Size, stage, staff and pay an Ops team, from the command line.")
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
    return commandLine(stdin, SUBCOMMANDS.keySet());
  }

  /**
   * The subcommands, in the order {@code --help} lists them. Each is modelled only when it is
   * registered: picocli's model of all eight took a third of a short command's start-up.
   */
  private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> all = new LinkedHashMap<>();
    all.put("demo", DemoCommand.class);
    all.put("staffing", StaffingCommand.class);
    all.put("stage", StageCommand.class);
    all.put("fit", FitCommand.class);
    all.put("pay", PayCommand.class);
    all.put("report", ReportCommand.class);
    all.put("support", SupportCommand.class);
    all.put("plan", PlanCommand.class);
    return Collections.unmodifiableMap(all);
  }

  /**
   * The command line for these arguments: with only the subcommand they name when they name one
   * before any option value could be mistaken for it, with all of them otherwise (for
   * {@code --help}, a typo, or the walkthrough).
   *
   * @param stdin  what {@code -} reads, not null
   * @param args  the arguments, not null
   * @return the command line, never null
   */
  static CommandLine commandLine(InputStream stdin, String[] args) {
    if (args.length > 0 && SUBCOMMANDS.containsKey(args[0])) {
      return commandLine(stdin, Set.of(args[0]));
    }
    return commandLine(stdin, SUBCOMMANDS.keySet());
  }

  private static CommandLine commandLine(InputStream stdin, Set<String> names) {
    CommandLine cmd = new CommandLine(new RevOpsCli(stdin));
    SUBCOMMANDS.forEach((name, type) -> {
      if (names.contains(name)) {
        cmd.addSubcommand(name, type);
      }
    });
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
    System.exit(commandLine(System.in, args).execute(args));
  }

  /** The version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"revops " + dev.revops.json.PackageVersion.VERSION.toString()};
    }
  }
}
