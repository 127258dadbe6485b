package dev.revops.examples.cli;

import dev.revops.examples.Texts;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.pay.OfferCheck;
import dev.revops.core.pay.PayPosition;
import dev.revops.core.pay.Percentile;
import dev.revops.core.pay.SalaryBenchmark;
import dev.revops.core.pay.SalaryBenchmarks;
import dev.revops.core.pay.SalaryDistribution;
import dev.revops.core.pay.SalaryDistributions;
import dev.revops.json.Documents;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.OptionalDouble;
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
    description = "Check a salary offer for an Ops level against a salary benchmark (the bundled French study by default): "
        + "percentile and compa-ratio for the level and, with --years, adjusted for experience; bands; bonus, variable pay "
        + "and equity chances; plausibility warnings.")
final class PayCommand implements Callable<Integer> {

  @ParentCommand
  RevOpsCli root;

  @Spec
  CommandSpec spec;

  @Option(names = "--level", required = true, description = "Level: ${COMPLETION-CANDIDATES}.")
  OpsLevel level = OpsLevel.SENIOR;

  @Option(names = "--salary", required = true, description = "Annual salary in the benchmark's currency (e.g. 60000).")
  BigDecimal salary = BigDecimal.ZERO;

  @Option(names = "--years", description = "The candidate's total years of experience: adds the experience view.")
  @Nullable Double years;

  @Option(names = "--input", description = "Benchmark document (JSON), or - for standard input.")
  @Nullable String input;

  @Option(names = "--format", defaultValue = "TEXT", description = "text or json (default: text).")
  Format format = Format.TEXT;

  @Override
  public Integer call() {
    SalaryBenchmark benchmark = input == null ? SalaryBenchmarks.businessOpsNetworkFrance()
        : Inputs.read(root.json(), input, root.stdin, Documents.Benchmark.class).benchmark();
    Money money;
    try {
      money = Money.of(benchmark.currency(), salary);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("--salary (" + salary + ") must have at most "
          + benchmark.currency().getDecimalPlaces() + " decimals", e);
    }
    OfferCheck check = benchmark.checkOffer(level, years == null ? OptionalDouble.empty() : OptionalDouble.of(years), money);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(root.json().write(check));
    } else {
      print(out, benchmark, level, check, root.locale());
    }
    out.flush();
    return 0;
  }

  static void print(PrintWriter out, SalaryBenchmark benchmark, OpsLevel level, OfferCheck check, Locale locale) {
    SalaryDistribution d = benchmark.distribution(level);
    out.println(benchmark.source().describe(locale));
    out.println("  " + benchmark.amountDefinition().displayName(locale));
    out.println(Texts.get("label.value", locale, benchmark.cohort(level).displayName(locale), check.salary()));
    out.println("  " + check.explanation().reasons().get(0).message(locale));
    PayPosition p = check.levelView();
    out.println("  " + Texts.get("cli.pay.level", locale, p.percentile().value(), p.compaRatio()));
    check.experienceView().ifPresent(e -> out.println("  " + Texts.get("cli.pay.experience", locale,
        e.percentile().value(), e.compaRatio(), SalaryDistributions.forDisplay(e.median()))));
    for (Percentile q : new Percentile[] {Percentile.P10, Percentile.P25, Percentile.P50, Percentile.P75, Percentile.P90}) {
      out.println("  " + Texts.get("label.value", locale, q.toString(), SalaryDistributions.forDisplay(d.salaryAt(q))));
    }
    check.bonusChance().ifPresent(b -> out.println("  " + Texts.get("cli.pay.bonus", locale, b)));
    check.variablePayChance().ifPresent(v -> out.println("  " + Texts.get("cli.pay.variable", locale, v)));
    check.equityChance().ifPresent(e -> out.println("  " + Texts.get("cli.pay.equity", locale, e)));
    out.println("  " + Texts.get("cli.pay.confidence", locale, d.confidence()));
    check.warnings().forEach(w -> out.println("  ! " + w.message(locale)));
  }
}
