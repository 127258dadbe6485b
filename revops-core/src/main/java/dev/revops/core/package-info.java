/**
 * revops: pure domain models and calculators for Ops teams (RevOps, Sales Ops, Customer Ops).
 *
 * <p>The library is organised as one package per concept:
 * <ul>
 *   <li>{@link dev.revops.core.org}: the business side of a company (functions, teams,
 *       organisations, Ops levels and specialties, mission families);</li>
 *   <li>{@link dev.revops.core.explain}: explanations carried by every result (reasons, their
 *       basis and sources), rendered in English and French;</li>
 *   <li>{@link dev.revops.core.staffing}: how many Ops an organisation needs and where they go;</li>
 *   <li>{@link dev.revops.core.stage}: the four stages of an Ops organisation and the next move;</li>
 *   <li>{@link dev.revops.core.fit}: how well a candidate fits an Ops role;</li>
 *   <li>{@link dev.revops.core.pay}: the French Ops salary benchmark as distributions and
 *       positions, and your own pay data.</li>
 * </ul>
 *
 * <p>Values are immutable and built by static factories on their own type ({@code of},
 * {@code parse}, {@code builder()}); results come only from calculators. Calculators are
 * immutable, thread-safe and configured by a policy value. Bad input is rejected with an
 * {@link dev.revops.core.InvalidValueException} (an {@link IllegalArgumentException}) naming the
 * field, the value and the rule, and {@code null} with a {@link NullPointerException} naming the
 * parameter. This package holds those exceptions.
 */
@NullMarked
package dev.revops.core;

import org.jspecify.annotations.NullMarked;
