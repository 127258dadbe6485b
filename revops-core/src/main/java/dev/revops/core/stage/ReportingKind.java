package dev.revops.core.stage;

/** Who an Ops team reports to, in kind. */
public enum ReportingKind {
  /** The head of a business function (Head of Sales, Head of CS...). */
  BUSINESS_HEAD,
  /** A corporate executive ({@link CorporateExecutive}). */
  EXECUTIVE,
  /** An Ops leader of the Ops department itself. */
  OPS_LEADER
}
