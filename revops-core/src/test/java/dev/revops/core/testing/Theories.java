package dev.revops.core.testing;

import static org.quicktheories.QuickTheory.qt;

import org.quicktheories.QuickTheory;

/**
 * Entry point of revops' property tests: QuickTheories with a number of examples per property.
 *
 * <p>The system property {@code revops.qt.examples} caps that number; the mutation-testing
 * profile sets it low, since PIT runs the covering tests once per mutant.
 */
public final class Theories {

  private Theories() {}

  /**
   * Returns a theory that checks the given number of examples, capped by
   * {@code -Drevops.qt.examples}.
   *
   * @param examples  the number of examples in a normal test run
   * @return the theory
   */
  public static QuickTheory theory(int examples) {
    int cap = Integer.getInteger("revops.qt.examples", Integer.MAX_VALUE);
    // generous generate attempts: generators built from lists with assumptions (mixes) otherwise
    // give up now and then before finding a first example
    return qt().withExamples(Math.max(1, Math.min(examples, cap))).withGenerateAttempts(1_000);
  }
}
