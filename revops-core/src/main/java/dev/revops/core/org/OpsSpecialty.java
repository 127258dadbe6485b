package dev.revops.core.org;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;

/**
 * The business an Ops team or role specialises in. Sales Ops and Customer Ops are the two most
 * common specialisations.
 */
public enum OpsSpecialty implements Localizable {
  /** Sales Ops: pipeline, sales-cycle length, sales automation, CRM data quality, sales dashboards. */
  SALES_OPS,
  /** Customer Ops: ticketing and satisfaction, onboarding, feedback loops, support coordination. */
  CUSTOMER_OPS,
  /** Support Ops: tooling and processes of the support teams. */
  SUPPORT_OPS,
  /** Marketing Ops: marketing tools, lead flows and campaign data. */
  MARKETING_OPS,
  /** Finance Ops: business plans, budgets and financial reporting processes. */
  FINANCE_OPS,
  /** Business Ops: company-wide planning, analysis and transformation projects. */
  BUSINESS_OPS,
  /** Revenue Operations: all of the go-to-market teams' processes, tools and data. */
  REVENUE_OPS;

  @Override
  public String displayName(Locale locale) {
    return Messages.text("specialty." + name(), locale);
  }

  /**
   * Describes the typical work of the specialty, in our own words.
   *
   * @param locale  the language, not null
   * @return the description, never null
   */
  public String description(Locale locale) {
    return Messages.text("specialty." + name() + ".description", locale);
  }
}
