package dev.revops.core.stage;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;

/** The level of the leader of an Ops department. */
public enum LeaderLevel implements Localizable {
  /** A vice-president of Ops (VP Ops, VP RevOps). */
  VP,
  /** A C-level Ops leader (COO-type, Chief Revenue Operations Officer). */
  C_LEVEL;

  @Override
  public String displayName(Locale locale) {
    return Messages.text("leader." + name(), locale);
  }
}
