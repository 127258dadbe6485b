package dev.revops.core.staffing;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;

/**
 * How far an Ops function has come, which sets how many business staff one Ops can support.
 *
 * <p>The source observes about one Ops per ten business staff when the function first appears
 * (a backlog of needs, or strong growth bringing constant restructuring), falling to about one
 * per twenty once the company is structured. {@link #STRUCTURING} is the way between the two; its
 * ratio is an assumption of {@link StaffingPolicy}.
 */
public enum MaturityPhase implements Localizable {
  /** The Ops function has just appeared, or the company grows fast: about 1 Ops per 10 (source). */
  EMERGING,
  /** Between the two: the ratio is a documented assumption (1 Ops per 15 by default). */
  STRUCTURING,
  /** The company is structured: about 1 Ops per 20 (source). */
  MATURE;

  @Override
  public String displayName(Locale locale) {
    return Messages.text("phase." + name(), locale);
  }
}
