package dev.revops.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.revops.core.pay.SalaryBenchmarks;
import dev.revops.core.staffing.StaffingPolicy;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SourceTest {

  @Test
  void the_salary_study_is_described_with_its_sample() {
    Source study = SalaryBenchmarks.BUSINESS_OPERATIONS_NETWORK_STUDY;
    assertThat(study.sampleSize()).hasValue(400);
    assertThat(study.companies()).hasValue(117);
    assertThat(study.country()).hasValue("FR");
    assertThat(study.describe(Locale.ENGLISH)).isEqualTo(
        "Business Operations Network, annual Ops salary study (figures for 2023; FR; about 400 respondents; 117 companies)");
    assertThat(study.describe(Locale.FRENCH)).contains("environ 400 répondants", "117 entreprises");
  }

  @Test
  void the_staffing_rule_of_thumb_has_no_sample() {
    assertThat(StaffingPolicy.STAFFING_RULE_OF_THUMB.sampleSize()).isEmpty();
    assertThat(StaffingPolicy.STAFFING_RULE_OF_THUMB.describe(Locale.ENGLISH))
        .isEqualTo("Ops staffing rule of thumb, French industry practice (FR)");
    assertThat(Source.of("My survey").describe(Locale.FRENCH)).isEqualTo("My survey");
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(Source.builder().name(" "), "name ( ) must not be blank"),
        Arguments.of(Source.builder().name("x").edition(""), "edition () must not be blank"),
        Arguments.of(Source.builder().name("x").country("France"),
            "country (France) must be an ISO 3166-1 alpha-2 code such as FR"),
        Arguments.of(Source.builder().name("x").sampleSize(0), "sampleSize (0) must be > 0"),
        Arguments.of(Source.builder().name("x").companies(-1), "companies (-1) must be > 0"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void rejects_invalid_sources(Source.Builder builder, String message) {
    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Source.of("a"), Source.builder().name("a").build())
        .addEqualityGroup(Source.builder().name("a").sampleSize(3).build())
        .addEqualityGroup(SalaryBenchmarks.BUSINESS_OPERATIONS_NETWORK_STUDY)
        .addEqualityGroup(StaffingPolicy.STAFFING_RULE_OF_THUMB)
        .testEquals();
  }
}
