package dev.revops.core.plan;

import dev.revops.core.explain.Message;

/**
 * The messages of the plan package, each with the number of arguments its pattern takes
 * (catalogue: {@code messages.properties} and {@code messages_fr.properties} beside this class).
 */
final class PlanMessages {

  static final Message STEP_SUMMARY = Message.of("plan.step.summary", 7);
  static final Message STEP_BUSINESS = Message.of("plan.step.business", 2);
  static final Message STEP_OPENED = Message.of("plan.step.opened", 1);
  static final Message STEP_OPENED_BACKFILLS = Message.of("plan.step.openedBackfills", 2);
  static final Message STEP_FROZEN = Message.of("plan.step.frozen", 0);
  static final Message STEP_ON_HOLD = Message.of("plan.step.onHold", 1);
  static final Message STEP_HIRED = Message.of("plan.step.hired", 3);
  static final Message STEP_BACKFILLS = Message.of("plan.step.backfills", 1);
  static final Message STEP_DELAYED_CAPACITY = Message.of("plan.step.delayedCapacity", 2);
  static final Message STEP_DELAYED_BUDGET = Message.of("plan.step.delayedBudget", 2);
  static final Message STEP_LEAVERS = Message.of("plan.step.leavers", 3);
  static final Message STEP_LEAVERS_ATTRITION = Message.of("plan.step.leaversAttrition", 1);
  static final Message STEP_MISSING = Message.of("plan.step.missing", 1);
  static final Message STEP_SURPLUS = Message.of("plan.step.surplus", 1);
  static final Message STEP_RAMPING = Message.of("plan.step.ramping", 2);
  static final Message STEP_COST = Message.of("plan.step.cost", 3);
  static final Message STEP_BUDGET_WITHIN = Message.of("plan.step.budgetWithin", 2);
  static final Message STEP_BUDGET_OVER = Message.of("plan.step.budgetOver", 2);
  static final Message STEP_BUDGET_OVER_HARD = Message.of("plan.step.budgetOverHard", 2);
  static final Message STEP_UNCOVERED = Message.of("plan.step.uncovered", 2);

  static final Message SUMMARY_MONTH = Message.of("plan.summary.MONTH", 8);
  static final Message SUMMARY_QUARTER = Message.of("plan.summary.QUARTER", 8);
  static final Message BUDGET_KEPT = Message.of("plan.budget.kept", 1);
  static final Message BUDGET_BROKEN = Message.of("plan.budget.broken", 3);
  static final Message BUDGET_DELAYS = Message.of("plan.budget.delays", 1);
  static final Message STAGE_CHANGE = Message.of("plan.stage.change", 3);
  static final Message STAGE_NONE = Message.of("plan.stage.none", 0);
  static final Message STAGE_NO_CHART = Message.of("plan.stage.noChart", 0);
  static final Message POOL = Message.of("plan.pool", 3);
  static final Message POOLS_RULE = Message.of("plan.pools.rule", 0);
  static final Message BENCHMARK = Message.of("plan.benchmark", 2);
  static final Message OWN_SALARIES = Message.of("plan.ownSalaries", 1);
  static final Message ASSUMPTION_TIME_TO_HIRE = Message.of("plan.assumption.timeToHire", 3);
  static final Message ASSUMPTION_RAMP = Message.of("plan.assumption.ramp", 2);
  static final Message ASSUMPTION_ATTRITION = Message.of("plan.assumption.attrition", 1);
  static final Message ASSUMPTION_BACKFILL = Message.of("plan.assumption.backfill", 0);
  static final Message ASSUMPTION_BACKFILL_DELAY = Message.of("plan.assumption.backfillDelay", 1);
  static final Message ASSUMPTION_PAY = Message.of("plan.assumption.pay", 5);
  static final Message ASSUMPTION_ON_COST = Message.of("plan.assumption.onCost", 1);
  static final Message ASSUMPTION_RAISE = Message.of("plan.assumption.raise", 1);
  static final Message ASSUMPTION_LEVELS = Message.of("plan.assumption.levels", 5);
  static final Message ASSUMPTION_CAP = Message.of("plan.assumption.cap", 1);
  static final Message RULE_TIMING = Message.of("plan.rule.timing", 0);
  static final Message RULE_NO_LAYOFF = Message.of("plan.rule.noLayoff", 0);
  static final Message RULE_COMPANY_SIZE = Message.of("plan.rule.companySize", 0);

  static final Message DELTA_SUMMARY = Message.of("plan.delta.summary", 8);
  static final Message DELTA_SUMMARY_SAME_TEAM = Message.of("plan.delta.summarySameTeam", 6);
  static final Message DELTA_NEUTRAL = Message.of("plan.delta.neutral", 1);
  static final Message DELTA_FIRST = Message.of("plan.delta.first", 2);
  static final Message DELTA_FTE = Message.of("plan.delta.fte", 2);
  static final Message DELTA_STAGE_LATER = Message.of("plan.delta.stage.later", 1);
  static final Message DELTA_STAGE_EARLIER = Message.of("plan.delta.stage.earlier", 1);
  static final Message DELTA_STAGE_SAME = Message.of("plan.delta.stage.same", 0);
  static final Message DELTA_STAGE_ONLY_VARIANT = Message.of("plan.delta.stage.onlyVariant", 1);
  static final Message DELTA_STAGE_ONLY_BASELINE = Message.of("plan.delta.stage.onlyBaseline", 0);
  static final Message COMPARISON = Message.of("plan.comparison", 1);

  private PlanMessages() {}
}
