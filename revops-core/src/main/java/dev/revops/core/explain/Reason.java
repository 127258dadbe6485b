package dev.revops.core.explain;

import dev.revops.core.internal.Checks;
import dev.revops.core.internal.Reasons;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * One step of an {@link Explanation}: a {@link Message} of the revops catalogues, its arguments,
 * what it rests on ({@link Basis}) and, for a fact, its {@link Source}.
 *
 * <p>{@code Reason.computed(Message.parse("staffing.computed.target"), 5).render(Locale.ENGLISH)}
 * is "Computed: Target: 5 Ops." Calculators use the message constants of their own package.
 *
 * <p>Arguments are kept in a small set of types so that a reason can be stored and read back
 * (for example as JSON): {@code String}, {@code Long} (any integral number), {@code Double} (any
 * finite floating-point number), {@code BigDecimal}, {@code Boolean}, {@link Money} and
 * {@link LocalizedText} (any {@link Localizable}). Other integral, floating-point, textual,
 * enumerated and localizable values are accepted and converted to these when the arguments are
 * read, compared or rendered, not when the reason is made: making a reason checks the number and
 * the types of its arguments and formats nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Reason {

  /** For the calculators of revops-core, through {@link Reasons}: makes a reason that keeps its array. */
  @SuppressWarnings("unused") // read by Reasons
  private static final Reasons.Maker KEEPING_MAKER = (basis, message, args, source) ->
      create(Objects.requireNonNull(basis, "basis"), message, args, source, false);

  private final Basis basis;
  private final Message message;
  private final Object[] given;
  private final @Nullable Source source;
  private volatile @Nullable List<Object> args;

  private Reason(Basis basis, Message message, Object[] given, @Nullable Source source) {
    this.basis = basis;
    this.message = message;
    this.given = given;
    this.source = source;
  }

  /**
   * Obtains a reason.
   *
   * @param basis  what the reason rests on, not null
   * @param message  the message, not null
   * @param args  the arguments of the message, not null, no null element, exactly as many as
   *     the message takes, each of a supported type
   * @return the reason, never null
   * @throws dev.revops.core.InvalidValueException if the number of arguments differs from the
   *     message's arity, or an argument is of an unsupported type or a non-finite number
   */
  public static Reason of(Basis basis, Message message, Object... args) {
    Objects.requireNonNull(basis, "basis");
    return create(basis, message, args, null);
  }

  /**
   * Obtains a fact with its source.
   *
   * @param source  where the fact comes from, not null
   * @param message  the message, not null
   * @param args  the arguments, as for {@link #of(Basis, Message, Object...)}
   * @return the reason, never null
   * @throws dev.revops.core.InvalidValueException as {@link #of(Basis, Message, Object...)}
   */
  public static Reason fact(Source source, Message message, Object... args) {
    return create(Basis.FACT, message, args, Objects.requireNonNull(source, "source"));
  }

  /**
   * Obtains a rule applied.
   *
   * @param message  the message, not null
   * @param args  the arguments, as for {@link #of(Basis, Message, Object...)}
   * @return the reason, never null
   * @throws dev.revops.core.InvalidValueException as {@link #of(Basis, Message, Object...)}
   */
  public static Reason rule(Message message, Object... args) {
    return create(Basis.RULE, message, args, null);
  }

  /**
   * Obtains an assumption: a number or choice of revops that the source does not give.
   *
   * @param message  the message, not null
   * @param args  the arguments, as for {@link #of(Basis, Message, Object...)}
   * @return the reason, never null
   * @throws dev.revops.core.InvalidValueException as {@link #of(Basis, Message, Object...)}
   */
  public static Reason assumption(Message message, Object... args) {
    return create(Basis.ASSUMPTION, message, args, null);
  }

  /**
   * Obtains an input: something the caller gave.
   *
   * @param message  the message, not null
   * @param args  the arguments, as for {@link #of(Basis, Message, Object...)}
   * @return the reason, never null
   * @throws dev.revops.core.InvalidValueException as {@link #of(Basis, Message, Object...)}
   */
  public static Reason input(Message message, Object... args) {
    return create(Basis.INPUT, message, args, null);
  }

  /**
   * Obtains a computed value.
   *
   * @param message  the message, not null
   * @param args  the arguments, as for {@link #of(Basis, Message, Object...)}
   * @return the reason, never null
   * @throws dev.revops.core.InvalidValueException as {@link #of(Basis, Message, Object...)}
   */
  public static Reason computed(Message message, Object... args) {
    return create(Basis.COMPUTED, message, args, null);
  }

  private static Reason create(Basis basis, Message message, Object[] args, @Nullable Source source) {
    return create(basis, message, args, source, true);
  }

  private static Reason create(Basis basis, Message message, Object[] args, @Nullable Source source, boolean copy) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(args, "args");
    if (args.length != message.arity()) {
      throw Checks.invalid("args", Arrays.asList(args),
          "must hold exactly " + message.arity() + " values for message " + message.key());
    }
    for (int i = 0; i < args.length; i++) {
      Object arg = args[i];
      if (arg == null) {
        throw new NullPointerException("args[" + i + "]");
      }
      if (!isSupported(arg)) {
        throw Checks.invalid("args[" + i + "]", arg, "must be a String, Long, finite Double, BigDecimal, Boolean,"
            + " Money or LocalizedText (it is a " + arg.getClass().getName() + ")");
      }
      if (message.isNumeric(i) && !(arg instanceof Number)) {
        throw Checks.invalid("args[" + i + "]", arg, "must be a number: message " + message.key()
            + " formats it as one");
      }
    }
    return new Reason(basis, message, copy && args.length > 0 ? args.clone() : args, source);
  }

  /** Whether an argument is of a supported type, or converts to one. */
  private static boolean isSupported(Object arg) {
    if (arg instanceof Double d) {
      return Double.isFinite(d);
    }
    if (arg instanceof Float f) {
      return Float.isFinite(f);
    }
    return arg instanceof String || arg instanceof Long || arg instanceof Integer || arg instanceof BigDecimal
        || arg instanceof Boolean || arg instanceof Money || arg instanceof Localizable || arg instanceof Short
        || arg instanceof Byte || arg instanceof BigInteger || arg instanceof CharSequence || arg instanceof Enum;
  }

  /**
   * Returns a copy of this reason citing a source.
   *
   * @param source  the source, not null
   * @return the reason with the source, never null
   */
  public Reason withSource(Source source) {
    return new Reason(basis, message, given, Objects.requireNonNull(source, "source"));
  }

  /**
   * What the reason rests on.
   *
   * @return the basis, never null
   */
  public Basis basis() {
    return basis;
  }

  /**
   * The message.
   *
   * @return the message, never null
   */
  public Message message() {
    return message;
  }

  /**
   * The key of the message in the revops catalogues.
   *
   * @return the key, never null
   */
  public String key() {
    return message.key();
  }

  /**
   * The arguments, converted to the supported types (see the class description).
   *
   * @return the arguments, unmodifiable, never null
   */
  public List<Object> args() {
    List<Object> normalized = args;
    if (normalized == null) {
      List<Object> out = new ArrayList<>(given.length);
      for (Object arg : given) {
        out.add(normalize(arg));
      }
      normalized = Collections.unmodifiableList(out);
      args = normalized;
    }
    return normalized;
  }

  /**
   * The source of a fact.
   *
   * @return the source, empty if the reason cites none
   */
  public Optional<Source> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Returns true if the reason is an assumption of revops.
   *
   * @return whether the basis is {@link Basis#ASSUMPTION}
   */
  public boolean isAssumption() {
    return basis == Basis.ASSUMPTION;
  }

  /**
   * The message alone, formatted in a language.
   *
   * @param locale  the language (English unless French), not null
   * @return the text, never null
   */
  public String message(Locale locale) {
    return Messages.format(message.key(), locale, args());
  }

  /**
   * The reason as a line: its basis, its message and, for a fact, its source.
   *
   * @param locale  the language (English unless French), not null
   * @return the line, never null
   */
  public String render(Locale locale) {
    String basisName = basis.displayName(locale);
    return source()
        .map(s -> Messages.format("explanation.line.sourced", locale,
            List.of(basisName, message(locale), s.describe(locale))))
        .orElseGet(() -> Messages.format("explanation.line", locale, List.of(basisName, message(locale))));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Reason that)) {
      return false;
    }
    return basis == that.basis && message.equals(that.message) && Objects.equals(source, that.source)
        && args().equals(that.args());
  }

  @Override
  public int hashCode() {
    return Objects.hash(basis, message, source, args());
  }

  /**
   * Returns {@link #render(Locale)} in English.
   *
   * @return the line, never null
   */
  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }

  private static Object normalize(Object arg) {
    if (arg instanceof Integer || arg instanceof Short || arg instanceof Byte) {
      return ((Number) arg).longValue();
    }
    if (arg instanceof Float f) {
      return f.doubleValue();
    }
    if (arg instanceof BigInteger b) {
      return new BigDecimal(b);
    }
    if (arg instanceof Localizable l && !(arg instanceof LocalizedText)) {
      return LocalizedText.from(l);
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
