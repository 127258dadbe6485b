package dev.revops.core.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PercentileTest {

  @Test
  void constants() {
    assertThat(Percentile.P10.value()).isEqualTo(10);
    assertThat(Percentile.P25.fraction()).isEqualTo(0.25);
    assertThat(Percentile.P50).hasToString("P50");
    assertThat(Percentile.P75).isEqualTo(Percentile.of(75));
    assertThat(Percentile.P90).isEqualTo(Percentile.ofFraction(0.9));
    assertThat(Percentile.LOWEST.value()).isPositive();
    assertThat(Percentile.HIGHEST.value()).isLessThan(100);
  }

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("P75", Percentile.P75), Arguments.of("p75", Percentile.P75), Arguments.of(" 75 ", Percentile.P75),
        Arguments.of("P12.5", Percentile.of(12.5)), Arguments.of("P99.9", Percentile.of(99.9)));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void parses(String text, Percentile expected) {
    assertThat(Percentile.parse(text)).isEqualTo(expected);
    assertThat(Percentile.parse(expected.toString())).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"P", "", "PX", "P75d", "PNaN", "P1e", "Q75"})
  void rejects_malformed_text(String text) {
    assertThatThrownBy(() -> Percentile.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percentile (" + text + ")");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 100, -1, 101, Double.NaN, Double.POSITIVE_INFINITY})
  void rejects_values_outside_the_open_interval(double value) {
    assertThatThrownBy(() -> Percentile.of(value)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("percentile (" + value + ") must be strictly between 0 and 100");
    assertThatThrownBy(() -> Percentile.ofFraction(value / 100)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be strictly between 0 and 1");
  }

  @Test
  void clamped_fractions_stay_inside() {
    assertThat(Percentile.ofFractionClamped(0)).isEqualTo(Percentile.LOWEST);
    assertThat(Percentile.ofFractionClamped(1)).isEqualTo(Percentile.HIGHEST);
    assertThat(Percentile.ofFractionClamped(0.5)).isEqualTo(Percentile.P50);
    assertThatThrownBy(() -> Percentile.ofFractionClamped(1.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fraction (1.5) must be between 0 and 1");
    assertThat(Percentile.parse(Percentile.LOWEST.toString())).isEqualTo(Percentile.LOWEST);
  }

  @Test
  void order_and_equality() {
    assertThat(Percentile.P25).isLessThan(Percentile.P75);
    new EqualsTester()
        .addEqualityGroup(Percentile.P50, Percentile.of(50), Percentile.parse("P50"))
        .addEqualityGroup(Percentile.of(50.5))
        .testEquals();
    assertThatThrownBy(() -> Percentile.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }
}
