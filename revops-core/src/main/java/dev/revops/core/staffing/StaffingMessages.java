package dev.revops.core.staffing;

import dev.revops.core.explain.Message;

/**
 * The messages of the staffing package, each with the number of arguments its pattern takes
 * (catalogue: {@code messages.properties} and {@code messages_fr.properties} beside this class).
 * A test checks every constant against both languages.
 */
final class StaffingMessages {

  /** revops places the phase with its own thresholds: strong growth from {0,number,percent} … */
  static final Message ASSUMPTION_PHASE_THRESHOLDS = Message.of("staffing.assumption.phaseThresholds", 4);

  /** {0}: {1,number,integer} Ops for {2,number,integer} people{3,choice,1#|1&lt; in {3,number,i… */
  static final Message COMPUTED_ALLOCATION = Message.of("staffing.computed.allocation", 4);

  /** Range from the mature ratio to the early ratio: {0,number,integer} to {1,number,integer… */
  static final Message COMPUTED_BAND = Message.of("staffing.computed.band", 2);

  /** {0,number,integer} business staff ÷ {1,number,#.##} = {2,number,#.##} Ops (full-time eq… */
  static final Message COMPUTED_FTE = Message.of("staffing.computed.fte", 3);

  /** Floor: {0,number,integer} functions × {1,number,integer} = {2,number,integer} Ops. */
  static final Message COMPUTED_MINIMUM = Message.of("staffing.computed.minimum", 3);
  static final Message FORECAST_ABSORBED = Message.of("staffing.forecast.absorbed", 1);
  static final Message FORECAST_CAPPED = Message.of("staffing.forecast.capped", 2);
  static final Message FORECAST_NOT_ABSORBED = Message.of("staffing.forecast.notAbsorbed", 0);
  static final Message COMPUTED_MATURITY = Message.of("staffing.computed.maturity", 2);
  static final Message SHARED_ASSUMED = Message.of("staffing.shared.assumed", 3);
  static final Message SHARED_POLICY = Message.of("staffing.shared.policy", 3);
  static final Message COORDINATION_ASSUMED = Message.of("staffing.coordination.assumed", 5);
  static final Message COORDINATION_POLICY = Message.of("staffing.coordination.policy", 5);
  static final Message CAP_ASSUMED = Message.of("staffing.cap.assumed", 1);
  static final Message CAP_POLICY = Message.of("staffing.cap.policy", 1);
  static final Message LOAD_ASSUMED = Message.of("staffing.load.assumed", 0);
  static final Message LOAD_POLICY = Message.of("staffing.load.policy", 0);

  /** The ratio gives fewer Ops than the floor, so the target rises to {0,number,integer}. */
  static final Message COMPUTED_RAISED = Message.of("staffing.computed.raised", 1);

  /** The ratio asks for {0,number,integer} Ops once rounded. */
  static final Message COMPUTED_ROUNDED = Message.of("staffing.computed.rounded", 1);

  /** Recommended Ops team: {0,number,integer}. */
  static final Message COMPUTED_TARGET = Message.of("staffing.computed.target", 1);

  /** Teams run near one Ops per ten staff when Ops first appear (a backlog of needs with no … */
  static final Message FACT_EARLY_CAUSES = Message.of("staffing.fact.earlyCauses", 0);

  /** Ops are business specialists: the more distinct functions they serve, the bigger the Op… */
  static final Message FACT_FUNCTIONS = Message.of("staffing.fact.functions", 0);

  /** The policy sets a floor of {0,number,integer} Ops per business function with people. */
  static final Message FLOOR_POLICY = Message.of("staffing.floor.policy", 1);

  /** Each business function with people needs at least one Ops who knows it. */
  static final Message FLOOR_SOURCE = Message.of("staffing.floor.source", 0);

  /** Ahead of ratio by {0,number,integer} Ops: Ops are never let go because the ratio falls;… */
  static final Message FORECAST_AHEAD = Message.of("staffing.forecast.ahead", 1);

  /** Business headcount grows by {0,number,percent} on the previous period; each team is rou… */
  static final Message FORECAST_GROWN = Message.of("staffing.forecast.grown", 1);

  /** {0,number,integer} Ops to hire to reach the target of {1,number,integer}. */
  static final Message FORECAST_HIRES = Message.of("staffing.forecast.hires", 2);

  /** The Ops team is already at its target of {0,number,integer}. */
  static final Message FORECAST_ON_TARGET = Message.of("staffing.forecast.onTarget", 1);

  /** The phase moves from {0} to {1}. */
  static final Message FORECAST_PHASE_CHANGE = Message.of("staffing.forecast.phaseChange", 2);

  /** {0}: {1,number,integer} Ops at the start of the period. */
  static final Message FORECAST_START = Message.of("staffing.forecast.start", 2);

  /** {0,number,integer} business staff in {1,number,integer} business functions with people … */
  static final Message INPUT_ORG = Message.of("staffing.input.org", 3);

  /** Maturity phase: {0}. */
  static final Message INPUT_PHASE = Message.of("staffing.input.phase", 1);

  /** Age of the Ops function: {0,number,#.#} years; business headcount growth: {1,number,per… */
  static final Message INPUT_SIGNALS = Message.of("staffing.input.signals", 3);

  /** No published figure covers the {0} phase; revops assumes one Ops per {1,number,#.##} bu… */
  static final Message RATIO_ASSUMED = Message.of("staffing.ratio.assumed", 2);

  /** The policy sets one Ops per {1,number,#.##} business staff for the {0} phase. */
  static final Message RATIO_POLICY = Message.of("staffing.ratio.policy", 2);

  /** In the {0} phase, Ops teams commonly run at about one Ops per {1,number,#.##} business … */
  static final Message RATIO_SOURCE = Message.of("staffing.ratio.source", 2);

  /** Rounded {0}; the source does not say how to round, so this is a revops default. */
  static final Message ROUNDING_ASSUMED = Message.of("staffing.rounding.assumed", 1);

  /** The policy rounds {0}. */
  static final Message ROUNDING_POLICY = Message.of("staffing.rounding.policy", 1);

  /** Ops are shared between functions in proportion to their staff with the {0} method; ever… */
  static final Message RULE_APPORTIONMENT = Message.of("staffing.rule.apportionment", 2);

  /** {0} Ops for {1} business staff, at one Ops per {2} in the {3} phase… (first line). */
  static final Message SUMMARY_RATIO = Message.of("staffing.summary.ratio", 4);

  /** {0} Ops, one per function to cover: … {1} business staff would only need {4} (first line). */
  static final Message SUMMARY_FLOOR = Message.of("staffing.summary.floor", 5);

  /** {0} Ops for {1} business staff, … capped at the early ratio (first line). */
  static final Message SUMMARY_CAPPED = Message.of("staffing.summary.capped", 4);

  /** A {0,number,#.#}-year-old Ops function (under {1,number,#.#}) with no predecessor start… */
  static final Message RULE_PHASE_BACKLOG = Message.of("staffing.rule.phase.backlog", 3);

  /** Neither the early nor the mature pattern applies: {0} phase. */
  static final Message RULE_PHASE_BETWEEN = Message.of("staffing.rule.phase.between", 1);

  /** Growth of {0,number,percent} reaches the strong-growth threshold of {1,number,percent}:… */
  static final Message RULE_PHASE_GROWTH = Message.of("staffing.rule.phase.growth", 3);

  /** The Ops function is {0,number,#.#} years old (at least {1,number,#.#}) and growth of {2… */
  static final Message RULE_PHASE_MATURE = Message.of("staffing.rule.phase.mature", 5);

  /** Each tier beyond the first adds {0,number,integer} % to a team’s weight when sharing Op… */
  static final Message TIERS_ASSUMED = Message.of("staffing.tiers.assumed", 1);

  /** The policy adds {0,number,integer} % to a team’s weight for each tier beyond the first. */
  static final Message TIERS_POLICY = Message.of("staffing.tiers.policy", 1);

  /** The policy places the phase with these thresholds: strong growth from {0,number,percent} a year; … */
  static final Message INPUT_PHASE_THRESHOLDS = Message.of("staffing.input.phaseThresholds", 4);

  private StaffingMessages() {}
}
