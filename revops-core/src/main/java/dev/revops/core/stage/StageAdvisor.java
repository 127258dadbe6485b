package dev.revops.core.stage;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.revops.core.explain.Basis;
import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.LocalizedText;
import dev.revops.core.explain.Reason;
import dev.revops.core.explain.Source;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.Department;
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
 * }</pre>
 *
 * <p><b>Classification.</b> Each team follows the pattern of its reporting line: a business head
 * is stage 1, a corporate executive stage 2, an Ops leader at the executive committee stage 3 (an
 * Ops leader outside it counts as {@link StagePolicy#leaderOutsideCommitteeCountsAs()}). Teams of
 * stage 3 next to teams of stage 1 make stage 4, hybrid. Otherwise the pattern holding at least
 * {@link StagePolicy#dominantShare()} of the Ops headcount gives the stage, and a mix of two
 * patterns below that share is a transition between them.
 *
 * <p><b>Advice.</b> Moves go 1 → 2 → 3 → 4 (1 → 3 only if the policy allows it); never backwards,
 * except that 3 → 4 is itself the deliberate partial return of Ops to the business. A move is
 * recommended when every one of its triggers is met; with no symptom and no trigger met the advice
 * is to stay.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StageAdvisor {

  private static final StageAdvisor DEFAULTS = new StageAdvisor(StagePolicy.defaults());

  private final StagePolicy policy;
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
    ImmutableStageClassification.Generator out = ImmutableStageClassification.generator();
    Explanation.Builder why = Explanation.builder();
    if (chart.isEmpty()) {
      why.addReasons(Reason.input(StageMessages.CLASSIFY_EMPTY));
      return out.kind(ClassificationKind.NO_OPS_FUNCTION).explanation(why.build()).build();
    }
    why.addReasons(Reason.fact(Source.OPS_TEAM_PRACTICE_ARTICLE, StageMessages.FACT_STAGES));
    boolean byHeadcount = chart.totalHeadcount() > 0;
    Map<OrgStage, Double> weight = new EnumMap<>(OrgStage.class);
    ImmutableList.Builder<TeamEvidence> evidence = ImmutableList.builder();
    boolean leaderOutside = false;
    for (OpsTeam team : chart.teams()) {
      OrgStage pattern = pattern(team.reportingLine());
      evidence.add(TeamEvidence.of(team, pattern));
      weight.merge(pattern, byHeadcount ? (double) team.headcount() : 1.0, Double::sum);
      why.addReasons(Reason.input(StageMessages.CLASSIFY_TEAM, team.name(), team.headcount(), team.reportingLine(),
          functions(team.serves()), pattern));
      if (team.reportingLine() instanceof ReportingLine.ToOpsLeader leader && !leader.onExecutiveCommittee()) {
        leaderOutside = true;
      }
    }
    if (leaderOutside) {
      why.addReasons(Reason.assumption(StageMessages.ASSUMPTION_LEADER_OUTSIDE, policy.leaderOutsideCommitteeCountsAs()));
    }
    double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
    double embedded = weight.getOrDefault(OrgStage.EMBEDDED, 0.0) / total;
    double centralized = weight.getOrDefault(OrgStage.CENTRALIZED, 0.0) / total;
    double autonomous = weight.getOrDefault(OrgStage.AUTONOMOUS, 0.0) / total;
    Map<OrgStage, Double> shares = new EnumMap<>(OrgStage.class);
    shares.put(OrgStage.EMBEDDED, embedded);
    shares.put(OrgStage.CENTRALIZED, centralized);
    shares.put(OrgStage.AUTONOMOUS, autonomous);
    why.addReasons(Reason.computed(byHeadcount ? StageMessages.CLASSIFY_SHARES : StageMessages.CLASSIFY_SHARES_BY_TEAMS,
        embedded, centralized, autonomous));
    out.shares(shares).evidence(evidence.build());
    if (embedded > 0 && autonomous > 0) {
      why.addReasons(Reason.rule(StageMessages.CLASSIFY_HYBRID, OrgStage.HYBRID));
      return out.kind(ClassificationKind.STAGE).current(OrgStage.HYBRID).explanation(why.build()).build();
    }
    why.addReasons(policy.provenance(StagePolicy.Figure.DOMINANT_SHARE).basis() == Basis.ASSUMPTION
        ? Reason.assumption(StageMessages.ASSUMPTION_DOMINANT, policy.dominantShare())
        : Reason.input(StageMessages.INPUT_DOMINANT, policy.dominantShare()));
    // the largest share; ties go to the earlier stage
    OrgStage top = OrgStage.EMBEDDED;
    double topShare = embedded;
    if (centralized > topShare) {
      top = OrgStage.CENTRALIZED;
      topShare = centralized;
    }
    if (autonomous > topShare) {
      top = OrgStage.AUTONOMOUS;
      topShare = autonomous;
    }
    if (topShare >= policy.dominantShare()) {
      why.addReasons(Reason.rule(StageMessages.CLASSIFY_STAGE, (long) top.number(), top, policy.dominantShare()));
      return out.kind(ClassificationKind.STAGE).current(top).explanation(why.build()).build();
    }
    OrgStage from = embedded > 0 ? OrgStage.EMBEDDED : OrgStage.CENTRALIZED;
    OrgStage to = from == OrgStage.EMBEDDED ? OrgStage.CENTRALIZED : OrgStage.AUTONOMOUS;
    why.addReasons(Reason.rule(StageMessages.CLASSIFY_TRANSITION, (long) from.number(), from, (long) to.number(), to,
        policy.dominantShare()));
    return out.kind(ClassificationKind.TRANSITION).current(from).towards(to).explanation(why.build()).build();
  }

  private OrgStage pattern(ReportingLine line) {
    return switch (line.kind()) {
      case BUSINESS_HEAD -> OrgStage.EMBEDDED;
      case EXECUTIVE -> OrgStage.CENTRALIZED;
      case OPS_LEADER -> ((ReportingLine.ToOpsLeader) line).onExecutiveCommittee()
          ? OrgStage.AUTONOMOUS : policy.leaderOutsideCommitteeCountsAs();
    };
  }

  private static LocalizedText functions(Set<BusinessFunction> functions) {
    return LocalizedText.of(
        functions.stream().map(f -> f.displayName(Locale.ENGLISH)).collect(Collectors.joining(", ")),
        functions.stream().map(f -> f.displayName(Locale.FRENCH)).collect(Collectors.joining(", ")));
  }

  /**
   * Diagnoses an org chart: its stage, the symptoms, the recommended move and its risks.
   *
   * @param chart  the chart, not null
   * @param signals  what the company observes, not null
   * @return the diagnosis, never null
   */
  public StageDiagnosis diagnose(OpsOrgChart chart, StageSignals signals) {
    Objects.requireNonNull(signals, "signals");
    StageClassification classification = classify(chart);
    Explanation.Builder why = Explanation.builder().from(classification.explanation());
    ImmutableSet<Symptom> symptoms = symptoms(chart, signals);
    if (symptoms.isEmpty()) {
      why.addReasons(Reason.input(StageMessages.DIAGNOSE_NO_SYMPTOM));
    }
    for (Symptom symptom : symptoms) {
      why.addReasons(symptom == Symptom.SILOS
          ? Reason.computed(StageMessages.DIAGNOSE_SILOS, symptom)
          : Reason.input(StageMessages.DIAGNOSE_SYMPTOM, symptom));
    }
    List<Trigger> triggers = new ArrayList<>();
    Optional<OrgStage> current = classification.current();
    OrgStage candidate;
    if (current.isEmpty()) {
      candidate = OrgStage.EMBEDDED;
      triggers.addAll(triggersTowards(candidate, chart, signals, symptoms));
    } else if (current.get() == OrgStage.HYBRID) {
      candidate = OrgStage.HYBRID;
    } else {
      candidate = OrgStage.ofNumber(current.get().number() + 1);
      triggers.addAll(triggersTowards(candidate, chart, signals, symptoms));
    }
    boolean move = current.orElse(null) != OrgStage.HYBRID && !triggers.isEmpty() && triggers.stream().allMatch(Trigger::met);
    if (current.orElse(null) == OrgStage.EMBEDDED && policy.allowSkipToAutonomous()) {
      List<Trigger> skip = triggersTowards(OrgStage.AUTONOMOUS, chart, signals, symptoms);
      triggers.addAll(skip);
      if (skip.stream().allMatch(Trigger::met)) {
        candidate = OrgStage.AUTONOMOUS;
        move = true;
        why.addReasons(Reason.input(StageMessages.ADVICE_SKIP));
      }
    }
    if (thresholdsAssumed) {
      why.addReasons(Reason.assumption(StageMessages.ASSUMPTION_THRESHOLDS, policy.firstOpsCompanySize(), policy.centralizeMinTeams(),
          policy.centralizeMinOpsHeadcount(), policy.centralizeMinSymptoms(), policy.autonomousMinOpsHeadcount(),
          policy.autonomousMinCompanySize(), policy.hybridMinOpsHeadcount(), policy.hybridMinCompanySize()));
    } else {
      why.addReasons(Reason.input(StageMessages.INPUT_THRESHOLDS, policy.firstOpsCompanySize(), policy.centralizeMinTeams(),
          policy.centralizeMinOpsHeadcount(), policy.centralizeMinSymptoms(), policy.autonomousMinOpsHeadcount(),
          policy.autonomousMinCompanySize(), policy.hybridMinOpsHeadcount(), policy.hybridMinCompanySize()));
    }
    for (Trigger t : triggers) {
      why.addReasons(t.observed().isPresent()
          ? Reason.computed(StageMessages.TRIGGER, t.towards(), t.kind(), t.observed().getAsDouble(), t.threshold(),
              LocalizedText.ofMessage((t.met() ? StageMessages.TRIGGER_MET : StageMessages.TRIGGER_NOT_MET).key()))
          : Reason.computed(StageMessages.TRIGGER_UNKNOWN, t.towards(), t.kind(), t.threshold()));
    }
    if (classification.isTransition()) {
      why.addReasons(Reason.computed(StageMessages.ADVICE_TRANSITION, classification.current().orElseThrow(),
          classification.towards().orElseThrow()));
    }
    List<StageTrait> risks = List.of();
    Optional<OrgStage> next = Optional.empty();
    if (move) {
      next = Optional.of(candidate);
      risks = candidate.costs();
      if (current.isEmpty()) {
        why.addReasons(Reason.rule(StageMessages.ADVICE_CREATE, candidate));
      } else {
        why.addReasons(Reason.rule(StageMessages.ADVICE_MOVE, current.get(), candidate));
        if (candidate == OrgStage.HYBRID) {
          why.addReasons(Reason.fact(Source.OPS_TEAM_PRACTICE_ARTICLE, StageMessages.ADVICE_PARTIAL_RETURN));
        }
      }
      for (StageTrait risk : risks) {
        why.addReasons(Reason.fact(Source.OPS_TEAM_PRACTICE_ARTICLE, StageMessages.RISK, candidate, risk));
      }
      if (!candidate.costsReported()) {
        why.addReasons(Reason.fact(Source.OPS_TEAM_PRACTICE_ARTICLE, StageMessages.RISK_NONE, candidate));
      }
    } else if (current.isEmpty()) {
      why.addReasons(Reason.rule(StageMessages.ADVICE_NO_OPS));
    } else if (current.get() == OrgStage.HYBRID) {
      why.addReasons(Reason.rule(StageMessages.ADVICE_FINAL, current.get()));
    } else {
      why.addReasons(Reason.rule(StageMessages.ADVICE_STAY, current.get()));
    }
    return ImmutableStageDiagnosis.generator()
        .classification(classification)
        .symptoms(symptoms)
        .next(next)
        .triggers(triggers)
        .risks(risks)
        .explanation(why.build())
        .build();
  }

  private List<Trigger> triggersTowards(OrgStage target, OpsOrgChart chart, StageSignals signals, Set<Symptom> symptoms) {
    OptionalDouble opsHeadcount = OptionalDouble.of(chart.totalHeadcount());
    return switch (target) {
      case EMBEDDED -> List.of(
          Trigger.of(target, TriggerKind.COMPANY_SIZE, size(signals), policy.firstOpsCompanySize()));
      case CENTRALIZED -> {
        long stageOneSymptoms = symptoms.stream()
            .filter(s -> s == Symptom.SILOS || s == Symptom.CONFLICTS_OF_INTEREST || s == Symptom.NO_BUDGET_ACCESS).count();
        yield List.of(
            Trigger.of(target, TriggerKind.OPS_TEAMS, OptionalDouble.of(chart.teams().size()), policy.centralizeMinTeams()),
            Trigger.of(target, TriggerKind.OPS_HEADCOUNT, opsHeadcount, policy.centralizeMinOpsHeadcount()),
            Trigger.of(target, TriggerKind.SYMPTOMS, OptionalDouble.of(stageOneSymptoms), policy.centralizeMinSymptoms()));
      }
      case AUTONOMOUS -> List.of(
          Trigger.of(target, TriggerKind.TRANSFORMATION_MANDATE, flag(signals.strategicTransformationMandate()), 1),
          Trigger.of(target, TriggerKind.OPS_HEADCOUNT, opsHeadcount, policy.autonomousMinOpsHeadcount()),
          Trigger.of(target, TriggerKind.COMPANY_SIZE, size(signals), policy.autonomousMinCompanySize()));
      case HYBRID -> List.of(
          Trigger.of(target, TriggerKind.LOSING_TOUCH, flag(signals.losingTouchWithField()), 1),
          Trigger.of(target, TriggerKind.OPS_HEADCOUNT, opsHeadcount, policy.hybridMinOpsHeadcount()),
          Trigger.of(target, TriggerKind.COMPANY_SIZE, size(signals), policy.hybridMinCompanySize()));
    };
  }

  private static OptionalDouble flag(boolean value) {
    return OptionalDouble.of(value ? 1 : 0);
  }

  private static OptionalDouble size(StageSignals signals) {
    return signals.companySize().isPresent() ? OptionalDouble.of(signals.companySize().getAsInt()) : OptionalDouble.empty();
  }

  /** The symptoms: silos read from the chart, the others from the signals. */
  static ImmutableSet<Symptom> symptoms(OpsOrgChart chart, StageSignals signals) {
    EnumSet<Symptom> found = EnumSet.noneOf(Symptom.class);
    if (silos(chart, signals)) {
      found.add(Symptom.SILOS);
    }
    if (signals.businessPrioritiesCrowdOutCompanyProjects()) {
      found.add(Symptom.CONFLICTS_OF_INTEREST);
    }
    if (signals.noBudgetAccess()) {
      found.add(Symptom.NO_BUDGET_ACCESS);
    }
    if (signals.losingTouchWithField()) {
      found.add(Symptom.LOSING_TOUCH_WITH_FIELD);
    }
    if (signals.strategicTransformationMandate()) {
      found.add(Symptom.STRATEGIC_TRANSFORMATION_MANDATE);
    }
    return ImmutableSet.copyOf(found);
  }

  /**
   * Silos: at least two Ops teams on business-head lines serving different functions, with no
   * shared team (one on another line, or serving more than one department) and no shared tooling.
   */
  private static boolean silos(OpsOrgChart chart, StageSignals signals) {
    if (signals.sharedTooling()) {
      return false;
    }
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
