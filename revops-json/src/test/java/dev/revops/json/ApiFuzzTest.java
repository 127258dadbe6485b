package dev.revops.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the API fuzzer ({@link ApiFuzzer}) makes {@code revops.fuzz.calls} calls (30,000 by
 * default; {@code .ci/run} asks for 1,000,000) from the seed {@code revops.fuzz.seed} (fixed by
 * default, so that a green build stays green; pass another to explore) and fails on any finding,
 * printing the seed and the first call of each kind.
 */
class ApiFuzzTest {

  private static final long DEFAULT_SEED = 20_261_127L;
  /** A call still running after this long is reported as hung and the test stops. */
  private static final long HUNG_MILLIS = 60_000;

  @Test
  void every_public_method_fails_only_as_documented() throws InterruptedException {
    // about 25 calls a target (1,274 of them): fewer leaves the rarest receivers to chance
    long calls = Long.getLong("revops.fuzz.calls", 30_000L);
    long seed = Long.getLong("revops.fuzz.seed", DEFAULT_SEED);
    ApiFuzzer fuzzer = new ApiFuzzer(seed);
    AtomicReference<Throwable> crashed = new AtomicReference<>();
    Thread worker = new Thread(() -> {
      try {
        fuzzer.run(calls);
      } catch (Throwable t) {
        crashed.set(t);
      }
    }, "api-fuzzer");
    worker.setDaemon(true);
    long start = System.nanoTime();
    worker.start();
    while (worker.isAlive()) {
      worker.join(500);
      String running = fuzzer.running(System.nanoTime());
      if (running != null && Long.parseLong(running.substring(0, running.indexOf(' '))) > HUNG_MILLIS) {
        fail("seed " + seed + ": a call hangs: " + running);
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("API fuzzer, seed %d: %,d calls (%,d refused as documented, %,d skipped) over %d targets"
            + " in %.1f s; slowest: %s%n", seed, fuzzer.calls(), fuzzer.refused(), fuzzer.skipped(),
        fuzzer.allTargets().size(), millis / 1000.0, fuzzer.slowest());
    if (Boolean.getBoolean("revops.fuzz.profile")) {
      System.out.println("costliest targets:" + fuzzer.costliest(25));
    }
    if (crashed.get() != null) {
      throw new AssertionError("seed " + seed + ": the fuzzer itself failed", crashed.get());
    }
    if (!fuzzer.findings().isEmpty()) {
      fail("seed " + seed + ": " + fuzzer.findings().size() + " kinds of finding\n  "
          + fuzzer.findings().stream().map(Object::toString).collect(Collectors.joining("\n  ")));
    }
    assertThat(fuzzer.calls()).isEqualTo(calls);
    List<String> rare = fuzzer.rarelyCalled((int) Math.min(5, calls / fuzzer.allTargets().size() / 4));
    assertThat(rare).as("targets the fuzzer could not call often enough").isEmpty();
  }

  @Test
  void the_fuzzer_covers_both_modules() {
    assertThat(ApiFuzzer.exportedPackages()).contains("dev.revops.core", "dev.revops.core.pay", "dev.revops.json");
    assertThat(ApiFuzzer.targets()).hasSizeGreaterThan(300);
  }
}
