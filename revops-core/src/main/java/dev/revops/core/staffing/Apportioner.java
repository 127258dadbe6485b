package dev.revops.core.staffing;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The algorithms behind {@link Apportionment}: exact divisor methods with a binary heap, and
 * largest remainders. Arguments are validated by {@link Apportionment}.
 */
final class Apportioner {

  /**
   * Below this many free seats per group, every seat goes through the heap: a seat costs about
   * 2·log2(groups) comparisons there, while the search costs a pass over the groups and leaves up
   * to about two seats per group to the heap anyway.
   */
  private static final int SEATS_PER_GROUP_FOR_ESTIMATE = 2;
  /** Weights and seats up to this bound keep every product of the priority test within 63 bits. */
  private static final long SQUARE_SAFE = 3_037_000_498L;

  private Apportioner() {}

  static long[] largestRemainders(long[] weights, long[] start, long remaining) {
    long[] seats = start.clone();
    if (remaining == 0) {
      return seats;
    }
    BigInteger total = BigInteger.ZERO;
    for (long w : weights) {
      total = total.add(BigInteger.valueOf(w));
    }
    BigInteger seatsToGive = BigInteger.valueOf(remaining);
    BigInteger[] remainders = new BigInteger[weights.length];
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      BigInteger[] qr = seatsToGive.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(total);
      seats[i] += qr[0].longValueExact();
      given += qr[0].longValueExact();
      remainders[i] = qr[1];
    }
    long left = remaining - given;
    Integer[] order = IntStream.range(0, weights.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
        .thenComparing(Comparator.naturalOrder()));
    for (int r = 0; r < left; r++) {
      seats[order[r]]++;
    }
    return seats;
  }

  /** Divisor methods; {@code start} (each group's floor) becomes the result. */
  static long[] divisor(Apportionment method, long[] weights, long[] start, long remaining) {
    long[] seats = start;
    if (remaining == 0) {
      return seats;
    }
    int positive = 0;
    for (long w : weights) {
      positive += w > 0 ? 1 : 0;
    }
    int[] eligible = new int[positive];
    for (int i = 0, k = 0; i < weights.length; i++) {
      if (weights[i] > 0) {
        eligible[k++] = i;
      }
    }
    long total = remaining;
    for (long s : start) {
      total += s;
    }
    Priorities priorities = new Priorities(method, weights, seats, total);
    long left = remaining;
    if (left > (long) SEATS_PER_GROUP_FOR_ESTIMATE * eligible.length) {
      left = new DivisorSearch(method, weights, seats, total, eligible).raiseToLowerBound();
    }
    Heap heap = new Heap(eligible, priorities);
    for (long r = 0; r < left; r++) {
      int top = heap.top();
      seats[top]++;
      heap.topChanged();
    }
    return seats;
  }

  /**
   * Exact comparison of the priorities {@code weight / d(seats)} of two groups. Each group's
   * priority is also kept as a double; two priorities further apart than {@link #CLOSE} are
   * ordered by those doubles (their rounding error is a few ulps, far below it), and closer ones
   * by the exact integer test.
   */
  static final class Priorities {
    /** Relative gap under which two floating-point priorities are compared exactly. */
    private static final double CLOSE = 1e-9;
    private final Apportionment method;
    private final long[] weights;
    private final long[] seats;
    private final boolean small;
    private final double[] approximate;

    Priorities(Apportionment method, long[] weights, long[] seats, long totalSeats) {
      this.method = method;
      this.weights = weights;
      this.seats = seats;
      long maxWeight = 0;
      for (long w : weights) {
        maxWeight = Math.max(maxWeight, w);
      }
      this.small = maxWeight <= SQUARE_SAFE && totalSeats <= SQUARE_SAFE;
      this.approximate = new double[weights.length];
    }

    /** Recomputes the floating-point priority of group {@code i} from its current seats. */
    void refresh(int i) {
      double w = weights[i];
      double s = seats[i];
      double d = switch (method) {
        case DHONDT -> s + 1;
        case WEBSTER -> s + 0.5;
        case ADAMS -> s;
        case HUNTINGTON_HILL -> Math.sqrt(s * (s + 1));
        case HAMILTON -> throw notDivisor();
      };
      approximate[i] = d == 0 ? Double.POSITIVE_INFINITY : w / d;
    }

    /** True if group {@code i} takes the next seat before group {@code j}. */
    boolean before(int i, int j) {
      double a = approximate[i];
      double b = approximate[j];
      if (a > b * (1 + CLOSE)) {
        return true;
      }
      if (b > a * (1 + CLOSE)) {
        return false;
      }
      int c = compare(i, j);
      return c > 0 || (c == 0 && i < j);
    }

    /** Sign of priority(i) - priority(j). */
    int compare(int i, int j) {
      long wi = weights[i];
      long wj = weights[j];
      long si = seats[i];
      long sj = seats[j];
      if (small) {
        return switch (method) {
          case DHONDT -> compareProducts(wi, sj + 1, wj, si + 1);
          case WEBSTER -> compareProducts(wi, 2 * sj + 1, wj, 2 * si + 1);
          case ADAMS -> compareProducts(wi, sj, wj, si);
          case HUNTINGTON_HILL -> compareProducts(wi * wi, sj * (sj + 1), wj * wj, si * (si + 1));
          case HAMILTON -> throw notDivisor();
        };
      }
      BigInteger bi = BigInteger.valueOf(wi);
      BigInteger bj = BigInteger.valueOf(wj);
      BigInteger di = divisorOf(si);
      BigInteger dj = divisorOf(sj);
      if (method == Apportionment.HUNTINGTON_HILL) {
        bi = bi.multiply(bi);
        bj = bj.multiply(bj);
      }
      return bi.multiply(dj).compareTo(bj.multiply(di));
    }

    /** The divisor d(s), squared for Huntington–Hill, doubled for Webster. */
    private BigInteger divisorOf(long s) {
      BigInteger b = BigInteger.valueOf(s);
      return switch (method) {
        case DHONDT -> b.add(BigInteger.ONE);
        case WEBSTER -> b.shiftLeft(1).add(BigInteger.ONE);
        case ADAMS -> b;
        case HUNTINGTON_HILL -> b.multiply(b.add(BigInteger.ONE));
        case HAMILTON -> throw notDivisor();
      };
    }
  }

  /** Hamilton divides by largest remainders and never reaches the divisor arithmetic. */
  static IllegalStateException notDivisor() {
    return new IllegalStateException("Hamilton is not a divisor method");
  }

  /** Sign of {@code a·b − c·d} for non-negative longs, exactly (128-bit products). */
  static int compareProducts(long a, long b, long c, long d) {
    int high = Long.compare(Math.multiplyHigh(a, b), Math.multiplyHigh(c, d));
    return high != 0 ? high : Long.compareUnsigned(a * b, c * d);
  }

  /** A binary max-heap of group indices ordered by {@link Priorities#before}. */
  static final class Heap {
    private final int[] heap;
    private final Priorities priorities;

    /** A heap over {@code groups}, which it reorders. */
    Heap(int[] groups, Priorities priorities) {
      this.heap = groups;
      this.priorities = priorities;
      for (int g : groups) {
        priorities.refresh(g);
      }
      for (int i = heap.length / 2 - 1; i >= 0; i--) {
        siftDown(i);
      }
    }

    int top() {
      return heap[0];
    }

    /** Restores the heap after the top group's priority went down. */
    void topChanged() {
      priorities.refresh(heap[0]);
      siftDown(0);
    }

    private void siftDown(int at) {
      int i = at;
      int n = heap.length;
      int g = heap[i];
      while (true) {
        int child = 2 * i + 1;
        if (child >= n) {
          break;
        }
        if (child + 1 < n && priorities.before(heap[child + 1], heap[child])) {
          child++;
        }
        if (!priorities.before(heap[child], g)) {
          break;
        }
        heap[i] = heap[child];
        i = child;
      }
      heap[i] = g;
    }
  }

  /**
   * Finds, for a divisor method and many seats, a lower bound of every group's final seats: the
   * seats whose priority is strictly above a threshold λ, for a λ at which those seats number no
   * more than the total. Every such seat is part of the final allocation, so the heap only has
   * to place the seats left, about one or two per group. λ comes in closed form from the
   * method's rounding: a group of weight w gets at most w/λ + 1 seats above λ (w/λ + 1/2 for
   * Webster, w/λ for D'Hondt), so λ = W / (seats to give − groups) keeps the count within the
   * total. The counts at that λ are then computed exactly.
   */
  static final class DivisorSearch {
    /** Relative distance from a whole number beyond which a floating-point count is exact. */
    private static final double CLEAR = 1e-9;
    private final Apportionment method;
    private final long[] weights;
    private final long[] seats;
    private final long total;
    private final int[] eligible;

    DivisorSearch(Apportionment method, long[] weights, long[] seats, long total, int[] eligible) {
      this.method = method;
      this.weights = weights;
      this.seats = seats;
      this.total = total;
      this.eligible = eligible;
    }

    /** Raises {@code seats} to the lower bound and returns the seats left to place. */
    long raiseToLowerBound() {
      long[] floors = seats.clone();
      double delta = switch (method) {
        case DHONDT -> 0;
        case WEBSTER -> 0.5;
        case ADAMS, HUNTINGTON_HILL -> 1;
        case HAMILTON -> throw notDivisor();
      };
      // water-filling: a group whose floor is above its share at λ keeps its floor and leaves the
      // others the rest; λ only grows as groups leave, so a few passes settle it
      boolean[] floored = new boolean[seats.length];
      double lambda = Double.NaN;
      for (int pass = 0; pass < 8; pass++) {
        double weight = 0;
        double room = total;
        for (int g = 0; g < seats.length; g++) {
          if (weights[g] == 0 || floored[g]) {
            room -= floors[g];
          } else {
            weight += weights[g];
            room -= delta;
          }
        }
        if (!(room > 0) || weight == 0) {
          break;
        }
        lambda = weight / room;
        boolean changed = false;
        for (int i : eligible) {
          if (!floored[i] && floors[i] >= weights[i] / lambda + delta) {
            floored[i] = true;
            changed = true;
          }
        }
        if (!changed) {
          break;
        }
      }
      long[] exact = new long[seats.length];
      long placed = Double.isNaN(lambda) ? -1 : place(lambda, floors, exact);
      if (placed < 0) {
        return total - sum(floors);
      }
      System.arraycopy(exact, 0, seats, 0, seats.length);
      return total - placed;
    }

    /**
     * Puts in {@code exact} each group's floor or its seats above λ, whichever is more, raising λ
     * a little at a time while the exact counts (which may exceed the floating-point bound by
     * rounding) exceed the total. Returns the seats placed, or -1 if no λ tried fits.
     */
    private long place(double lambda, long[] floors, long[] exact) {
      double step = Math.ulp(lambda);
      for (int attempt = 0; attempt < 64; attempt++, step *= 4) {
        double threshold = lambda + step;
        long placed = 0;
        boolean over = false;
        for (int g = 0; g < floors.length && !over; g++) {
          exact[g] = weights[g] > 0 ? Math.max(floors[g], count(weights[g], threshold)) : floors[g];
          placed += exact[g];
          over = placed > total || placed < 0;
        }
        if (!over) {
          return placed;
        }
      }
      return -1;
    }

    private static long sum(long[] values) {
      long total = 0;
      for (long v : values) {
        total += v;
      }
      return total;
    }

    /**
     * The number of seats of a group whose priority is strictly above λ: from the floating-point
     * formula when its value is clearly away from a whole number, exactly otherwise.
     */
    long count(long weight, double lambda) {
      double x = weight / lambda;
      double y = switch (method) {
        case DHONDT -> x - 1;
        case WEBSTER -> x - 0.5;
        case ADAMS -> x;
        case HUNTINGTON_HILL -> (Math.sqrt(1 + 4 * x * x) - 1) / 2;
        case HAMILTON -> throw notDivisor();
      };
      double nearest = Math.rint(y);
      if (Math.abs(y - nearest) > CLEAR * Math.max(1, Math.abs(y)) && y < total) {
        return (long) Math.max(0, Math.ceil(y));
      }
      return exactCount(weight, lambda);
    }

    /** The number of seats of a group whose priority is strictly above λ, exactly. */
    long exactCount(long weight, double lambda) {
      // λ = mantissa · 2^exponent exactly; X = weight / λ = num / den
      long bits = Double.doubleToLongBits(lambda);
      int exponent = Math.getExponent(lambda) - 52;
      long mantissa = (bits & 0x000F_FFFF_FFFF_FFFFL) | 0x0010_0000_0000_0000L;
      BigInteger num = BigInteger.valueOf(weight);
      BigInteger den = BigInteger.valueOf(mantissa);
      if (exponent < 0) {
        num = num.shiftLeft(-exponent);
      } else {
        den = den.shiftLeft(exponent);
      }
      BigInteger count = switch (method) {
        case DHONDT -> ceilDiv(num, den).subtract(BigInteger.ONE).max(BigInteger.ZERO);
        case WEBSTER -> {
          BigInteger twice = num.shiftLeft(1).subtract(den);
          yield twice.signum() <= 0 ? BigInteger.ZERO : ceilDiv(twice, den.shiftLeft(1));
        }
        case ADAMS -> ceilDiv(num, den);
        case HUNTINGTON_HILL -> hillCount(num, den);
        case HAMILTON -> throw notDivisor();
      };
      return count.min(BigInteger.valueOf(total)).longValueExact();
    }

    /** The smallest t >= 0 with t(t+1)·den² >= num², i.e. the seats t with t(t+1) < X². */
    private static BigInteger hillCount(BigInteger num, BigInteger den) {
      BigInteger target = num.multiply(num);
      BigInteger den2 = den.multiply(den);
      BigInteger t = num.divide(den);
      while (t.signum() > 0 && t.subtract(BigInteger.ONE).multiply(t).multiply(den2).compareTo(target) >= 0) {
        t = t.subtract(BigInteger.ONE);
      }
      while (t.multiply(t.add(BigInteger.ONE)).multiply(den2).compareTo(target) < 0) {
        t = t.add(BigInteger.ONE);
      }
      return t;
    }

    private static BigInteger ceilDiv(BigInteger a, BigInteger b) {
      BigInteger[] qr = a.divideAndRemainder(b);
      return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }
  }
}
