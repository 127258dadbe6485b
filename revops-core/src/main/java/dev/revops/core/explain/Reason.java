package dev.revops.core.explain;

import com.google.common.collect.ImmutableList;
import dev.revops.core.internal.Checks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One step of an {@link Explanation}: a message of the revops catalogue, its arguments, what it
 * rests on ({@link Basis}) and, for a fact, its {@link Source}.
 *
 * <p>{@code Reason.input("staffing.floor.policy", 2L).render(Locale.ENGLISH)} is "Input: The
 * policy sets a floor of 2 Ops per business function with people."
 *
 * <p>Arguments are kept in a small set of types so that a reason can be stored and read back
 * (for example as JSON): {@code String}, {@code Long} (any integral number), {@code Double} (any
 * finite floating-point number), {@code BigDecimal}, {@code Boolean}, {@link Money} and
 * {@link LocalizedText} (any {@link Localizable}). The factories convert other integral,
 * floating-point, textual and localizable values to these.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Reason {

  Reason() {}

  /**
   * What this reason rests on.
   *
   * @return the basis, never null
   */
  public abstract Basis basis();

  /**
   * The key of the message in the revops catalogue ({@link Messages}).
   *
   * @return the key, never null
   */
  public abstract String key();

  /**
   * The arguments of the message, in the order of the pattern's indexes.
   *
   * @return the arguments, never null
   */
  public abstract List<Object> args();

  /**
   * The source of the fact, if any.
   *
   * @return the source, empty for rules, inputs and computed values
   */
  public abstract Optional<Source> source();

  /**
   * Obtains a reason with the given basis, key and arguments.
   *
   * @param basis  what the reason rests on, not null
   * @param key  the message key, not null
   * @param args  the arguments of the message, not null, no null element
   * @return the new instance, never null
   * @throws IllegalArgumentException if the key is unknown, the number of arguments does not match
   *     the message, or an argument has an unsupported type or a non-finite value
   */
  public static Reason of(Basis basis, String key, Object... args) {
    return ImmutableReason.generator()
        .basis(basis)
        .key(key)
        .args(normalize(Objects.requireNonNull(args, "args")))
        .build();
  }

  /**
   * Obtains a reason stating a fact from a source.
   *
   * @param source  where the fact comes from, not null
   * @param key  the message key, not null
   * @param args  the arguments, not null
   * @return the new instance, never null
   * @throws IllegalArgumentException as {@link #of(Basis, String, Object...)}
   */
  public static Reason fact(Source source, String key, Object... args) {
    return of(Basis.FACT, key, args).withSource(source);
  }

  /**
   * Obtains a reason stating the rule or method applied.
   *
   * @param key  the message key, not null
   * @param args  the arguments, not null
   * @return the new instance, never null
   * @throws IllegalArgumentException as {@link #of(Basis, String, Object...)}
   */
  public static Reason rule(String key, Object... args) {
    return of(Basis.RULE, key, args);
  }

  /**
   * Obtains a reason stating an assumption: a default that no source gives.
   *
   * @param key  the message key, not null
   * @param args  the arguments, not null
   * @return the new instance, never null
   * @throws IllegalArgumentException as {@link #of(Basis, String, Object...)}
   */
  public static Reason assumption(String key, Object... args) {
    return of(Basis.ASSUMPTION, key, args);
  }

  /**
   * Obtains a reason stating an input supplied by the caller.
   *
   * @param key  the message key, not null
   * @param args  the arguments, not null
   * @return the new instance, never null
   * @throws IllegalArgumentException as {@link #of(Basis, String, Object...)}
   */
  public static Reason input(String key, Object... args) {
    return of(Basis.INPUT, key, args);
  }

  /**
   * Obtains a reason stating a computed value.
   *
   * @param key  the message key, not null
   * @param args  the arguments, not null
   * @return the new instance, never null
   * @throws IllegalArgumentException as {@link #of(Basis, String, Object...)}
   */
  public static Reason computed(String key, Object... args) {
    return of(Basis.COMPUTED, key, args);
  }

  /**
   * Returns a copy of this reason citing the given source.
   *
   * @param source  the source, not null
   * @return a reason with the source, never null
   */
  public Reason withSource(Source source) {
    return ImmutableReason.copyOf(this).withSource(source);
  }

  /**
   * Returns true if this reason is an assumption.
   *
   * @return whether the basis is {@link Basis#ASSUMPTION}
   */
  public boolean isAssumption() {
    return basis() == Basis.ASSUMPTION;
  }

  /**
   * Renders the message alone, without basis or source.
   *
   * @param locale  the language, not null
   * @return the message, never null
   */
  public String message(Locale locale) {
    return Messages.format(key(), locale, args());
  }

  /**
   * Renders the reason as one line: its basis, its message and, for a fact, its source.
   *
   * @param locale  the language, not null
   * @return the line, never null
   */
  public String render(Locale locale) {
    String basis = basis().displayName(locale);
    return source()
        .map(s -> Messages.format("explanation.line.sourced", locale,
            List.of(basis, message(locale), s.describe(locale))))
        .orElseGet(() -> Messages.format("explanation.line", locale, List.of(basis, message(locale))));
  }

  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }

  @Value.Check
  void check() {
    Checks.check(Messages.contains(key()), "key", key(), "is not a message key of revops");
    int expected = Messages.argumentCount(key());
    if (args().size() != expected) {
      throw Checks.invalid("args", args(), "must hold exactly " + expected + " values for message " + key());
    }
    for (int i = 0; i < args().size(); i++) {
      Object arg = args().get(i);
      if (!isSupported(arg)) {
        throw Checks.invalid("args[" + i + "]", arg, "must be a String, Long, finite Double, BigDecimal, Boolean,"
            + " Money or LocalizedText (it is a " + arg.getClass().getName() + ")");
      }
    }
  }

  private static boolean isSupported(Object arg) {
    if (arg instanceof Double) {
      return Double.isFinite((Double) arg);
    }
    return arg instanceof String || arg instanceof Long || arg instanceof BigDecimal
        || arg instanceof Boolean || arg instanceof Money || arg instanceof LocalizedText;
  }

  static ImmutableList<Object> normalize(Object... args) {
    ImmutableList.Builder<Object> out = ImmutableList.builderWithExpectedSize(args.length);
    for (int i = 0; i < args.length; i++) {
      out.add(normalize(Objects.requireNonNull(args[i], "args[" + i + "]")));
    }
    return out.build();
  }

  private static Object normalize(Object arg) {
    if (arg instanceof Integer || arg instanceof Short || arg instanceof Byte) {
      return ((Number) arg).longValue();
    }
    if (arg instanceof Float) {
      return ((Float) arg).doubleValue();
    }
    if (arg instanceof BigInteger) {
      return new BigDecimal((BigInteger) arg);
    }
    if (arg instanceof Localizable && !(arg instanceof LocalizedText)) {
      return LocalizedText.from((Localizable) arg);
    }
    if (arg instanceof CharSequence && !(arg instanceof String)) {
      return arg.toString();
    }
    if (arg instanceof Enum) {
      return ((Enum<?>) arg).name();
    }
    return arg;
  }

}
