package dev.revops.core.fit;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;

/** A way to close a competency gap after hiring. */
public enum DevelopmentAction implements Localizable {
  /** Training in SQL and in administering the CRM. */
  SQL_AND_CRM_TRAINING,
  /** A course on data modelling and technical architecture. */
  DATA_MODELLING_COURSE,
  /** Time spent with the field teams: shadowing, ride-alongs, support shifts. */
  FIELD_IMMERSION,
  /** Owning hands-on tasks from the first weeks (clean-ups, configuration, tickets). */
  HANDS_ON_ASSIGNMENTS,
  /** Pairing with a business lead to build credibility. */
  BUSINESS_PAIRING,
  /** Coaching on project management and delivery. */
  PROJECT_MANAGEMENT_COACHING,
  /** Coaching on analysis and problem structuring. */
  ANALYSIS_COACHING,
  /** Coaching on financial modelling (business plans, hiring plans). */
  FINANCIAL_MODELLING_COACHING,
  /** Onboarding on the everyday non-financial tools of the teams. */
  OPERATIONAL_TOOLS_ONBOARDING;

  @Override
  public String displayName(Locale locale) {
    return Messages.text("action." + name(), locale);
  }
}
