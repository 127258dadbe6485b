package dev.revops.core.org;

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
  void parse_of_an_unknown_code_gives_a_function_in_other() {
    BusinessFunction keyAccounts = BusinessFunction.parse("key_accounts");
    assertThat(keyAccounts.code()).isEqualTo("KEY_ACCOUNTS");
    assertThat(keyAccounts.department()).isEqualTo(Department.OTHER);
    assertThat(keyAccounts.displayName(Locale.ENGLISH)).isEqualTo("Key accounts");
    assertThat(keyAccounts.isPredefined()).isFalse();
    assertThat(keyAccounts).hasToString("KEY_ACCOUNTS");
  }

  @Test
  void users_define_their_own() {
    BusinessFunction renewals = BusinessFunction.of("RENEWALS", Department.SALES, " Renewals ", "Renouvellements");
    assertThat(renewals.displayName(Locale.ENGLISH)).isEqualTo("Renewals");
    assertThat(renewals.displayName(Locale.FRENCH)).isEqualTo("Renouvellements");
    assertThat(renewals.department()).isEqualTo(Department.SALES);
    assertThat(BusinessFunction.parse(renewals.toString())).isEqualTo(renewals);
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
    assertThatThrownBy(() -> BusinessFunction.parse(code)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThatThrownBy(() -> BusinessFunction.of(code, Department.OTHER, "a", "b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void rejects_bad_custom_functions() {
    assertThatThrownBy(() -> BusinessFunction.of("support".toUpperCase(Locale.ROOT), Department.CUSTOMER, "a", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code (SUPPORT) is a predefined business function: use BusinessFunction.SUPPORT");
    assertThatThrownBy(() -> BusinessFunction.of("X", Department.OTHER, " ", "b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("englishName ( ) must not be blank");
    assertThatThrownBy(() -> BusinessFunction.of("X", Department.OTHER, "a", ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("frenchName () must not be blank");
    assertThatThrownBy(() -> BusinessFunction.of(null, Department.OTHER, "a", "b"))
        .isInstanceOf(NullPointerException.class).hasMessage("code");
    assertThatThrownBy(() -> BusinessFunction.of("X", null, "a", "b"))
        .isInstanceOf(NullPointerException.class).hasMessage("department");
    assertThatThrownBy(() -> BusinessFunction.of("X", Department.OTHER, null, "b"))
        .isInstanceOf(NullPointerException.class).hasMessage("englishName");
    assertThatThrownBy(() -> BusinessFunction.of("X", Department.OTHER, "a", null))
        .isInstanceOf(NullPointerException.class).hasMessage("frenchName");
    assertThatThrownBy(() -> BusinessFunction.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @Test
  void identity_is_the_code() {
    new EqualsTester()
        .addEqualityGroup(BusinessFunction.SUPPORT, BusinessFunction.parse("support"))
        .addEqualityGroup(BusinessFunction.of("RENEWALS", Department.SALES, "Renewals", "Renouvellements"),
            BusinessFunction.of("RENEWALS", Department.OTHER, "Other", "Autre"),
            BusinessFunction.parse("RENEWALS"))
        .addEqualityGroup(BusinessFunction.SALES)
        .testEquals();
    assertThat(BusinessFunction.SALES).isLessThan(BusinessFunction.SUPPORT);
    assertThat(BusinessFunction.BACK_OFFICE.compareTo(BusinessFunction.parse("back_office"))).isZero();
  }
}
