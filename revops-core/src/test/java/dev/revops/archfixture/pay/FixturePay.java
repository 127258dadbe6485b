package dev.revops.archfixture.pay;

/** Test fixture for ArchitectureTest: a class of a concept package. */
public final class FixturePay {
  private FixturePay() {}

  /** @return a constant */
  public static int value() {
    return 1;
  }
}
