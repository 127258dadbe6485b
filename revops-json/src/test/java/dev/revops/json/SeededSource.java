package dev.revops.json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.SplittableRandom;
import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A randomness source for drawing values from QuickTheories generators outside a theory, from a
 * seeded random, so that the API fuzzer reuses the generators of the property tests. A
 * {@link Constraint}'s bounds are package-private in QuickTheories 0.26, so they are read
 * reflectively (tests run on the class path).
 */
final class SeededSource implements DetatchedRandomnessSource {
  private static final Method MIN = bound("min");
  private static final Method MAX = bound("max");

  private final SplittableRandom random;

  SeededSource(SplittableRandom random) {
    this.random = random;
  }

  private static Method bound(String name) {
    try {
      Method method = Constraint.class.getDeclaredMethod(name);
      method.setAccessible(true);
      return method;
    } catch (NoSuchMethodException e) {
      throw new AssertionError("QuickTheories' Constraint has no " + name + "()", e);
    }
  }

  private static long read(Method bound, Constraint constraint) {
    try {
      return (long) bound.invoke(constraint);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public long next(Constraint constraint) {
    long min = read(MIN, constraint);
    long max = read(MAX, constraint);
    if (min == max) {
      return min;
    }
    if (min == Long.MIN_VALUE && max == Long.MAX_VALUE) {
      return random.nextLong();
    }
    if (max == Long.MAX_VALUE) {
      return random.nextLong(min - 1, max) + 1;
    }
    return random.nextLong(min, max + 1);
  }

  @Override
  public DetatchedRandomnessSource detach() {
    return this;
  }

  @Override
  public void registerFailedAssumption() {
    // a generator's filter draws again; nothing to count outside a theory
  }

  @Override
  public void commit() {
    // draws are not recorded: nothing to shrink outside a theory
  }
}
