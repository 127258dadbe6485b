package dev.revops.examples;

import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessTeam;

/** The two example organisations of the source, each of 100 business staff. */
public final class SourceOrganisations {

  private SourceOrganisations() {}

  /**
   * The customer-service organisation: support 25 (in three tiers), onboarding 25, back office
   * 25, customer success 25.
   *
   * @return the organisation, never null
   */
  public static BusinessOrg customerService() {
    return BusinessOrg.of(
        BusinessTeam.of(BusinessFunction.SUPPORT, 25).withTiers(3),
        BusinessTeam.of(BusinessFunction.ONBOARDING, 25),
        BusinessTeam.of(BusinessFunction.BACK_OFFICE, 25),
        BusinessTeam.of(BusinessFunction.CUSTOMER_SUCCESS, 25));
  }

  /**
   * The sales organisation: prospecting 50, sales 50.
   *
   * @return the organisation, never null
   */
  public static BusinessOrg sales() {
    return BusinessOrg.of(
        BusinessTeam.of(BusinessFunction.PROSPECTING, 50),
        BusinessTeam.of(BusinessFunction.SALES, 50));
  }
}
