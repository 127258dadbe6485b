/**
 * Support workload: from contact volumes to support agents, with Erlang C (callers wait as long as
 * it takes) and Erlang A (callers abandon after an average patience).
 *
 * <p>{@link dev.revops.core.workload.ErlangCalculator#staff} finds the smallest number of agents
 * that meets a {@link dev.revops.core.workload.ServiceGoal} for a
 * {@link dev.revops.core.workload.QueueDemand}, and
 * {@link dev.revops.core.workload.ErlangCalculator#metrics} gives the service at any number of
 * agents. The formulas work from Erlang B's recurrence and, for Erlang A, the regularized
 * incomplete gamma function of Commons Numbers, never from factorials, so they hold for traffic of
 * tens of thousands of Erlangs.
 */
@NullMarked
@RevOpsStyle
package dev.revops.core.workload;

import dev.revops.core.internal.RevOpsStyle;
import org.jspecify.annotations.NullMarked;
