package dev.revops.core.fit;

import com.google.common.collect.ImmutableList;
import dev.revops.core.explain.Basis;
import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.Reason;
import dev.revops.core.explain.Source;
import dev.revops.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
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
 * <p>Unknown is not zero: a competency that was not assessed counts at the origin's prior
 * ({@link FitPolicy#priors()}) and adds nothing to {@link FitAssessment#confidence()}; it never
 * counts as zero and never as a perfect match. The score is deterministic; {@link #rank} breaks
 * ties by confidence, then by candidate id.
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
    return assess(candidate, role, policy.requirements(role));
  }

  private FitAssessment assess(Candidate candidate, OpsRole role, RoleRequirements requirements) {
    OriginPrior prior = policy.prior(candidate.origin());
    double total = requirements.totalWeight();
    Explanation.Builder why = Explanation.builder();
    why.addReasons(Reason.input(FitMessages.INPUT_CANDIDATE, candidate.id(), candidate.origin(), candidate.totalYears(),
        candidate.opsYears(), (long) candidate.assessments().size()));
    why.addReasons(Reason.input(FitMessages.INPUT_ROLE, role.title(), role.specialty(), role.level(), role.mix().toString()));
    if (role.requirements().isPresent()) {
      why.addReasons(Reason.input(FitMessages.INPUT_REQUIREMENTS));
    } else {
      why.addReasons(matrixAssumed
          ? Reason.assumption(FitMessages.ASSUMPTION_MATRIX, policy.coreShare(), policy.specialtyBoost())
          : Reason.input(FitMessages.INPUT_MATRIX, policy.coreShare(), policy.specialtyBoost()));
    }
    why.addReasons(Reason.fact(Source.OPS_TEAM_PRACTICE_ARTICLE, FitMessages.originFact(candidate.origin())));
    ImmutableList.Builder<CompetencyFit> breakdown = ImmutableList.builder();
    List<CompetencyGap> gaps = new ArrayList<>();
    double score = 0;
    double backed = 0;
    boolean usedPrior = false;
    for (Map.Entry<Competency, Requirement> e : requirements.byCompetency().entrySet()) {
      Competency c = e.getKey();
      Requirement req = e.getValue();
      double share = req.weight() / total;
      Optional<Assessment> assessment = candidate.assessment(c);
      Proficiency expected = assessment.map(Assessment::proficiency).orElseGet(() -> prior.expected(c));
      usedPrior |= assessment.isEmpty();
      double coverage = req.required().level() == 0 ? 1 : Math.min(1.0, (double) expected.level() / req.required().level());
      double points = 100 * share * coverage;
      score += points;
      if (assessment.isPresent()) {
        backed += share * policy.evidenceWeights().getOrDefault(assessment.get().evidence(), 0.0);
      }
      breakdown.add(ImmutableCompetencyFit.generator().competency(c).required(req.required()).weightShare(share)
          .expected(expected).evidence(assessment.map(Assessment::evidence)).points(points).maxPoints(100 * share).build());
      why.addReasons(assessment.isPresent()
          ? Reason.computed(FitMessages.COMPUTED_ASSESSED, c, expected, assessment.get().evidence(), req.required(), share, points)
          : Reason.computed(FitMessages.COMPUTED_PRIOR, c, expected, candidate.origin(), req.required(), share, points));
      if (expected.level() < req.required().level()) {
        gaps.add(ImmutableCompetencyGap.generator().competency(c).required(req.required()).expected(expected)
            .assessed(assessment.isPresent()).pointsLost(100 * share - points)
            .actions(policy.developmentActions().getOrDefault(c, ImmutableList.of())).build());
      }
    }
    double finalScore = Math.max(0, Math.min(100, score));
    double confidence = Math.max(0, Math.min(1, backed));
    gaps.sort(Comparator.comparingDouble(CompetencyGap::pointsLost).reversed()
        .thenComparing(CompetencyGap::competency));
    if (usedPrior) {
      why.addReasons(priorsAssumed
          ? Reason.assumption(FitMessages.ASSUMPTION_PRIORS, candidate.origin())
          : Reason.input(FitMessages.INPUT_PRIORS, candidate.origin()));
    }
    why.addReasons(evidenceAssumed ? Reason.assumption(FitMessages.ASSUMPTION_EVIDENCE)
        : Reason.input(FitMessages.INPUT_EVIDENCE));
    why.addReasons(Reason.computed(FitMessages.COMPUTED_SCORE, finalScore, confidence));
    for (CompetencyGap gap : gaps) {
      why.addReasons(Reason.computed(gap.assessed() ? FitMessages.GAP_ASSESSED : FitMessages.GAP_PRIOR, gap.competency(),
          gap.expected(), gap.required(), gap.pointsLost()));
    }
    ImmutableList<FocusItem> focus = focus(candidate, requirements, prior);
    for (FocusItem item : focus) {
      why.addReasons(Reason.computed(FitMessages.FOCUS, item.competency(), item.reason()));
    }
    return ImmutableFitAssessment.generator()
        .candidate(candidate)
        .role(role)
        .requirements(requirements)
        .score(finalScore)
        .confidence(confidence)
        .breakdown(breakdown.build())
        .gaps(gaps)
        .interviewFocus(focus)
        .explanation(why.build())
        .build();
  }

  private ImmutableList<FocusItem> focus(Candidate candidate, RoleRequirements requirements, OriginPrior prior) {
    double total = requirements.totalWeight();
    List<FocusItem> items = new ArrayList<>();
    Set<Competency> listed = EnumSet.noneOf(Competency.class);
    requirements.byCompetency().entrySet().stream()
        .filter(e -> e.getValue().weight() / total >= policy.focusShare() && candidate.assessment(e.getKey()).isEmpty())
        .sorted(Comparator.<Map.Entry<Competency, Requirement>>comparingDouble(e -> e.getValue().weight()).reversed()
            .thenComparing(Map.Entry::getKey))
        .forEach(e -> {
          items.add(FocusItem.of(e.getKey(), FocusReason.HIGH_WEIGHT_UNASSESSED));
          listed.add(e.getKey());
        });
    for (Competency watch : prior.watchPoints()) {
      boolean tested = candidate.assessment(watch).map(a -> a.evidence() == Evidence.PRACTICAL_CASE).orElse(false);
      if (!tested && requirements.byCompetency().containsKey(watch) && listed.add(watch)) {
        items.add(FocusItem.of(watch, FocusReason.ORIGIN_WATCH_POINT));
      }
    }
    return ImmutableList.copyOf(items);
  }

  /**
   * Ranks candidates for a role: by score, then confidence (both descending), then id.
   * Deterministic and independent of the input order.
   *
   * @param candidates  the candidates, not null, no null element, unique ids
   * @param role  the role, not null
   * @return the assessments in rank order, never null
   * @throws IllegalArgumentException if two candidates share an id
   */
  public List<FitAssessment> rank(Collection<Candidate> candidates, OpsRole role) {
    Objects.requireNonNull(candidates, "candidates");
    Objects.requireNonNull(role, "role");
    RoleRequirements requirements = policy.requirements(role);
    Set<String> ids = new HashSet<>();
    List<FitAssessment> out = new ArrayList<>(candidates.size());
    int i = 0;
    for (Candidate candidate : candidates) {
      Objects.requireNonNull(candidate, "candidates[" + i + "]");
      if (!(ids.add(candidate.id()))) {
        throw Checks.invalid("candidates[" + i + "]", candidate.id(),
            "must not repeat the id of another candidate");
      }
      out.add(assess(candidate, role, requirements));
      i++;
    }
    out.sort(Comparator.comparingDouble(FitAssessment::score).reversed()
        .thenComparing(Comparator.comparingDouble(FitAssessment::confidence).reversed())
        .thenComparing(a -> a.candidate().id()));
    return ImmutableList.copyOf(out);
  }
}
