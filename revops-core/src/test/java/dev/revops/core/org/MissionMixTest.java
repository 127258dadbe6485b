package dev.revops.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MissionMixTest {

  @Test
  void parses_the_issue_example() {
    MissionMix mix = MissionMix.parse("TOOLS:0.5,DATA:0.3,PROCESS:0.2");
    assertThat(mix.weight(MissionFamily.TOOLS)).isEqualTo(0.5);
    assertThat(mix.weight(MissionFamily.TRANSVERSAL)).isZero();
    assertThat(mix.share(MissionFamily.DATA)).isCloseTo(0.3, within(1e-15));
    assertThat(mix.total()).isCloseTo(1.0, within(1e-15));
    assertThat(mix.dominant()).isEqualTo(MissionFamily.TOOLS);
    assertThat(mix).hasToString("PROCESS:0.2,TOOLS:0.5,DATA:0.3");
    assertThat(mix.weights().keySet()).containsExactly(MissionFamily.PROCESS, MissionFamily.TOOLS, MissionFamily.DATA);
  }

  @Test
  void parse_is_lenient_on_case_spaces_and_order() {
    assertThat(MissionMix.parse(" data : 3 , tools:1 ")).isEqualTo(MissionMix.of(Map.of(MissionFamily.PROCESS, 0, MissionFamily.TOOLS, 1, MissionFamily.DATA, 3, MissionFamily.TRANSVERSAL, 0)));
  }

  @Test
  void relative_weights_and_normalization() {
    MissionMix raw = MissionMix.of(Map.of(MissionFamily.PROCESS, 2, MissionFamily.TOOLS, 5, MissionFamily.DATA, 3, MissionFamily.TRANSVERSAL, 0));
    assertThat(raw.share(MissionFamily.TOOLS)).isEqualTo(0.5);
    assertThat(raw).isNotEqualTo(MissionMix.parse("PROCESS:0.2,TOOLS:0.5,DATA:0.3"));
    assertThat(raw.normalized()).isEqualTo(MissionMix.parse("PROCESS:0.2,TOOLS:0.5,DATA:0.3"));
    assertThat(raw.normalized().total()).isCloseTo(1, within(1e-12));
  }

  @Test
  void other_factories() {
    assertThat(MissionMix.of(MissionFamily.DATA)).hasToString("DATA:1.0");
    Map<MissionFamily, Integer> map = new EnumMap<>(MissionFamily.class);
    map.put(MissionFamily.TRANSVERSAL, 1);
    map.put(MissionFamily.PROCESS, 0);
    assertThat(MissionMix.of(map)).isEqualTo(MissionMix.of(MissionFamily.TRANSVERSAL));
    assertThat(MissionMix.of(Map.of(MissionFamily.PROCESS, 1, MissionFamily.TOOLS, 1, MissionFamily.DATA, 1, MissionFamily.TRANSVERSAL, 1)).dominant()).isEqualTo(MissionFamily.PROCESS);
    assertThat(MissionMix.of(Map.of(MissionFamily.PROCESS, -0.0, MissionFamily.TOOLS, 0, MissionFamily.DATA, 2, MissionFamily.TRANSVERSAL, 0))).hasToString("DATA:2.0");
  }

  static Stream<Arguments> invalidText() {
    return Stream.of(
        Arguments.of("", "mix () must be of the form FAMILY:weight, as in TOOLS:0.5,DATA:0.5"),
        Arguments.of("TOOLS", "mix (TOOLS) must be of the form FAMILY:weight, as in TOOLS:0.5,DATA:0.5"),
        Arguments.of("TOOLS:1:2", "mix (TOOLS:1:2) must be of the form FAMILY:weight, as in TOOLS:0.5,DATA:0.5"),
        Arguments.of("SALES:1", "mix (SALES) must name families among PROCESS, TOOLS, DATA, TRANSVERSAL"),
        Arguments.of("TOOLS:abc", "mix (TOOLS:abc) must give TOOLS a decimal weight"),
        Arguments.of("TOOLS:1,tools:2", "mix (TOOLS:1,tools:2) must name TOOLS at most once"),
        Arguments.of("TOOLS:-1", "weights.TOOLS (-1.0) must be a finite number >= 0"),
        Arguments.of("TOOLS:NaN", "weights.TOOLS (NaN) must be a finite number >= 0"),
        Arguments.of("TOOLS:Infinity", "weights.TOOLS (Infinity) must be a finite number >= 0"),
        Arguments.of("TOOLS:0,DATA:0", "weights ({TOOLS=0.0, DATA=0.0}) must not all be zero"),
        Arguments.of("TOOLS:1e308,DATA:1e308", "weights (Infinity) must add up to a finite total"));
  }

  @ParameterizedTest
  @MethodSource("invalidText")
  void rejects_malformed_text(String text, String message) {
    assertThatThrownBy(() -> MissionMix.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void rejects_bad_weights_and_nulls() {
    assertThatThrownBy(() -> MissionMix.of(Map.of(MissionFamily.PROCESS, 0, MissionFamily.TOOLS, 0, MissionFamily.DATA, 0, MissionFamily.TRANSVERSAL, 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not all be zero");
    assertThatThrownBy(() -> MissionMix.of(Map.of(MissionFamily.PROCESS, 1, MissionFamily.TOOLS, Double.NEGATIVE_INFINITY, MissionFamily.DATA, 0, MissionFamily.TRANSVERSAL, 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("weights.TOOLS (-Infinity) must be a finite number >= 0");
    assertThatThrownBy(() -> MissionMix.of(Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("weights ({}) must not all be zero");
    assertThatThrownBy(() -> MissionMix.of((Map<MissionFamily, Double>) null)).isInstanceOf(NullPointerException.class).hasMessage("weights");
    Map<MissionFamily, Double> withNull = new EnumMap<>(MissionFamily.class);
    withNull.put(MissionFamily.DATA, null);
    assertThatThrownBy(() -> MissionMix.of(withNull)).isInstanceOf(NullPointerException.class).hasMessage("weights[DATA]");
    assertThatThrownBy(() -> MissionMix.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> MissionMix.of((MissionFamily) null)).isInstanceOf(NullPointerException.class).hasMessage("family");
    assertThatThrownBy(() -> MissionMix.of(MissionFamily.DATA).weight(null))
        .isInstanceOf(NullPointerException.class).hasMessage("family");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(MissionMix.of(Map.of(MissionFamily.PROCESS, 0, MissionFamily.TOOLS, 1, MissionFamily.DATA, 0, MissionFamily.TRANSVERSAL, 0)), MissionMix.of(MissionFamily.TOOLS), MissionMix.parse("TOOLS:1"))
        .addEqualityGroup(MissionMix.of(Map.of(MissionFamily.PROCESS, 0, MissionFamily.TOOLS, 2, MissionFamily.DATA, 0, MissionFamily.TRANSVERSAL, 0)))
        .addEqualityGroup(MissionMix.of(Map.of(MissionFamily.PROCESS, 1, MissionFamily.TOOLS, 1, MissionFamily.DATA, 0, MissionFamily.TRANSVERSAL, 0)))
        .testEquals();
  }
}
