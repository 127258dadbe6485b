package dev.revops.core.stage;

/** The three outcomes of a classification. */
public enum ClassificationKind {
  /** The chart has no Ops team: no Ops function yet. */
  NO_OPS_FUNCTION,
  /** The chart is at one stage. */
  STAGE,
  /** The chart mixes the patterns of two neighbouring stages: a move under way. */
  TRANSITION
}
