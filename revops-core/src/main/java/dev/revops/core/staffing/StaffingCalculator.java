package dev.revops.core.staffing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.revops.core.explain.Basis;
import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.LocalizedText;
import dev.revops.core.explain.Message;
import dev.revops.core.explain.Provenance;
import dev.revops.core.explain.Reason;
import dev.revops.core.explain.Source;
import dev.revops.core.internal.Checks;
import dev.revops.core.internal.Reasons;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessTeam;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Sizes an Ops team from the business organisation it supports, and shares it between functions.
 *
 * <p>The source's customer-service organisation, mature:
 * <pre>{@code
 * BusinessOrg cs = BusinessOrg.of(
 *     BusinessTeam.of(BusinessFunction.SUPPORT, 25).withTiers(3),
 *     BusinessTeam.of(BusinessFunction.ONBOARDING, 25),
 *     BusinessTeam.of(BusinessFunction.BACK_OFFICE, 25),
 *     BusinessTeam.of(BusinessFunction.CUSTOMER_SUCCESS, 25));
 * StaffingRecommendation rec = StaffingCalculator.withDefaults().recommend(cs, MaturityPhase.MATURE);
 * rec.minimum();      // 4: one Ops per business function (each has 25 people)
 * rec.target();       // 5: 100 business staff / 20
 * rec.allocation();   // support 2 (three tiers), onboarding 1, back office 1, customer success 1
 * rec.explanation().render(Locale.FRENCH);
 * }</pre>
 *
 * <p>The rule: the target is the business headcount divided by the ratio (the phase's
 * {@link StaffingPolicy#staffPerOps}, or the continuous ratio of {@link PhaseAssessment#staffPerOps()}
 * when signals are given), plus the coordination of the functions supported beyond
 * {@link StaffingPolicy#functionsInRatio()} (minus it below), rounded as the policy says. It is
 * never below the floor: {@link StaffingPolicy#minimumOpsPerFunction()} Ops per function of at
 * least {@link StaffingPolicy#dedicatedOpsFromStaff()} staff, and per group of up to
 * {@link StaffingPolicy#smallFunctionsPerOps()} smaller functions. Nothing exceeds the headcount
 * over the early ratio, rounded up ({@link StaffingPolicy#capAtEarlyRatio()}). The target is
 * shared between these groups by the policy's {@link Apportionment} method in proportion to their
 * workload (staff, tiers counted per function, {@link StaffingPolicy#loadWeights()}), each keeping
 * its floor; a group's Ops go to its functions, and a function's to its teams, the same way (by
 * Webster's method when a method that gives every group a seat has fewer seats than groups).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StaffingCalculator {

  /** Each method in plain words, in both languages, made once (every explanation names one). */
  private static final Map<Apportionment, LocalizedText> PLAIN_APPORTIONMENT = plainApportionments();
  private static final StaffingCalculator DEFAULTS = new StaffingCalculator(StaffingPolicy.defaults());
  private static final long LONG_WEIGHT_LIMIT = 1L << 62;
  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  private final StaffingPolicy policy;

  private static Map<Apportionment, LocalizedText> plainApportionments() {
    Map<Apportionment, LocalizedText> plain = new java.util.EnumMap<>(Apportionment.class);
    for (Apportionment a : Apportionment.values()) {
      plain.put(a, LocalizedText.ofMessage("apportionment." + a.name() + ".plain"));
    }
    return java.util.Collections.unmodifiableMap(plain);
  }

  private StaffingCalculator(StaffingPolicy policy) {
    this.policy = policy;
  }

  /**
   * Obtains a calculator with {@link StaffingPolicy#defaults()}.
   *
   * @return the calculator, never null
   */
  public static StaffingCalculator withDefaults() {
    return DEFAULTS;
  }

  /**
   * Obtains a calculator with the given policy.
   *
   * @param policy  the policy, not null
   * @return the calculator, never null
   */
  public static StaffingCalculator of(StaffingPolicy policy) {
    return new StaffingCalculator(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * The policy of this calculator.
   *
   * @return the policy, never null
   */
  public StaffingPolicy policy() {
    return policy;
  }

  /**
   * Derives the maturity phase from what the company observes.
   *
   * <p>The rules, in order (the thresholds are the policy's assumptions):
   * <ol>
   *   <li>growth of business headcount at or above {@link StaffingPolicy#strongGrowth()}:
   *       {@link MaturityPhase#EMERGING} (strong growth keeps Ops restructuring);</li>
   *   <li>an Ops function younger than {@link StaffingPolicy#emergingMaxOpsAgeYears()} with no
   *       Ops support before it: {@link MaturityPhase#EMERGING} (a backlog to clear);</li>
   *   <li>an Ops function at least {@link StaffingPolicy#matureMinOpsAgeYears()} old, with growth
   *       at most {@link StaffingPolicy#matureMaxGrowth()}: {@link MaturityPhase#MATURE};</li>
   *   <li>otherwise {@link MaturityPhase#STRUCTURING}.</li>
   * </ol>
   *
   * @param signals  the signals, not null
   * @return the phase with its explanation, never null
   */
  public PhaseAssessment assessPhase(MaturitySignals signals) {
    Objects.requireNonNull(signals, "signals");
    Explanation.Builder why = Explanation.builder();
    why.addReasons(Reasons.input(StaffingMessages.INPUT_SIGNALS, signals.opsAgeYears(), signals.headcountGrowth(),
        LocalizedText.ofMessage(signals.priorOpsSupport() ? "common.yes" : "common.no")));
    why.addReasons(Reason.fact(StaffingPolicy.STAFFING_RULE_OF_THUMB, StaffingMessages.FACT_EARLY_CAUSES));
    boolean thresholdsAssumed = Stream.of(StaffingPolicy.Figure.STRONG_GROWTH,
            StaffingPolicy.Figure.EMERGING_MAX_OPS_AGE_YEARS, StaffingPolicy.Figure.MATURE_MIN_OPS_AGE_YEARS,
            StaffingPolicy.Figure.MATURE_MAX_GROWTH)
        .allMatch(f -> policy.provenance(f).basis() == Basis.ASSUMPTION);
    why.addReasons(Reason.of(thresholdsAssumed ? Basis.ASSUMPTION : Basis.INPUT,
        thresholdsAssumed ? StaffingMessages.ASSUMPTION_PHASE_THRESHOLDS : StaffingMessages.INPUT_PHASE_THRESHOLDS,
        policy.strongGrowth(), policy.emergingMaxOpsAgeYears(), policy.matureMinOpsAgeYears(), policy.matureMaxGrowth()));
    MaturityPhase phase;
    if (signals.headcountGrowth() >= policy.strongGrowth()) {
      phase = MaturityPhase.EMERGING;
      why.addReasons(Reason.rule(StaffingMessages.RULE_PHASE_GROWTH, signals.headcountGrowth(), policy.strongGrowth(), phase));
    } else if (signals.opsAgeYears() < policy.emergingMaxOpsAgeYears() && !signals.priorOpsSupport()) {
      phase = MaturityPhase.EMERGING;
      why.addReasons(Reason.rule(StaffingMessages.RULE_PHASE_BACKLOG, signals.opsAgeYears(), policy.emergingMaxOpsAgeYears(), phase));
    } else if (signals.opsAgeYears() >= policy.matureMinOpsAgeYears()
        && signals.headcountGrowth() <= policy.matureMaxGrowth()) {
      phase = MaturityPhase.MATURE;
      why.addReasons(Reason.rule(StaffingMessages.RULE_PHASE_MATURE, signals.opsAgeYears(), policy.matureMinOpsAgeYears(),
          signals.headcountGrowth(), policy.matureMaxGrowth(), phase));
    } else {
      phase = MaturityPhase.STRUCTURING;
      why.addReasons(Reason.rule(StaffingMessages.RULE_PHASE_BETWEEN, phase));
    }
    double growthScore = score(policy.strongGrowth() - signals.headcountGrowth(),
        policy.strongGrowth() - policy.matureMaxGrowth());
    double ageScore = score(signals.opsAgeYears() - policy.emergingMaxOpsAgeYears(),
        policy.matureMinOpsAgeYears() - policy.emergingMaxOpsAgeYears());
    if (signals.priorOpsSupport()) {
      ageScore = Math.max(ageScore, 0.5);
    }
    double maturity = Math.min(growthScore, ageScore);
    double ratio = maturity <= 0.5
        ? policy.emergingStaffPerOps() + (policy.structuringStaffPerOps() - policy.emergingStaffPerOps()) * maturity * 2
        : policy.structuringStaffPerOps() + (policy.matureStaffPerOps() - policy.structuringStaffPerOps()) * (maturity - 0.5) * 2;
    why.addReasons(Reasons.computed(StaffingMessages.COMPUTED_MATURITY, maturity, ratio));
    return ImmutablePhaseAssessment.generator().signals(signals).phase(phase).maturity(maturity).staffPerOps(ratio)
        .explanation(why.build()).build();
  }

  /** A score from 0 to 1: how far {@code distance} goes along {@code span}; a step when the span is 0. */
  private static double score(double distance, double span) {
    if (span <= 0) {
      return distance > 0 ? 1 : 0;
    }
    return Math.max(0, Math.min(1, distance / span));
  }

  /**
   * Recommends the Ops team for an organisation in a phase derived from signals. The explanation
   * starts with the phase assessment.
   *
   * @param org  the business organisation, not null
   * @param signals  the maturity signals, not null
   * @return the recommendation, never null
   */
  public StaffingRecommendation recommend(BusinessOrg org, MaturitySignals signals) {
    PhaseAssessment assessment = assessPhase(signals);
    return recommend(org, assessment.phase(), assessment.staffPerOps(), assessment.explanation());
  }

  /**
   * Recommends the Ops team for an organisation in a given phase.
   *
   * @param org  the business organisation, not null
   * @param phase  the maturity phase, not null
   * @return the recommendation, never null
   */
  public StaffingRecommendation recommend(BusinessOrg org, MaturityPhase phase) {
    Objects.requireNonNull(phase, "phase");
    return recommend(org, phase, Explanation.of(Reasons.input(StaffingMessages.INPUT_PHASE, phase)));
  }

  /**
   * Plans the Ops team over several periods. The first period must give its organisation; later
   * ones give theirs or grow the previous one. In each period the Ops at the start are the Ops at
   * the end of the previous one ({@code startingOps} for the first); the hires bring the team up
   * to the target; a team above its target keeps its size and reports the surplus.
   *
   * @param startingOps  the Ops in place before the first period, zero or more
   * @param periods  the periods in order, not null, at least one, no null element
   * @return the forecast, never null
   * @throws IllegalArgumentException if startingOps is negative, there is no period, the first
   *     period grows a previous organisation, or growth takes a team beyond
   *     {@code Integer.MAX_VALUE} people
   */
  public StaffingForecast forecast(int startingOps, List<ForecastPeriod> periods) {
    return forecast(startingOps, periods, java.util.OptionalInt.empty());
  }

  /**
   * As {@link #forecast(int, List)}, hiring at most {@code maxHiresPerPeriod} Ops in a period: the
   * hires a period cannot make are carried to the next ones ({@link ForecastStep#deferredHires()}).
   *
   * @param startingOps  the Ops in place before the first period, zero or more
   * @param periods  the periods in order, not null, at least one, no null element
   * @param maxHiresPerPeriod  the most Ops hired in one period, >= 1
   * @return the forecast, never null
   * @throws IllegalArgumentException as {@link #forecast(int, List)}, or if the cap is below 1
   */
  public StaffingForecast forecast(int startingOps, List<ForecastPeriod> periods, int maxHiresPerPeriod) {
    Checks.check(maxHiresPerPeriod >= 1, "maxHiresPerPeriod", maxHiresPerPeriod, "must be >= 1");
    return forecast(startingOps, periods, java.util.OptionalInt.of(maxHiresPerPeriod));
  }

  private StaffingForecast forecast(int startingOps, List<ForecastPeriod> periods, java.util.OptionalInt cap) {
    Objects.requireNonNull(periods, "periods");
    Checks.check(startingOps >= 0, "startingOps", startingOps, "must be >= 0");
    Checks.check(!periods.isEmpty(), "periods", periods, "must hold at least one period");
    // first the recommendations: they do not depend on the Ops in place. Headcounts are carried
    // exactly between periods and rounded only where people are counted, so that a team of 3
    // growing 8.78 % a quarter reaches 5 in its fifth quarter instead of staying at 3.
    List<StaffingRecommendation> recs = new ArrayList<>(periods.size());
    List<Explanation.Builder> whys = new ArrayList<>(periods.size());
    BusinessOrg previousOrg = null;
    double[] exact = new double[0];
    for (int p = 0; p < periods.size(); p++) {
      ForecastPeriod period = Objects.requireNonNull(periods.get(p), "periods[" + p + "]");
      Explanation.Builder why = Explanation.builder();
      BusinessOrg org;
      if (period.org().isPresent()) {
        org = period.org().get();
        exact = new double[org.teams().size()];
        for (int t = 0; t < exact.length; t++) {
          exact[t] = org.teams().get(t).headcount();
        }
      } else {
        if (previousOrg == null) {
          throw Checks.invalid("periods[0].growth", period.growth().orElseThrow(),
              "must be replaced by an organisation: the first period has none to grow");
        }
        double growth = period.growth().orElseThrow();
        org = grow(previousOrg, exact, growth, period.label());
        why.addReasons(Reason.rule(StaffingMessages.FORECAST_GROWN, growth));
      }
      recs.add(period.phase().isPresent() ? recommend(org, period.phase().get())
          : recommend(org, period.signals().orElseThrow()));
      whys.add(why);
      previousOrg = org;
    }
    ImmutableList.Builder<ForecastStep> steps = ImmutableList.builder();
    MaturityPhase previousPhase = null;
    int ops = startingOps;
    for (int p = 0; p < periods.size(); p++) {
      StaffingRecommendation rec = recs.get(p);
      Explanation.Builder why = whys.get(p);
      boolean phaseChanged = false;
      if (previousPhase != null && previousPhase != rec.phase()) {
        phaseChanged = true;
        why.addReasons(Reasons.computed(StaffingMessages.FORECAST_PHASE_CHANGE, previousPhase, rec.phase()));
      }
      why.addReasons(Reasons.input(StaffingMessages.FORECAST_START, periods.get(p).label(), ops));
      why.addAllReasons(rec.explanation().reasons());
      int missing = Math.max(0, rec.target() - ops);
      int hires = Math.min(cap.orElse(Integer.MAX_VALUE), missing);
      int surplus = Math.max(0, ops - rec.target());
      java.util.OptionalInt absorbed = java.util.OptionalInt.empty();
      if (hires > 0) {
        why.addReasons(Reasons.computed(StaffingMessages.FORECAST_HIRES, missing, rec.target()));
        if (hires < missing) {
          why.addReasons(Reasons.input(StaffingMessages.FORECAST_CAPPED, (long) cap.getAsInt(), (long) (missing - hires)));
        }
      } else if (surplus > 0) {
        why.addReasons(Reasons.computed(StaffingMessages.FORECAST_AHEAD, surplus));
        for (int later = p + 1; later < periods.size(); later++) {
          if (recs.get(later).target() >= ops) {
            absorbed = java.util.OptionalInt.of(later - p);
            break;
          }
        }
        why.addReasons(absorbed.isPresent()
            ? Reasons.computed(StaffingMessages.FORECAST_ABSORBED, (long) absorbed.getAsInt())
            : Reasons.computed(StaffingMessages.FORECAST_NOT_ABSORBED));
      } else {
        why.addReasons(Reasons.computed(StaffingMessages.FORECAST_ON_TARGET, rec.target()));
      }
      steps.add(ImmutableForecastStep.generator()
          .label(periods.get(p).label())
          .recommendation(rec)
          .opsAtStart(ops)
          .hires(hires)
          .hiringCap(cap)
          .surplus(surplus)
          .periodsUntilAbsorbed(absorbed)
          .phaseChanged(phaseChanged)
          .explanation(why.build())
          .build());
      ops += hires;
      previousPhase = rec.phase();
    }
    return ImmutableStaffingForecast.generator().startingOps(startingOps).steps(steps.build()).build();
  }

  /** Grows the exact headcounts in place and returns the organisation with them rounded half up. */
  private static BusinessOrg grow(BusinessOrg org, double[] exact, double growth, String label) {
    List<BusinessTeam> grown = new ArrayList<>(org.teams().size());
    for (int t = 0; t < exact.length; t++) {
      BusinessTeam team = org.teams().get(t);
      exact[t] = exact[t] * (1 + growth);
      double rounded = Math.floor(exact[t] + 0.5);
      if (!(rounded <= Integer.MAX_VALUE)) {
        throw Checks.invalid("headcount", Double.isFinite(exact[t])
                ? BigDecimal.valueOf(exact[t]).setScale(0, RoundingMode.HALF_UP) : exact[t],
            "must be <= " + Integer.MAX_VALUE + " after the growth of period " + label + " (team "
                + team.label(Locale.ENGLISH) + ")");
      }
      grown.add(team.withHeadcount((int) rounded));
    }
    return BusinessOrg.of(grown);
  }

  private StaffingRecommendation recommend(BusinessOrg org, MaturityPhase phase, Explanation phaseReasons) {
    return recommend(org, phase, policy.staffPerOps(phase), phaseReasons);
  }

  private StaffingRecommendation recommend(BusinessOrg org, MaturityPhase phase, double ratio, Explanation phaseReasons) {
    Objects.requireNonNull(org, "org");
    long headcount = org.totalHeadcount();
    Map<BusinessFunction, List<Integer>> staffedTeams = staffedTeamsByFunction(org);
    ImmutableSet<BusinessFunction> staffed = ImmutableSet.copyOf(staffedTeams.keySet());
    List<List<Integer>> groups = new ArrayList<>();
    List<List<Integer>> pools = coverageGroups(org, staffedTeams, groups);
    int small = 0;
    for (List<Integer> pool : pools) {
      small += pool.size();
    }
    int floorEach = policy.minimumOpsPerFunction();
    long cap = policy.capAtEarlyRatio() ? divideUp(headcount, policy.emergingStaffPerOps()) : Long.MAX_VALUE;
    // one floor per coverage group: a function with an Ops of its own, or a pool of small ones
    int minimum = opsCount(org, Math.min(cap, (long) groups.size() * floorEach));
    double coordination = staffed.isEmpty() ? 0
        : policy.coordinationOpsPerFunction() * (staffed.size() - policy.functionsInRatio());
    double fte = Math.max(0, headcount / ratio + coordination);
    int rounded = opsCount(org, round(fte));
    int target = opsCount(org, Math.min(cap, Math.max(minimum, rounded)));
    int bandHigh = opsCount(org, Math.min(cap, Math.max(minimum,
        round(Math.max(0, headcount / policy.emergingStaffPerOps() + coordination)))));
    int bandLow = opsCount(org, Math.min(cap, Math.max(minimum,
        round(Math.max(0, headcount / policy.matureStaffPerOps() + coordination)))));
    List<TeamAllocation> allocation = allocate(org, staffedTeams, groups, target);

    boolean capped = cap < Math.max((long) minimum, rounded);
    List<Reason> why = new ArrayList<>(24 + phaseReasons.reasons().size() + allocation.size());
    if (capped) {
      why.add(Reasons.computed(StaffingMessages.SUMMARY_CAPPED, target, headcount, ratio, phase));
    } else if (target > rounded) {
      why.add(Reasons.computed(StaffingMessages.SUMMARY_FLOOR, target, headcount, ratio, phase, rounded));
    } else {
      why.add(Reasons.computed(StaffingMessages.SUMMARY_RATIO, target, headcount, ratio, phase));
    }
    why.addAll(phaseReasons.reasons());
    why.add(Reasons.input(StaffingMessages.INPUT_ORG, headcount, staffed.size(), org.teams().size()));
    why.add(ratioReason(phase, ratio));
    why.add(narrate(StaffingPolicy.Figure.MINIMUM_OPS_PER_FUNCTION, StaffingMessages.FLOOR_SOURCE, null,
        StaffingMessages.FLOOR_POLICY, policy.minimumOpsPerFunction()));
    if (small > 0) {
      why.add(narrate(StaffingPolicy.Figure.DEDICATED_OPS_FROM_STAFF, null, StaffingMessages.SHARED_ASSUMED,
          StaffingMessages.SHARED_POLICY, small, policy.dedicatedOpsFromStaff(), policy.smallFunctionsPerOps()));
    }
    if (staffed.size() > 1) {
      why.add(Reason.fact(StaffingPolicy.STAFFING_RULE_OF_THUMB, StaffingMessages.FACT_FUNCTIONS));
    }
    why.add(Reasons.computed(StaffingMessages.COMPUTED_FTE, headcount, ratio, headcount / ratio));
    if (coordination != 0) {
      why.add(narrate(StaffingPolicy.Figure.COORDINATION_OPS_PER_FUNCTION, null,
          StaffingMessages.COORDINATION_ASSUMED, StaffingMessages.COORDINATION_POLICY, policy.coordinationOpsPerFunction(),
          (long) policy.functionsInRatio(), (long) staffed.size(), coordination, fte));
    }
    why.add(narrate(StaffingPolicy.Figure.ROUNDING, null, StaffingMessages.ROUNDING_ASSUMED,
        StaffingMessages.ROUNDING_POLICY, policy.rounding()));
    why.add(Reasons.computed(StaffingMessages.COMPUTED_ROUNDED, rounded));
    why.add(Reasons.computed(StaffingMessages.COMPUTED_MINIMUM, (long) groups.size(), floorEach, minimum));
    if (target > rounded) {
      why.add(Reasons.computed(StaffingMessages.COMPUTED_RAISED, target));
    }
    if (capped) {
      why.add(narrate(StaffingPolicy.Figure.CAP_AT_EARLY_RATIO, null, StaffingMessages.CAP_ASSUMED,
          StaffingMessages.CAP_POLICY, (long) cap));
    }
    why.add(Reasons.computed(StaffingMessages.COMPUTED_TARGET, target));
    why.add(Reasons.computed(StaffingMessages.COMPUTED_BAND, bandLow, bandHigh));
    if (target > 0) {
      why.add(Reason.rule(StaffingMessages.RULE_APPORTIONMENT, policy.apportionment(),
          Objects.requireNonNull(PLAIN_APPORTIONMENT.get(policy.apportionment()))));
      why.add(narrate(StaffingPolicy.Figure.LOAD_WEIGHTS, null, StaffingMessages.LOAD_ASSUMED,
          StaffingMessages.LOAD_POLICY));
      boolean tiered = false;
      for (int i = 0; i < org.teams().size() && !tiered; i++) {
        tiered = org.teams().get(i).tiers() > 1 && org.teams().get(i).headcount() > 0;
      }
      if (tiered) {
        why.add(narrate(StaffingPolicy.Figure.EXTRA_TIER_WEIGHT_PERCENT, null, StaffingMessages.TIERS_ASSUMED,
            StaffingMessages.TIERS_POLICY, policy.extraTierWeightPercent()));
      }
    }
    for (TeamAllocation a : allocation) {
      why.add(Reasons.computed(StaffingMessages.COMPUTED_ALLOCATION, a.team(), a.ops(),
          a.team().headcount(), a.team().tiers()));
    }
    return ImmutableStaffingRecommendation.generator()
        .org(org)
        .phase(phase)
        .staffPerOps(ratio)
        .businessHeadcount(headcount)
        .staffedFunctions(staffed)
        .minimum(minimum)
        .fte(fte)
        .rounded(rounded)
        .target(target)
        .bandLow(bandLow)
        .bandHigh(bandHigh)
        .maximum(cap == Long.MAX_VALUE ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(opsCount(org, cap)))
        .allocation(allocation)
        .explanation(Explanation.of(why))
        .build();
  }

  /**
   * The coverage groups, in the order functions first appear: each function large enough for an
   * Ops of its own is a group; smaller functions are pooled, up to
   * {@link StaffingPolicy#smallFunctionsPerOps()} per pool. Fills {@code groups} (each a list of
   * function indices into the staffed functions) and returns the pools among them.
   */
  private List<List<Integer>> coverageGroups(BusinessOrg org, Map<BusinessFunction, List<Integer>> staffedTeams,
      List<List<Integer>> groups) {
    List<List<Integer>> pools = new ArrayList<>();
    List<Integer> open = null;
    int f = 0;
    for (List<Integer> members : staffedTeams.values()) {
      long staff = 0;
      for (int i : members) {
        staff += org.teams().get(i).headcount();
      }
      if (staff >= policy.dedicatedOpsFromStaff()) {
        groups.add(List.of(f));
      } else {
        if (open == null || open.size() == policy.smallFunctionsPerOps()) {
          open = new ArrayList<>();
          pools.add(open);
          groups.add(open);
        }
        open.add(f);
      }
      f++;
    }
    return pools;
  }

  /**
   * A count of Ops rounded as the policy says; exact (the double is read exactly). A count beyond
   * the long range saturates, for {@link #opsCount} to refuse with a clear message.
   */
  private long round(double ops) {
    if (ops >= 0 && ops < 0x1p52) {
      // below 2^52 the floor and the fraction of a double are exact
      double floor = Math.floor(ops);
      double fraction = ops - floor;
      long whole = (long) floor;
      return switch (policy.rounding()) {
        case FLOOR -> whole;
        case CEILING -> fraction > 0 ? whole + 1 : whole;
        case HALF_UP -> fraction >= 0.5 ? whole + 1 : whole;
      };
    }
    BigDecimal rounded = new BigDecimal(ops).setScale(0, policy.rounding().mode());
    return rounded.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : rounded.longValueExact();
  }

  /** headcount / ratio rounded up. */
  private static long divideUp(long headcount, double ratio) {
    return new BigDecimal(headcount).divide(new BigDecimal(ratio), 0, RoundingMode.CEILING).longValueExact();
  }

  private Reason ratioReason(MaturityPhase phase, double ratio) {
    StaffingPolicy.Figure figure = switch (phase) {
      case EMERGING -> StaffingPolicy.Figure.EMERGING_STAFF_PER_OPS;
      case STRUCTURING -> StaffingPolicy.Figure.STRUCTURING_STAFF_PER_OPS;
      case MATURE -> StaffingPolicy.Figure.MATURE_STAFF_PER_OPS;
    };
    return narrate(figure, StaffingMessages.RATIO_SOURCE, StaffingMessages.RATIO_ASSUMED, StaffingMessages.RATIO_POLICY,
        phase, ratio);
  }

  /**
   * The reason for a figure of the policy, worded by its provenance: the fact message with its
   * source, the assumption message, or the input message (also used for a provenance that has no
   * wording of its own here). Each message takes the first of the figure's arguments it needs.
   */
  private Reason narrate(StaffingPolicy.Figure figure, @Nullable Message fact, @Nullable Message assumed,
      Message input, Object... args) {
    Provenance provenance = policy.provenance(figure);
    Message message = switch (provenance.basis()) {
      case FACT -> fact != null ? fact : input;
      case ASSUMPTION -> assumed != null ? assumed : input;
      case INPUT, RULE, COMPUTED -> input;
    };
    Object[] used = Arrays.copyOf(args, message.arity());
    return provenance.source().map(source -> Reasons.of(provenance.basis(), message, used).withSource(source))
        .orElseGet(() -> Reasons.of(provenance.basis(), message, used));
  }


  /**
   * An Ops count as an int: a count beyond {@code Integer.MAX_VALUE} (an organisation of billions
   * of people at a ratio near 1) is rejected rather than wrapped.
   */
  private static int opsCount(BusinessOrg org, long ops) {
    if (ops > Integer.MAX_VALUE) {
      throw Checks.invalid("teams", org.totalHeadcount() + " people",
          "must not need more than " + Integer.MAX_VALUE + " Ops (the ratio gives " + ops + ")");
    }
    return (int) ops;
  }

  /** headcount / ratio, rounded as the policy says; exact (the double ratio is read exactly). */
  private long divide(long headcount, double ratio) {
    return new BigDecimal(headcount).divide(new BigDecimal(ratio), 0, policy.rounding().mode()).longValueExact();
  }

  /**
   * The teams with people of each function that has people, in the order the organisation first
   * names each function (that order breaks apportionment ties); one pass over the teams.
   */
  private static Map<BusinessFunction, List<Integer>> staffedTeamsByFunction(BusinessOrg org) {
    List<BusinessTeam> teams = org.teams();
    Map<BusinessFunction, List<Integer>> byFunction = new LinkedHashMap<>();
    BusinessFunction last = null;
    List<Integer> members = null;
    for (int i = 0; i < teams.size(); i++) {
      BusinessTeam team = teams.get(i);
      BusinessFunction function = team.function();
      if (function != last) { // teams of a function often come together
        members = byFunction.get(function);
        if (members == null) {
          members = new ArrayList<>(8);
          byFunction.put(function, members);
        }
        last = function;
      }
      if (team.headcount() > 0) {
        Objects.requireNonNull(members).add(i);
      }
    }
    byFunction.values().removeIf(List::isEmpty);
    return byFunction;
  }

  private List<TeamAllocation> allocate(BusinessOrg org, Map<BusinessFunction, List<Integer>> staffedTeams,
      List<List<Integer>> groups, int target) {
    List<BusinessTeam> teams = org.teams();
    long[] ops = new long[teams.size()];
    if (target > 0) {
      List<BusinessFunction> functions = new ArrayList<>(staffedTeams.keySet());
      List<List<Integer>> members = new ArrayList<>(staffedTeams.values());
      Weights weights;
      try {
        weights = Weights.exact(this, teams, functions, members, groups);
      } catch (ArithmeticException beyondLongs) {
        weights = Weights.scaled(this, teams, functions, members, groups);
      }
      // every coverage group (a function, or a pool of small ones) keeps its floor when the
      // target allows it; a target capped by the early ratio may not
      long floor = target >= (long) groups.size() * policy.minimumOpsPerFunction() ? policy.minimumOpsPerFunction() : 0;
      Apportionment method = policy.apportionment();
      if (floor == 0 && method.givesEveryGroupASeat() && target < groups.size()) {
        method = Apportionment.WEBSTER; // fewer Ops than groups: some groups share, as within a pool
      }
      long[] groupOps = method.apportion(target, weights.groups(), floor);
      for (int g = 0; g < groups.size(); g++) {
        List<Integer> group = groups.get(g);
        if (group.size() == 1) {
          shareWithinFunction(members.get(group.get(0)), weights, groupOps[g], ops);
          continue;
        }
        // a pool's Ops go to its functions by weight; one Ops may cover them all
        long[] functionOps = Apportionment.WEBSTER.apportion(groupOps[g], weights.functions(group), 0);
        for (int k = 0; k < group.size(); k++) {
          shareWithinFunction(members.get(group.get(k)), weights, functionOps[k], ops);
        }
      }
    }
    // the recommendation copies the list: a plain one is enough
    List<TeamAllocation> out = new ArrayList<>(teams.size());
    for (int i = 0; i < teams.size(); i++) {
      BusinessTeam team = teams.get(i);
      double weighted = team.headcount() * (1 + policy.extraTierWeightPercent() / 100.0 * (team.tiers() - 1.0));
      out.add(TeamAllocation.of(team, Math.toIntExact(ops[i]), weighted));
    }
    return out;
  }

  /** Shares a function's seats between its teams with people (indices into the organisation's teams). */
  private void shareWithinFunction(List<Integer> members, Weights weights, long seats, long[] ops) {
    if (members.size() == 1) {
      ops[members.get(0)] = seats;
      return;
    }
    Apportionment method = policy.apportionment();
    if (method.givesEveryGroupASeat() && seats < members.size()) {
      method = Apportionment.WEBSTER;
    }
    long[] shares = method.apportion(seats, weights.teams(members), 0);
    for (int m = 0; m < shares.length; m++) {
      ops[members.get(m)] = shares[m];
    }
  }

  /**
   * The apportionment weights of teams, functions and coverage groups, as the apportioner takes
   * them: exact longs for every real organisation, or (beyond 2^62, only reachable with billions
   * of people or tiers) exact big integers scaled down by a common power of two within each set
   * of groups that share seats.
   */
  private static final class Weights {
    private final long @Nullable [] team;
    private final long @Nullable [] function;
    private final BigInteger @Nullable [] bigTeam;
    private final BigInteger @Nullable [] bigFunction;
    private final long[] groups;

    private Weights(long @Nullable [] team, long @Nullable [] function, BigInteger @Nullable [] bigTeam,
        BigInteger @Nullable [] bigFunction, long[] groups) {
      this.team = team;
      this.function = function;
      this.bigTeam = bigTeam;
      this.bigFunction = bigFunction;
      this.groups = groups;
    }

    /**
     * Weights in longs.
     *
     * @throws ArithmeticException if a weight or a sum of weights reaches 2^62
     */
    static Weights exact(StaffingCalculator calculator, List<BusinessTeam> teams, List<BusinessFunction> functions,
        List<List<Integer>> members, List<List<Integer>> groups) {
      long percent = calculator.policy.extraTierWeightPercent();
      long[] team = new long[teams.size()];
      for (int i = 0; i < team.length; i++) {
        BusinessTeam t = teams.get(i);
        team[i] = below62(Math.multiplyExact((long) t.headcount(),
            Math.addExact(100, Math.multiplyExact(percent, t.tiers() - 1L))));
      }
      long[] function = new long[members.size()];
      long[][] sums = staffAndTiers(teams, members);
      for (int f = 0; f < function.length; f++) {
        long tierFactor = Math.addExact(100, Math.multiplyExact(percent, sums[1][f] - 1));
        function[f] = below62(Math.multiplyExact(Math.multiplyExact(sums[0][f], tierFactor),
            Math.round(calculator.policy.loadWeight(functions.get(f)) * 1000)));
      }
      long[] group = new long[groups.size()];
      for (int g = 0; g < group.length; g++) {
        long sum = 0;
        for (int f : groups.get(g)) {
          sum = below62(Math.addExact(sum, function[f]));
        }
        group[g] = sum;
      }
      return new Weights(team, function, null, null, group);
    }

    /** Weights in big integers, each set scaled down to longs when it is used. */
    static Weights scaled(StaffingCalculator calculator, List<BusinessTeam> teams, List<BusinessFunction> functions,
        List<List<Integer>> members, List<List<Integer>> groups) {
      BigInteger percent = BigInteger.valueOf(calculator.policy.extraTierWeightPercent());
      BigInteger[] team = new BigInteger[teams.size()];
      for (int i = 0; i < team.length; i++) {
        BigInteger tierFactor = HUNDRED.add(percent.multiply(BigInteger.valueOf(teams.get(i).tiers() - 1L)));
        team[i] = BigInteger.valueOf(teams.get(i).headcount()).multiply(tierFactor);
      }
      BigInteger[] function = new BigInteger[members.size()];
      long[][] sums = staffAndTiers(teams, members);
      for (int f = 0; f < function.length; f++) {
        BigInteger tierFactor = HUNDRED.add(percent.multiply(BigInteger.valueOf(sums[1][f] - 1)));
        function[f] = BigInteger.valueOf(sums[0][f]).multiply(tierFactor)
            .multiply(BigInteger.valueOf(Math.round(calculator.policy.loadWeight(functions.get(f)) * 1000)));
      }
      BigInteger[] group = new BigInteger[groups.size()];
      for (int g = 0; g < group.length; g++) {
        BigInteger sum = BigInteger.ZERO;
        for (int f : groups.get(g)) {
          sum = sum.add(function[f]);
        }
        group[g] = sum;
      }
      return new Weights(null, null, team, function, toLongWeights(group));
    }

    /**
     * Each function's staff and tiers, summed over its teams with people (a function's tiers count
     * once however they are entered: one team with three tiers or three teams).
     */
    private static long[][] staffAndTiers(List<BusinessTeam> teams, List<List<Integer>> members) {
      long[][] sums = new long[2][members.size()];
      for (int f = 0; f < members.size(); f++) {
        for (int i : members.get(f)) {
          sums[0][f] += teams.get(i).headcount();
          sums[1][f] += teams.get(i).tiers();
        }
      }
      return sums;
    }

    private static long below62(long weight) {
      if (weight >= LONG_WEIGHT_LIMIT) {
        throw new ArithmeticException("weight beyond 2^62");
      }
      return weight;
    }

    /** The weights of the coverage groups. */
    long[] groups() {
      return groups;
    }

    /** The weights of some functions (indices into the staffed functions). */
    long[] functions(List<Integer> indices) {
      return select(function, bigFunction, indices);
    }

    /** The weights of some teams (indices into the organisation's teams). */
    long[] teams(List<Integer> indices) {
      return select(team, bigTeam, indices);
    }

    private static long[] select(long @Nullable [] exact, BigInteger @Nullable [] big, List<Integer> indices) {
      if (exact != null) {
        long[] out = new long[indices.size()];
        for (int k = 0; k < out.length; k++) {
          out[k] = exact[indices.get(k)];
        }
        return out;
      }
      BigInteger[] subset = new BigInteger[indices.size()];
      for (int k = 0; k < subset.length; k++) {
        subset[k] = Objects.requireNonNull(big)[indices.get(k)];
      }
      return toLongWeights(subset);
    }
  }

  /**
   * The weights as longs. Weights beyond 2^62 (only reachable with billions of tiers or people)
   * are all scaled down by the same power of two, keeping every positive weight positive.
   */
  private static long[] toLongWeights(BigInteger[] weights) {
    int shift = 0;
    for (BigInteger w : weights) {
      shift = Math.max(shift, w.bitLength() - 62);
    }
    long[] out = new long[weights.length];
    for (int i = 0; i < weights.length; i++) {
      BigInteger scaled = weights[i].shiftRight(shift);
      out[i] = weights[i].signum() > 0 ? Math.max(1, scaled.longValueExact()) : 0;
    }
    return out;
  }
}
