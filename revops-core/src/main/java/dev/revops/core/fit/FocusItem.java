package dev.revops.core.fit;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * Something the interview or practical case should test, and why.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FocusItem {

  FocusItem() {}

  /**
   * The competency to test.
   *
   * @return the competency, never null
   */
  @Value.Parameter
  public abstract Competency competency();

  /**
   * Why.
   *
   * @return the reason, never null
   */
  @Value.Parameter
  public abstract FocusReason reason();

  /**
   * The practical exercise suggested for the competency.
   *
   * @param locale  the language, not null
   * @return the exercise, never null
   */
  public String exercise(Locale locale) {
    return competency().practicalCase(locale);
  }

  static FocusItem of(Competency competency, FocusReason reason) {
    return ImmutableFocusItem.of(competency, reason);
  }
}
