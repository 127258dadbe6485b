package dev.revops.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  @Test
  void picks_the_language() {
    LocalizedText text = LocalizedText.of("Support", "Support client");
    assertThat(text.text(Locale.ENGLISH)).isEqualTo("Support");
    assertThat(text.text(Locale.FRANCE)).isEqualTo("Support client");
    assertThat(text.displayName(Locale.ITALIAN)).isEqualTo("Support");
    assertThat(text).hasToString("Support");
  }

  @Test
  void from_a_localizable_keeps_both_names() {
    assertThat(LocalizedText.from(Basis.ASSUMPTION)).isEqualTo(LocalizedText.of("Assumption", "Hypothèse"));
    LocalizedText text = LocalizedText.of("a", "b");
    assertThat(LocalizedText.from(text)).isSameAs(text);
  }

  @Test
  void rejects_blank_and_null() {
    assertThatThrownBy(() -> LocalizedText.of(" ", "b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("english ( ) must not be blank");
    assertThatThrownBy(() -> LocalizedText.of("a", ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("french () must not be blank");
    assertThatThrownBy(() -> LocalizedText.of(null, "b"))
        .isInstanceOf(NullPointerException.class).hasMessage("english");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(LocalizedText.of("a", "b"), LocalizedText.of("a", "b"))
        .addEqualityGroup(LocalizedText.of("a", "c"))
        .addEqualityGroup(LocalizedText.of("c", "b"))
        .testEquals();
  }
}
