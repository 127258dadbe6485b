package dev.revops.core.fit;

import dev.revops.core.explain.Message;

/**
 * The messages of the fit package, each with the number of arguments its pattern takes
 * (catalogue: {@code messages.properties} and {@code messages_fr.properties} beside this class).
 * A test checks every constant against both languages.
 */
final class FitMessages {

  /** {0}: {1} out of 100 (plausible range {2} to {3}) for {4}; the main gap is {5}… (first line). */
  static final Message SUMMARY_GAP = Message.of("fit.summary.gap", 7);

  /** {0}: {1} out of 100 (plausible range {2} to {3}) for {4}, with no gap found (first line). */
  static final Message SUMMARY_NO_GAP = Message.of("fit.summary.noGap", 5);

  /** {0}: {1} out of 100 … for {4}, but the must-have {5} is not met (first line). */
  static final Message SUMMARY_MUST_HAVE = Message.of("fit.summary.mustHave", 6);

  /** Confidence weighs evidence as revops assumes: practical case 1, interview 0.7, referenc… */
  static final Message ASSUMPTION_EVIDENCE = Message.of("fit.assumption.evidence", 4);

  /** Requirements come from the mission mix through a revops matrix of competency weights pe… */
  static final Message ASSUMPTION_MATRIX = Message.of("fit.assumption.matrix", 2);

  /** Competencies not assessed count at the level revops expects for this background ({0}): … */
  static final Message ASSUMPTION_PRIORS = Message.of("fit.assumption.priors", 1);

  /** {0}: {1} ({2}) against {3} required, {4,number,percent} of the role: {5,number,#.#} poi… */
  static final Message COMPUTED_ASSESSED = Message.of("fit.computed.assessed", 7);

  /** {0}: not assessed, {1} expected for this background ({2}), against {3} required, {4,num… */
  static final Message COMPUTED_PRIOR = Message.of("fit.computed.prior", 6);

  /** Score {0,number,#.#} out of 100; confidence {1,number,percent} of the requirement weigh… */
  static final Message COMPUTED_SCORE = Message.of("fit.computed.score", 4);
  static final Message EXPERIENCE = Message.of("fit.experience", 4);
  static final Message UNCERTAINTY = Message.of("fit.uncertainty", 1);
  static final Message LEVEL_EMPHASIS = Message.of("fit.level.emphasis", 2);
  static final Message MUST_HAVE_MET = Message.of("fit.mustHave.met", 4);
  static final Message MUST_HAVE_NOT_MET = Message.of("fit.mustHave.notMet", 4);
  static final Message MUST_HAVE_TO_VERIFY = Message.of("fit.mustHave.toVerify", 2);
  static final Message RANK_RULE = Message.of("fit.rank.rule", 1);
  static final Message RANK_COUNTS = Message.of("fit.rank.counts", 3);
  /** The shortlist's size and what it leaves out. */
  static final Message SHORTLIST = Message.of("fit.shortlist", 4);

  /** Test in the practical case: {0}, which {1}. */
  static final Message FOCUS = Message.of("fit.focus", 2);

  /** Gap: {0} assessed {1}, {2} required: {3,number,#.#} points lost. */
  static final Message GAP_ASSESSED = Message.of("fit.gap.assessed", 4);

  /** Likely gap: {0} expected {1} (not assessed), {2} required: {3,number,#.#} points at stake. */
  static final Message GAP_PRIOR = Message.of("fit.gap.prior", 4);

  /** Candidate {0}: {1}, {2,number,#.#} years of experience of which {3,number,#.#} in Ops, … */
  static final Message INPUT_CANDIDATE = Message.of("fit.input.candidate", 5);

  /** Confidence weighs evidence as the policy sets. */
  static final Message INPUT_EVIDENCE = Message.of("fit.input.evidence", 4);

  /** Requirements come from the mission mix through the policy’s matrix; competencies with a… */
  static final Message INPUT_MATRIX = Message.of("fit.input.matrix", 2);

  /** Competencies not assessed count at the level the policy expects for this background ({0}). */
  static final Message INPUT_PRIORS = Message.of("fit.input.priors", 1);

  /** The role’s requirements were set directly. */
  static final Message INPUT_REQUIREMENTS = Message.of("fit.input.requirements", 0);

  /** Role {0}: {1}, {2}, mission mix {3}. */
  static final Message INPUT_ROLE = Message.of("fit.input.role", 4);

  /** What the source says of each pool of candidates (fact). */
  static final Message FACT_ORIGIN_SALES_OR_CUSTOMER_SUCCESS = Message.of("fit.fact.origin.SALES_OR_CUSTOMER_SUCCESS", 0);
  static final Message FACT_ORIGIN_CONSULTING = Message.of("fit.fact.origin.CONSULTING", 0);
  static final Message FACT_ORIGIN_FINANCE = Message.of("fit.fact.origin.FINANCE", 0);
  static final Message FACT_ORIGIN_EXPERIENCED_OPS = Message.of("fit.fact.origin.EXPERIENCED_OPS", 0);
  static final Message FACT_ORIGIN_OTHER = Message.of("fit.fact.origin.OTHER", 0);

  /** The fact about one pool of candidates. */
  static Message originFact(ProfileOrigin origin) {
    return switch (origin) {
      case SALES_OR_CUSTOMER_SUCCESS -> FACT_ORIGIN_SALES_OR_CUSTOMER_SUCCESS;
      case CONSULTING -> FACT_ORIGIN_CONSULTING;
      case FINANCE -> FACT_ORIGIN_FINANCE;
      case EXPERIENCED_OPS -> FACT_ORIGIN_EXPERIENCED_OPS;
      case OTHER -> FACT_ORIGIN_OTHER;
    };
  }

  private FitMessages() {}
}
