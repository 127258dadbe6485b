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

  private Message(String key, int arity) {
    this.key = key;
    this.arity = arity;
  }

  /**
   * Obtains a message from its key and arity. Used by the message constants of each package; the
   * key is not looked up here (that happens when the message is rendered, and in the tests).
   *
   * @param key  the key, not null
   * @param arity  the number of arguments the pattern takes, 0 or more
   * @return the message, never null
   * @throws InvalidValueException if the arity is negative
   */
  public static Message of(String key, int arity) {
    Objects.requireNonNull(key, "key");
    Checks.check(arity >= 0, "arity", arity, "must be >= 0");
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
