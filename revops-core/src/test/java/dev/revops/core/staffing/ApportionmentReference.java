package dev.revops.core.staffing;

import java.math.BigInteger;

/**
 * An obviously correct reference for the divisor methods, for differential tests: seats handed
 * out one at a time, each to the group with the highest priority found by scanning every group,
 * with priorities compared as exact fractions of {@link BigInteger}s. O(seats × groups).
 */
final class ApportionmentReference {

  private ApportionmentReference() {}

  static long[] divisor(Apportionment method, int seats, long[] weights) {
    long[] held = new long[weights.length];
    int given = 0;
    if (method.givesEveryGroupASeat()) {
      for (int i = 0; i < held.length; i++) {
        held[i] = 1;
      }
      given = held.length;
    }
    for (; given < seats; given++) {
      int best = -1;
      for (int i = 0; i < weights.length; i++) {
        if (weights[i] == 0) {
          continue;
        }
        if (best < 0 || compare(method, weights[i], held[i], weights[best], held[best]) > 0) {
          best = i;
        }
      }
      held[best]++;
    }
    return held;
  }

  /** Sign of priority(w1, s1) − priority(w2, s2), exactly. */
  static int compare(Apportionment method, long w1, long s1, long w2, long s2) {
    BigInteger[] p1 = priority(method, w1, s1);
    BigInteger[] p2 = priority(method, w2, s2);
    return p1[0].multiply(p2[1]).compareTo(p2[0].multiply(p1[1]));
  }

  /** The priority of a group's next seat as {numerator, denominator}; squared for Huntington–Hill. */
  static BigInteger[] priority(Apportionment method, long weight, long seats) {
    BigInteger w = BigInteger.valueOf(weight);
    BigInteger s = BigInteger.valueOf(seats);
    switch (method) {
      case DHONDT:
        return new BigInteger[] {w, s.add(BigInteger.ONE)};
      case WEBSTER:
        return new BigInteger[] {w.shiftLeft(1), s.shiftLeft(1).add(BigInteger.ONE)};
      case ADAMS:
        return new BigInteger[] {w, s};
      case HUNTINGTON_HILL:
        return new BigInteger[] {w.multiply(w), s.multiply(s.add(BigInteger.ONE))};
      default:
        throw new IllegalArgumentException(method.name());
    }
  }

  /**
   * True if {@code seats} is an allocation of the divisor method: no group holding a seat beyond
   * its floor gave it at a priority below the priority of another group's next seat (ties broken
   * by input order). Checks allocations of any size in O(groups²).
   */
  static boolean isDivisorAllocation(Apportionment method, long[] weights, long[] seats, long floorEach) {
    for (int i = 0; i < weights.length; i++) {
      long floor = Math.max(weights[i] > 0 ? floorEach : 0, method.givesEveryGroupASeat() ? 1 : 0);
      if (seats[i] < floor) {
        return false;
      }
      if (seats[i] == floor || weights[i] == 0) {
        continue;
      }
      for (int j = 0; j < weights.length; j++) {
        if (j == i || weights[j] == 0) {
          continue;
        }
        int c = compare(method, weights[i], seats[i] - 1, weights[j], seats[j]);
        if (c < 0 || (c == 0 && j < i)) {
          return false;
        }
      }
    }
    return true;
  }
}
