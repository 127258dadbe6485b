package dev.revops.core.internal;

import dev.revops.core.InvalidValueException;
import dev.revops.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The checks every package of revops-core uses to reject a value: each names the field, the
 * value and the rule, and throws {@link InvalidValueException}. Not exported.
 *
 * <p>Where the field or the rule has to be built from values (an index, a bound), callers write
 * {@code if (!ok) throw Checks.invalid(...)} so that no text is built when the value is valid.
 */
public final class Checks {

  private Checks() {}

  /**
   * Throws if the condition is false.
   *
   * @param ok  whether the value is valid
   * @param field  the field path
   * @param value  the value
   * @param rule  the rule in plain words
   * @throws InvalidValueException if {@code ok} is false
   */
  public static void check(boolean ok, String field, @Nullable Object value, String rule) {
    if (!ok) {
      throw new InvalidValueException(field, value, rule);
    }
  }

  /**
   * Throws if the condition is false (a long value, not boxed unless it is rejected).
   *
   * @param ok  whether the value is valid
   * @param field  the field path
   * @param value  the value
   * @param rule  the rule in plain words
   * @throws InvalidValueException if {@code ok} is false
   */
  public static void check(boolean ok, String field, long value, String rule) {
    if (!ok) {
      throw new InvalidValueException(field, value, rule);
    }
  }

  /**
   * Throws if the condition is false (a double value, not boxed unless it is rejected).
   *
   * @param ok  whether the value is valid
   * @param field  the field path
   * @param value  the value
   * @param rule  the rule in plain words
   * @throws InvalidValueException if {@code ok} is false
   */
  public static void check(boolean ok, String field, double value, String rule) {
    if (!ok) {
      throw new InvalidValueException(field, value, rule);
    }
  }

  /**
   * A copy of the elements, refusing a null one with a {@link NullPointerException} naming it
   * ({@code teams[2]}).
   *
   * @param <T>  the element type
   * @param elements  the elements
   * @param name  the parameter name
   * @return the elements, in order
   * @throws NullPointerException if the iterable or an element is null
   */
  public static <T> java.util.List<T> noNulls(@Nullable Iterable<T> elements, String name) {
    if (elements == null) {
      throw new NullPointerException(name);
    }
    java.util.List<T> out = elements instanceof java.util.Collection<?> c
        ? new java.util.ArrayList<>(c.size()) : new java.util.ArrayList<>();
    int i = 0;
    for (T element : elements) {
      if (element == null) {
        throw new NullPointerException(name + "[" + i + "]");
      }
      out.add(element);
      i++;
    }
    return out;
  }

  /**
   * The exception for a value that broke a rule, to throw.
   *
   * @param field  the field path
   * @param value  the value
   * @param rule  the rule in plain words
   * @return the exception, never null
   */
  public static InvalidValueException invalid(String field, @Nullable Object value, String rule) {
    return new InvalidValueException(field, value, rule);
  }
}
