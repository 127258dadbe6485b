/**
 * Staffing: how many Ops a business organisation needs, and where they go.
 *
 * <p>The rule of thumb: about one Ops per ten business staff when the Ops function appears, about
 * one per twenty once the company is structured, and at least one Ops per business function.
 * {@link dev.revops.core.staffing.StaffingCalculator} applies it, shares the result between
 * functions with an {@link dev.revops.core.staffing.Apportionment} method and explains every step:
 *
 * <pre>{@code
 * BusinessOrg sales = BusinessOrg.of(
 *     BusinessTeam.of(BusinessFunction.PROSPECTING, 50),
 *     BusinessTeam.of(BusinessFunction.SALES, 50));
 * StaffingRecommendation early = StaffingCalculator.withDefaults().recommend(sales, MaturityPhase.EMERGING);
 * early.minimum();   // 2: one per function
 * early.target();    // 10: 100 / 10
 * }</pre>
 *
 * <p>{@link dev.revops.core.staffing.StaffingPolicy} holds every number; those the source does
 * not give are named assumptions, and explanations flag them.
 */
@NullMarked
@RevOpsStyle
package dev.revops.core.staffing;

import dev.revops.core.internal.RevOpsStyle;
import org.jspecify.annotations.NullMarked;
