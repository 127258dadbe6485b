package dev.revops.examples.cli;

import dev.revops.core.explain.Messages;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.pay.PayPosition;
import dev.revops.core.pay.Percentile;
import dev.revops.core.pay.SalaryBenchmark;
import dev.revops.core.pay.SalaryBenchmarks;
import dev.revops.core.pay.SalaryDistribution;
import dev.revops.json.Documents;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code revops pay}: where a salary sits for a level, in the bundled study or your benchmark. */
@SuppressWarnings("NullAway.Init") // picocli injects the annotated fields
@Command(name = "pay", mixinStandardHelpOptions = true,
    description = "Position a salary for an Ops level in a salary benchmark (the bundled French study by default).")
final class PayCommand implements Callable<Integer> {

  @ParentCommand
  RevOpsCli root;

  @Spec
  CommandSpec spec;

  @Option(names = "--level", required = true, description = "Level: ${COMPLETION-CANDIDATES}.")
  OpsLevel level = OpsLevel.SENIOR;

  @Option(names = "--salary", required = true, description = "Annual salary in the benchmark's currency (e.g. 60000).")
  BigDecimal salary = BigDecimal.ZERO;

  @Option(names = "--input", description = "Benchmark document (JSON), or - for standard input.")
  @Nullable String input;

  @Option(names = "--format", defaultValue = "TEXT", description = "text or json (default: text).")
  Format format = Format.TEXT;

  @Override
  public Integer call() {
    SalaryBenchmark benchmark = input == null ? SalaryBenchmarks.businessOpsNetworkFrance()
        : Inputs.read(root.json(), input, root.stdin, Documents.Benchmark.class).benchmark();
    SalaryDistribution distribution = benchmark.distribution(level);
    Money money;
    try {
      money = Money.of(benchmark.currency(), salary);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("--salary (" + salary + ") must have at most "
          + benchmark.currency().getDecimalPlaces() + " decimals", e);
    }
    PayPosition position = distribution.position(money);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(root.json().write(position));
    } else {
      print(out, benchmark, level, distribution, position, root.locale());
    }
    out.flush();
    return 0;
  }

  static void print(PrintWriter out, SalaryBenchmark benchmark, OpsLevel level, SalaryDistribution d, PayPosition p,
      Locale locale) {
    boolean fr = Messages.isFrench(locale);
    out.println(benchmark.source().describe(locale));
    out.printf("%s: %s%n", level.displayName(locale), Messages.money(p.salary(), locale));
    out.printf(fr ? "  centile %.1f, compa-ratio %.2f : %s%n" : "  percentile %.1f, compa-ratio %.2f: %s%n",
        p.percentile().value(), p.compaRatio(), p.verdict().displayName(locale));
    for (Percentile q : new Percentile[] {Percentile.P10, Percentile.P25, Percentile.P50, Percentile.P75, Percentile.P90}) {
      out.printf("  %-4s %s%n", q, Messages.money(d.salaryAt(q), locale));
    }
    out.println((fr ? "  confiance : " : "  confidence: ") + d.confidence().displayName(locale));
    d.warnings().forEach(w -> out.println("  ! " + w.message(locale)));
  }
}
