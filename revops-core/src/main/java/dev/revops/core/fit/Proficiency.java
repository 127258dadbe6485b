package dev.revops.core.fit;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import dev.revops.core.internal.Checks;
import java.util.Locale;

/** How well a person masters a competency, from 0 ({@link #NONE}) to 4 ({@link #EXPERT}). */
public enum Proficiency implements Localizable {
  /** 0: no exposure. */
  NONE,
  /** 1: basic notions. */
  BASIC,
  /** 2: works with it unaided on routine tasks. */
  WORKING,
  /** 3: strong, handles hard cases. */
  STRONG,
  /** 4: expert, teaches others. */
  EXPERT;

  /**
   * The level, 0 to 4.
   *
   * @return the level
   */
  public int level() {
    return ordinal();
  }

  /**
   * The proficiency of a level.
   *
   * @param level  0 to 4
   * @return the proficiency, never null
   * @throws IllegalArgumentException if the level is outside 0 to 4
   */
  public static Proficiency of(int level) {
    if (level < 0 || level > 4) {
      throw Checks.invalid("proficiency", level, "must be between 0 and 4");
    }
    return values()[level];
  }

  @Override
  public String displayName(Locale locale) {
    return Messages.text("proficiency." + name(), locale);
  }
}
