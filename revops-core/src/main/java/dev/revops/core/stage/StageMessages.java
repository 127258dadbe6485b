package dev.revops.core.stage;

import dev.revops.core.explain.Message;

/**
 * The messages of the stage package, each with the number of arguments its pattern takes
 * (catalogue: {@code messages.properties} and {@code messages_fr.properties} beside this class).
 * A test checks every constant against both languages.
 */
final class StageMessages {

  /** Recommended: create a first Ops role, {0}. */
  static final Message ADVICE_CREATE = Message.of("stage.advice.create", 1);

  /** Stage 4 ({0}) is the last stage described: stay, and keep strategy and field in balance. */
  static final Message ADVICE_FINAL = Message.of("stage.advice.final", 1);

  /** Recommended move: from “{0}” to “{1}”. */
  static final Message ADVICE_MOVE = Message.of("stage.advice.move", 2);

  /** Recommended: no Ops function yet; revisit as the company grows. */
  static final Message ADVICE_NO_OPS = Message.of("stage.advice.noOps", 0);

  /** Going from an autonomous department to the hybrid stage is the deliberate partial retur… */
  static final Message ADVICE_PARTIAL_RETURN = Message.of("stage.advice.partialReturn", 0);

  /** The policy allows going straight from stage 1 to stage 3, and the triggers of stage 3 a… */
  static final Message ADVICE_SKIP = Message.of("stage.advice.skip", 0);

  /** Recommended: stay “{0}” for now; not every trigger of the next stage is met. */
  static final Message ADVICE_STAY = Message.of("stage.advice.stay", 1);

  /** A move from “{0}” to “{1}” is under way. */
  static final Message ADVICE_TRANSITION = Message.of("stage.advice.transition", 2);

  /** A stage is read from the pattern holding at least {0,number,percent} of the Ops headcou… */
  static final Message ASSUMPTION_DOMINANT = Message.of("stage.assumption.dominant", 1);

  /** An Ops leader outside the executive committee is read as the pattern of the stage “{0}”… */
  static final Message ASSUMPTION_LEADER_OUTSIDE = Message.of("stage.assumption.leaderOutside", 1);

  /** Move thresholds are revops defaults, not published figures: a first Ops from {0,number,… */
  static final Message ASSUMPTION_THRESHOLDS = Message.of("stage.assumption.thresholds", 8);

  /** No Ops team: the company has no Ops function yet. */
  static final Message CLASSIFY_EMPTY = Message.of("stage.classify.empty", 0);

  /** Ops under a leader at the executive committee work alongside Ops embedded in the busine… */
  static final Message CLASSIFY_HYBRID = Message.of("stage.classify.hybrid", 1);

  /** Share of Ops headcount: embedded {0,number,percent}, centralised {1,number,percent}, au… */
  static final Message CLASSIFY_SHARES = Message.of("stage.classify.shares", 3);

  /** Every team has zero headcount, so teams are counted instead: embedded {0,number,percent… */
  static final Message CLASSIFY_SHARES_BY_TEAMS = Message.of("stage.classify.sharesByTeams", 3);

  /** Stage {0,number,integer}, {1}: its pattern holds at least {2,number,percent} of the Ops… */
  static final Message CLASSIFY_STAGE = Message.of("stage.classify.stage", 3);

  /** {0}: {1,number,integer} Ops reporting to {2}, serving {3}: the pattern of the stage “{4}”. */
  static final Message CLASSIFY_TEAM = Message.of("stage.classify.team", 5);

  /** Between stage {0,number,integer} ({1}) and stage {2,number,integer} ({3}): neither patt… */
  static final Message CLASSIFY_TRANSITION = Message.of("stage.classify.transition", 5);

  /** No symptom observed. */
  static final Message DIAGNOSE_NO_SYMPTOM = Message.of("stage.diagnose.noSymptom", 0);

  /** Read from the org chart: {0} (several teams serve different functions with no shared te… */
  static final Message DIAGNOSE_SILOS = Message.of("stage.diagnose.silos", 1);

  /** Observed: {0}. */
  static final Message DIAGNOSE_SYMPTOM = Message.of("stage.diagnose.symptom", 1);

  /** Ops organisations typically go through four stages: embedded in the business, partly ce… */
  static final Message FACT_STAGES = Message.of("stage.fact.stages", 0);

  /** The policy reads a stage from the pattern holding at least {0,number,percent} of the Op… */
  static final Message INPUT_DOMINANT = Message.of("stage.input.dominant", 1);

  /** Move thresholds set by the policy: a first Ops from {0,number,integer} business staff; … */
  static final Message INPUT_THRESHOLDS = Message.of("stage.input.thresholds", 8);

  /** Risk of “{0}”: {1}. */
  static final Message RISK = Message.of("stage.risk", 2);

  /** The source lists no cost for “{0}”. */
  static final Message RISK_NONE = Message.of("stage.risk.none", 1);

  /** Towards “{0}”: {1} is {2,number,#.##} for a threshold of {3,number,#.##}: {4}. */
  static final Message TRIGGER = Message.of("stage.trigger", 5);

  /** met */
  static final Message TRIGGER_MET = Message.of("stage.trigger.met", 0);

  /** not met */
  static final Message TRIGGER_NOT_MET = Message.of("stage.trigger.notMet", 0);

  /** Towards “{0}”: {1} is unknown (threshold {2,number,#.##}): not met. */
  static final Message TRIGGER_UNKNOWN = Message.of("stage.trigger.unknown", 3);

  private StageMessages() {}
}
