package dev.revops.core.staffing;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import dev.revops.core.internal.Checks;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Methods for dividing a whole number of seats (here, Ops) between groups (business functions or
 * teams) in proportion to their weights (headcounts).
 *
 * <p>{@code Apportionment.HUNTINGTON_HILL.apportion(5, new long[] {25, 25, 25, 25})} returns
 * {@code [2, 1, 1, 1]}: one seat each, and the tie for the fifth goes to the first group.
 *
 * <p>The four divisor methods ({@link #HUNTINGTON_HILL}, {@link #WEBSTER}, {@link #DHONDT},
 * {@link #ADAMS}) hand out seats one by one to the group with the highest priority
 * {@code weight / d(seats held)}; they are house monotone: one more seat never takes a seat from
 * any group. {@link #HAMILTON} (largest remainders) is not: it suffers the Alabama paradox.
 *
 * <p>Arithmetic is exact: priorities are compared by integer cross-multiplication (128-bit
 * products, or {@link BigInteger} beyond), never by floating point. <b>Ties</b> go to the group
 * that comes first in the input. A binary heap makes a divisor method cost
 * O(k + (S − k) log k) for S seats and k groups; for S much larger than k the allocation starts
 * from a provably safe lower bound found by a divisor search, and only the last O(k) seats go
 * through the heap.
 */
public enum Apportionment implements Localizable {

  /**
   * Huntington–Hill (equal proportions), the method of the US House of Representatives: divisor
   * {@code sqrt(s(s+1))}. Every group gets at least one seat, so there must be at least as many
   * seats as groups. No Alabama paradox, no population paradox. The default of revops.
   */
  HUNTINGTON_HILL(true),
  /**
   * Webster / Sainte-Laguë (major fractions): divisor {@code s + 1/2}. Unbiased between large and
   * small groups. A group of weight zero gets no seat.
   */
  WEBSTER(false),
  /**
   * D'Hondt / Jefferson (greatest divisors): divisor {@code s + 1}. Favours large groups. A group
   * of weight zero gets no seat.
   */
  DHONDT(false),
  /**
   * Adams (smallest divisors): divisor {@code s}. Favours small groups; every group gets at least
   * one seat, so there must be at least as many seats as groups.
   */
  ADAMS(true),
  /**
   * Hamilton / Hare (largest remainders): each group gets the whole part of its quota
   * {@code seats × weight / total}, and the seats left go to the largest remainders. Stays within
   * quota, but is not house monotone: adding a seat can take one away from a group (the Alabama
   * paradox). Kept for comparison; prefer a divisor method.
   */
  HAMILTON(false);

  private final boolean oneSeatEach;

  Apportionment(boolean oneSeatEach) {
    this.oneSeatEach = oneSeatEach;
  }

  /**
   * Returns true if the method gives every group at least one seat (Huntington–Hill, Adams).
   *
   * @return whether the method floors every group at one seat
   */
  public boolean givesEveryGroupASeat() {
    return oneSeatEach;
  }

  /**
   * Returns true if one more seat never takes a seat from a group (every divisor method).
   *
   * @return whether the method is house monotone
   */
  public boolean isHouseMonotone() {
    return this != HAMILTON;
  }

  @Override
  public String displayName(Locale locale) {
    return Messages.text("apportionment." + name(), locale);
  }

  /**
   * Divides seats between groups in proportion to their weights.
   *
   * @param seats  the number of seats, zero or more; for Huntington–Hill and Adams at least the
   *     number of groups
   * @param weights  the weight of each group, not null, at least one, each >= 0, not all zero
   * @return the seats of each group, in the order of the weights, summing to {@code seats}
   * @throws IllegalArgumentException if seats is negative or fewer than the groups for a method
   *     that gives each group a seat, or weights are empty, negative or all zero
   */
  public int[] apportion(int seats, long[] weights) {
    long[] result = apportion((long) seats, weights, 0L);
    int[] out = new int[result.length];
    for (int i = 0; i < result.length; i++) {
      out[i] = (int) result[i];
    }
    return out;
  }

  /**
   * Divides seats between groups in proportion to their weights, after giving every group of
   * positive weight at least {@code minimumEach} seats. The method then continues from that
   * allocation (a divisor method hands out the remaining seats by priority; Hamilton divides the
   * remaining seats by largest remainders).
   *
   * @param seats  the number of seats, zero or more
   * @param weights  the weight of each group, not null, at least one, each >= 0, not all zero
   * @param minimumEach  the seats each group of positive weight gets first, zero or more
   * @return the seats of each group, in the order of the weights, summing to {@code seats}
   * @throws IllegalArgumentException if an argument breaks its rule, or there are fewer seats than
   *     the minimums (and, for Huntington–Hill and Adams, than the groups) require
   */
  long[] apportion(long seats, long[] weights, long minimumEach) {
    Objects.requireNonNull(weights, "weights");
    Checks.check(seats >= 0, "seats", seats, "must be >= 0");
    Checks.check(minimumEach >= 0, "minimumEach", minimumEach, "must be >= 0");
    Checks.check(weights.length > 0, "weights", "[]", "must hold at least one group");
    boolean positive = false;
    int positiveGroups = 0;
    for (int i = 0; i < weights.length; i++) {
      if (!(weights[i] >= 0)) {
        throw Checks.invalid("weights[" + i + "]", weights[i], "must be >= 0");
      }
      if (weights[i] > 0) {
        positive = true;
        positiveGroups++;
      }
    }
    if (!positive) {
      throw Checks.invalid("weights", Arrays.toString(weights), "must not all be zero");
    }
    long[] start = new long[weights.length];
    long required = 0; // saturates at Long.MAX_VALUE, where the exact sum decides
    for (int i = 0; i < weights.length; i++) {
      long floor = weights[i] > 0 ? minimumEach : 0;
      if (oneSeatEach) {
        floor = Math.max(floor, 1);
      }
      start[i] = floor;
      required = required > Long.MAX_VALUE - floor ? Long.MAX_VALUE : required + floor;
    }
    boolean saturated = required == Long.MAX_VALUE;
    if (seats < required || (saturated && !exactSumAtMost(start, seats))) {
      String needed = saturated ? sum(start).toString() : Long.toString(required);
      throw Checks.invalid("seats", seats, oneSeatEach
          ? "must be at least " + needed + " for " + name() + ", which gives each of the " + weights.length
              + " groups a seat" + (minimumEach > 1 ? " and at least " + minimumEach + " to each group of positive weight" : "")
          : "must be at least " + needed + " to give each of the " + positiveGroups + " groups of positive weight "
              + minimumEach + " seats");
    }
    long remaining = seats - required;
    if (this == HAMILTON) {
      return Apportioner.largestRemainders(weights, start, remaining);
    }
    return Apportioner.divisor(this, weights, start, remaining);
  }

  private static BigInteger sum(long[] values) {
    BigInteger total = BigInteger.ZERO;
    for (long v : values) {
      total = total.add(BigInteger.valueOf(v));
    }
    return total;
  }

  private static boolean exactSumAtMost(long[] values, long bound) {
    return sum(values).compareTo(BigInteger.valueOf(bound)) <= 0;
  }
}
