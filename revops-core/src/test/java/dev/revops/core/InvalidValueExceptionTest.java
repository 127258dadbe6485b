package dev.revops.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.fit.OpsRole;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessTeam;
import dev.revops.core.org.OpsSpecialty;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidValueExceptionTest {

  @Test
  void carries_field_value_and_rule_and_writes_them_in_the_house_form() {
    InvalidValueException e = new InvalidValueException("teams[2].headcount", -3, "must be >= 0");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.field()).isEqualTo("teams[2].headcount");
    assertThat(e.path()).containsExactly("teams", "2", "headcount");
    assertThat(e.value()).isEqualTo(-3);
    assertThat(e.valueText()).isEqualTo("-3");
    assertThat(e.rule()).isEqualTo("must be >= 0");
    assertThat(e).hasMessage("teams[2].headcount (-3) must be >= 0");
  }

  static Stream<Arguments> paths() {
    return Stream.of(
        Arguments.of("headcount", List.of("headcount")),
        Arguments.of("teams[0]", List.of("teams", "0")),
        Arguments.of("matrix.DATA.TOOLING", List.of("matrix", "DATA", "TOOLING")),
        Arguments.of("points[P65.6]", List.of("points", "P65.6")),
        Arguments.of("a[1][2].b", List.of("a", "1", "2", "b")));
  }

  @ParameterizedTest
  @MethodSource("paths")
  void splits_a_field_path_into_segments(String field, List<String> segments) {
    assertThat(new InvalidValueException(field, 1, "r").path()).isEqualTo(segments);
  }

  @ParameterizedTest
  @MethodSource("badPaths")
  void refuses_a_field_that_is_not_a_path(String field) {
    assertThatThrownBy(() -> new InvalidValueException(field, 1, "r"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("field (" + field + ")");
  }

  static Stream<String> badPaths() {
    return Stream.of("", "a[]", "a..b", ".a", "a[1");
  }

  @Test
  void within_prefixes_the_path_and_keeps_the_rule() {
    InvalidValueException e = new InvalidValueException("headcount", -3, "must be >= 0").within("teams[2]");
    assertThat(e.field()).isEqualTo("teams[2].headcount");
    assertThat(e.path()).containsExactly("teams", "2", "headcount");
    assertThat(e).hasMessage("teams[2].headcount (-3) must be >= 0");
    assertThat(e.getCause()).isInstanceOf(InvalidValueException.class);
    assertThat(new InvalidValueException("[P75]", 1, "r").within("points").field()).isEqualTo("points[P75]");
  }

  @Test
  void long_values_are_shortened_in_the_message() {
    InvalidValueException e = new InvalidValueException("name", "x".repeat(10_000), "must be short");
    assertThat(e.valueText()).hasSize(200).endsWith("…");
    assertThat(e.getMessage()).hasSizeLessThan(260);
  }

  @Test
  void a_bad_value_from_core_carries_its_field() {
    assertThatThrownBy(() -> BusinessTeam.of(BusinessFunction.SALES, -3))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("headcount");
          assertThat(e.value()).isEqualTo(-3L);
          assertThat(e.rule()).isEqualTo("must be >= 0");
        });
  }

  @Test
  void a_builder_missing_values_names_every_one() {
    assertThatThrownBy(() -> OpsRole.builder().specialty(OpsSpecialty.SALES_OPS).build())
        .isInstanceOfSatisfying(MissingValueException.class, e -> {
          assertThat(e.missing()).containsExactly("level", "mix");
          assertThat(e.field()).isEqualTo("level");
          assertThat(e).hasMessage("level, mix (not set) must be given");
        });
  }

  @Test
  void missing_value_needs_a_name() {
    assertThatThrownBy(() -> new MissingValueException()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("missing (none) must name at least one attribute");
  }
}
