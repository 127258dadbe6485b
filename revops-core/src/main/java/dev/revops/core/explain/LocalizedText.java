package dev.revops.core.explain;

import dev.revops.core.internal.Checks;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A short text in English and in French, such as the name of a business function.
 *
 * <p>{@code LocalizedText.of("Support", "Support client").text(Locale.FRENCH)} returns
 * {@code "Support client"}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LocalizedText implements Localizable {

  LocalizedText() {}

  /**
   * The English text.
   *
   * @return the English text, never blank
   */
  @Value.Parameter
  public abstract String english();

  /**
   * The French text.
   *
   * @return the French text, never blank
   */
  @Value.Parameter
  public abstract String french();

  /**
   * Obtains an instance of {@code LocalizedText} from its English and French forms.
   *
   * @param english  the English text, not null, not blank
   * @param french  the French text, not null, not blank
   * @return the new instance, never null
   * @throws IllegalArgumentException if either text is blank
   */
  public static LocalizedText of(String english, String french) {
    return ImmutableLocalizedText.of(english, french);
  }

  /**
   * Obtains the English and French texts of a key of the revops catalogue that takes no argument.
   *
   * @param key  the message key, not null
   * @return the new instance, never null
   * @throws IllegalArgumentException if the key is not in the catalogue
   */
  public static LocalizedText ofMessage(String key) {
    return of(Messages.text(key, Locale.ENGLISH), Messages.text(key, Locale.FRENCH));
  }

  /**
   * Obtains the English and French names of a localizable value.
   *
   * @param value  the value, not null
   * @return the new instance, never null
   */
  public static LocalizedText from(Localizable value) {
    Objects.requireNonNull(value, "value");
    if (value instanceof LocalizedText) {
      return (LocalizedText) value;
    }
    return of(value.displayName(Locale.ENGLISH), value.displayName(Locale.FRENCH));
  }

  /**
   * Returns the text in the given language: French for any French locale, English otherwise.
   *
   * @param locale  the language wanted, not null
   * @return the text, never null
   */
  public String text(Locale locale) {
    return Messages.isFrench(locale) ? french() : english();
  }

  @Override
  public String displayName(Locale locale) {
    return text(locale);
  }

  @Value.Check
  void check() {
    Checks.check(!english().isBlank(), "english", english(), "must not be blank");
    Checks.check(!french().isBlank(), "french", french(), "must not be blank");
  }

  @Override
  public String toString() {
    return english();
  }
}
