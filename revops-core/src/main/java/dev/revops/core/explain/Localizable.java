package dev.revops.core.explain;

import java.util.Locale;

/**
 * A value with a name that can be shown to people in English and French.
 *
 * <p>When a {@code Localizable} is passed as an argument of a {@link Reason}, the reason keeps
 * both names (as a {@link LocalizedText}) so that the explanation renders in either language.
 */
public interface Localizable {
  /**
   * Returns the name of this value in the given language.
   *
   * @param locale  the language wanted; French for any French locale, English otherwise, not null
   * @return the display name, never null
   */
  String displayName(Locale locale);
}
