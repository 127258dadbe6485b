package dev.revops.examples;

import dev.revops.core.explain.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The texts of the revops command line, its demo and its report, in English and French: the
 * catalogue {@code texts.properties} beside this class, written like the library's (the same
 * {@link java.text.MessageFormat} patterns and plural shorthand, formatted by
 * {@link Messages#formatPattern}), so that the command line and the library read alike.
 */
public final class Texts {

  private static final Map<String, String> ENGLISH = load("texts.properties");
  private static final Map<String, String> FRENCH = load("texts_fr.properties");

  private Texts() {}

  /**
   * The text of a key in a language, with its arguments.
   *
   * @param key  a key of the catalogue, not null
   * @param locale  the language, not null
   * @param args  the arguments of the pattern
   * @return the text, never null
   * @throws IllegalArgumentException if the key is not in the catalogue
   */
  public static String get(String key, Locale locale, Object... args) {
    Map<String, String> catalogue = Messages.isFrench(locale) ? FRENCH : ENGLISH;
    String pattern = catalogue.get(Objects.requireNonNull(key, "key"));
    if (pattern == null) {
      throw new IllegalArgumentException("no text " + key + " in the revops command-line catalogue");
    }
    return Messages.formatPattern(pattern, locale, Arrays.asList(args));
  }

  /**
   * A mission mix in words: "tools 60 %, data 30 %, processes 10 %", largest share first.
   *
   * @param mix  the mix, not null
   * @param locale  the language, not null
   * @return the text, never null
   */
  public static String mix(dev.revops.core.org.MissionMix mix, Locale locale) {
    return mix.weights().keySet().stream()
        .sorted(java.util.Comparator.comparingDouble(mix::share).reversed())
        .map(f -> get("mix.share", locale, f, mix.share(f)))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /**
   * The keys of the catalogue of a language, sorted.
   *
   * @param locale  the language, not null
   * @return the keys, never null
   */
  public static Set<String> keys(Locale locale) {
    return (Messages.isFrench(locale) ? FRENCH : ENGLISH).keySet();
  }

  /**
   * The raw pattern of a key in a language.
   *
   * @param key  a key of the catalogue, not null
   * @param locale  the language, not null
   * @return the pattern, or null if the key is not in that language's catalogue
   */
  public static @Nullable String pattern(String key, Locale locale) {
    return (Messages.isFrench(locale) ? FRENCH : ENGLISH).get(key);
  }

  private static Map<String, String> load(String name) {
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("revops command-line catalogue " + name + " is missing");
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> texts = new TreeMap<>();
      properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
      return java.util.Collections.unmodifiableMap(texts);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read revops command-line catalogue " + name, e);
    }
  }
}
