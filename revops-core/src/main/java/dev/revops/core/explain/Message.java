package dev.revops.core.explain;

import dev.revops.core.InvalidValueException;
import dev.revops.core.internal.Checks;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A message of revops: the key of a pattern in the message catalogues and the number of arguments
 * the pattern takes. The messages of each concept package are constants of that package, so that
 * a {@link Reason} is made from a typed message rather than from a string; a test checks every
 * constant against its patterns in English and in French.
 *
 * <p>{@code Message.parse("staffing.computed.target")} finds a message by its key (this is how the
 * JSON adapter reads a reason back); it has one argument.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Message {

  private final String key;
  private final int arity;
  /** Bit i set when the patterns format argument i as a number. */
  private final int numeric;

  private Message(String key, int arity) {
    this.key = key;
    this.arity = arity;
    this.numeric = Messages.numericArguments(key);
  }

  /**
   * Obtains a message from its key and arity. Used by the message constants of each package, so
   * that a constant states how many arguments it takes; both are checked against the catalogues.
   *
   * @param key  the key, not null
   * @param arity  the number of arguments the pattern takes
   * @return the message, never null
   * @throws InvalidValueException if no catalogue has the key, or its patterns take another number
   *     of arguments
   */
  public static Message of(String key, int arity) {
    Objects.requireNonNull(key, "key");
    Checks.check(Messages.contains(key), "key", key, "must be a message key of revops");
    int expected = Messages.argumentCount(key);
    Checks.check(arity == expected, "arity", arity, "must be " + expected + ", the number of arguments of "
        + key);
    return new Message(key, arity);
  }

  /**
   * Obtains the message of a key of the revops catalogues, with the arity of its pattern.
   *
   * @param key  the key, not null
   * @return the message, never null
   * @throws dev.revops.core.InvalidValueException if no catalogue has the key
   */
  public static Message parse(CharSequence key) {
    Objects.requireNonNull(key, "key");
    String text = key.toString();
    Checks.check(Messages.contains(text), "key", text, "must be a message key of revops");
    return new Message(text, Messages.argumentCount(text));
  }

  /**
   * The key of the pattern in the catalogues.
   *
   * @return the key, never null
   */
  public String key() {
    return key;
  }

  /**
   * The number of arguments the pattern takes.
   *
   * @return the arity, 0 or more
   */
  public int arity() {
    return arity;
  }

  /** Whether the patterns format the argument at an index as a number. */
  boolean isNumeric(int index) {
    return (numeric & (1 << index)) != 0;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Message that && key.equals(that.key) && arity == that.arity;
  }

  @Override
  public int hashCode() {
    return key.hashCode() * 31 + arity;
  }

  /**
   * Returns the key, the inverse of {@link #parse(CharSequence)}.
   *
   * @return the key, never null
   */
  @Override
  public String toString() {
    return key;
  }
}
