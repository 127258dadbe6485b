package dev.revops.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MessagesTest {

  static Stream<String> keys() {
    return Messages.keys().stream();
  }

  /** One sample argument per index, of a type the index's format accepts. */
  static List<Object> sampleArgs(String key) {
    List<Object> args = new ArrayList<>();
    for (Locale locale : Messages.SUPPORTED_LOCALES) {
      Format[] formats = new MessageFormat(Messages.pattern(key, locale), locale).getFormatsByArgumentIndex();
      for (int i = 0; i < formats.length; i++) {
        Object sample = formats[i] instanceof NumberFormat || formats[i] instanceof ChoiceFormat ? (Object) 3L : "sample";
        if (i < args.size()) {
          if (sample instanceof Long) {
            args.set(i, sample);
          }
        } else {
          args.add(sample);
        }
      }
    }
    return args;
  }

  @Test
  void english_and_french_catalogues_have_the_same_keys() {
    assertThat(Messages.keys(Locale.FRENCH)).containsExactlyElementsOf(Messages.keys(Locale.ENGLISH));
    assertThat(Messages.keys()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("keys")
  void every_key_renders_in_both_languages_without_placeholders(String key) {
    List<Object> args = sampleArgs(key);
    assertThat(args).hasSize(Messages.argumentCount(key));
    for (Locale locale : Messages.SUPPORTED_LOCALES) {
      String text = Messages.format(key, locale, args);
      assertThat(text).as("%s in %s", key, locale).isNotBlank().doesNotContain("{").doesNotContain("}");
    }
  }

  @ParameterizedTest
  @MethodSource("keys")
  void no_pattern_holds_a_plain_apostrophe(String key) {
    for (Locale locale : Messages.SUPPORTED_LOCALES) {
      assertThat(Messages.pattern(key, locale))
          .as("%s in %s: write ’ (U+2019), MessageFormat reads ' as a quote", key, locale)
          .doesNotContain("'");
    }
  }

  @Test
  void french_and_english_texts_differ_where_they_should() {
    assertThat(Messages.text("basis.ASSUMPTION", Locale.ENGLISH)).isEqualTo("Assumption");
    assertThat(Messages.text("basis.ASSUMPTION", Locale.FRENCH)).isEqualTo("Hypothèse");
    assertThat(Messages.text("basis.ASSUMPTION", Locale.CANADA_FRENCH)).isEqualTo("Hypothèse");
    assertThat(Messages.text("basis.ASSUMPTION", Locale.GERMAN)).isEqualTo("Assumption");
  }

  @Test
  void a_key_is_checked_before_its_patterns_are_parsed() {
    // patterns are parsed when a key is first used: the key's own checks come first
    assertThatThrownBy(() -> Messages.argumentCount(null)).isInstanceOf(NullPointerException.class).hasMessage("key");
    assertThatThrownBy(() -> Messages.text(null, Locale.ENGLISH)).isInstanceOf(NullPointerException.class)
        .hasMessage("key");
    assertThatThrownBy(() -> Messages.argumentCount("no.such.key")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no.such.key");
    assertThat(Messages.argumentCount("fit.shortlist")).isEqualTo(4);
  }

  @Test
  void resolves_locales_to_the_two_languages() {
    assertThat(Messages.resolve(Locale.FRANCE)).isEqualTo(Locale.FRENCH);
    assertThat(Messages.resolve(Locale.JAPAN)).isEqualTo(Locale.ENGLISH);
    assertThat(Messages.isFrench(new Locale("fr", "BE"))).isTrue();
    assertThat(Messages.isFrench(Locale.ROOT)).isFalse();
  }

  @Test
  void formats_money_per_language() {
    Money salary = Money.of(CurrencyUnit.EUR, new BigDecimal("56000"));
    assertThat(Messages.money(salary, Locale.ENGLISH)).isEqualTo("EUR 56,000");
    assertThat(Messages.money(salary, Locale.FRENCH)).matches("56\\h000 EUR");
    assertThat(Messages.money(Money.parse("EUR 1234.5"), Locale.ENGLISH)).isEqualTo("EUR 1,234.50");
  }

  @Test
  void numbers_follow_the_language() {
    assertThat(Messages.format("source.sampleSize", Locale.ENGLISH, List.of(1234L))).isEqualTo("about 1,234 respondents");
    assertThat(Messages.format("source.sampleSize", Locale.FRENCH, List.of(1234L))).matches("environ 1\\h234 répondants");
  }

  @Test
  void unknown_keys_and_nulls_are_rejected() {
    assertThatThrownBy(() -> Messages.text("no.such.key", Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key (no.such.key) is not a message key of revops");
    assertThatThrownBy(() -> Messages.contains(null)).isInstanceOf(NullPointerException.class).hasMessage("key");
    assertThatThrownBy(() -> Messages.isFrench(null)).isInstanceOf(NullPointerException.class).hasMessage("locale");
    assertThatThrownBy(() -> Messages.format("basis.FACT", Locale.ENGLISH, null))
        .isInstanceOf(NullPointerException.class).hasMessage("args");
  }
}
