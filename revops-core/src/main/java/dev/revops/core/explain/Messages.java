package dev.revops.core.explain;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.revops.core.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The message catalogue of revops, in English and French.
 *
 * <p>Every text the library shows (names of functions, levels and stages, the sentences of
 * explanations) is a key of this catalogue, written for revops in both languages. Patterns follow
 * {@link MessageFormat}. English is the fallback for any language other than French; the
 * catalogue does not depend on the JVM's default locale.
 *
 * <p>This class is thread-safe.
 */
public final class Messages {

  /** The languages every text is written in: English first (the fallback), then French. */
  public static final List<Locale> SUPPORTED_LOCALES = List.of(Locale.ENGLISH, Locale.FRENCH);

  /**
   * The packages with a message catalogue: each concept keeps its own, beside its classes
   * ({@code messages.properties} in English, {@code messages_fr.properties} in French).
   */
  static final List<String> CATALOGUES = List.of("explain", "org", "staffing", "stage", "fit", "pay", "workload", "plan");

  /**
   * The plural shorthand of the catalogues: {@code {0,plural,personne|personnes}} is the singular
   * and the plural form of a word agreeing with argument 0.
   */
  private static final java.util.regex.Pattern PLURAL =
      java.util.regex.Pattern.compile("\\{(\\d+),plural,([^{}|]*)\\|([^{}|]*)\\}");

  private static final ImmutableMap<String, String> ENGLISH = loadAll("messages.properties");
  private static final ImmutableMap<String, String> FRENCH = loadAll("messages_fr.properties");
  /**
   * What the patterns of a key take, parsed the first time the key is used rather than for every
   * key at start-up (a program that shows a few messages parses a few patterns).
   */
  private static final ConcurrentHashMap<String, Shape> SHAPES = new ConcurrentHashMap<>();

  /**
   * The shape of a key's patterns in both languages.
   *
   * @param arity  the number of arguments (the highest index used, plus one, in either language)
   * @param numeric  bit i set when either language formats argument i as a number
   * @param english  the English text when the key takes no argument, formatted once
   * @param french  the French text when the key takes no argument, formatted once
   */
  private record Shape(int arity, int numeric, @Nullable String english, @Nullable String french) {}

  private Messages() {}

  /**
   * Returns true if the locale is a French one ({@code fr}, {@code fr_FR}, {@code fr_CA}...).
   *
   * @param locale  the locale, not null
   * @return whether texts are shown in French for this locale
   */
  public static boolean isFrench(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return "fr".equals(locale.getLanguage());
  }

  /**
   * Returns the supported language used for the given locale.
   *
   * @param locale  the locale, not null
   * @return {@link Locale#FRENCH} for a French locale, {@link Locale#ENGLISH} otherwise
   */
  public static Locale resolve(Locale locale) {
    return isFrench(locale) ? Locale.FRENCH : Locale.ENGLISH;
  }

  /**
   * Returns the keys of the English catalogue, sorted.
   *
   * @return the keys, never null
   */
  public static SortedSet<String> keys() {
    return ImmutableSortedSet.copyOf(ENGLISH.keySet());
  }

  /**
   * Returns the keys of the catalogue of one language, sorted.
   *
   * @param locale  the language, not null
   * @return the keys of that language's catalogue, never null
   */
  public static SortedSet<String> keys(Locale locale) {
    return ImmutableSortedSet.copyOf(catalogue(locale).keySet());
  }

  /**
   * Returns true if the key is in the catalogue.
   *
   * @param key  the message key, not null
   * @return whether the key exists
   */
  public static boolean contains(String key) {
    return ENGLISH.containsKey(Objects.requireNonNull(key, "key"));
  }

  /**
   * Returns the raw {@link MessageFormat} pattern of a key in a language.
   *
   * @param key  the message key, not null
   * @param locale  the language, not null
   * @return the pattern, never null
   * @throws IllegalArgumentException if the key is not in the catalogue
   */
  public static String pattern(String key, Locale locale) {
    Checks.check(contains(key), "key", key, "is not a message key of revops");
    String text = catalogue(locale).get(key);
    return text != null ? text : Objects.requireNonNull(ENGLISH.get(key));
  }

  /**
   * Returns how many arguments the pattern of a key takes (the highest index used, plus one, in
   * either language).
   *
   * @param key  the message key, not null
   * @return the number of arguments, zero or more
   * @throws IllegalArgumentException if the key is not in the catalogue
   */
  public static int argumentCount(String key) {
    return shape(key).arity();
  }

  /**
   * The arguments that the patterns of a key format as numbers ({@code {0,number}},
   * {@code {0,choice,...}}), as bits: bit i set when argument i must be a number.
   *
   * @param key  a key of the catalogue
   * @return the bits
   */
  static int numericArguments(String key) {
    return shape(key).numeric();
  }

  private static Shape shape(String key) {
    Shape known = SHAPES.get(Objects.requireNonNull(key, "key"));
    if (known != null) {
      return known;
    }
    Checks.check(contains(key), "key", key, "is not a message key of revops");
    return SHAPES.computeIfAbsent(key, Messages::parseShape);
  }

  private static Shape parseShape(String key) {
    int arity = 0;
    int numeric = 0;
    for (Locale locale : SUPPORTED_LOCALES) {
      java.text.Format[] formats = formatsByArgument(key, locale);
      arity = Math.max(arity, formats.length);
      for (int i = 0; i < formats.length; i++) {
        if (formats[i] instanceof java.text.NumberFormat) {
          numeric |= 1 << i;
        }
      }
    }
    return arity > 0 ? new Shape(arity, numeric, null, null)
        : new Shape(0, 0, new MessageFormat(pattern(key, Locale.ENGLISH), Locale.ENGLISH).format(new Object[0]),
            new MessageFormat(pattern(key, Locale.FRENCH), Locale.FRENCH).format(new Object[0]));
  }

  /** The formats of a key's pattern in a language (the English one when French has none), by argument. */
  private static java.text.Format[] formatsByArgument(String key, Locale locale) {
    return new MessageFormat(pattern(key, locale), locale).getFormatsByArgumentIndex();
  }

  /**
   * Returns the text of a key that takes no argument.
   *
   * @param key  the message key, not null
   * @param locale  the language, not null
   * @return the text, never null
   * @throws IllegalArgumentException if the key is not in the catalogue
   */
  public static String text(String key, Locale locale) {
    Shape shape = shape(Objects.requireNonNull(key, "key"));
    String plain = isFrench(locale) ? shape.french() : shape.english();
    return plain != null ? plain : format(key, locale, List.of());
  }

  /**
   * Formats the pattern of a key with its arguments.
   *
   * <p>{@link LocalizedText} and {@link Localizable} arguments are shown in the language asked;
   * {@link Money} as a grouped amount with its currency code.
   *
   * @param key  the message key, not null
   * @param locale  the language, not null
   * @param args  the arguments, not null
   * @return the text, never null
   * @throws IllegalArgumentException if the key is not in the catalogue, or an argument its pattern
   *     formats as a number is not one
   */
  public static String format(String key, Locale locale, List<?> args) {
    Objects.requireNonNull(args, "args");
    Locale language = resolve(locale);
    String pattern = pattern(key, language);
    Object[] shown = new Object[args.size()];
    int numeric = numericArguments(key);
    for (int i = 0; i < shown.length; i++) {
      Object arg = args.get(i);
      if ((numeric & (1 << i)) != 0 && !(arg instanceof Number)) {
        throw Checks.invalid("args[" + i + "]", arg, "must be a number: message " + key + " formats it as one");
      }
      shown[i] = displayed(arg, language);
    }
    return new MessageFormat(pattern, language).format(shown);
  }

  /**
   * Formats a pattern written like the catalogue's: {@link MessageFormat} with the plural shorthand
   * {@code {0,plural,person|people}} (English: only 1 is singular; French: every number under 2 is),
   * {@link Localizable} arguments in the language asked and {@link Money} as by
   * {@link #money(Money, Locale)}. For applications that keep their own texts beside revops's, such
   * as the revops command line.
   *
   * @param pattern  the pattern, in the language of the locale, not null
   * @param locale  the language (French for a French locale, English otherwise), not null
   * @param args  the arguments, not null
   * @return the text, never null
   * @throws dev.revops.core.InvalidValueException if the pattern is not a valid {@link MessageFormat}
   *     pattern, or an argument it formats as a number is not one
   */
  public static String formatPattern(String pattern, Locale locale, List<?> args) {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(args, "args");
    Locale language = resolve(locale);
    Object[] shown = new Object[args.size()];
    for (int i = 0; i < shown.length; i++) {
      shown[i] = displayed(args.get(i), language);
    }
    MessageFormat format;
    try {
      format = new MessageFormat(expandPlurals(pattern, isFrench(language)), language);
    } catch (IllegalArgumentException e) {
      throw Checks.invalid("pattern", pattern, "must be a java.text.MessageFormat pattern (" + e.getMessage() + ")");
    }
    try {
      return format.format(shown);
    } catch (IllegalArgumentException e) {
      throw Checks.invalid("args", args, "must match the formats of the pattern (" + e.getMessage() + ")");
    }
  }

  private static Object displayed(Object arg, Locale language) {
    if (arg instanceof Localizable) {
      return ((Localizable) arg).displayName(language);
    }
    if (arg instanceof Money) {
      return money((Money) arg, language);
    }
    return arg;
  }

  /**
   * Formats an amount of money for people: grouped digits, cents only when there are some, and
   * the currency code ({@code EUR 56,000} in English, {@code 56 000 EUR} in French).
   *
   * @param amount  the amount, not null
   * @param locale  the language, not null
   * @return the text, never null
   */
  public static String money(Money amount, Locale locale) {
    Objects.requireNonNull(amount, "amount");
    Locale language = resolve(Objects.requireNonNull(locale, "locale"));
    NumberFormat number = NumberFormat.getNumberInstance(language);
    BigDecimal value = amount.getAmount();
    boolean whole = value.stripTrailingZeros().scale() <= 0;
    number.setMinimumFractionDigits(whole ? 0 : amount.getCurrencyUnit().getDecimalPlaces());
    number.setMaximumFractionDigits(Math.max(0, amount.getCurrencyUnit().getDecimalPlaces()));
    number.setRoundingMode(RoundingMode.HALF_EVEN);
    String digits = number.format(value);
    String code = amount.getCurrencyUnit().getCode();
    return isFrench(language) ? digits + " " + code : code + " " + digits;
  }

  private static Map<String, String> catalogue(Locale locale) {
    return isFrench(locale) ? FRENCH : ENGLISH;
  }

  /**
   * Expands the plural shorthand into a {@link java.text.ChoiceFormat} by the language's rule: in
   * English only 1 is singular ("1 year", "0 years", "1.5 years"); in French every number under 2
   * is ("0 an", "1,5 an", "2 ans").
   *
   * @param pattern  a pattern of the catalogue
   * @param french  whether the pattern is French
   * @return the pattern with plain MessageFormat choices
   */
  static String expandPlurals(String pattern, boolean french) {
    java.util.regex.Matcher m = PLURAL.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String arg = m.group(1);
      String one = m.group(2);
      String other = m.group(3);
      String choice = french
          ? "{" + arg + ",choice,0#" + one + "|2#" + other + "}"
          : "{" + arg + ",choice,0#" + other + "|1#" + one + "|1<" + other + "}";
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(choice));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static ImmutableMap<String, String> loadAll(String file) {
    Map<String, String> all = new HashMap<>();
    boolean french = file.contains("_fr");
    for (String pkg : CATALOGUES) {
      load("/dev/revops/core/" + pkg + "/" + file).forEach((key, raw) -> {
        String pattern = expandPlurals(raw, french);
        if (all.put(key, pattern) != null) {
          throw new IllegalStateException("revops message key " + key + " is in two catalogues");
        }
      });
    }
    return ImmutableMap.copyOf(all);
  }

  private static ImmutableMap<String, String> load(String resource) {
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("revops message catalogue " + resource + " is missing");
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      ImmutableMap.Builder<String, String> map = ImmutableMap.builder();
      for (String name : properties.stringPropertyNames()) {
        map.put(name, properties.getProperty(name));
      }
      return map.buildOrThrow();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read revops message catalogue " + resource, e);
    }
  }
}
