package dev.revops.examples.bench;

import dev.revops.core.explain.Message;
import dev.revops.core.explain.Reason;
import dev.revops.core.org.BusinessFunction;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What a reason costs: making one (as a calculator does for every step it explains) against the
 * allocation of its argument array alone (the floor any design pays), and rendering one (paid
 * only by a caller who shows it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReasonBenchmark {

  Message message = Message.parse("staffing.computed.allocation");
  BusinessFunction function = BusinessFunction.SUPPORT;
  int ops = 2;
  int headcount = 25;
  int tiers = 3;
  Reason made = Reason.computed(message, function, ops, headcount, tiers);

  @Benchmark
  public Object[] baselineArgumentArray() {
    return new Object[] {function, ops, headcount, tiers};
  }

  @Benchmark
  public Reason makeReason() {
    return Reason.computed(message, function, ops, headcount, tiers);
  }

  @Benchmark
  public String renderReason() {
    return Reason.computed(message, function, ops, headcount, tiers).render(Locale.FRENCH);
  }
}
