/**
 * Org-evolution stages: where an Ops function stands among the four typical stages (embedded,
 * partly centralised, autonomous department, hybrid), and what comes next.
 *
 * <p>{@link dev.revops.core.stage.StageAdvisor#classify} reads a chart of
 * {@link dev.revops.core.stage.OpsTeam}s by their {@link dev.revops.core.stage.ReportingLine}s;
 * {@link dev.revops.core.stage.StageAdvisor#diagnose} adds the symptoms a company observes, the
 * triggers of the next move (thresholds are named assumptions of
 * {@link dev.revops.core.stage.StagePolicy}) and the risks of the next stage.
 */
@NullMarked
@RevOpsStyle
package dev.revops.core.stage;

import dev.revops.core.internal.RevOpsStyle;
import org.jspecify.annotations.NullMarked;
