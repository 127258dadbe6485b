/**
 * How every revops result explains itself.
 *
 * <p>An {@link dev.revops.core.explain.Explanation} is the ordered list of
 * {@link dev.revops.core.explain.Reason}s behind a result: the rule applied, the inputs used, the
 * facts (each with its {@link dev.revops.core.explain.Source}), the computed intermediate values
 * and the assumptions, flagged as such. Explanations render in English and French from message
 * catalogues written for revops, one per concept package (beside its classes). A reason is made
 * from a typed {@link dev.revops.core.explain.Message} that knows how many arguments its pattern
 * takes; the calculators use the message constants of their own package, and
 * {@link dev.revops.core.explain.Message#parse(CharSequence)} finds any message by its key:
 *
 * <pre>{@code
 * Explanation why = Explanation.of(
 *     Reason.fact(StaffingPolicy.STAFFING_RULE_OF_THUMB, Message.parse("staffing.floor.source")),
 *     Reason.assumption(Message.parse("staffing.tiers.assumed"), 25L));
 * why.render(Locale.FRENCH);
 * why.assumptions();   // the second reason only
 * }</pre>
 */
@NullMarked
@RevOpsStyle
package dev.revops.core.explain;

import dev.revops.core.internal.RevOpsStyle;
import org.jspecify.annotations.NullMarked;
