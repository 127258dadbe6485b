package dev.revops.core.stage;

/** The kind of advice a {@link StageDiagnosis} gives. */
public enum Verdict {
  /** Move to the stage considered ({@link StageDiagnosis#next()}): every trigger is met. */
  MOVE,
  /** Stay: a known trigger of the stage considered is not met, or the last stage is reached. */
  STAY,
  /**
   * Cannot say: every known trigger is met, but some depend on inputs not given
   * ({@link StageDiagnosis#missing()}).
   */
  UNDECIDED
}
