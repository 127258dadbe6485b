package dev.revops.core.internal;

import dev.revops.core.explain.Basis;
import dev.revops.core.explain.Message;
import dev.revops.core.explain.Reason;
import dev.revops.core.explain.Source;
import org.jspecify.annotations.Nullable;

/**
 * Reasons made by the calculators of revops-core from argument arrays that nobody else holds (the
 * array the compiler builds for a varargs call): the same checks as {@link Reason}'s factories,
 * without the copy that protects a reason from a caller who keeps and changes its array. A
 * calculator explains every team or candidate, so the copy was a tenth of what it allocated.
 * Not exported: applications use {@link Reason}.
 */
public final class Reasons {

  /** Makes a reason from an array it may keep: {@link Reason}'s private {@code KEEPING_MAKER}. */
  public interface Maker {
    /**
     * Makes a checked reason that keeps {@code args}.
     *
     * @param basis  what the reason rests on
     * @param message  the message
     * @param args  the arguments, an array nobody else holds
     * @param source  the source of a fact, or null
     * @return the reason
     */
    Reason make(Basis basis, Message message, Object[] args, @Nullable Source source);
  }

  /** Read once, when first used; initialising Reason never touches this class, so there is no lock cycle. */
  private static final class Holder {
    static final Maker MAKER = load();

    private static Maker load() {
      try {
        java.lang.reflect.Field field = Reason.class.getDeclaredField("KEEPING_MAKER");
        field.setAccessible(true);
        return (Maker) java.util.Objects.requireNonNull(field.get(null));
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new IllegalStateException("revops: cannot reach Reason's maker", e);
      }
    }
  }

  private Reasons() {}

  private static Maker maker() {
    return Holder.MAKER;
  }

  /**
   * As {@link Reason#of(Basis, Message, Object...)}, keeping the argument array.
   *
   * @param basis  what the reason rests on, not null
   * @param message  the message, not null
   * @param args  the arguments
   * @return the reason, never null
   */
  public static Reason of(Basis basis, Message message, Object... args) {
    return maker().make(basis, message, args, null);
  }

  /**
   * As {@link Reason#computed(Message, Object...)}, keeping the argument array.
   *
   * @param message  the message, not null
   * @param args  the arguments
   * @return the reason, never null
   */
  public static Reason computed(Message message, Object... args) {
    return maker().make(Basis.COMPUTED, message, args, null);
  }

  /**
   * As {@link Reason#input(Message, Object...)}, keeping the argument array.
   *
   * @param message  the message, not null
   * @param args  the arguments
   * @return the reason, never null
   */
  public static Reason input(Message message, Object... args) {
    return maker().make(Basis.INPUT, message, args, null);
  }

}
