/**
 * The business side of a company, as Ops see it: the functions they support, the teams and
 * organisations those functions form, and the vocabulary shared by the calculators (Ops levels,
 * Ops specialties, mission families).
 *
 * <p>The source's customer-service organisation of 100 people:
 * <pre>{@code
 * BusinessOrg cs = BusinessOrg.of(
 *     BusinessTeam.of(BusinessFunction.SUPPORT, 25).withTiers(3),
 *     BusinessTeam.of(BusinessFunction.ONBOARDING, 25),
 *     BusinessTeam.of(BusinessFunction.BACK_OFFICE, 25),
 *     BusinessTeam.of(BusinessFunction.CUSTOMER_SUCCESS, 25));
 * cs.totalHeadcount();   // 100
 * cs.functions();        // SUPPORT, ONBOARDING, BACK_OFFICE, CUSTOMER_SUCCESS
 * }</pre>
 */
@NullMarked
@RevOpsStyle
package dev.revops.core.org;

import dev.revops.core.internal.RevOpsStyle;
import org.jspecify.annotations.NullMarked;
