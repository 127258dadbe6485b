package dev.revops.archfixture.api;

/** Test fixture: a calculator without withDefaults() and of(policy). */
public final class LeakyCalculator {
  private LeakyCalculator() {}

  /**
   * Breaks "calculators are built by withDefaults() and of(policy)".
   *
   * @return a calculator
   */
  public static LeakyCalculator create() {
    return new LeakyCalculator();
  }
}
