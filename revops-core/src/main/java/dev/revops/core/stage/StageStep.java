package dev.revops.core.stage;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import java.util.Locale;

/**
 * A concrete step towards a stage, as {@link StageDiagnosis#steps()} lists them in order. The
 * source describes each stage and why organisations move; the steps are revops's reading of how,
 * in our own words.
 */
public enum StageStep implements Localizable {
  /** Hire a first Ops in the business function with the most staff, reporting to its head. */
  HIRE_FIRST_OPS,
  /** Write down processes and CRM rules as they are set up, so that later Ops start from them. */
  WRITE_DOWN_PROCESSES,
  /** Pool the work every Ops team does, starting with the CRM, into one shared team. */
  POOL_SHARED_WORK,
  /** Open a single team to the requests of every business function, not only its own. */
  OPEN_TO_EVERY_FUNCTION,
  /** Move the Ops reporting line to a corporate executive, usually the CFO or the Growth lead. */
  MOVE_LINE_TO_EXECUTIVE,
  /** Keep one list of Ops projects for the whole company, with a budget of its own. */
  ONE_PROJECT_LIST_AND_BUDGET,
  /** Create a VP or C-level Ops role with a seat on the executive committee. */
  CREATE_OPS_LEADER_ROLE,
  /** Give the existing Ops leader a seat on the executive committee. */
  SEAT_LEADER_ON_COMMITTEE,
  /** Bring every Ops team still reporting elsewhere under the Ops leader. */
  BRING_TEAMS_UNDER_LEADER,
  /** Have the executive committee give Ops a transformation mandate. */
  OBTAIN_TRANSFORMATION_MANDATE,
  /** Keep a central Ops team for strategy and company-wide transformations. */
  KEEP_CENTRAL_TRANSFORMATION_TEAM,
  /** Place Ops back inside the business teams they serve, reporting to the business head. */
  REEMBED_OPS_IN_BUSINESS_TEAMS,
  /** Keep a dotted line from re-embedded Ops to the Ops leader, with shared tools and standards. */
  KEEP_DOTTED_LINE_AND_STANDARDS;

  @Override
  public String displayName(Locale locale) {
    return Messages.text("step." + name(), locale);
  }
}
