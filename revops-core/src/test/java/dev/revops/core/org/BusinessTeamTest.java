package dev.revops.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BusinessTeamTest {

  @Test
  void the_source_support_team() {
    BusinessTeam support = BusinessTeam.of(BusinessFunction.SUPPORT, 25).withTiers(3);
    assertThat(support.function()).isEqualTo(BusinessFunction.SUPPORT);
    assertThat(support.headcount()).isEqualTo(25);
    assertThat(support.tiers()).isEqualTo(3);
    assertThat(support.name()).isEmpty();
    assertThat(support.label(Locale.ENGLISH)).isEqualTo("Support");
    assertThat(support).hasToString("SUPPORT: 25 in 3 tiers");
  }

  @Test
  void defaults_and_withers() {
    BusinessTeam team = BusinessTeam.of(BusinessFunction.SALES, 0);
    assertThat(team.tiers()).isEqualTo(1);
    assertThat(team.withHeadcount(Integer.MAX_VALUE).headcount()).isEqualTo(Integer.MAX_VALUE);
    BusinessTeam named = team.withName("Enterprise");
    assertThat(named.name()).hasValue("Enterprise");
    assertThat(named.label(Locale.FRENCH)).isEqualTo("Enterprise");
    assertThat(named).hasToString("SALES \"Enterprise\": 0");
    assertThat(team.label(Locale.FRENCH)).isEqualTo("Vente");
  }

  @Test
  void rejects_bad_values() {
    assertThatThrownBy(() -> BusinessTeam.of(BusinessFunction.SALES, -3))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("headcount (-3) must be >= 0");
    assertThatThrownBy(() -> BusinessTeam.of(BusinessFunction.SALES, 3).withTiers(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("tiers (0) must be >= 1");
    assertThatThrownBy(() -> BusinessTeam.of(BusinessFunction.SALES, 3).withHeadcount(Integer.MIN_VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("headcount (-2147483648) must be >= 0");
    assertThatThrownBy(() -> BusinessTeam.of(BusinessFunction.SALES, 3).withName(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("name ( ) must not be blank");
    assertThatThrownBy(() -> BusinessTeam.of(null, 3))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("function");
    assertThatThrownBy(() -> BusinessTeam.of(BusinessFunction.SALES, 3).withName(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(BusinessTeam.of(BusinessFunction.SALES, 3), BusinessTeam.of(BusinessFunction.SALES, 3).withTiers(1))
        .addEqualityGroup(BusinessTeam.of(BusinessFunction.SALES, 4))
        .addEqualityGroup(BusinessTeam.of(BusinessFunction.SALES, 3).withTiers(2))
        .addEqualityGroup(BusinessTeam.of(BusinessFunction.SALES, 3).withName("A"))
        .addEqualityGroup(BusinessTeam.of(BusinessFunction.SUPPORT, 3))
        .testEquals();
  }
}
