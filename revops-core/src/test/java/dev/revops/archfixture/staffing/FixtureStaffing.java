package dev.revops.archfixture.staffing;

import dev.revops.archfixture.pay.FixturePay;

/** Test fixture for ArchitectureTest: a deliberate violation, staffing importing pay. */
public final class FixtureStaffing {
  private FixtureStaffing() {}

  /** @return a value read from the pay package */
  public static int value() {
    return FixturePay.value();
  }
}
