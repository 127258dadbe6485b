package dev.revops.core.org;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;

/**
 * The seniority of an Ops role or person, shared by profile fit and pay.
 *
 * <p>The salary study reports Director and VP in a single row; the pay package keeps the two
 * levels apart and says when they share figures.
 */
public enum OpsLevel implements Localizable {
  /** Junior or entry level. */
  JUNIOR,
  /** Senior individual contributor. */
  SENIOR,
  /** Manager or team lead. */
  MANAGER,
  /** Director. */
  DIRECTOR,
  /** Vice-president. */
  VP;

  @Override
  public String displayName(Locale locale) {
    return Messages.text("level." + name(), locale);
  }

  /**
   * Returns true if this level manages people (manager and above).
   *
   * @return whether the level carries managerial responsibility
   */
  public boolean isManagerial() {
    return compareTo(MANAGER) >= 0;
  }
}
