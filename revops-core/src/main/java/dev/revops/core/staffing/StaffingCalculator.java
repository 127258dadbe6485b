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
 * rec.minimum();      // 4: one Ops per business function
 * rec.target();       // 5: 100 business staff / 20
 * rec.allocation();   // support 2 (three tiers), onboarding 1, back office 1, customer success 1
 * rec.explanation().render(Locale.FRENCH);
 * }</pre>
 *
 * <p>The rule: the target is the business headcount divided by the phase's ratio
 * ({@link StaffingPolicy#staffPerOps}), rounded as the policy says, and never below the floor of
 * {@link StaffingPolicy#minimumOpsPerFunction()} Ops per business function with staff. The target
 * is shared between functions by the policy's {@link Apportionment} method in proportion to their
 * headcounts (extra tiers weigh more), every function keeping its floor; a function's Ops are then
 * shared between its teams the same way (by Webster's method when a method that gives every group
 * a seat has fewer seats than teams).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StaffingCalculator {

  private static final StaffingCalculator DEFAULTS = new StaffingCalculator(StaffingPolicy.defaults());
  private static final BigInteger LONG_WEIGHT_LIMIT = BigInteger.ONE.shiftLeft(62);
  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  private final StaffingPolicy policy;

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
    why.addReasons(Reason.input(StaffingMessages.INPUT_SIGNALS, signals.opsAgeYears(), signals.headcountGrowth(),
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
    return ImmutablePhaseAssessment.generator().signals(signals).phase(phase).explanation(why.build()).build();
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
    return recommend(org, assessment.phase(), assessment.explanation());
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
    return recommend(org, phase, Explanation.of(Reason.input(StaffingMessages.INPUT_PHASE, phase)));
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
    Objects.requireNonNull(periods, "periods");
    Checks.check(startingOps >= 0, "startingOps", startingOps, "must be >= 0");
    Checks.check(!periods.isEmpty(), "periods", periods, "must hold at least one period");
    ImmutableList.Builder<ForecastStep> steps = ImmutableList.builder();
    BusinessOrg previousOrg = null;
    MaturityPhase previousPhase = null;
    int ops = startingOps;
    for (int p = 0; p < periods.size(); p++) {
      ForecastPeriod period = Objects.requireNonNull(periods.get(p), "periods[" + p + "]");
      Explanation.Builder why = Explanation.builder();
      BusinessOrg org;
      if (period.org().isPresent()) {
        org = period.org().get();
      } else {
        if (previousOrg == null) {
          throw Checks.invalid("periods[0].growth", period.growth().orElseThrow(),
              "must be replaced by an organisation: the first period has none to grow");
        }
        double growth = period.growth().orElseThrow();
        org = grow(previousOrg, growth, period.label());
        why.addReasons(Reason.rule(StaffingMessages.FORECAST_GROWN, growth));
      }
      StaffingRecommendation rec = period.phase().isPresent()
          ? recommend(org, period.phase().get())
          : recommend(org, period.signals().orElseThrow());
      boolean phaseChanged = false;
      if (previousPhase != null && previousPhase != rec.phase()) {
        phaseChanged = true;
        why.addReasons(Reason.computed(StaffingMessages.FORECAST_PHASE_CHANGE, previousPhase, rec.phase()));
      }
      why.addReasons(Reason.input(StaffingMessages.FORECAST_START, period.label(), ops));
      why.addAllReasons(rec.explanation().reasons());
      int hires = Math.max(0, rec.target() - ops);
      int surplus = Math.max(0, ops - rec.target());
      if (hires > 0) {
        why.addReasons(Reason.computed(StaffingMessages.FORECAST_HIRES, hires, rec.target()));
      } else if (surplus > 0) {
        why.addReasons(Reason.computed(StaffingMessages.FORECAST_AHEAD, surplus));
      } else {
        why.addReasons(Reason.computed(StaffingMessages.FORECAST_ON_TARGET, rec.target()));
      }
      steps.add(ImmutableForecastStep.generator()
          .label(period.label())
          .recommendation(rec)
          .opsAtStart(ops)
          .hires(hires)
          .surplus(surplus)
          .phaseChanged(phaseChanged)
          .explanation(why.build())
          .build());
      ops += hires;
      previousOrg = org;
      previousPhase = rec.phase();
    }
    return ImmutableStaffingForecast.generator().startingOps(startingOps).steps(steps.build()).build();
  }

  private static BusinessOrg grow(BusinessOrg org, double growth, String label) {
    BigDecimal factor = BigDecimal.ONE.add(new BigDecimal(growth));
    List<BusinessTeam> grown = new ArrayList<>(org.teams().size());
    for (BusinessTeam team : org.teams()) {
      BigDecimal headcount = new BigDecimal(team.headcount()).multiply(factor).setScale(0, RoundingMode.HALF_UP);
      if (!(headcount.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0)) {
        throw Checks.invalid("headcount", headcount, "must be <= " + Integer.MAX_VALUE
            + " after the growth of period " + label + " (team " + team.label(Locale.ENGLISH) + ")");
      }
      grown.add(team.withHeadcount(headcount.intValueExact()));
    }
    return BusinessOrg.of(grown);
  }

  private StaffingRecommendation recommend(BusinessOrg org, MaturityPhase phase, Explanation phaseReasons) {
    Objects.requireNonNull(org, "org");
    long headcount = org.totalHeadcount();
    Map<BusinessFunction, List<Integer>> staffedTeams = staffedTeamsByFunction(org);
    ImmutableSet<BusinessFunction> staffed = ImmutableSet.copyOf(staffedTeams.keySet());
    int floorEach = policy.minimumOpsPerFunction();
    int minimum = opsCount(org, (long) staffed.size() * floorEach);
    double ratio = policy.staffPerOps(phase);
    double fte = headcount / ratio;
    int bandHigh = Math.max(minimum, opsCount(org, divide(headcount, policy.emergingStaffPerOps())));
    int rounded = opsCount(org, divide(headcount, ratio));
    int target = Math.max(minimum, rounded);
    int bandLow = Math.max(minimum, opsCount(org, divide(headcount, policy.matureStaffPerOps())));
    ImmutableList<TeamAllocation> allocation = allocate(org, staffedTeams, target);

    Explanation.Builder why = Explanation.builder().from(phaseReasons);
    why.addReasons(Reason.input(StaffingMessages.INPUT_ORG, headcount, staffed.size(), org.teams().size()));
    why.addReasons(ratioReason(phase, ratio));
    why.addReasons(narrate(StaffingPolicy.Figure.MINIMUM_OPS_PER_FUNCTION, StaffingMessages.FLOOR_SOURCE, null,
        StaffingMessages.FLOOR_POLICY, policy.minimumOpsPerFunction()));
    if (staffed.size() > 1) {
      why.addReasons(Reason.fact(StaffingPolicy.STAFFING_RULE_OF_THUMB, StaffingMessages.FACT_FUNCTIONS));
    }
    why.addReasons(Reason.computed(StaffingMessages.COMPUTED_FTE, headcount, ratio, fte));
    why.addReasons(narrate(StaffingPolicy.Figure.ROUNDING, null, StaffingMessages.ROUNDING_ASSUMED,
        StaffingMessages.ROUNDING_POLICY, policy.rounding()));
    why.addReasons(Reason.computed(StaffingMessages.COMPUTED_ROUNDED, rounded));
    why.addReasons(Reason.computed(StaffingMessages.COMPUTED_MINIMUM, staffed.size(), floorEach, minimum));
    if (target > rounded) {
      why.addReasons(Reason.computed(StaffingMessages.COMPUTED_RAISED, target));
    }
    why.addReasons(Reason.computed(StaffingMessages.COMPUTED_TARGET, target));
    why.addReasons(Reason.computed(StaffingMessages.COMPUTED_BAND, bandLow, bandHigh));
    if (target > 0) {
      why.addReasons(Reason.rule(StaffingMessages.RULE_APPORTIONMENT, policy.apportionment()));
      if (org.teams().stream().anyMatch(t -> t.tiers() > 1 && t.headcount() > 0)) {
        why.addReasons(narrate(StaffingPolicy.Figure.EXTRA_TIER_WEIGHT_PERCENT, null, StaffingMessages.TIERS_ASSUMED,
            StaffingMessages.TIERS_POLICY, policy.extraTierWeightPercent()));
      }
    }
    for (TeamAllocation a : allocation) {
      why.addReasons(Reason.computed(StaffingMessages.COMPUTED_ALLOCATION, a.team(), a.ops(),
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
        .allocation(allocation)
        .explanation(why.build())
        .build();
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
    return provenance.source().map(source -> Reason.of(provenance.basis(), message, used).withSource(source))
        .orElseGet(() -> Reason.of(provenance.basis(), message, used));
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
    Map<BusinessFunction, List<Integer>> byFunction = new LinkedHashMap<>();
    List<BusinessTeam> teams = org.teams();
    for (int i = 0; i < teams.size(); i++) {
      List<Integer> members = byFunction.computeIfAbsent(teams.get(i).function(), f -> new ArrayList<>());
      if (teams.get(i).headcount() > 0) {
        members.add(i);
      }
    }
    byFunction.values().removeIf(List::isEmpty);
    return byFunction;
  }

  private ImmutableList<TeamAllocation> allocate(BusinessOrg org, Map<BusinessFunction, List<Integer>> staffedTeams,
      int target) {
    List<BusinessTeam> teams = org.teams();
    BigInteger[] teamWeights = new BigInteger[teams.size()];
    for (int i = 0; i < teams.size(); i++) {
      teamWeights[i] = weight(teams.get(i));
    }
    long[] ops = new long[teams.size()];
    if (target > 0) {
      List<List<Integer>> members = new ArrayList<>(staffedTeams.values());
      BigInteger[] functionWeights = new BigInteger[members.size()];
      for (int f = 0; f < members.size(); f++) {
        BigInteger sum = BigInteger.ZERO;
        for (int i : members.get(f)) {
          sum = sum.add(teamWeights[i]);
        }
        functionWeights[f] = sum;
      }
      long[] functionOps = policy.apportionment()
          .apportion(target, toLongWeights(functionWeights), policy.minimumOpsPerFunction());
      for (int f = 0; f < members.size(); f++) {
        shareWithinFunction(members.get(f), teamWeights, functionOps[f], ops);
      }
    }
    ImmutableList.Builder<TeamAllocation> out = ImmutableList.builderWithExpectedSize(teams.size());
    for (int i = 0; i < teams.size(); i++) {
      BusinessTeam team = teams.get(i);
      double weighted = team.headcount() * (1 + policy.extraTierWeightPercent() / 100.0 * (team.tiers() - 1.0));
      out.add(TeamAllocation.of(team, Math.toIntExact(ops[i]), weighted));
    }
    return out.build();
  }

  /** Shares a function's seats between its teams with people (indices into the organisation's teams). */
  private void shareWithinFunction(List<Integer> members, BigInteger[] teamWeights, long seats, long[] ops) {
    if (members.size() == 1) {
      ops[members.get(0)] = seats;
      return;
    }
    BigInteger[] weights = new BigInteger[members.size()];
    for (int m = 0; m < weights.length; m++) {
      weights[m] = teamWeights[members.get(m)];
    }
    Apportionment method = policy.apportionment();
    if (method.givesEveryGroupASeat() && seats < members.size()) {
      method = Apportionment.WEBSTER;
    }
    long[] shares = method.apportion(seats, toLongWeights(weights), 0);
    for (int m = 0; m < shares.length; m++) {
      ops[members.get(m)] = shares[m];
    }
  }

  /** headcount × (100 + extra tier weight % × (tiers − 1)): a team's weight in hundredths. */
  private BigInteger weight(BusinessTeam team) {
    BigInteger tierFactor = HUNDRED.add(BigInteger.valueOf(policy.extraTierWeightPercent())
        .multiply(BigInteger.valueOf(team.tiers() - 1L)));
    return BigInteger.valueOf(team.headcount()).multiply(tierFactor);
  }

  /**
   * The weights as longs. Weights beyond 2^62 (only reachable with billions of tiers or people)
   * are all scaled down by the same power of two, keeping every positive weight positive.
   */
  private static long[] toLongWeights(BigInteger[] weights) {
    int shift = 0;
    for (BigInteger w : weights) {
      shift = Math.max(shift, w.bitLength() - LONG_WEIGHT_LIMIT.bitLength() + 1);
    }
    long[] out = new long[weights.length];
    for (int i = 0; i < weights.length; i++) {
      BigInteger scaled = weights[i].shiftRight(shift);
      out[i] = weights[i].signum() > 0 ? Math.max(1, scaled.longValueExact()) : 0;
    }
    return out;
  }
}
