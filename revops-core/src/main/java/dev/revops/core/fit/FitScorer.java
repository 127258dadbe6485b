package dev.revops.core.fit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import dev.revops.core.explain.Basis;
import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.LocalizedText;
import dev.revops.core.explain.Messages;
import dev.revops.core.explain.Reason;
import dev.revops.core.explain.Source;
import dev.revops.core.internal.Checks;
import dev.revops.core.internal.Reasons;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores how well an Ops candidate fits a role, explains every point, and says what to test and
 * what to train.
 *
 * <pre>{@code
 * OpsRole salesOps = OpsRole.builder().specialty(OpsSpecialty.SALES_OPS).level(OpsLevel.SENIOR)
 *     .mix(MissionMix.parse("TOOLS:0.6,DATA:0.4")).build();
 * Candidate exSales = Candidate.builder().id("c1").origin(ProfileOrigin.SALES_OR_CUSTOMER_SUCCESS)
 *     .totalYears(6).build();
 * FitAssessment fit = FitScorer.withDefaults().assess(exSales, salesOps);
 * fit.gaps();            // technical tooling and data modelling first
 * fit.interviewFocus();  // test them in the practical case
 * }</pre>
 *
 * <p>Each competency starts at the prior of the candidate's origin ({@link FitPolicy#priors()}),
 * raised by experience ({@link FitPolicy#experienceShift}); each assessment moves the estimate
 * toward the assessed level by the strength of its evidence ({@link FitPolicy#evidenceWeights()}:
 * a practical case most, a self-declaration least). Unknown is not zero: a competency not assessed
 * counts at its prior, never as zero and never as a perfect match, and adds nothing to the
 * confidence. The score's range narrows as evidence backs more of the role; must-haves the
 * evidence contradicts take a candidate out of the ranking. Everything is deterministic.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FitScorer {

  private static final FitScorer DEFAULTS = new FitScorer(FitPolicy.defaults());

  private final FitPolicy policy;
  /** Whether the weights, levels and emphasis behind the requirements are all revops' assumptions. */
  private final boolean matrixAssumed;
  /** Whether the origin priors are revops' assumptions. */
  private final boolean priorsAssumed;
  /** Whether the evidence weights are revops' assumptions. */
  private final boolean evidenceAssumed;

  private FitScorer(FitPolicy policy) {
    this.policy = policy;
    this.matrixAssumed = Stream.of(FitPolicy.Figure.MATRIX, FitPolicy.Figure.CORE_REQUIREMENT_BY_LEVEL,
            FitPolicy.Figure.CORE_SHARE, FitPolicy.Figure.SPECIALTY_EMPHASIS, FitPolicy.Figure.SPECIALTY_BOOST)
        .allMatch(f -> policy.provenance(f).basis() == Basis.ASSUMPTION);
    this.priorsAssumed = policy.provenance(FitPolicy.Figure.PRIORS).basis() == Basis.ASSUMPTION;
    this.evidenceAssumed = policy.provenance(FitPolicy.Figure.EVIDENCE_WEIGHTS).basis() == Basis.ASSUMPTION;
  }

  /**
   * Obtains a scorer with {@link FitPolicy#defaults()}.
   *
   * @return the scorer, never null
   */
  public static FitScorer withDefaults() {
    return DEFAULTS;
  }

  /**
   * Obtains a scorer with the given policy.
   *
   * @param policy  the policy, not null
   * @return the scorer, never null
   */
  public static FitScorer of(FitPolicy policy) {
    return new FitScorer(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * The policy of this scorer.
   *
   * @return the policy, never null
   */
  public FitPolicy policy() {
    return policy;
  }

  /**
   * Assesses a candidate against a role.
   *
   * @param candidate  the candidate, not null
   * @param role  the role, not null
   * @return the assessment, never null
   */
  public FitAssessment assess(Candidate candidate, OpsRole role) {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(role, "role");
    return assess(candidate, new RoleContext(role));
  }

  /**
   * What every candidate for one role shares: the requirements, the reasons about the role and
   * the policy, the order in which competencies are listed. Worked out once per ranking, so that
   * ranking ten thousand candidates explains the role once and each candidate only for what is
   * theirs (reasons are immutable and shared).
   */
  private final class RoleContext {
    final OpsRole role;
    final RoleRequirements requirements;
    final double total;
    final List<Map.Entry<Competency, Requirement>> entries;
    /** Each requirement's share of the role, boxed once for the reasons of every candidate. */
    final Double[] shares;
    /** Competencies whose share calls for a question when unassessed, heaviest first. */
    final List<Competency> heavy;
    /** The must-haves by competency. */
    final List<Map.Entry<Competency, Proficiency>> mustHaves;
    /** Reasons about the role and the matrix, in order. */
    final List<Reason> roleReasons;
    final Reason evidence;
    final Reason uncertainty;
    final Map<ProfileOrigin, Reason> originFacts = new EnumMap<>(ProfileOrigin.class);
    final Map<ProfileOrigin, Reason> priors = new EnumMap<>(ProfileOrigin.class);

    RoleContext(OpsRole role) {
      this.role = role;
      this.requirements = policy.requirements(role);
      this.total = requirements.totalWeight();
      this.entries = new ArrayList<>(requirements.byCompetency().entrySet());
      this.shares = new Double[entries.size()];
      for (int k = 0; k < shares.length; k++) {
        shares[k] = entries.get(k).getValue().weight() / total;
      }
      List<Map.Entry<Competency, Requirement>> sorted = new ArrayList<>();
      for (Map.Entry<Competency, Requirement> e : entries) {
        if (e.getValue().weight() / total >= policy.focusShare()) {
          sorted.add(e);
        }
      }
      sorted.sort(Comparator.<Map.Entry<Competency, Requirement>>comparingDouble(e -> e.getValue().weight()).reversed()
          .thenComparing(Map.Entry::getKey));
      this.heavy = new ArrayList<>(sorted.size());
      sorted.forEach(e -> heavy.add(e.getKey()));
      this.mustHaves = new ArrayList<>(role.mustHaves().entrySet());
      mustHaves.sort(Map.Entry.comparingByKey());
      List<Reason> reasons = new ArrayList<>();
      reasons.add(Reason.input(FitMessages.INPUT_ROLE, role.title(), role.specialty(), role.level(),
          role.mix().toString()));
      if (role.requirements().isPresent()) {
        reasons.add(Reason.input(FitMessages.INPUT_REQUIREMENTS));
      } else {
        reasons.add(matrixAssumed
            ? Reason.assumption(FitMessages.ASSUMPTION_MATRIX, policy.coreShare(), policy.specialtyBoost())
            : Reason.input(FitMessages.INPUT_MATRIX, policy.coreShare(), policy.specialtyBoost()));
        List<Competency> emphasised = new ArrayList<>();
        for (Competency c : policy.levelEmphasis().getOrDefault(role.level(), List.of())) {
          if (requirements.byCompetency().containsKey(c)) {
            emphasised.add(c);
          }
        }
        if (!emphasised.isEmpty()) {
          reasons.add(reason(FitPolicy.Figure.LEVEL_EMPHASIS, FitMessages.LEVEL_EMPHASIS, role.level(),
              listOf(emphasised)));
        }
      }
      this.roleReasons = reasons;
      Object[] strengths = {policy.evidenceStrength(Evidence.PRACTICAL_CASE),
          policy.evidenceStrength(Evidence.INTERVIEW), policy.evidenceStrength(Evidence.REFERENCE),
          policy.evidenceStrength(Evidence.SELF_DECLARED)};
      this.evidence = evidenceAssumed ? Reason.assumption(FitMessages.ASSUMPTION_EVIDENCE, strengths)
          : Reason.input(FitMessages.INPUT_EVIDENCE, strengths);
      this.uncertainty = reason(FitPolicy.Figure.UNCERTAINTY_AT_NO_EVIDENCE, FitMessages.UNCERTAINTY,
          policy.uncertaintyAtNoEvidence());
    }

    Reason originFact(ProfileOrigin origin) {
      return originFacts.computeIfAbsent(origin,
          o -> Reason.fact(Source.OPS_TEAM_PRACTICE_ARTICLE, FitMessages.originFact(o)));
    }

    Reason priors(ProfileOrigin origin) {
      return priors.computeIfAbsent(origin, o -> priorsAssumed
          ? Reason.assumption(FitMessages.ASSUMPTION_PRIORS, o)
          : Reason.input(FitMessages.INPUT_PRIORS, o));
    }
  }

  private FitAssessment assess(Candidate candidate, RoleContext context) {
    OpsRole role = context.role;
    RoleRequirements requirements = context.requirements;
    OriginPrior prior = policy.prior(candidate.origin());
    double total = context.total;
    double shift = policy.experienceShift(candidate.opsYears(), candidate.totalYears());
    int size = context.entries.size();
    // the summary comes first; it is known last, so its place is kept
    List<Reason> why = new ArrayList<>(12 + context.roleReasons.size() + size + 2 * context.mustHaves.size());
    why.add(context.uncertainty);
    why.add(Reasons.input(FitMessages.INPUT_CANDIDATE, candidate.id(), candidate.origin(), candidate.totalYears(),
        candidate.opsYears(), (long) candidate.assessments().size()));
    for (int k = 0; k < context.roleReasons.size(); k++) { // addAll would copy the list first
      why.add(context.roleReasons.get(k));
    }
    why.add(context.originFact(candidate.origin()));
    why.add(reason(FitPolicy.Figure.OPS_YEARS_SHIFT, FitMessages.EXPERIENCE, policy.opsYearsShift(),
        policy.otherYearsShift(), policy.yearsAtFullShift(), shift));
    List<CompetencyFit> breakdown = new ArrayList<>(size);
    List<CompetencyGap> gaps = new ArrayList<>();
    double score = 0;
    double backed = 0;
    boolean usedPrior = false;
    for (int index = 0; index < size; index++) {
      Map.Entry<Competency, Requirement> e = context.entries.get(index);
      Competency c = e.getKey();
      Requirement req = e.getValue();
      Double share = context.shares[index];
      double start = Math.min(Proficiency.EXPERT.level(), prior.expected(c).level() + shift);
      List<Assessment> assessed = candidate.assessments(c);
      // each piece of evidence of strength s counts s / (1 - s) times as much as the prior
      double weight = evidenceWeight(assessed);
      double estimate = estimate(start, assessed, weight);
      double backing = weight / (1 + weight);
      // evidence stronger than a self-declaration showing the required level settles the question:
      // what remains below it is the prior's doubt, which the score and its range already carry
      boolean shownMet = false;
      for (int k = 0; k < assessed.size(); k++) {
        if (assessed.get(k).evidence() != Evidence.SELF_DECLARED) {
          shownMet = assessed.get(k).proficiency().level() >= req.required().level();
          break;
        }
      }
      usedPrior |= assessed.isEmpty();
      double points = points(share, estimate, req);
      score += points;
      backed += share * backing;
      Optional<Evidence> strongest = assessed.isEmpty() ? Optional.empty() : Optional.of(assessed.get(0).evidence());
      breakdown.add(ImmutableCompetencyFit.of(c, req.required(), share, tidy(start), estimate, backing, strongest, points,
          100 * share));
      why.add(assessed.isEmpty()
          ? Reasons.computed(FitMessages.COMPUTED_PRIOR, c, estimate, candidate.origin(), req.required(), share, points)
          : Reasons.computed(FitMessages.COMPUTED_ASSESSED, c, tidy(start), new EvidenceText(assessed), estimate,
              req.required(), share, points));
      // (a share too small for a double to show the points lost is no gap either)
      if (estimate < req.required().level() && !shownMet && 100 * share - points > 0) {
        gaps.add(ImmutableCompetencyGap.of(c, req.required(), estimate, !assessed.isEmpty(), 100 * share - points,
            policy.developmentActions().getOrDefault(c, ImmutableList.of())));
      }
    }
    double finalScore = finalScore(score);
    double confidence = confidence(backed);
    double halfWidth = halfWidth(confidence);
    double low = low(finalScore, halfWidth);
    double high = Math.min(100, low + 2 * halfWidth);
    if (gaps.size() > 1) {
      gaps.sort(Comparator.comparingDouble(CompetencyGap::pointsLost).reversed()
          .thenComparing(CompetencyGap::competency));
    }
    if (usedPrior) {
      why.add(context.priors(candidate.origin()));
    }
    why.add(context.evidence);
    why.add(context.uncertainty);
    List<MustHaveCheck> mustHaves = new ArrayList<>(context.mustHaves.size());
    MustHaveCheck notMet = null;
    for (int k = 0; k < context.mustHaves.size(); k++) {
      Map.Entry<Competency, Proficiency> m = context.mustHaves.get(k);
      MustHaveCheck check = MustHaveCheck.of(m.getKey(), m.getValue(), candidate.assessment(m.getKey()));
      mustHaves.add(check);
      if (notMet == null && check.status() == MustHaveStatus.NOT_MET) {
        notMet = check;
      }
      why.add(switch (check.status()) {
        case MET -> Reasons.computed(FitMessages.MUST_HAVE_MET, check.competency(), check.minimum(),
            check.decidedBy().orElseThrow().proficiency(), check.decidedBy().orElseThrow().evidence());
        case NOT_MET -> Reasons.computed(FitMessages.MUST_HAVE_NOT_MET, check.competency(), check.minimum(),
            check.decidedBy().orElseThrow().proficiency(), check.decidedBy().orElseThrow().evidence());
        case TO_VERIFY -> Reasons.computed(FitMessages.MUST_HAVE_TO_VERIFY, check.competency(), check.minimum());
      });
    }
    why.add(Reasons.computed(FitMessages.COMPUTED_SCORE, Math.round(finalScore), Math.round(low),
        Math.round(high), confidence));
    for (CompetencyGap gap : gaps) {
      why.add(Reasons.computed(gap.assessed() ? FitMessages.GAP_ASSESSED : FitMessages.GAP_PRIOR, gap.competency(),
          gap.estimate(), gap.required(), gap.pointsLost()));
    }
    List<FocusItem> focus = focus(candidate, context, prior, mustHaves);
    for (FocusItem item : focus) {
      why.add(Reasons.computed(FitMessages.FOCUS, item.competency(), item.reason()));
    }
    // the range always holds the score, as the assessment reports it
    double rangeLow = Math.min(low, finalScore);
    double rangeHigh = Math.max(high, finalScore);
    // the gap costing the most points (the first of the sorted gaps)
    CompetencyGap mainGap = gaps.isEmpty() ? null : gaps.get(0);
    long shown = Math.round(finalScore);
    long from = Math.round(rangeLow);
    long to = Math.round(rangeHigh);
    if (notMet != null) {
      why.set(0, Reasons.computed(FitMessages.SUMMARY_MUST_HAVE, candidate.id(), shown, from, to, role.title(),
          notMet.competency()));
    } else if (mainGap != null) {
      why.set(0, Reasons.computed(FitMessages.SUMMARY_GAP, candidate.id(), shown, from, to, role.title(),
          mainGap.competency(), mainGap.pointsLost()));
    } else {
      why.set(0, Reasons.computed(FitMessages.SUMMARY_NO_GAP, candidate.id(), shown, from, to, role.title()));
    }
    // the generated factory copies each list once (its builder copies them twice)
    return ImmutableFitAssessment.of(candidate, role, requirements, finalScore, rangeLow, rangeHigh, confidence, mustHaves,
        breakdown, gaps, focus, Explanation.of(why));
  }

  // ---------------------------------------------------------------- the numbers, shared by assess and shortlist

  /** The evidence of a competency, each piece counting s / (1 - s) times as much as the prior. */
  private double evidenceWeight(List<Assessment> assessed) {
    double weight = 0;
    for (int k = 0; k < assessed.size(); k++) { // indexed: no iterator for each of thousands of candidates
      weight += evidenceWeight(assessed.get(k).evidence());
    }
    return weight;
  }

  /** The prior {@code start} pulled toward each assessed level by the weight of its evidence. */
  private double estimate(double start, List<Assessment> assessed, double weight) {
    double pulled = start;
    for (int k = 0; k < assessed.size(); k++) {
      Assessment a = assessed.get(k);
      pulled += evidenceWeight(a.evidence()) * a.proficiency().level();
    }
    return tidy(pulled / (1 + weight));
  }

  /** The points a competency earns: its share of 100, times how much of the requirement the estimate covers. */
  private static double points(double share, double estimate, Requirement req) {
    double coverage = req.required().level() == 0 ? 1 : Math.min(1.0, estimate / req.required().level());
    return 100 * share * coverage;
  }

  private static double finalScore(double score) {
    return Math.max(0, Math.min(100, score));
  }

  private static double confidence(double backed) {
    return Math.max(0, Math.min(1, backed));
  }

  private double halfWidth(double confidence) {
    return policy.uncertaintyAtNoEvidence() * (1 - confidence);
  }

  private static double low(double finalScore, double halfWidth) {
    return Math.max(0, Math.min(finalScore - halfWidth, 100 - 2 * halfWidth));
  }

  /** What ranking needs of an assessment, without building it: the same numbers as {@link #assess}. */
  private record Scored(Candidate candidate, double score, double scoreLow, double confidence, boolean meetsMustHaves) {}

  private Scored scored(Candidate candidate, RoleContext context) {
    OriginPrior prior = policy.prior(candidate.origin());
    double shift = policy.experienceShift(candidate.opsYears(), candidate.totalYears());
    double score = 0;
    double backed = 0;
    for (int index = 0; index < context.entries.size(); index++) {
      Map.Entry<Competency, Requirement> e = context.entries.get(index);
      Competency c = e.getKey();
      Requirement req = e.getValue();
      double share = req.weight() / context.total;
      double start = Math.min(Proficiency.EXPERT.level(), prior.expected(c).level() + shift);
      List<Assessment> assessed = candidate.assessments(c);
      double weight = evidenceWeight(assessed);
      score += points(share, estimate(start, assessed, weight), req);
      backed += share * (weight / (1 + weight));
    }
    double finalScore = finalScore(score);
    double confidence = confidence(backed);
    double low = low(finalScore, halfWidth(confidence));
    boolean meets = true;
    for (int k = 0; k < context.mustHaves.size(); k++) {
      Map.Entry<Competency, Proficiency> m = context.mustHaves.get(k);
      List<Assessment> assessed = candidate.assessments(m.getKey());
      meets &= assessed.isEmpty() || !MustHaveCheck.fallsShort(m.getValue(), assessed.get(0));
    }
    return new Scored(candidate, finalScore, Math.min(low, finalScore), confidence, meets);
  }

  /**
   * The best candidates for a role out of many, each assessed and explained in full: the first
   * {@code size} of {@link #rank}'s placed group, in its order, with the same assessments. The
   * others are scored to find the best but are neither kept nor explained, so that shortlisting
   * ten thousand applicants costs little more than scoring them.
   *
   * @param candidates  the candidates, not null, no null element, unique ids
   * @param role  the role, not null
   * @param size  how many to keep, at least 1
   * @return the shortlist, never null
   * @throws dev.revops.core.InvalidValueException if two candidates share an id, or size is below 1
   */
  public FitShortlist shortlist(Collection<Candidate> candidates, OpsRole role, int size) {
    Objects.requireNonNull(candidates, "candidates");
    Objects.requireNonNull(role, "role");
    Checks.check(size >= 1, "size", size, "must be at least 1");
    RoleContext context = new RoleContext(role);
    Set<String> ids = new HashSet<>(candidates.size() * 4 / 3 + 1);
    List<Scored> placed = new ArrayList<>(candidates.size());
    int thin = 0;
    int out = 0;
    int i = 0;
    for (Candidate candidate : candidates) {
      Objects.requireNonNull(candidate, "candidates[" + i + "]");
      if (!ids.add(candidate.id())) {
        throw Checks.invalid("candidates[" + i + "]", candidate.id(), "must not repeat the id of another candidate");
      }
      Scored scored = scored(candidate, context);
      if (!scored.meetsMustHaves()) {
        out++;
      } else if (scored.confidence() < policy.rankingMinimumConfidence()) {
        thin++;
      } else {
        placed.add(scored);
      }
      i++;
    }
    List<Scored> top = Ordering.from(Comparator.comparingDouble(Scored::scoreLow).reversed()
        .thenComparing(Comparator.comparingDouble(Scored::score).reversed())
        .thenComparing(Comparator.comparingDouble(Scored::confidence).reversed())
        .thenComparing(s -> s.candidate().id())).leastOf(placed, size);
    List<FitAssessment> best = new ArrayList<>(top.size());
    for (Scored s : top) {
      best.add(assess(s.candidate(), context));
    }
    Explanation why = Explanation.of(
        Reason.computed(FitMessages.SHORTLIST, (long) best.size(), (long) (placed.size() - best.size()), (long) thin,
            (long) out),
        reason(FitPolicy.Figure.RANKING_MINIMUM_CONFIDENCE, FitMessages.RANK_RULE, policy.rankingMinimumConfidence()));
    return ImmutableFitShortlist.generator().best(best).placedCount(placed.size()).notEnoughEvidenceCount(thin)
        .notMeetingMustHavesCount(out).explanation(why).build();
  }

  /** How much one piece of evidence counts against the prior: s / (1 - s) for a strength s. */
  private double evidenceWeight(Evidence evidence) {
    double strength = policy.evidenceStrength(evidence);
    return strength / (1 - strength);
  }

  /** Rounds away the last bits of floating-point noise, so that 2.9999999999 is 3. */
  private static double tidy(double level) {
    return Math.max(0, Math.min(Proficiency.EXPERT.level(), Math.round(level * 1e9) / 1e9));
  }

  /** A reason about a figure of the policy: an assumption when it is revops' default, else an input. */
  private Reason reason(FitPolicy.Figure figure, dev.revops.core.explain.Message message, Object... args) {
    return policy.provenance(figure).basis() == Basis.ASSUMPTION ? Reason.assumption(message, args)
        : policy.provenance(figure).basis() == Basis.FACT ? Reason.fact(Source.OPS_TEAM_PRACTICE_ARTICLE, message, args)
        : Reason.input(message, args);
  }

  /**
   * The evidence of a competency in words, "strong in a practical case (80 %)", rendered only when
   * the reason is read or shown: ranking thousands of candidates formats none of it.
   */
  private final class EvidenceText implements dev.revops.core.explain.Localizable {
    private final List<Assessment> assessed;

    EvidenceText(List<Assessment> assessed) {
      this.assessed = assessed;
    }

    @Override
    public String displayName(Locale locale) {
      boolean french = Messages.isFrench(locale);
      StringBuilder text = new StringBuilder();
      for (Assessment a : assessed) {
        double strength = policy.evidenceStrength(a.evidence());
        text.append(text.length() == 0 ? "" : french ? " ; " : "; ")
            .append(Messages.format("fit.evidence.item", locale, List.of(a.proficiency(), a.evidence(), strength)));
      }
      return text.toString();
    }

    @Override
    public String toString() {
      return displayName(Locale.ENGLISH);
    }
  }

  /** Competencies as a list in both languages. */
  private static LocalizedText listOf(List<Competency> competencies) {
    StringBuilder en = new StringBuilder();
    StringBuilder fr = new StringBuilder();
    for (int i = 0; i < competencies.size(); i++) {
      String and = i == 0 ? "" : i == competencies.size() - 1 ? " and " : ", ";
      String et = i == 0 ? "" : i == competencies.size() - 1 ? " et " : ", ";
      en.append(and).append(competencies.get(i).displayName(Locale.ENGLISH));
      fr.append(et).append(competencies.get(i).displayName(Locale.FRENCH));
    }
    return LocalizedText.of(en.toString(), fr.toString());
  }

  private List<FocusItem> focus(Candidate candidate, RoleContext context, OriginPrior prior,
      List<MustHaveCheck> mustHaves) {
    List<FocusItem> items = new ArrayList<>(4);
    Set<Competency> listed = EnumSet.noneOf(Competency.class);
    for (MustHaveCheck check : mustHaves) {
      if (check.status() == MustHaveStatus.TO_VERIFY && listed.add(check.competency())) {
        items.add(FocusItem.of(check.competency(), FocusReason.MUST_HAVE_TO_VERIFY));
      }
    }
    for (int k = 0; k < context.heavy.size(); k++) {
      Competency c = context.heavy.get(k);
      if (candidate.assessments(c).isEmpty() && listed.add(c)) {
        items.add(FocusItem.of(c, FocusReason.HIGH_WEIGHT_UNASSESSED));
      }
    }
    for (Competency watch : prior.watchPoints()) {
      boolean tested = candidate.assessment(watch).map(a -> a.evidence() == Evidence.PRACTICAL_CASE).orElse(false);
      if (!tested && context.requirements.byCompetency().containsKey(watch) && listed.add(watch)) {
        items.add(FocusItem.of(watch, FocusReason.ORIGIN_WATCH_POINT));
      }
    }
    return items;
  }

  /**
   * Ranks candidates for a role, in three groups (see {@link FitRanking}): candidates meeting the
   * must-haves with at least {@link FitPolicy#rankingMinimumConfidence()} of the role backed by
   * evidence are placed by the low end of their range, then score, then confidence, then id;
   * the others are listed apart, by score then id. Deterministic and independent of the input
   * order.
   *
   * @param candidates  the candidates, not null, no null element, unique ids
   * @param role  the role, not null
   * @return the ranking, never null
   * @throws IllegalArgumentException if two candidates share an id
   */
  public FitRanking rank(Collection<Candidate> candidates, OpsRole role) {
    Objects.requireNonNull(candidates, "candidates");
    Objects.requireNonNull(role, "role");
    RoleContext context = new RoleContext(role);
    Set<String> ids = new HashSet<>();
    List<FitAssessment> placed = new ArrayList<>();
    List<FitAssessment> thin = new ArrayList<>();
    List<FitAssessment> out = new ArrayList<>();
    int i = 0;
    for (Candidate candidate : candidates) {
      Objects.requireNonNull(candidate, "candidates[" + i + "]");
      if (!(ids.add(candidate.id()))) {
        throw Checks.invalid("candidates[" + i + "]", candidate.id(),
            "must not repeat the id of another candidate");
      }
      FitAssessment fit = assess(candidate, context);
      if (!fit.meetsMustHaves()) {
        out.add(fit);
      } else if (fit.confidence() < policy.rankingMinimumConfidence()) {
        thin.add(fit);
      } else {
        placed.add(fit);
      }
      i++;
    }
    Comparator<FitAssessment> byScore = Comparator.comparingDouble(FitAssessment::score).reversed()
        .thenComparing(a -> a.candidate().id());
    placed.sort(Comparator.comparingDouble(FitAssessment::scoreLow).reversed()
        .thenComparing(Comparator.comparingDouble(FitAssessment::score).reversed())
        .thenComparing(Comparator.comparingDouble(FitAssessment::confidence).reversed())
        .thenComparing(a -> a.candidate().id()));
    thin.sort(byScore);
    out.sort(byScore);
    Explanation why = Explanation.of(
        Reason.computed(FitMessages.RANK_COUNTS, (long) placed.size(), (long) thin.size(), (long) out.size()),
        reason(FitPolicy.Figure.RANKING_MINIMUM_CONFIDENCE, FitMessages.RANK_RULE, policy.rankingMinimumConfidence()));
    return ImmutableFitRanking.generator().placed(placed).notEnoughEvidence(thin).notMeetingMustHaves(out)
        .explanation(why).build();
  }
}
