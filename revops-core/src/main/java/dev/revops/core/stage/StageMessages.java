package dev.revops.core.stage;

import dev.revops.core.explain.Message;

/**
 * The messages of the stage package, each with the number of arguments its pattern takes
 * (catalogue: {@code messages.properties} and {@code messages_fr.properties} beside this class).
 * A test checks every constant against both languages.
 */
final class StageMessages {

  /** Advice: create a first Ops role, in the business function with the most staff. */
  static final Message ADVICE_CREATE = Message.of("stage.advice.create", 0);

  /** Advice: stay at stage 4 ({0}), the last stage described, and keep strategy and field in… */
  static final Message ADVICE_FINAL = Message.of("stage.advice.final", 1);

  /** Advice: move from “{0}” to “{1}”; every trigger is met. */
  static final Message ADVICE_MOVE = Message.of("stage.advice.move", 2);

  /** Advice: no Ops role yet ({0}). */
  static final Message ADVICE_NO_OPS = Message.of("stage.advice.noOps", 1);

  /** Going from an autonomous department to the hybrid stage is the deliberate partial retur… */
  static final Message ADVICE_PARTIAL_RETURN = Message.of("stage.advice.partialReturn", 0);

  /** The policy allows going straight from stage 1 to stage 3, and the triggers of stage 3 a… */
  static final Message ADVICE_SKIP = Message.of("stage.advice.skip", 0);

  /** This move goes from “{0}” straight to “{1}”, a step the policy would not take by itself… */
  static final Message ADVICE_SKIP_UNDER_WAY = Message.of("stage.advice.skipUnderWay", 2);

  /** Advice: stay “{0}” for now; “{1}” is not due yet ({2}). */
  static final Message ADVICE_STAY = Message.of("stage.advice.stay", 3);

  /** A move from “{0}” to “{1}” is under way, with {2,number,percent} of the Ops headcount s… */
  static final Message ADVICE_TRANSITION = Message.of("stage.advice.transition", 3);

  /** Advice: cannot say yet whether to move from the “{0}” stage to the “{1}” stage: every known… */
  static final Message ADVICE_UNDECIDED = Message.of("stage.advice.undecided", 3);

  /** Advice: cannot say yet whether a first Ops role is due ({0}). */
  static final Message ADVICE_UNDECIDED_NO_OPS = Message.of("stage.advice.undecidedNoOps", 1);

  /** A stage is read when its pattern holds at least {0,number,percent} of the Ops headcount… */
  static final Message ASSUMPTION_DOMINANT = Message.of("stage.assumption.dominant", 1);

  /** An Ops leader outside the executive committee is read as the pattern of the stage “{0}”… */
  static final Message ASSUMPTION_LEADER_OUTSIDE = Message.of("stage.assumption.leaderOutside", 1);

  /** Move thresholds are revops defaults, not published figures: a first Ops from {0,number,… */
  static final Message ASSUMPTION_THRESHOLDS = Message.of("stage.assumption.thresholds", 9);

  /** Some teams have a dotted line to Ops, but no Ops leader sits at the executive committee… */
  static final Message CLASSIFY_DOTTED_WITHOUT_HUB = Message.of("stage.classify.dottedWithoutHub", 0);

  /** No Ops team: the company has no Ops function yet. */
  static final Message CLASSIFY_EMPTY = Message.of("stage.classify.empty", 0);

  /** A central Ops team under a leader at the executive committee works with Ops re-embedded… */
  static final Message CLASSIFY_HYBRID = Message.of("stage.classify.hybrid", 1);

  /** The move has begun at the top: an Ops leader sits at the executive committee, but {0,nu… */
  static final Message CLASSIFY_LEADER_FIRST = Message.of("stage.classify.leaderFirst", 1);

  /** If the teams under business heads were placed there on purpose by the Ops department (t… */
  static final Message CLASSIFY_MARK_REEMBEDDED = Message.of("stage.classify.markReembedded", 0);

  /** Stage {0,number,integer}, {1}: every team follows its pattern. */
  static final Message CLASSIFY_ONE_PATTERN = Message.of("stage.classify.onePattern", 2);

  /** Share of Ops headcount: embedded {0,number,percent}, centralised {1,number,percent}, au… */
  static final Message CLASSIFY_SHARES = Message.of("stage.classify.shares", 4);

  /** Every team has zero headcount, so teams are counted instead: embedded {0,number,percent… */
  static final Message CLASSIFY_SHARES_BY_TEAMS = Message.of("stage.classify.sharesByTeams", 4);

  /** Stage {0,number,integer}, {1}: its pattern holds {2,number,percent} of the Ops headcoun… */
  static final Message CLASSIFY_STAGE = Message.of("stage.classify.stage", 6);

  /** {0}: {1,number,integer} Ops reporting to {2}, serving {3}: the pattern of the stage “{4… */
  static final Message CLASSIFY_TEAM = Message.of("stage.classify.team", 5);

  /** Moving from stage {0,number,integer} ({1}) to stage {2,number,integer} ({3}): the desti… */
  static final Message CLASSIFY_TRANSITION = Message.of("stage.classify.transition", 8);

  /** No symptom observed. */
  static final Message DIAGNOSE_NO_SYMPTOM = Message.of("stage.diagnose.noSymptom", 0);

  /** Read from the org chart: {0} (several teams serve different functions, with no shared t… */
  static final Message DIAGNOSE_SILOS = Message.of("stage.diagnose.silos", 1);

  /** Read from the org chart: {0} (several teams serve different functions, with no shared t… */
  static final Message DIAGNOSE_SILOS_TOOLING_UNKNOWN = Message.of("stage.diagnose.silosToolingUnknown", 1);

  /** Observed: {0}. */
  static final Message DIAGNOSE_SYMPTOM = Message.of("stage.diagnose.symptom", 1);

  /** Not given: whether {0}. */
  static final Message DIAGNOSE_UNKNOWN = Message.of("stage.diagnose.unknown", 1);

  /** Ops organisations typically go through four stages: embedded in the business, partly ce… */
  static final Message FACT_STAGES = Message.of("stage.fact.stages", 0);

  /** Gain of “{0}”: {1}. */
  static final Message GAIN = Message.of("stage.gain", 2);

  /** The policy reads a stage when its pattern holds at least {0,number,percent} of the Ops … */
  static final Message INPUT_DOMINANT = Message.of("stage.input.dominant", 1);

  /** Move thresholds set by the policy: a first Ops from {0,number,integer} business staff; … */
  static final Message INPUT_THRESHOLDS = Message.of("stage.input.thresholds", 9);

  /** Cost of “{0}”: {1}. */
  static final Message RISK = Message.of("stage.risk", 2);

  /** The source lists no cost for “{0}”. */
  static final Message RISK_NONE = Message.of("stage.risk.none", 1);

  /** {0,choice,0#No Ops team|1#One Ops team|1<{0,number,integer} Ops teams}, fewer than the … */
  static final Message SINGLE_TEAM_NOT_ENOUGH = Message.of("stage.singleTeam.notEnough", 4);

  /** Fewer Ops teams than centralising usually pools, but {0,number,integer} stage-1 symptom… */
  static final Message SINGLE_TEAM_WAIVER = Message.of("stage.singleTeam.waiver", 2);

  /** Company size not given: the business headcount of the staffing target ({0,number,intege… */
  static final Message SIZE_FROM_STAFFING = Message.of("stage.sizeFromStaffing", 1);

  /** The chart has {0,number,integer} Ops against a staffing target of {1,number,integer}: {… */
  static final Message STAFFING_ABOVE = Message.of("stage.staffing.above", 3);

  /** Every staffed business function ({0,number,integer}) is served by an Ops team. */
  static final Message STAFFING_ALL_COVERED = Message.of("stage.staffing.allCovered", 1);

  /** The chart has {0,number,integer} Ops, the staffing target. */
  static final Message STAFFING_AT_TARGET = Message.of("stage.staffing.atTarget", 1);

  /** That is below the staffing minimum of {0,number,integer}: some staffed function goes wi… */
  static final Message STAFFING_BELOW_MINIMUM = Message.of("stage.staffing.belowMinimum", 1);

  /** The chart has {0,number,integer} Ops against a staffing target of {1,number,integer} (m… */
  static final Message STAFFING_SHORT = Message.of("stage.staffing.short", 4);

  /** {0,choice,1#One staffed business function has|1<{0,number,integer} staffed business fun… */
  static final Message STAFFING_UNCOVERED = Message.of("stage.staffing.uncovered", 2);

  /** Step {0,number,integer} towards “{1}”: {2}. */
  static final Message STEP = Message.of("stage.step", 3);

  /** Towards “{0}”: {1} is {2,number,#.##} for a threshold of {3,number,#.##}: {4}. */
  static final Message TRIGGER = Message.of("stage.trigger", 5);

  /** Towards “{0}”: {1} not given (threshold {2,number,#.##}): neither met nor ruled out. */
  static final Message TRIGGER_UNKNOWN = Message.of("stage.trigger.unknown", 3);

  /** Towards “{0}”: {1}: {2} (a yes-or-no trigger and its state). */
  static final Message TRIGGER_FLAG = Message.of("stage.trigger.flag", 3);

  /** Towards “{0}”: {1}: not known, so neither met nor ruled out. */
  static final Message TRIGGER_FLAG_UNKNOWN = Message.of("stage.trigger.flag.unknown", 2);

  private StageMessages() {}
}
