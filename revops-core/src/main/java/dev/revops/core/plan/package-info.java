/**
 * The Ops-team plan: period by period, how many Ops a growing organisation needs, whom to hire,
 * when, at which level, from which candidate pool, at what cost, and when to reorganise, with
 * scenarios compared side by side.
 *
 * <p>This is the one package that composes the calculators of the others: the staffing rule
 * ({@code staffing}) gives the Ops needed in each period, the stage advisor ({@code stage}) reads the
 * grown team, the fit priors ({@code fit}) choose the candidate pool and its ramp-up, the salary
 * benchmark ({@code pay}) prices every hire, and support volumes can size the support teams
 * ({@code workload}). Start with {@link dev.revops.core.plan.OpsPlanner} and
 * {@link dev.revops.core.plan.PlanInput}.
 */
@RevOpsStyle
@NullMarked
package dev.revops.core.plan;

import dev.revops.core.internal.RevOpsStyle;
import org.jspecify.annotations.NullMarked;
