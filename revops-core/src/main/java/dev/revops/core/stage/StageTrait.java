package dev.revops.core.stage;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;

/**
 * A gain or a cost that comes with an {@link OrgStage}, described in English and French.
 */
public enum StageTrait implements Localizable {
  /** Ops sit with the field: they understand needs and react fast. */
  CLOSE_TO_FIELD(true),
  /** The business teams trust Ops who work beside them. */
  TRUST_OF_BUSINESS_TEAMS(true),
  /** Separate Ops teams per business work in silos, without synergies. */
  SILOS(false),
  /** Each business pushes its own projects ahead of company-wide ones. */
  CONFLICTS_OF_INTEREST(false),
  /** Pooled resources and synergies, such as one CRM team for several departments. */
  SYNERGIES(true),
  /** Under the CFO: close to budgets, so projects get funded more easily. */
  BUDGET_ACCESS(true),
  /** Still a sub-function of another department: not autonomous enough to be a strategic pillar. */
  LIMITED_AUTONOMY(false),
  /** A seat at the executive committee: Ops shape and run the company's strategy and transformations. */
  STRATEGIC_ROLE(true),
  /** A central department risks losing touch with day-to-day field needs. */
  DISTANCE_FROM_FIELD(false),
  /** A central team for transformation plus embedded Ops: strategy and field in balance. */
  STRATEGY_FIELD_BALANCE(true),
  /** Embedded Ops give direct, responsive support again. */
  RESPONSIVE_SUPPORT(true);

  private final boolean gain;

  StageTrait(boolean gain) {
    this.gain = gain;
  }

  /**
   * Returns true for a gain, false for a cost.
   *
   * @return whether the trait is a gain
   */
  public boolean isGain() {
    return gain;
  }

  @Override
  public String displayName(Locale locale) {
    return Messages.text("trait." + name(), locale);
  }
}
