package dev.revops.core.pay;

import dev.revops.core.explain.Message;

/**
 * The messages of the pay package, each with the number of arguments its pattern takes
 * (catalogue: {@code messages.properties} and {@code messages_fr.properties} beside this class).
 * A test checks every constant against both languages.
 */
final class PayMessages {

  /** The study gives no head count per level: revops assumes {0,number,integer} people for {… */
  static final Message ASSUMPTION_COHORT_SIZE = Message.of("pay.assumption.cohortSize", 2);

  /** A maximum less than {0,number,percent} above the median makes the fit near-degenerate; … */
  static final Message ASSUMPTION_NEAR_DEGENERATE = Message.of("pay.assumption.nearDegenerate", 1);

  /** Each experience bucket is placed at one representative year on the curve ({0}): a conve… */
  static final Message ASSUMPTION_REPRESENTATIVE_YEARS = Message.of("pay.assumption.representativeYears", 1);

  /** Sample-size rules are revops defaults: percentiles published from {0,number,integer} sa… */
  static final Message ASSUMPTION_SAMPLE = Message.of("pay.assumption.sample", 3);

  /** Confidence: {0}. */
  static final Message COMPUTED_CONFIDENCE = Message.of("pay.computed.confidence", 1);

  /** It sits at percentile {0,number,#.#}; compa-ratio {1,number,#.##} against a median of {2}. */
  static final Message COMPUTED_POSITION = Message.of("pay.computed.position", 3);

  /** Verdict: {0} (P25 {1}, P75 {2}). */
  static final Message COMPUTED_VERDICT = Message.of("pay.computed.verdict", 3);

  /** {0,number,integer} salaries in {1}. */
  static final Message EMPIRICAL_INPUT = Message.of("pay.empirical.input", 2);

  /** Quantiles by Hyndman–Fan definition {0}, computed by Commons Statistics; a salary’s per… */
  static final Message EMPIRICAL_METHOD = Message.of("pay.empirical.method", 1);

  /** Only {0,number,integer} salaries (fewer than {1,number,integer}): the percentiles are i… */
  static final Message EMPIRICAL_THIN = Message.of("pay.empirical.thin", 2);

  /** Only {0,number,integer} salaries: percentiles are withheld below {1,number,integer}. */
  static final Message EMPIRICAL_UNPUBLISHED = Message.of("pay.empirical.unpublished", 2);

  /** {0}: median {1}, maximum {2}; {3,number,percent} receive a bonus. */
  static final Message FACT_COHORT = Message.of("pay.fact.cohort", 4);

  /** {0}: median {1}, maximum {2}. */
  static final Message FACT_COHORT_NO_BONUS = Message.of("pay.fact.cohortNoBonus", 3);

  /** Median salary with {0} years of experience: {1}. */
  static final Message FACT_EXPERIENCE = Message.of("pay.fact.experience", 2);

  /** {0,number,integer} people in the cohort of {1}. */
  static final Message INPUT_COHORT_SIZE = Message.of("pay.input.cohortSize", 2);

  /** Median {0} and maximum {1}, observed among {2,number,integer} people. */
  static final Message INPUT_MEDIAN_MAXIMUM = Message.of("pay.input.medianMaximum", 3);

  /** Salary positioned: {0}. */
  static final Message INPUT_SALARY = Message.of("pay.input.salary", 1);

  /** A salary of {0} sits at percentile {1}, {2}; compa-ratio {3}; confidence: {4} (first line). */
  static final Message POSITION_SUMMARY = Message.of("pay.position.summary", 5);

  /** Sample-size rules set by the caller: percentiles published from {0,number,integer} sala… */
  static final Message INPUT_SAMPLE = Message.of("pay.input.sample", 3);

  /** Log-normal fit: the median sets the centre exactly; the maximum of {0,number,integer} d… */
  static final Message LOGNORMAL_METHOD = Message.of("pay.lognormal.method", 2);

  /** Spread σ = {0,number,#.####}; any σ from {1,number,#.####} to {2,number,#.####} would m… */
  static final Message LOGNORMAL_SIGMA = Message.of("pay.lognormal.sigma", 3);

  /** Spread σ = {0,number,#.####}; any σ from {1,number,#.####} upwards would make the obser… */
  static final Message LOGNORMAL_SIGMA_OPEN = Message.of("pay.lognormal.sigmaOpen", 2);

  /** {0}: {1,number,percent} receive a bonus. */
  static final Message OUTLOOK_BONUS = Message.of("pay.outlook.bonus", 2);

  /** {0}: {1,number,percent} hold equity (BSPCE, French start-up stock warrants). */
  static final Message OUTLOOK_EQUITY_LEVEL = Message.of("pay.outlook.equityLevel", 2);

  /** {0,number,percent} of respondents hold equity (BSPCE, French start-up stock warrants); … */
  static final Message OUTLOOK_EQUITY_OVERALL = Message.of("pay.outlook.equityOverall", 1);

  /** Ops salaries rose by {0,number,percent} on average in {1,number,#}. */
  static final Message OUTLOOK_RAISE = Message.of("pay.outlook.raise", 2);

  /** {0,number,percent} of respondents have a variable part of pay (individual or company pe… */
  static final Message OUTLOOK_VARIABLE = Message.of("pay.outlook.variable", 1);

  /** Below {0} and above {1}, salaries are extrapolated from the end segments. */
  static final Message POINTS_EXTRAPOLATED = Message.of("pay.points.extrapolated", 2);

  /** {0,number,integer} quantile points from {1} to {2}. */
  static final Message POINTS_INPUT = Message.of("pay.points.input", 3);

  /** Between neighbouring points the logarithm of salary is linear in the normal score (a lo… */
  static final Message POINTS_METHOD = Message.of("pay.points.method", 1);

  /** Between anchors, the logarithm of salary follows a monotone cubic (PCHIP); the curve st… */
  static final Message RULE_PCHIP = Message.of("pay.rule.pchip", 0);

  /** The study reports these {0,number,integer} levels in a single row; each of them uses th… */
  static final Message RULE_SHARED_ROW = Message.of("pay.rule.sharedRow", 1);

  /** The maximum ({0}) is only {1,number,percent} above the median ({2}), under the {3,numbe… */
  static final Message WARNING_NEAR_DEGENERATE = Message.of("pay.warning.nearDegenerate", 4);

  /** See pay.assumption.shape in the catalogue. */
  static final Message ASSUMPTION_SHAPE = Message.of("pay.assumption.shape", 0);

  /** See pay.computed.cohortProjected in the catalogue. */
  static final Message COMPUTED_COHORT_PROJECTED = Message.of("pay.computed.cohortProjected", 5);

  /** See pay.input.projection in the catalogue. */
  static final Message INPUT_PROJECTION = Message.of("pay.input.projection", 4);

  /** See pay.assumption.spreadFloor in the catalogue. */
  static final Message ASSUMPTION_SPREAD_FLOOR = Message.of("pay.assumption.spreadFloor", 3);

  /** See pay.input.spreadFloor in the catalogue. */
  static final Message INPUT_SPREAD_FLOOR = Message.of("pay.input.spreadFloor", 3);

  /** See pay.computed.spreadAboveFloor in the catalogue. */
  static final Message COMPUTED_SPREAD_ABOVE_FLOOR = Message.of("pay.computed.spreadAboveFloor", 2);

  /** See pay.warning.spreadFloored in the catalogue. */
  static final Message WARNING_SPREAD_FLOORED = Message.of("pay.warning.spreadFloored", 3);

  /** See pay.offer.summary in the catalogue. */
  static final Message OFFER_SUMMARY = Message.of("pay.offer.summary", 8);

  /** See pay.offer.summaryWithExperience in the catalogue. */
  static final Message OFFER_SUMMARY_WITH_EXPERIENCE = Message.of("pay.offer.summaryWithExperience", 9);

  /** See pay.offer.summaryImplausible in the catalogue. */
  static final Message OFFER_SUMMARY_IMPLAUSIBLE = Message.of("pay.offer.summaryImplausible", 3);

  /** See pay.offer.levelView in the catalogue. */
  static final Message OFFER_LEVEL_VIEW = Message.of("pay.offer.levelView", 4);

  /** See pay.offer.experienceFactor in the catalogue. */
  static final Message OFFER_EXPERIENCE_FACTOR = Message.of("pay.offer.experienceFactor", 6);

  /** See pay.offer.experienceFactorEdge in the catalogue. */
  static final Message OFFER_EXPERIENCE_FACTOR_EDGE = Message.of("pay.offer.experienceFactorEdge", 5);

  /** See pay.offer.experienceView in the catalogue. */
  static final Message OFFER_EXPERIENCE_VIEW = Message.of("pay.offer.experienceView", 3);

  /** See pay.offer.noExperienceCurve in the catalogue. */
  static final Message OFFER_NO_EXPERIENCE_CURVE = Message.of("pay.offer.noExperienceCurve", 0);

  /** See pay.offer.range in the catalogue. */
  static final Message OFFER_RANGE = Message.of("pay.offer.range", 5);

  /** See pay.offer.minimumOtherCurrency in the catalogue. */
  static final Message OFFER_MINIMUM_OTHER_CURRENCY = Message.of("pay.offer.minimumOtherCurrency", 1);

  /** See pay.warning.viewsDisagree in the catalogue. */
  static final Message WARNING_VIEWS_DISAGREE = Message.of("pay.warning.viewsDisagree", 6);

  /** See pay.warning.belowMinimum in the catalogue. */
  static final Message WARNING_BELOW_MINIMUM = Message.of("pay.warning.belowMinimum", 2);

  /** See pay.warning.farAboveMaximum in the catalogue. */
  static final Message WARNING_FAR_ABOVE_MAXIMUM = Message.of("pay.warning.farAboveMaximum", 5);

  /** See pay.assumption.offerPolicy in the catalogue. */
  static final Message ASSUMPTION_OFFER_POLICY = Message.of("pay.assumption.offerPolicy", 3);

  /** See pay.input.offerPolicy in the catalogue. */
  static final Message INPUT_OFFER_POLICY = Message.of("pay.input.offerPolicy", 3);

  private PayMessages() {}
}
