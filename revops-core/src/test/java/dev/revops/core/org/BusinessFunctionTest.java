package dev.revops.core.org;

import dev.revops.core.InvalidValueException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BusinessFunctionTest {

  @Test
  void the_source_functions_are_predefined_with_their_departments() {
    assertThat(BusinessFunction.predefined()).containsExactly(
        BusinessFunction.PROSPECTING, BusinessFunction.SALES, BusinessFunction.ACCOUNT_MANAGEMENT,
        BusinessFunction.CUSTOMER_SUCCESS, BusinessFunction.ONBOARDING, BusinessFunction.SUPPORT,
        BusinessFunction.BACK_OFFICE, BusinessFunction.MARKETING, BusinessFunction.FINANCE);
    assertThat(BusinessFunction.SUPPORT.department()).isEqualTo(Department.CUSTOMER);
    assertThat(BusinessFunction.PROSPECTING.department()).isEqualTo(Department.SALES);
    assertThat(BusinessFunction.MARKETING.department()).isEqualTo(Department.MARKETING);
    assertThat(BusinessFunction.FINANCE.department()).isEqualTo(Department.FINANCE);
    assertThat(BusinessFunction.predefined()).allMatch(BusinessFunction::isPredefined);
  }

  @Test
  void names_are_localized() {
    assertThat(BusinessFunction.PROSPECTING.displayName(Locale.ENGLISH)).isEqualTo("Prospecting");
    assertThat(BusinessFunction.PROSPECTING.displayName(Locale.FRENCH)).isEqualTo("Prospection");
    assertThat(BusinessFunction.ACCOUNT_MANAGEMENT.displayName(Locale.FRANCE)).isEqualTo("Gestion de comptes");
  }

  static Stream<Arguments> parsed() {
    return Stream.of(
        Arguments.of("SUPPORT", BusinessFunction.SUPPORT),
        Arguments.of("support", BusinessFunction.SUPPORT),
        Arguments.of("  Back_Office ", BusinessFunction.BACK_OFFICE),
        Arguments.of("customer_success", BusinessFunction.CUSTOMER_SUCCESS));
  }

  @ParameterizedTest
  @MethodSource("parsed")
  void parse_finds_predefined_functions(String text, BusinessFunction expected) {
    assertThat(BusinessFunction.parse(text)).isSameAs(expected);
  }

  @Test
  void parse_refuses_an_unknown_code_and_names_the_known_ones() {
    assertThatThrownBy(() -> BusinessFunction.parse("SALSE"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("function");
          assertThat(e.value()).isEqualTo("SALSE");
        })
        .hasMessage("function (SALSE) must be one of PROSPECTING, SALES, ACCOUNT_MANAGEMENT, CUSTOMER_SUCCESS,"
            + " ONBOARDING, SUPPORT, BACK_OFFICE, MARKETING, FINANCE (declare other functions with"
            + " BusinessFunction.ofCustom)");
    assertThatThrownBy(() -> BusinessFunction.parse("key_accounts")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void users_define_their_own() {
    BusinessFunction renewals = BusinessFunction.ofCustom("RENEWALS", Department.SALES, " Renewals ", "Renouvellements");
    assertThat(renewals.displayName(Locale.ENGLISH)).isEqualTo("Renewals");
    assertThat(renewals.displayName(Locale.FRENCH)).isEqualTo("Renouvellements");
    assertThat(renewals.department()).isEqualTo(Department.SALES);
    assertThat(renewals.isPredefined()).isFalse();
    assertThat(renewals).hasToString("RENEWALS");
  }

  static Stream<Arguments> invalidCodes() {
    return Stream.of(
        Arguments.of("", "code () must be 1 to 64 upper-case letters, digits or underscores, starting with a letter"),
        Arguments.of("1ST", "code (1ST) must be 1 to 64 upper-case letters, digits or underscores, starting with a letter"),
        Arguments.of("KEY ACCOUNTS", "code (KEY ACCOUNTS) must be 1 to 64 upper-case letters, digits or underscores, starting with a letter"),
        Arguments.of("A".repeat(65), "code (" + "A".repeat(65) + ") must be 1 to 64 upper-case letters, digits or underscores, starting with a letter"));
  }

  @ParameterizedTest
  @MethodSource("invalidCodes")
  void rejects_malformed_codes(String code, String message) {
    assertThatThrownBy(() -> BusinessFunction.ofCustom(code, Department.OTHER, "a", "b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void rejects_bad_custom_functions() {
    assertThatThrownBy(() -> BusinessFunction.ofCustom("support".toUpperCase(Locale.ROOT), Department.CUSTOMER, "a", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code (SUPPORT) is a predefined business function: use BusinessFunction.SUPPORT");
    assertThatThrownBy(() -> BusinessFunction.ofCustom("X", Department.OTHER, " ", "b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("englishName ( ) must not be blank");
    assertThatThrownBy(() -> BusinessFunction.ofCustom("X", Department.OTHER, "a", ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("frenchName () must not be blank");
    assertThatThrownBy(() -> BusinessFunction.ofCustom(null, Department.OTHER, "a", "b"))
        .isInstanceOf(NullPointerException.class).hasMessage("code");
    assertThatThrownBy(() -> BusinessFunction.ofCustom("X", null, "a", "b"))
        .isInstanceOf(NullPointerException.class).hasMessage("department");
    assertThatThrownBy(() -> BusinessFunction.ofCustom("X", Department.OTHER, null, "b"))
        .isInstanceOf(NullPointerException.class).hasMessage("englishName");
    assertThatThrownBy(() -> BusinessFunction.ofCustom("X", Department.OTHER, "a", null))
        .isInstanceOf(NullPointerException.class).hasMessage("frenchName");
    assertThatThrownBy(() -> BusinessFunction.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @Test
  void identity_is_the_whole_definition() {
    new EqualsTester()
        .addEqualityGroup(BusinessFunction.SUPPORT, BusinessFunction.parse("support"))
        .addEqualityGroup(BusinessFunction.ofCustom("RENEWALS", Department.SALES, "Renewals", "Renouvellements"),
            BusinessFunction.ofCustom("RENEWALS", Department.SALES, "Renewals", "Renouvellements"))
        .addEqualityGroup(BusinessFunction.ofCustom("RENEWALS", Department.OTHER, "Renewals", "Renouvellements"))
        .addEqualityGroup(BusinessFunction.ofCustom("RENEWALS", Department.SALES, "Renewal desk", "Renouvellements"))
        .addEqualityGroup(BusinessFunction.ofCustom("RENEWALS", Department.SALES, "Renewals", "Renouvellement"))
        .addEqualityGroup(BusinessFunction.SALES)
        .testEquals();
    BusinessFunction a = BusinessFunction.ofCustom("RENEWALS", Department.SALES, "Renewals", "Renouvellements");
    BusinessFunction b = BusinessFunction.ofCustom("RENEWALS", Department.OTHER, "Renewals", "Renouvellements");
    assertThat(a.compareTo(b)).isNotZero().isEqualTo(-b.compareTo(a));
    assertThat(BusinessFunction.SALES).isLessThan(BusinessFunction.SUPPORT);
    assertThat(BusinessFunction.BACK_OFFICE.compareTo(BusinessFunction.parse("back_office"))).isZero();
  }
}
