package dev.revops.examples;

import dev.revops.examples.cli.RevOpsCli;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** What a user reads: the demo and each command on the sample files, in a language. */
final class UserOutputs {

  private UserOutputs() {}

  static final List<String[]> COMMANDS = List.of(
      new String[] {"demo"},
      new String[] {"staffing", "--input", "samples/customer-service.json"},
      new String[] {"staffing", "--input", "samples/sales.json"},
      new String[] {"stage", "--input", "samples/org-chart.json"},
      new String[] {"stage", "--input", "samples/org-chart-transition.json", "--company", "samples/sales.json"},
      new String[] {"fit", "--input", "samples/hiring.json"},
      new String[] {"pay", "--level", "SENIOR", "--salary", "60000", "--years", "5"},
      new String[] {"pay", "--level", "JUNIOR", "--salary", "40000", "--years", "1"},
      new String[] {"pay", "--level", "DIRECTOR", "--salary", "300000"},
      new String[] {"pay", "--input", "samples/custom-benchmark.json", "--level", "SENIOR", "--salary", "52000"},
      new String[] {"support", "--input", "samples/support.json"},
      new String[] {"support", "--volume", "120", "--interval", "30m", "--aht", "5m", "--target", "80/20s",
          "--patience", "2m"},
      new String[] {"plan", "--input", "samples/plan.json"});

  /** The names users gave in the sample files and the demo: their text, not revops's. */
  private static final List<String> USER_NAMES = userNames();

  static String run(String lang, String... command) {
    CommandLine cmd = RevOpsCli.commandLine(new ByteArrayInputStream(new byte[0]));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    List<String> args = new ArrayList<>(List.of("--lang", lang));
    args.addAll(List.of(command));
    int code = cmd.execute(args.toArray(new String[0]));
    if (code != 0) {
      throw new AssertionError(String.join(" ", args) + " failed with " + code + ": " + err);
    }
    return out.toString();
  }

  /** The text of the HTML report in a language, tags removed, one line per element. */
  static String report(String lang) {
    try {
      Path file = Files.createTempFile("revops-report", ".html");
      try {
        run(lang, "report", "--out", file.toString());
        String html = Files.readString(file);
        String body = html.substring(html.indexOf("<body>"));
        return body.replaceAll("<[^>]+>", "\n").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
            .replace("&quot;", "\"");
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The output with every user-given name replaced by a neutral one, except the names that are
   * terms of the glossary (a team called "Sales Ops" uses a word revops uses too).
   */
  static String masked(String output, java.util.function.Predicate<String> isGlossaryTerm) {
    String text = output;
    for (String name : USER_NAMES) {
      if (isGlossaryTerm.test(name)) {
        continue;
      }
      text = text.replaceAll("(?<![\\p{L}\\d])" + Pattern.quote(name) + "(?![\\p{L}\\d])", LanguageQualityTest.USER_TEXT);
    }
    return text;
  }

  private static List<String> userNames() {
    List<String> names = new ArrayList<>(List.of("ex-sales, tested", "ex-consultant", "ex-sales", "Sales Ops, CRM",
        "Business planning", "Calls", "Email", "Level 2"));
    Pattern quoted = Pattern.compile("\"(?:id|name|title)\"\\s*:\\s*\"([^\"]+)\"");
    try (var files = Files.list(Path.of("samples"))) {
      for (Path file : files.toList()) {
        var m = quoted.matcher(Files.readString(file));
        while (m.find()) {
          names.add(m.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    names.sort(Comparator.comparingInt(String::length).reversed());
    return names;
  }
}
