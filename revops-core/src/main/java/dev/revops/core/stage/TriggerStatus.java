package dev.revops.core.stage;

/** Where a {@link Trigger} stands. */
public enum TriggerStatus {
  /** The observed value reaches the threshold. */
  MET,
  /** The observed value is known and below the threshold. */
  NOT_MET,
  /** The value was not given: the trigger can be neither met nor ruled out. */
  UNKNOWN
}
