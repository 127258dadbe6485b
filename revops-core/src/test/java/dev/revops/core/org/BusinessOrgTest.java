package dev.revops.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessOrgTest {

  static BusinessOrg customerService() {
    return BusinessOrg.of(
        BusinessTeam.of(BusinessFunction.SUPPORT, 25).withTiers(3),
        BusinessTeam.of(BusinessFunction.ONBOARDING, 25),
        BusinessTeam.of(BusinessFunction.BACK_OFFICE, 25),
        BusinessTeam.of(BusinessFunction.CUSTOMER_SUCCESS, 25));
  }

  @Test
  void the_source_customer_service_organisation() {
    BusinessOrg cs = customerService();
    assertThat(cs.totalHeadcount()).isEqualTo(100);
    assertThat(cs.functions()).containsExactly(BusinessFunction.SUPPORT, BusinessFunction.ONBOARDING,
        BusinessFunction.BACK_OFFICE, BusinessFunction.CUSTOMER_SUCCESS);
    assertThat(cs.headcount(BusinessFunction.SUPPORT)).isEqualTo(25);
    assertThat(cs.headcount(BusinessFunction.SALES)).isZero();
    assertThat(cs.teams(BusinessFunction.SUPPORT)).extracting(BusinessTeam::tiers).containsExactly(3);
  }

  @Test
  void the_source_sales_organisation() {
    BusinessOrg sales = BusinessOrg.of(BusinessTeam.of(BusinessFunction.PROSPECTING, 50), BusinessTeam.of(BusinessFunction.SALES, 50));
    assertThat(sales.totalHeadcount()).isEqualTo(100);
    assertThat(sales.functions()).containsExactly(BusinessFunction.PROSPECTING, BusinessFunction.SALES);
  }

  @Test
  void two_teams_of_one_function_need_distinct_names() {
    BusinessOrg org = BusinessOrg.of(
        BusinessTeam.of(BusinessFunction.SALES, 10).withName("SMB"),
        BusinessTeam.of(BusinessFunction.SALES, 5).withName("Enterprise"),
        BusinessTeam.of(BusinessFunction.SALES, 1));
    assertThat(org.functions()).containsExactly(BusinessFunction.SALES);
    assertThat(org.headcount(BusinessFunction.SALES)).isEqualTo(16);
    assertThatThrownBy(() -> org.plus(BusinessTeam.of(BusinessFunction.SALES, 2).withName("SMB")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("teams[3] (SALES \"SMB\": 2) must not repeat the function and name of an earlier team");
    assertThat(org.plus(BusinessTeam.of(BusinessFunction.SUPPORT, 2)).teams()).hasSize(4);
  }

  @Test
  void total_headcount_does_not_overflow() {
    BusinessOrg huge = BusinessOrg.of(
        BusinessTeam.of(BusinessFunction.SALES, Integer.MAX_VALUE),
        BusinessTeam.of(BusinessFunction.SUPPORT, Integer.MAX_VALUE),
        BusinessTeam.of(BusinessFunction.FINANCE, Integer.MAX_VALUE));
    assertThat(huge.totalHeadcount()).isEqualTo(3L * Integer.MAX_VALUE);
  }

  @Test
  void rejects_empty_and_null() {
    assertThatThrownBy(() -> BusinessOrg.of())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("teams ([]) must hold at least one team");
    assertThatThrownBy(() -> BusinessOrg.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("teams ([]) must hold at least one team");
    assertThatThrownBy(() -> BusinessOrg.of((BusinessTeam[]) null))
        .isInstanceOf(NullPointerException.class).hasMessage("teams");
    assertThatThrownBy(() -> BusinessOrg.of(BusinessTeam.of(BusinessFunction.SALES, 1), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> customerService().headcount(null))
        .isInstanceOf(NullPointerException.class).hasMessage("function");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(customerService(), customerService())
        .addEqualityGroup(BusinessOrg.of(BusinessTeam.of(BusinessFunction.SALES, 1)))
        .addEqualityGroup(BusinessOrg.of(BusinessTeam.of(BusinessFunction.SALES, 2)))
        .testEquals();
  }
}
