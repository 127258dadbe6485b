package dev.revops.core.org;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OrgEnumsTest {

  static Stream<Localizable> values() {
    List<Localizable> all = new ArrayList<>();
    all.addAll(Arrays.asList(Department.values()));
    all.addAll(Arrays.asList(OpsLevel.values()));
    all.addAll(Arrays.asList(OpsSpecialty.values()));
    all.addAll(Arrays.asList(MissionFamily.values()));
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("values")
  void every_value_has_a_name_in_both_languages(Localizable value) {
    for (Locale locale : Messages.SUPPORTED_LOCALES) {
      assertThat(value.displayName(locale)).isNotBlank();
    }
  }

  @Test
  void specialties_and_families_are_described() {
    for (OpsSpecialty s : OpsSpecialty.values()) {
      assertThat(s.description(Locale.ENGLISH)).hasSizeGreaterThan(40);
      assertThat(s.description(Locale.FRENCH)).isNotEqualTo(s.description(Locale.ENGLISH));
    }
    for (MissionFamily f : MissionFamily.values()) {
      assertThat(f.description(Locale.ENGLISH)).hasSizeGreaterThan(40);
      assertThat(f.description(Locale.FRENCH)).isNotEqualTo(f.description(Locale.ENGLISH));
    }
    assertThat(MissionFamily.TOOLS.description(Locale.ENGLISH)).contains("CRM");
    assertThat(OpsSpecialty.SALES_OPS.description(Locale.ENGLISH)).contains("pipeline");
    assertThat(OpsSpecialty.CUSTOMER_OPS.description(Locale.FRENCH)).contains("onboarding");
  }

  @Test
  void levels_are_ordered_and_know_who_manages() {
    assertThat(OpsLevel.values()).containsExactly(OpsLevel.JUNIOR, OpsLevel.SENIOR, OpsLevel.MANAGER, OpsLevel.DIRECTOR, OpsLevel.VP);
    assertThat(OpsLevel.SENIOR.isManagerial()).isFalse();
    assertThat(OpsLevel.MANAGER.isManagerial()).isTrue();
    assertThat(OpsLevel.VP.isManagerial()).isTrue();
    assertThat(OpsLevel.MANAGER.displayName(Locale.ENGLISH)).isEqualTo("Manager / team lead");
    assertThat(Department.CUSTOMER.displayName(Locale.FRENCH)).isEqualTo("Clients");
  }
}
