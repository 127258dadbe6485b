/**
 * Profile fit: how well a candidate from sales or customer success, consulting or finance fits
 * an Ops role, with the gaps, a development plan and what to test in a practical case.
 *
 * <p>{@link dev.revops.core.fit.FitScorer} scores a {@link dev.revops.core.fit.Candidate} against
 * an {@link dev.revops.core.fit.OpsRole}. Competencies not assessed count at the prior of the
 * candidate's {@link dev.revops.core.fit.ProfileOrigin} and lower the confidence: unknown is not
 * zero. Every prior and weight is an assumption of {@link dev.revops.core.fit.FitPolicy}.
 */
@NullMarked
@RevOpsStyle
package dev.revops.core.fit;

import dev.revops.core.internal.RevOpsStyle;
import org.jspecify.annotations.NullMarked;
