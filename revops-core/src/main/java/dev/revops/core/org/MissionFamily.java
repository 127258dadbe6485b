package dev.revops.core.org;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;

/**
 * The four families of work Ops do for the customer-facing teams. A role's balance between them
 * is a {@link MissionMix}.
 */
public enum MissionFamily implements Localizable {
  /** Processes: find and remove inefficiencies, redesign and roll out processes, integrate after a merger. */
  PROCESS,
  /** Tools: choose, deploy and run the stack, CRM administration and integrations, licences. */
  TOOLS,
  /** Data: business plans and forecasts, board packs, KPIs and dashboards, ad-hoc analyses. */
  DATA,
  /** Transversal: project management, company transformations, aligning teams on shared goals. */
  TRANSVERSAL;

  @Override
  public String displayName(Locale locale) {
    return Messages.text("mission." + name(), locale);
  }

  /**
   * Describes the typical work of this family, in our own words.
   *
   * @param locale  the language, not null
   * @return the description, never null
   */
  public String description(Locale locale) {
    return Messages.text("mission." + name() + ".description", locale);
  }
}
