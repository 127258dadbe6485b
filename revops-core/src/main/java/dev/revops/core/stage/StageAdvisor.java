package dev.revops.core.stage;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.revops.core.explain.Basis;
import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.LocalizedText;
import dev.revops.core.explain.Messages;
import dev.revops.core.explain.Reason;
import dev.revops.core.explain.Source;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.Department;
import dev.revops.core.org.OpsTarget;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads where an Ops organisation stands among the four {@link OrgStage}s and advises what comes
 * next.
 *
 * <pre>{@code
 * OpsOrgChart chart = OpsOrgChart.of(
 *     OpsTeam.of("Sales Ops", OpsSpecialty.SALES_OPS, 2,
 *         ReportingLine.ofBusinessHead(BusinessFunction.SALES), BusinessFunction.SALES),
 *     OpsTeam.of("CS Ops", OpsSpecialty.CUSTOMER_OPS, 2,
 *         ReportingLine.ofBusinessHead(BusinessFunction.CUSTOMER_SUCCESS), BusinessFunction.CUSTOMER_SUCCESS));
 * StageDiagnosis d = StageAdvisor.withDefaults().diagnose(chart,
 *     StageSignals.builder().companySize(120).businessPrioritiesCrowdOutCompanyProjects(true).build());
 * d.current();   // Optional[EMBEDDED]
 * d.next();      // Optional[CENTRALIZED]: two siloed teams, conflicts of interest
 * d.risks();     // [LIMITED_AUTONOMY]
 * d.steps();     // [POOL_SHARED_WORK, MOVE_LINE_TO_EXECUTIVE, ONE_PROJECT_LIST_AND_BUDGET]
 * }</pre>
 *
 * <p><b>Classification.</b> Each team follows the pattern of its reporting line: a business head
 * is stage 1, a corporate executive stage 2, an Ops leader at the executive committee stage 3 (an
 * Ops leader outside it counts as {@link StagePolicy#leaderOutsideCommitteeCountsAs()}), and a
 * business head with a dotted line to Ops, beside a stage-3 team, is a team re-embedded at stage
 * 4. The shares of Ops headcount per pattern are read towards the latest pattern present (the
 * destination; for stage 4, the central team and the re-embedded ones together), from the largest
 * pattern short of it (the origin). One pattern alone is a stage. A destination holding at least
 * {@link StagePolicy#dominantShare()} is that stage, with a remnant. Anything else is a
 * transition from the origin to the destination, with the share of Ops still to move: a VP Ops
 * at the executive committee with one analyst, beside six Ops still under business heads, is a
 * move from stage 1 towards stage 3 with 75 % of it ahead.
 *
 * <p><b>Advice.</b> The stage considered is the next in line (1 → 2 → 3 → 4; 1 → 3 only if the
 * policy allows it), the end of a move under way, or a first Ops role when there is none. Each of
 * its triggers reports the value observed, the threshold and the distance ("1 Ops short"). Every
 * trigger met: move. A known trigger not met: stay. Otherwise the triggers left depend on inputs
 * not given, and the verdict is {@link Verdict#UNDECIDED} with what is {@link
 * StageDiagnosis#missing()}: an unknown input never yields a confident "stay". A single embedded
 * team, which has nothing to pool, is advised to centralise when it shows
 * {@link StagePolicy#singleTeamCentralizeMinSymptoms()} stage-1 symptoms. The diagnosis gives the
 * gains, costs and steps of the stage considered, and, with an {@link OpsTarget}, checks the chart
 * against the staffing: functions no Ops team serves, Ops counted against the target.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StageAdvisor {

  private static final StageAdvisor DEFAULTS = new StageAdvisor(StagePolicy.defaults());

  private final StagePolicy policy;
  /**
   * The classifications of the charts seen lately: a classification depends only on the chart and
   * the policy, and a plan diagnoses the same chart in many periods. Bounded, as an advisor may live
   * as long as the application.
   */
  private final com.google.common.cache.Cache<OpsOrgChart, StageClassification> classifications =
      com.google.common.cache.CacheBuilder.newBuilder().maximumSize(1_024).build();
  /** Whether every threshold of the policy is an assumption of revops (none set by the caller). */
  private final boolean thresholdsAssumed;

  private StageAdvisor(StagePolicy policy) {
    this.policy = policy;
    this.thresholdsAssumed = EnumSet.range(StagePolicy.Figure.FIRST_OPS_COMPANY_SIZE, StagePolicy.Figure.HYBRID_MIN_COMPANY_SIZE)
        .stream().allMatch(f -> policy.provenance(f).basis() == Basis.ASSUMPTION);
  }

  /**
   * Obtains an advisor with {@link StagePolicy#defaults()}.
   *
   * @return the advisor, never null
   */
  public static StageAdvisor withDefaults() {
    return DEFAULTS;
  }

  /**
   * Obtains an advisor with the given policy.
   *
   * @param policy  the policy, not null
   * @return the advisor, never null
   */
  public static StageAdvisor of(StagePolicy policy) {
    return new StageAdvisor(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * The policy of this advisor.
   *
   * @return the policy, never null
   */
  public StagePolicy policy() {
    return policy;
  }

  /**
   * Reads the stage of an org chart. Total: every chart gets a classification.
   *
   * @param chart  the chart, not null
   * @return the classification, never null
   */
  public StageClassification classify(OpsOrgChart chart) {
    Objects.requireNonNull(chart, "chart");
    StageClassification known = classifications.getIfPresent(chart);
    if (known == null) {
      known = classifyChart(chart);
      classifications.put(chart, known);
    }
    return known;
  }

  private StageClassification classifyChart(OpsOrgChart chart) {
    ImmutableStageClassification.Generator out = ImmutableStageClassification.generator();
    Explanation.Builder why = Explanation.builder();
    if (chart.isEmpty()) {
      why.addReasons(Reason.input(StageMessages.CLASSIFY_EMPTY));
      return out.kind(ClassificationKind.NO_OPS_FUNCTION).shareToMove(0).explanation(why.build()).build();
    }
    why.addReasons(Reason.fact(Source.OPS_TEAM_PRACTICE_ARTICLE, StageMessages.FACT_STAGES));
    boolean byHeadcount = chart.totalHeadcount() > 0;
    boolean hub = chart.teams().stream().anyMatch(t -> basePattern(t.reportingLine()) == OrgStage.AUTONOMOUS);
    Map<OrgStage, Double> weight = new EnumMap<>(OrgStage.class);
    Map<OrgStage, Long> people = new EnumMap<>(OrgStage.class);
    ImmutableList.Builder<TeamEvidence> evidence = ImmutableList.builder();
    boolean leaderOutside = false;
    boolean dottedWithoutHub = false;
    for (OpsTeam team : chart.teams()) {
      OrgStage pattern = pattern(team.reportingLine(), hub);
      evidence.add(TeamEvidence.of(team, pattern));
      weight.merge(pattern, byHeadcount ? (double) team.headcount() : 1.0, Double::sum);
      people.merge(pattern, (long) team.headcount(), Long::sum);
      why.addReasons(Reason.input(StageMessages.CLASSIFY_TEAM, team.name(), team.headcount(), team.reportingLine(),
          functions(team.serves()), pattern));
      if (team.reportingLine() instanceof ReportingLine.ToOpsLeader leader && !leader.onExecutiveCommittee()) {
        leaderOutside = true;
      }
      if (team.reportingLine() instanceof ReportingLine.ToBusinessHead head && head.dottedLineToOps() && !hub) {
        dottedWithoutHub = true;
      }
    }
    if (leaderOutside) {
      why.addReasons(Reason.assumption(StageMessages.ASSUMPTION_LEADER_OUTSIDE, policy.leaderOutsideCommitteeCountsAs()));
    }
    if (dottedWithoutHub) {
      why.addReasons(Reason.rule(StageMessages.CLASSIFY_DOTTED_WITHOUT_HUB));
    }
    double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
    double[] share = new double[OrgStage.values().length];
    Map<OrgStage, Double> shares = new EnumMap<>(OrgStage.class);
    for (OrgStage stage : OrgStage.values()) {
      share[stage.ordinal()] = weight.getOrDefault(stage, 0.0) / total;
      shares.put(stage, share[stage.ordinal()]);
    }
    why.addReasons(Reason.computed(byHeadcount ? StageMessages.CLASSIFY_SHARES : StageMessages.CLASSIFY_SHARES_BY_TEAMS,
        share[0], share[1], share[2], share[3]));
    out.shares(shares).evidence(evidence.build());
    why.addReasons(policy.provenance(StagePolicy.Figure.DOMINANT_SHARE).basis() == Basis.ASSUMPTION
        ? Reason.assumption(StageMessages.ASSUMPTION_DOMINANT, policy.dominantShare())
        : Reason.input(StageMessages.INPUT_DOMINANT, policy.dominantShare()));
    List<OrgStage> present = new ArrayList<>();
    for (OrgStage stage : OrgStage.values()) {
      if (weight.getOrDefault(stage, 0.0) > 0) {
        present.add(stage);
      }
    }
    OrgStage destination = present.get(present.size() - 1);
    // the origin: the largest pattern short of the destination (ties to the earlier stage)
    OrgStage origin = destination;
    for (OrgStage stage : present) {
      boolean partOfDestination = stage == destination || (destination == OrgStage.HYBRID && stage == OrgStage.AUTONOMOUS);
      if (!partOfDestination && (origin == destination || share[stage.ordinal()] > share[origin.ordinal()])) {
        origin = stage;
      }
    }
    double reached = destination == OrgStage.HYBRID
        ? share[OrgStage.HYBRID.ordinal()] + share[OrgStage.AUTONOMOUS.ordinal()] : share[destination.ordinal()];
    double toMove = origin == destination ? 0 : clamp(1 - reached);
    long opsToMove = 0;
    for (Map.Entry<OrgStage, Long> e : people.entrySet()) {
      boolean inDestination = e.getKey() == destination
          || (destination == OrgStage.HYBRID && e.getKey() == OrgStage.AUTONOMOUS);
      opsToMove += inDestination ? 0 : e.getValue();
    }
    out.shareToMove(toMove);
    if (origin == destination) {
      why.addReasons(destination == OrgStage.HYBRID ? Reason.rule(StageMessages.CLASSIFY_HYBRID, OrgStage.HYBRID)
          : Reason.rule(StageMessages.CLASSIFY_ONE_PATTERN, (long) origin.number(), origin));
      return out.kind(ClassificationKind.STAGE).current(origin).explanation(why.build()).build();
    }
    if (destination == OrgStage.HYBRID && reached >= policy.dominantShare()) {
      why.addReasons(Reason.rule(StageMessages.CLASSIFY_HYBRID, OrgStage.HYBRID));
    }
    if (reached >= policy.dominantShare()) {
      why.addReasons(Reason.rule(StageMessages.CLASSIFY_STAGE, (long) destination.number(), destination, reached,
          policy.dominantShare(), toMove, opsToMove));
      return out.kind(ClassificationKind.STAGE).current(destination).explanation(why.build()).build();
    }
    why.addReasons(Reason.rule(StageMessages.CLASSIFY_TRANSITION, (long) origin.number(), origin,
        (long) destination.number(), destination, reached, policy.dominantShare(), toMove, opsToMove));
    if (destination == OrgStage.AUTONOMOUS && reached < 0.5) {
      why.addReasons(Reason.computed(StageMessages.CLASSIFY_LEADER_FIRST, toMove));
    }
    if (origin == OrgStage.EMBEDDED && destination == OrgStage.AUTONOMOUS) {
      why.addReasons(Reason.rule(StageMessages.CLASSIFY_MARK_REEMBEDDED));
    }
    return out.kind(ClassificationKind.TRANSITION).current(origin).towards(destination).explanation(why.build()).build();
  }

  private static double clamp(double share) {
    return Math.max(0, Math.min(1, share));
  }

  /** The pattern of a line, before dotted lines are read (they need a stage-3 team beside them). */
  private OrgStage basePattern(ReportingLine line) {
    return switch (line.kind()) {
      case BUSINESS_HEAD -> OrgStage.EMBEDDED;
      case EXECUTIVE -> OrgStage.CENTRALIZED;
      case OPS_LEADER -> ((ReportingLine.ToOpsLeader) line).onExecutiveCommittee()
          ? OrgStage.AUTONOMOUS : policy.leaderOutsideCommitteeCountsAs();
    };
  }

  private OrgStage pattern(ReportingLine line, boolean hub) {
    if (hub && line instanceof ReportingLine.ToBusinessHead head && head.dottedLineToOps()) {
      return OrgStage.HYBRID;
    }
    return basePattern(line);
  }

  private static LocalizedText functions(Set<BusinessFunction> functions) {
    return LocalizedText.of(
        functions.stream().map(f -> f.displayName(Locale.ENGLISH)).collect(Collectors.joining(", ")),
        functions.stream().map(f -> f.displayName(Locale.FRENCH)).collect(Collectors.joining(", ")));
  }

  /**
   * Diagnoses an org chart: its stage, the symptoms, the stage considered next with its triggers,
   * the verdict, and the gains, costs and steps of that stage.
   *
   * @param chart  the chart, not null
   * @param signals  what the company observes, not null; what it leaves unknown stays unknown
   * @return the diagnosis, never null
   */
  public StageDiagnosis diagnose(OpsOrgChart chart, StageSignals signals) {
    return diagnose(chart, signals, Optional.empty());
  }

  /**
   * Diagnoses an org chart and checks it against a staffing target: the diagnosis of
   * {@link #diagnose(OpsOrgChart, StageSignals)}, plus the staffed functions no Ops team serves
   * and the Ops counted against the target. When the signals give no company size, the target's
   * business headcount is used (and the explanation says so).
   *
   * <pre>{@code
   * StaffingRecommendation rec = StaffingCalculator.withDefaults().recommend(org, MaturityPhase.STRUCTURING);
   * StageDiagnosis d = StageAdvisor.withDefaults().diagnose(chart, signals, rec.opsTarget());
   * d.staffingCheck().orElseThrow().uncoveredFunctions();   // [SUPPORT]
   * }</pre>
   *
   * @param chart  the chart, not null
   * @param signals  what the company observes, not null
   * @param target  the staffing target, not null
   * @return the diagnosis, never null
   */
  public StageDiagnosis diagnose(OpsOrgChart chart, StageSignals signals, OpsTarget target) {
    return diagnose(chart, signals, Optional.of(Objects.requireNonNull(target, "target")));
  }

  private StageDiagnosis diagnose(OpsOrgChart chart, StageSignals signals, Optional<OpsTarget> target) {
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(signals, "signals");
    StageClassification classification = classify(chart);
    Explanation.Builder why = Explanation.builder().from(classification.explanation());
    OptionalDouble givenSize = size(signals);
    if (givenSize.isEmpty() && target.isPresent()) {
      givenSize = OptionalDouble.of(target.get().businessHeadcount());
      why.addReasons(Reason.input(StageMessages.SIZE_FROM_STAFFING, target.get().businessHeadcount()));
    }
    OptionalDouble companySize = givenSize;
    Observations seen = observe(chart, signals, why);
    Optional<OrgStage> current = classification.current();
    Optional<OrgStage> considered;
    List<Trigger> triggers = new ArrayList<>();
    if (current.isEmpty()) {
      considered = Optional.of(OrgStage.EMBEDDED);
    } else if (classification.isTransition()) {
      considered = classification.towards();
      why.addReasons(Reason.computed(StageMessages.ADVICE_TRANSITION, current.get(), considered.get(),
          classification.shareToMove()));
      if (considered.get().number() - current.get().number() > 1 && !policy.allowSkipToAutonomous()) {
        why.addReasons(Reason.rule(StageMessages.ADVICE_SKIP_UNDER_WAY, current.get(), considered.get()));
      }
    } else if (current.get() == OrgStage.HYBRID) {
      considered = Optional.empty();
    } else {
      considered = Optional.of(OrgStage.ofNumber(current.get().number() + 1));
    }
    considered.ifPresent(c -> triggers.addAll(triggersTowards(c, chart, companySize, signals, seen, why)));
    if (!classification.isTransition() && current.orElse(null) == OrgStage.EMBEDDED && policy.allowSkipToAutonomous()) {
      List<Trigger> skip = triggersTowards(OrgStage.AUTONOMOUS, chart, companySize, signals, seen, why);
      if (skip.stream().allMatch(Trigger::met)) {
        considered = Optional.of(OrgStage.AUTONOMOUS);
        triggers.clear();
        triggers.addAll(skip);
        why.addReasons(Reason.input(StageMessages.ADVICE_SKIP));
      }
    }
    Verdict verdict;
    if (considered.isEmpty()) {
      verdict = Verdict.STAY;
    } else if (triggers.stream().allMatch(Trigger::met)) {
      verdict = Verdict.MOVE;
    } else if (triggers.stream().anyMatch(t -> t.status() == TriggerStatus.NOT_MET)) {
      verdict = Verdict.STAY;
    } else {
      verdict = Verdict.UNDECIDED;
    }
    addThresholds(why);
    for (Trigger t : triggers) {
      if (t.observed().isEmpty()) {
        why.addReasons(t.kind().isFlag()
            ? Reason.computed(StageMessages.TRIGGER_FLAG_UNKNOWN, t.towards(), t.kind())
            : Reason.computed(StageMessages.TRIGGER_UNKNOWN, t.towards(), t.kind(), t.threshold()));
      } else if (t.kind().isFlag()) {
        // a yes-or-no trigger reads as a state ("mandate given"), not as "1 for a threshold of 1"
        why.addReasons(Reason.computed(StageMessages.TRIGGER_FLAG, t.towards(), t.kind(),
            LocalizedText.of(t.describeState(Locale.ENGLISH).orElseThrow(), t.describeState(Locale.FRENCH).orElseThrow())));
      } else {
        why.addReasons(Reason.computed(StageMessages.TRIGGER, t.towards(), t.kind(), t.observed().getAsDouble(),
            t.threshold(), LocalizedText.of(t.describeDistance(Locale.ENGLISH), t.describeDistance(Locale.FRENCH))));
      }
    }
    List<StageTrait> gains = considered.map(OrgStage::gains).orElse(List.of());
    List<StageTrait> risks = considered.map(OrgStage::costs).orElse(List.of());
    List<StageStep> steps = considered.map(c -> steps(c, chart, classification, signals)).orElse(List.of());
    Reason advice = advice(verdict, current, considered, triggers, why);
    considered.ifPresent(c -> {
      for (StageTrait gain : gains) {
        why.addReasons(Reason.fact(Source.OPS_TEAM_PRACTICE_ARTICLE, StageMessages.GAIN, c, gain));
      }
      for (StageTrait risk : risks) {
        why.addReasons(Reason.fact(Source.OPS_TEAM_PRACTICE_ARTICLE, StageMessages.RISK, c, risk));
      }
      if (!c.costsReported()) {
        why.addReasons(Reason.fact(Source.OPS_TEAM_PRACTICE_ARTICLE, StageMessages.RISK_NONE, c));
      }
      for (int i = 0; i < steps.size(); i++) {
        why.addReasons(Reason.rule(StageMessages.STEP, (long) i + 1, c, steps.get(i)));
      }
    });
    Optional<StaffingCheck> check = target.map(t -> staffingCheck(chart, t, why));
    List<Reason> reasons = new ArrayList<>();
    reasons.add(advice);
    reasons.addAll(why.build().reasons());
    return ImmutableStageDiagnosis.generator()
        .classification(classification)
        .symptoms(seen.symptoms)
        .verdict(verdict)
        .considered(considered)
        .next(verdict == Verdict.MOVE ? considered : Optional.empty())
        .triggers(triggers)
        .gains(gains)
        .risks(risks)
        .steps(steps)
        .staffingCheck(check)
        .explanation(Explanation.of(reasons))
        .build();
  }

  /** The one-line advice that opens the explanation. */
  private Reason advice(Verdict verdict, Optional<OrgStage> current, Optional<OrgStage> considered, List<Trigger> triggers,
      Explanation.Builder why) {
    if (considered.isEmpty()) {
      return Reason.rule(StageMessages.ADVICE_FINAL, current.orElseThrow());
    }
    OrgStage c = considered.get();
    if (verdict == Verdict.MOVE) {
      if (current.isEmpty()) {
        return Reason.rule(StageMessages.ADVICE_CREATE);
      }
      if (c == OrgStage.HYBRID) {
        why.addReasons(Reason.fact(Source.OPS_TEAM_PRACTICE_ARTICLE, StageMessages.ADVICE_PARTIAL_RETURN));
      }
      return Reason.rule(StageMessages.ADVICE_MOVE, current.get(), c);
    }
    LocalizedText gaps = LocalizedText.of(gaps(triggers, Locale.ENGLISH), gaps(triggers, Locale.FRENCH));
    if (verdict == Verdict.UNDECIDED) {
      return current.isEmpty()
          ? Reason.rule(StageMessages.ADVICE_UNDECIDED_NO_OPS, gaps)
          : Reason.rule(StageMessages.ADVICE_UNDECIDED, current.get(), c, gaps);
    }
    return current.isEmpty()
        ? Reason.rule(StageMessages.ADVICE_NO_OPS, gaps)
        : Reason.rule(StageMessages.ADVICE_STAY, current.get(), c, gaps);
  }

  /** The triggers not met, each with its distance: "Ops headcount: 1 Ops short; business headcount: not given". */
  private static String gaps(List<Trigger> triggers, Locale locale) {
    return triggers.stream().filter(t -> !t.met())
        .map(t -> Messages.format("stage.gap", locale, List.of(t.kind().displayName(locale), t.describeDistance(locale))))
        .collect(Collectors.joining(Messages.isFrench(locale) ? " ; " : "; "));
  }

  private void addThresholds(Explanation.Builder why) {
    Object[] thresholds = {(long) policy.firstOpsCompanySize(), (long) policy.centralizeMinTeams(),
        (long) policy.centralizeMinOpsHeadcount(), (long) policy.centralizeMinSymptoms(),
        (long) policy.singleTeamCentralizeMinSymptoms(), (long) policy.autonomousMinOpsHeadcount(),
        (long) policy.autonomousMinCompanySize(), (long) policy.hybridMinOpsHeadcount(), (long) policy.hybridMinCompanySize()};
    why.addReasons(thresholdsAssumed
        ? Reason.assumption(StageMessages.ASSUMPTION_THRESHOLDS, thresholds)
        : Reason.input(StageMessages.INPUT_THRESHOLDS, thresholds));
  }

  private List<Trigger> triggersTowards(OrgStage target, OpsOrgChart chart, OptionalDouble companySize,
      StageSignals signals, Observations seen, Explanation.Builder why) {
    OptionalDouble opsHeadcount = OptionalDouble.of(chart.totalHeadcount());
    return switch (target) {
      case EMBEDDED -> List.of(Trigger.of(target, TriggerKind.COMPANY_SIZE, companySize, policy.firstOpsCompanySize()));
      case CENTRALIZED -> {
        int teams = chart.teams().size();
        double teamThreshold = policy.centralizeMinTeams();
        if (teams < policy.centralizeMinTeams()) {
          if (seen.stageOneKnown >= policy.singleTeamCentralizeMinSymptoms()) {
            teamThreshold = teams;
            why.addReasons(Reason.rule(StageMessages.SINGLE_TEAM_WAIVER, (long) seen.stageOneKnown,
                (long) policy.singleTeamCentralizeMinSymptoms()));
          } else {
            why.addReasons(Reason.rule(StageMessages.SINGLE_TEAM_NOT_ENOUGH, (long) teams, (long) policy.centralizeMinTeams(),
                (long) policy.singleTeamCentralizeMinSymptoms(), (long) seen.stageOneKnown));
          }
        }
        int symptomThreshold = policy.centralizeMinSymptoms();
        OptionalDouble symptoms = seen.stageOneKnown < symptomThreshold && seen.stageOneKnown + seen.stageOneUnknown >= symptomThreshold
            ? OptionalDouble.empty() : OptionalDouble.of(seen.stageOneKnown);
        yield List.of(
            Trigger.of(target, TriggerKind.OPS_TEAMS, OptionalDouble.of(teams), teamThreshold),
            Trigger.of(target, TriggerKind.OPS_HEADCOUNT, opsHeadcount, policy.centralizeMinOpsHeadcount()),
            Trigger.of(target, TriggerKind.SYMPTOMS, symptoms, symptomThreshold));
      }
      case AUTONOMOUS -> List.of(
          Trigger.of(target, TriggerKind.TRANSFORMATION_MANDATE, flag(signals.strategicTransformationMandate()), 1),
          Trigger.of(target, TriggerKind.OPS_HEADCOUNT, opsHeadcount, policy.autonomousMinOpsHeadcount()),
          Trigger.of(target, TriggerKind.COMPANY_SIZE, companySize, policy.autonomousMinCompanySize()));
      case HYBRID -> List.of(
          Trigger.of(target, TriggerKind.LOSING_TOUCH, flag(signals.losingTouchWithField()), 1),
          Trigger.of(target, TriggerKind.OPS_HEADCOUNT, opsHeadcount, policy.hybridMinOpsHeadcount()),
          Trigger.of(target, TriggerKind.COMPANY_SIZE, companySize, policy.hybridMinCompanySize()));
    };
  }

  /** The steps towards a stage, in order, chosen from what the chart already has. */
  private static List<StageStep> steps(OrgStage target, OpsOrgChart chart, StageClassification classification,
      StageSignals signals) {
    boolean leaderOnCommittee = chart.teams().stream().anyMatch(t -> t.reportingLine() instanceof ReportingLine.ToOpsLeader l
        && l.onExecutiveCommittee());
    boolean leaderOutside = chart.teams().stream().anyMatch(t -> t.reportingLine() instanceof ReportingLine.ToOpsLeader l
        && !l.onExecutiveCommittee());
    return switch (target) {
      case EMBEDDED -> List.of(StageStep.HIRE_FIRST_OPS, StageStep.WRITE_DOWN_PROCESSES);
      case CENTRALIZED -> chart.teams().size() <= 1
          ? List.of(StageStep.MOVE_LINE_TO_EXECUTIVE, StageStep.OPEN_TO_EVERY_FUNCTION, StageStep.ONE_PROJECT_LIST_AND_BUDGET)
          : List.of(StageStep.POOL_SHARED_WORK, StageStep.MOVE_LINE_TO_EXECUTIVE, StageStep.ONE_PROJECT_LIST_AND_BUDGET);
      case AUTONOMOUS -> {
        List<StageStep> steps = new ArrayList<>();
        if (!leaderOnCommittee) {
          steps.add(leaderOutside ? StageStep.SEAT_LEADER_ON_COMMITTEE : StageStep.CREATE_OPS_LEADER_ROLE);
        }
        steps.add(StageStep.BRING_TEAMS_UNDER_LEADER);
        if (!signals.strategicTransformationMandate().orElse(false)) {
          steps.add(StageStep.OBTAIN_TRANSFORMATION_MANDATE);
        }
        yield List.copyOf(steps);
      }
      case HYBRID -> classification.isTransition()
          ? List.of(StageStep.REEMBED_OPS_IN_BUSINESS_TEAMS, StageStep.KEEP_DOTTED_LINE_AND_STANDARDS)
          : List.of(StageStep.KEEP_CENTRAL_TRANSFORMATION_TEAM, StageStep.REEMBED_OPS_IN_BUSINESS_TEAMS,
              StageStep.KEEP_DOTTED_LINE_AND_STANDARDS);
    };
  }

  private static StaffingCheck staffingCheck(OpsOrgChart chart, OpsTarget target, Explanation.Builder why) {
    Set<BusinessFunction> covered = chart.teams().stream().filter(t -> t.headcount() > 0)
        .flatMap(t -> t.serves().stream()).collect(Collectors.toSet());
    ImmutableSet<BusinessFunction> uncovered = target.functionsToCover().stream().filter(f -> !covered.contains(f))
        .collect(ImmutableSet.toImmutableSet());
    StaffingCheck check = ImmutableStaffingCheck.generator().opsHeadcount(chart.totalHeadcount()).target(target.target())
        .minimum(target.minimum()).uncoveredFunctions(uncovered).build();
    if (check.shortOfTarget() > 0) {
      why.addReasons(Reason.computed(StageMessages.STAFFING_SHORT, check.opsHeadcount(), (long) check.target(),
          (long) check.minimum(), check.shortOfTarget()));
    } else if (check.aboveTarget() > 0) {
      why.addReasons(Reason.computed(StageMessages.STAFFING_ABOVE, check.opsHeadcount(), (long) check.target(),
          check.aboveTarget()));
    } else {
      why.addReasons(Reason.computed(StageMessages.STAFFING_AT_TARGET, check.opsHeadcount()));
    }
    if (check.belowMinimum()) {
      why.addReasons(Reason.computed(StageMessages.STAFFING_BELOW_MINIMUM, (long) check.minimum()));
    }
    if (uncovered.isEmpty()) {
      why.addReasons(Reason.computed(StageMessages.STAFFING_ALL_COVERED, (long) target.functionsToCover().size()));
    } else {
      why.addReasons(Reason.computed(StageMessages.STAFFING_UNCOVERED, (long) uncovered.size(), functions(uncovered)));
    }
    return check;
  }

  private static OptionalDouble flag(Optional<Boolean> value) {
    return value.map(v -> OptionalDouble.of(v ? 1 : 0)).orElseGet(OptionalDouble::empty);
  }

  private static OptionalDouble size(StageSignals signals) {
    return signals.companySize().isPresent() ? OptionalDouble.of(signals.companySize().getAsInt()) : OptionalDouble.empty();
  }

  /** The symptoms observed, and how many stage-1 symptoms are known present and unknown. */
  private static final class Observations {
    final ImmutableSet<Symptom> symptoms;
    final int stageOneKnown;
    final int stageOneUnknown;

    Observations(ImmutableSet<Symptom> symptoms, int stageOneKnown, int stageOneUnknown) {
      this.symptoms = symptoms;
      this.stageOneKnown = stageOneKnown;
      this.stageOneUnknown = stageOneUnknown;
    }
  }

  private static Observations observe(OpsOrgChart chart, StageSignals signals, Explanation.Builder why) {
    EnumSet<Symptom> found = EnumSet.noneOf(Symptom.class);
    List<Symptom> unknown = new ArrayList<>();
    boolean separateTeams = separateEmbeddedTeams(chart);
    if (separateTeams && !signals.sharedTooling().orElse(false)) {
      found.add(Symptom.SILOS);
      why.addReasons(Reason.computed(signals.sharedTooling().isPresent()
          ? StageMessages.DIAGNOSE_SILOS : StageMessages.DIAGNOSE_SILOS_TOOLING_UNKNOWN, Symptom.SILOS));
    }
    observe(signals.businessPrioritiesCrowdOutCompanyProjects(), Symptom.CONFLICTS_OF_INTEREST, found, unknown);
    observe(signals.noBudgetAccess(), Symptom.NO_BUDGET_ACCESS, found, unknown);
    observe(signals.losingTouchWithField(), Symptom.LOSING_TOUCH_WITH_FIELD, found, unknown);
    observe(signals.strategicTransformationMandate(), Symptom.STRATEGIC_TRANSFORMATION_MANDATE, found, unknown);
    for (Symptom symptom : found) {
      if (symptom != Symptom.SILOS) {
        why.addReasons(Reason.input(StageMessages.DIAGNOSE_SYMPTOM, symptom));
      }
    }
    if (found.isEmpty() && unknown.isEmpty()) {
      why.addReasons(Reason.input(StageMessages.DIAGNOSE_NO_SYMPTOM));
    }
    for (Symptom symptom : unknown) {
      why.addReasons(Reason.input(StageMessages.DIAGNOSE_UNKNOWN, symptom));
    }
    int known = 0;
    int notGiven = 0;
    for (Symptom s : STAGE_ONE_SYMPTOMS) {
      known += found.contains(s) ? 1 : 0;
      notGiven += unknown.contains(s) ? 1 : 0;
    }
    return new Observations(ImmutableSet.copyOf(found), known, notGiven);
  }

  private static final Set<Symptom> STAGE_ONE_SYMPTOMS =
      EnumSet.of(Symptom.SILOS, Symptom.CONFLICTS_OF_INTEREST, Symptom.NO_BUDGET_ACCESS);

  private static void observe(Optional<Boolean> value, Symptom symptom, Set<Symptom> found, List<Symptom> unknown) {
    if (value.isEmpty()) {
      unknown.add(symptom);
    } else if (value.get()) {
      found.add(symptom);
    }
  }

  /**
   * Separate embedded teams: at least two Ops teams on business-head lines serving different
   * functions, with no shared team (one on another line, or serving more than one department).
   */
  private static boolean separateEmbeddedTeams(OpsOrgChart chart) {
    List<OpsTeam> embedded = new ArrayList<>();
    for (OpsTeam team : chart.teams()) {
      Set<Department> departments = team.serves().stream().map(BusinessFunction::department).collect(Collectors.toSet());
      if (team.reportingLine().kind() != ReportingKind.BUSINESS_HEAD || departments.size() > 1) {
        return false;
      }
      embedded.add(team);
    }
    return embedded.size() >= 2 && embedded.stream().map(OpsTeam::serves).distinct().count() >= 2;
  }
}
