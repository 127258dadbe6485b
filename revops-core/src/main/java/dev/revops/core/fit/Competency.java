package dev.revops.core.fit;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;

/** A competency an Ops role needs. */
public enum Competency implements Localizable {
  /** Knowledge of the field: how sales, success or support teams really work. */
  FIELD_KNOWLEDGE,
  /** Credibility with the business teams, which eases the adoption of new processes. */
  BUSINESS_CREDIBILITY,
  /** Technical tooling: CRM administration, integrations, SQL. */
  TECHNICAL_TOOLING,
  /** Data modelling and databases, technical architecture. */
  DATA_MODELLING,
  /** Active listening and analysis: turning complex problems into concrete solutions. */
  ANALYSIS_AND_LISTENING,
  /** Project management. */
  PROJECT_MANAGEMENT,
  /** Hands-on execution: operational pragmatism, doing the work oneself. */
  HANDS_ON_EXECUTION,
  /** Financial modelling: business plans, hiring targets, long-term financial goals. */
  FINANCIAL_MODELLING;

  @Override
  public String displayName(Locale locale) {
    return Messages.text("competency." + name(), locale);
  }

  /**
   * What a practical case ("mise en situation") can ask to test this competency.
   *
   * @param locale  the language, not null
   * @return the exercise, never null
   */
  public String practicalCase(Locale locale) {
    return Messages.text("competency." + name() + ".case", locale);
  }
}
