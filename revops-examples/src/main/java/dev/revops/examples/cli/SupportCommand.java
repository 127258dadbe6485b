package dev.revops.examples.cli;

import dev.revops.examples.Texts;
import dev.revops.core.org.BusinessTeam;
import dev.revops.core.workload.ChannelStaffing;
import dev.revops.core.workload.ErlangCalculator;
import dev.revops.core.workload.ProfileStaffing;
import dev.revops.core.workload.QueueDemand;
import dev.revops.core.workload.QueueStaffing;
import dev.revops.core.workload.ServiceGoal;
import dev.revops.json.Documents;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code revops support}: support agents for one interval (Erlang C, or Erlang A with a patience),
 * or for a profile of intervals and channels from a support document.
 */
@SuppressWarnings("NullAway.Init") // picocli injects the annotated fields
@Command(name = "support", mixinStandardHelpOptions = true,
    description = {"Support agents for a queue: Erlang C, or Erlang A with --patience.",
        "One interval: --volume 100 --interval 30m --aht 180s --target 80/20s [--max-occupancy 0.85] [--shrinkage 0.30].",
        "A day or a week of channels and tiers: --input support.json (a support document)."})
final class SupportCommand implements Callable<Integer> {

  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h)?");
  private static final Pattern TARGET = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(%?)\\s*/\\s*(.+)");

  @ParentCommand
  RevOpsCli root;

  @Spec
  CommandSpec spec;

  @Option(names = "--volume", description = "Contacts arriving in the interval.")
  @Nullable Double volume;

  @Option(names = "--interval", description = "Interval length: 15m, 30m, 1h, 900s (default 30m).", defaultValue = "30m")
  String interval = "30m";

  @Option(names = "--aht", description = "Average handle time: 180s, 3m.")
  @Nullable String aht;

  @Option(names = "--target", description = "Service-level target: share/answer time, e.g. 80/20s (80 %% within 20 s).")
  @Nullable String target;

  @Option(names = "--max-occupancy", description = "Highest share of time agents spend on contacts, e.g. 0.85.")
  @Nullable Double maxOccupancy;

  @Option(names = "--shrinkage", description = "Share of paid time away from contacts, e.g. 0.30 (default 0).")
  @Nullable Double shrinkage;

  @Option(names = "--patience", description = "Average time before a caller abandons, e.g. 60s: Erlang A.")
  @Nullable String patience;

  @Option(names = "--input", description = "Support document (JSON) with channels and intervals, or - for standard input.")
  @Nullable String input;

  @Option(names = "--format", defaultValue = "TEXT", description = "text or json (default: text).")
  Format format = Format.TEXT;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (input != null) {
      if (volume != null || aht != null || target != null || patience != null) {
        throw usage("--input describes its own channels: leave out --volume, --aht, --target and --patience");
      }
      Documents.Support doc = Inputs.read(root.json(), input, root.stdin, Documents.Support.class);
      ProfileStaffing staffing = ErlangCalculator.withDefaults().staff(doc.profile());
      if (format == Format.JSON) {
        out.println(root.json().write(staffing));
      } else {
        print(out, staffing, root.locale());
      }
      out.flush();
      return 0;
    }
    if (volume == null || aht == null || target == null) {
      throw usage("give --volume, --aht and --target for one interval, or --input for a support document");
    }
    QueueDemand demand = QueueDemand.of(volume, duration("--interval", interval), duration("--aht", aht));
    if (patience != null) {
      demand = demand.withPatience(duration("--patience", patience));
    }
    ServiceGoal goal = goal(target);
    if (maxOccupancy != null) {
      goal = goal.withMaxOccupancy(maxOccupancy);
    }
    if (shrinkage != null) {
      goal = goal.withShrinkage(shrinkage);
    }
    QueueStaffing staffing = ErlangCalculator.withDefaults().staff(demand, goal);
    if (format == Format.JSON) {
      out.println(root.json().write(staffing));
    } else {
      print(out, staffing, root.locale());
    }
    out.flush();
    return 0;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  private Duration duration(String option, String text) {
    Matcher m = DURATION.matcher(text.trim());
    if (!m.matches()) {
      throw usage(option + " (" + text + ") must be a length such as 20s, 3m, 30m or 1h");
    }
    double value = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    double seconds = switch (unit) {
      case "ms" -> value / 1000;
      case "m", "min" -> value * 60;
      case "h" -> value * 3600;
      default -> value;
    };
    if (!(seconds < 1e9)) {
      throw usage(option + " (" + text + ") must be shorter than 10^9 seconds");
    }
    return Duration.ofNanos(Math.round(seconds * 1e9));
  }

  private ServiceGoal goal(String text) {
    Matcher m = TARGET.matcher(text.trim());
    if (!m.matches()) {
      throw usage("--target (" + text + ") must be a share and an answer time, such as 80/20s (80 % within 20 s)");
    }
    double share = Double.parseDouble(m.group(1));
    if (share >= 1 || !m.group(2).isEmpty()) {
      share /= 100;
    }
    return ServiceGoal.of(share, duration("--target", m.group(3)));
  }

  static void print(PrintWriter out, QueueStaffing s, Locale locale) {
    out.println(s.explanation().reasons().get(0).message(locale));
    out.println("  " + Texts.get("cli.support.agents", locale, s.agents(), s.fte(), s.positions()));
    out.println("  " + Texts.get("cli.support.metrics", locale, s.serviceLevel(), s.waitProbability(),
        s.averageSpeedOfAnswerSeconds(), s.occupancy()));
    s.abandonmentProbability().ifPresent(a -> out.println("  " + Texts.get("cli.support.abandonment", locale, a)));
    out.println(Texts.get("why", locale));
    s.explanation().lines(locale).forEach(l -> out.println("  - " + l));
  }

  static void print(PrintWriter out, ProfileStaffing p, Locale locale) {
    out.println(p.explanation().reasons().get(0).message(locale));
    for (ChannelStaffing c : p.channels()) {
      out.printf(locale, "  %-16s %-18s %s%n", c.name(), c.kind().displayName(locale),
          Texts.get("cli.support.channel", locale, c.tier(), c.peakAgents(), c.agentHours(), c.fte()));
    }
    for (BusinessTeam team : p.teams()) {
      out.println(Texts.get("cli.support.team", locale, team.displayName(locale), team.headcount(), team.tiers()));
    }
    out.println(Texts.get("why", locale));
    p.explanation().lines(locale).forEach(l -> out.println("  - " + l));
  }
}
