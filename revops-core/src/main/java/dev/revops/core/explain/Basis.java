package dev.revops.core.explain;

import java.util.Locale;

/**
 * What a {@link Reason} rests on.
 *
 * <p>A result whose explanation holds an {@link #ASSUMPTION} depends on a number or a choice that
 * the source does not give; the assumption is named, documented and overridable in the policy
 * that produced it.
 */
public enum Basis implements Localizable {
  /** A figure or statement taken from a published source, named by the reason's {@link Source}. */
  FACT,
  /** A default that no source gives: named, documented, and overridable by the caller. */
  ASSUMPTION,
  /** The rule or method applied (a ratio, a floor, an apportionment method). */
  RULE,
  /** A value the caller supplied. */
  INPUT,
  /** An intermediate or final value computed from the others. */
  COMPUTED;

  @Override
  public String displayName(Locale locale) {
    return Messages.text("basis." + name(), locale);
  }
}
