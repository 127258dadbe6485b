package dev.revops.core.plan;

import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.Reason;
import dev.revops.core.fit.Candidate;
import dev.revops.core.fit.FitScorer;
import dev.revops.core.fit.OpsRole;
import dev.revops.core.fit.ProfileOrigin;
import dev.revops.core.internal.Checks;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessTeam;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.org.OpsSpecialty;
import dev.revops.core.pay.SalaryBenchmark;
import dev.revops.core.pay.SalaryBenchmarks;
import dev.revops.core.staffing.MaturitySignals;
import dev.revops.core.staffing.StaffingCalculator;
import dev.revops.core.staffing.StaffingRecommendation;
import dev.revops.core.stage.OpsOrgChart;
import dev.revops.core.stage.OpsTeam;
import dev.revops.core.stage.StageAdvisor;
import dev.revops.core.stage.StageDiagnosis;
import dev.revops.core.stage.StageSignals;
import dev.revops.core.stage.Verdict;
import dev.revops.core.workload.ErlangCalculator;
import dev.revops.core.workload.SupportChannel;
import dev.revops.core.workload.SupportProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The simulation behind {@link OpsPlanner}: one engine per call, caching what scenarios share (the
 * business path and its recommendations, the pool choices, the stage diagnoses). Not thread-safe.
 */
final class PlanEngine {

  /** The source's three candidate pools, in the order ties are broken. */
  private static final List<ProfileOrigin> SOURCE_POOLS = List.of(ProfileOrigin.SALES_OR_CUSTOMER_SUCCESS,
      ProfileOrigin.CONSULTING, ProfileOrigin.FINANCE);
  private static final double EPSILON = 1e-9;
  private static final OpsLevel[] LEVELS = OpsLevel.values();

  private final StaffingCalculator staffing;
  private final StageAdvisor stages;
  private final FitScorer fit;
  private final ErlangCalculator workload;
  private final Map<List<Object>, BusinessPath> paths = new HashMap<>();
  private final Map<List<Object>, StaffingRecommendation> recommendations = new HashMap<>();
  private final Map<DiagnosisKey, StageDiagnosis> diagnoses = new HashMap<>();
  private final Map<List<Object>, SalaryBenchmark> benchmarks = new HashMap<>();
  private final Map<List<Object>, double[]> salaries = new HashMap<>();
  private final com.google.common.cache.Cache<List<Object>, Double> priorFits;
  private final Map<dev.revops.core.org.MissionMix, Map<OpsLevel, ProfileOrigin>> pools = new HashMap<>();
  private final Map<StaffingRecommendation, List<BusinessFunction>> coverageOrders = new java.util.IdentityHashMap<>();

  PlanEngine(StaffingCalculator staffing, StageAdvisor stages, FitScorer fit, ErlangCalculator workload,
      com.google.common.cache.Cache<List<Object>, Double> priorFits) {
    this.priorFits = priorFits;
    this.staffing = staffing;
    this.stages = stages;
    this.fit = fit;
    this.workload = workload;
  }

  /**
   * What a stage diagnosis depends on: the recommendation (the same object for the same period's
   * organisation, as recommendations are cached), the company size and the teams' sizes.
   */
  private static final class DiagnosisKey {
    final StaffingRecommendation rec;
    final int companySize;
    final int[] sizes;

    DiagnosisKey(StaffingRecommendation rec, int companySize, int[] sizes) {
      this.rec = rec;
      this.companySize = companySize;
      this.sizes = sizes;
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object other) {
      return other instanceof DiagnosisKey k && k.rec == rec && k.companySize == companySize && Arrays.equals(k.sizes, sizes);
    }

    @Override
    public int hashCode() {
      return (System.identityHashCode(rec) * 31 + companySize) * 31 + Arrays.hashCode(sizes);
    }
  }

  /** The business organisation and staffing recommendation of every period. */
  private static final class BusinessPath {
    final List<BusinessOrg> orgs = new ArrayList<>();
    final List<StaffingRecommendation> recs = new ArrayList<>();
  }

  /** One person of the team. */
  private static final class Person {
    final OpsLevel level;
    /** Months from the plan's start to the first day (negative before the plan; -infinity when long ago). */
    final double startMonth;
    final double rampMonths;
    /** The gross annual salary at the plan's start, or NaN to price by the benchmark. */
    final double ownSalary;
    boolean left;

    Person(OpsLevel level, double startMonth, double rampMonths, double ownSalary) {
      this.level = level;
      this.startMonth = startMonth;
      this.rampMonths = rampMonths;
      this.ownSalary = ownSalary;
    }

    double productivityAt(double month) {
      if (rampMonths <= 0 || month - startMonth >= rampMonths) {
        return 1;
      }
      return Math.max(0, (month - startMonth) / rampMonths);
    }
  }

  /**
   * The people of the team by level, each level in the order people started (longest-serving
   * first), with what the period's figures need kept up to date: the gross salaries at the plan's
   * start and the people still ramping up.
   */
  private static final class Team {
    private final List<java.util.ArrayDeque<Person>> byLevel = new ArrayList<>();
    private final double[] baseSalary;
    private final List<Person> ramping = new ArrayList<>();
    private double gross;
    private int size;

    Team(double[] baseSalary) {
      this.baseSalary = baseSalary;
      for (int i = 0; i < LEVELS.length; i++) {
        byLevel.add(new java.util.ArrayDeque<>());
      }
    }

    void add(Person p) {
      byLevel.get(p.level.ordinal()).addLast(p);
      size++;
      gross += gross(p);
      if (p.rampMonths > 0 && p.startMonth > Double.NEGATIVE_INFINITY) {
        ramping.add(p);
      }
    }

    /** The gross annual salary of a person at the plan's start. */
    double gross(Person p) {
      return Double.isNaN(p.ownSalary) ? baseSalary[p.level.ordinal()] : p.ownSalary;
    }

    int size() {
      return size;
    }

    int count(OpsLevel level) {
      return byLevel.get(level.ordinal()).size();
    }

    /** The gross annual salaries of the team, at the plan's start. */
    double gross() {
      return gross;
    }

    /** Removes the leaver: the longest-serving member of the most numerous level (ties: the lower level). */
    Person removeLeaver() {
      int level = 0;
      for (int l = 1; l < byLevel.size(); l++) {
        if (byLevel.get(l).size() > byLevel.get(level).size()) {
          level = l;
        }
      }
      size--;
      Person leaver = byLevel.get(level).removeFirst();
      leaver.left = true;
      gross -= gross(leaver);
      return leaver;
    }

    /** The productive FTE at a month: everyone, less what the people still ramping up lack. */
    double productiveFte(double month) {
      double lacking = 0;
      java.util.Iterator<Person> it = ramping.iterator();
      while (it.hasNext()) {
        Person p = it.next();
        double productivity = p.productivityAt(month);
        if (p.left || productivity >= 1) {
          it.remove();
        } else {
          lacking += 1 - productivity;
        }
      }
      return size - lacking;
    }
  }

  /** A role opened and not yet filled. */
  private static final class Role {
    final OpsLevel level;
    final ProfileOrigin pool;
    final boolean backfill;
    final int sequence;
    double startMonth;
    boolean filled;

    Role(OpsLevel level, ProfileOrigin pool, boolean backfill, int sequence, double startMonth) {
      this.level = level;
      this.pool = pool;
      this.backfill = backfill;
      this.sequence = sequence;
      this.startMonth = startMonth;
    }
  }

  OpsPlan run(PlanInput baseInput, PlanScenario scenario) {
    PlanInput input = scenario.applyTo(baseInput);
    PlanPolicy policy = input.policy();
    int periods = input.periods();
    int m = input.periodLength().months();
    BusinessPath path = path(input);
    List<Object> pricing = List.of(input.benchmark(), input.start().getYear(), policy.yearlyRaise(), policy.payPercentile());
    SalaryBenchmark benchmark = benchmarks.computeIfAbsent(pricing, k -> benchmark(input));
    CurrencyUnit currency = benchmark.currency();
    double[] baseSalary = salaries.computeIfAbsent(pricing, k -> {
      double[] out = new double[LEVELS.length];
      for (OpsLevel level : LEVELS) {
        out[level.ordinal()] = benchmark.distribution(level).salaryAt(policy.payPercentile(level)).getAmount().doubleValue();
      }
      return out;
    });
    Optional<Money> periodBudget = input.budget().map(b -> b.perPeriod(input.periodLength()));
    boolean hardBudget = input.budget().isPresent() && input.budget().get().rule() == BudgetRule.HARD;

    List<Person> roster = new ArrayList<>();
    for (OpsMember member : input.roster()) {
      ProfileOrigin origin = member.origin().orElse(ProfileOrigin.OTHER);
      double start = member.start().map(s -> (double) monthsBetween(input.start(), s)).orElse(Double.NEGATIVE_INFINITY);
      roster.add(new Person(member.level(), start, ramp(origin, member.level(), input),
          member.annualSalary().map(s -> s.getAmount().doubleValue()).orElse(Double.NaN)));
    }
    for (OpsLevel level : LEVELS) {
      int count = input.rosterCounts().getOrDefault(level, 0);
      for (int i = 0; i < count; i++) {
        roster.add(new Person(level, Double.NEGATIVE_INFINITY, 0, Double.NaN));
      }
    }
    roster.sort(Comparator.comparingDouble(p -> p.startMonth));
    Team people = new Team(baseSalary);
    roster.forEach(people::add);
    int[] pipelineCounts = new int[LEVELS.length];
    int startingHeadcount = people.size();
    StageSignals stageSignals = input.stageSignals().orElse(StageSignals.empty());
    List<Role> pipeline = new ArrayList<>();
    int sequence = 0;
    double attritionCarry = 0;
    double periodAttrition = 1 - Math.pow(1 - policy.yearlyAttrition(), m / 12.0);
    long businessAtStart = path.recs.get(0).businessHeadcount();
    Money cumulativeMoney = Money.zero(currency);
    List<PlanStep> steps = new ArrayList<>(periods);
    int totalDelayedByBudget = 0;

    for (int t = 0; t < periods; t++) {
      double a = (double) t * m;
      double b = a + m;
      YearMonth month = input.start().plusMonths((long) t * m);
      double raise = Math.pow(1 + policy.yearlyRaise(), a / 12.0);
      StaffingRecommendation rec = path.recs.get(t);
      Explanation.Builder why = Explanation.builder();
      List<Reason> details = new ArrayList<>();
      details.add(rec.explanation().reasons().get(0));
      if (t > 0) {
        details.add(Reason.computed(PlanMessages.STEP_BUSINESS, rec.businessHeadcount(),
            rec.businessHeadcount() - path.recs.get(t - 1).businessHeadcount()));
      }
      boolean frozen = scenario.isFrozen(month);

      // departures: attrition counted exactly over the periods, then the planned ones
      int atStart = people.size();
      attritionCarry += atStart * periodAttrition;
      int attrition = (int) Math.min(atStart, Math.floor(attritionCarry + EPSILON));
      attritionCarry = Math.max(0, attritionCarry - attrition);
      int planned = 0;
      for (int k = 0; k < m; k++) {
        planned += input.plannedDepartures().getOrDefault(month.plusMonths(k), 0);
      }
      planned = Math.min(planned, atStart - attrition);
      List<Person> leaving = new ArrayList<>();
      int rolesOpened = 0;
      int backfillRoles = 0;
      for (int i = 0; i < attrition + planned; i++) {
        Person leaver = people.removeLeaver();
        leaving.add(leaver);
        if (i < attrition && !frozen) {
          double start = a + m / 2.0 + policy.backfillDelay(leaver.level);
          pipeline.add(new Role(leaver.level, pool(leaver.level, input), true, sequence++, start));
          pipelineCounts[leaver.level.ordinal()]++;
          rolesOpened++;
          backfillRoles++;
        }
      }

      // new roles: open while the team, with the roles under way, falls short of the need of the
      // period in which the role's hire would start
      if (!frozen) {
        int projected = people.size() + pipeline.size();
        int[] counts = new int[LEVELS.length];
        for (OpsLevel l : LEVELS) {
          counts[l.ordinal()] = people.count(l) + pipelineCounts[l.ordinal()];
        }
        while (true) {
          OpsLevel level = nextLevel(counts, policy);
          double start = a + policy.timeToHire(level);
          int landing = (int) Math.floor(start / m + EPSILON);
          if (landing >= periods || projected >= path.recs.get(landing).target()) {
            break;
          }
          pipeline.add(new Role(level, pool(level, input), false, sequence++, start));
          pipelineCounts[level.ordinal()]++;
          counts[level.ordinal()]++;
          projected++;
          rolesOpened++;
        }
      } else {
        details.add(Reason.input(PlanMessages.STEP_FROZEN));
      }

      // cost of the people in place (leavers paid half the period), then the hires due
      double yearly = raise * policy.onCostMultiplier();
      double cost = people.gross() * yearly * m / 12.0;
      for (Person p : leaving) {
        cost += people.gross(p) * yearly * m / 24.0;
      }
      double budget = periodBudget.map(x -> x.getAmount().doubleValue()).orElse(Double.POSITIVE_INFINITY);
      boolean overBeforeHires = hardBudget && cost > budget + EPSILON;
      List<Role> due = new ArrayList<>();
      for (Role r : pipeline) {
        if (r.startMonth < b - EPSILON) {
          due.add(r);
        }
      }
      due.sort(Comparator.comparingDouble((Role r) -> r.startMonth).thenComparingInt(r -> r.sequence));
      int cap = policy.maxHiresPerPeriod().orElse(Integer.MAX_VALUE);
      int hires = 0;
      int backfills = 0;
      int delayedByCapacity = 0;
      int delayedByFreeze = 0;
      Map<OpsLevel, Integer> byLevel = new EnumMap<>(OpsLevel.class);
      Map<ProfileOrigin, Integer> byPool = new EnumMap<>(ProfileOrigin.class);
      Map<OpsLevel, Integer> delayedByBudget = new EnumMap<>(OpsLevel.class);
      for (Role r : due) {
        double first = Math.max(a, r.startMonth);
        if (frozen) {
          delayedByFreeze++;
          r.startMonth = b;
          continue;
        }
        if (hires >= cap) {
          delayedByCapacity++;
          r.startMonth = b;
          continue;
        }
        double hireCost = salary(r.level, raise, baseSalary) * policy.onCostMultiplier() * (b - first) / 12.0;
        if (hardBudget && cost + hireCost > budget + EPSILON) {
          delayedByBudget.merge(r.level, 1, Integer::sum);
          r.startMonth = b;
          continue;
        }
        r.filled = true;
        pipelineCounts[r.level.ordinal()]--;
        people.add(new Person(r.level, first, ramp(r.pool, r.level, input), Double.NaN));
        cost += hireCost;
        hires++;
        if (r.backfill) {
          backfills++;
        }
        byLevel.merge(r.level, 1, Integer::sum);
        byPool.merge(r.pool, 1, Integer::sum);
      }
      pipeline.removeIf(r -> r.filled);
      int delayedBudgetCount = delayedByBudget.values().stream().mapToInt(Integer::intValue).sum();
      totalDelayedByBudget += delayedBudgetCount;

      int headcount = people.size();
      double fte = Math.min(headcount, Math.round(people.productiveFte(b) * 100) / 100.0);
      double runRate = people.gross() * yearly;
      Money costMoney = money(currency, cost);
      cumulativeMoney = cumulativeMoney.plus(costMoney);
      Optional<Money> variance = periodBudget.map(x -> x.minus(costMoney));

      // explanation: the summary, then what happened
      why.addReasons(Reason.computed(PlanMessages.STEP_SUMMARY, periodLabel(month, input.periodLength()), (long) headcount,
          (long) rec.target(), rec.businessHeadcount(), (long) hires, (long) leaving.size(), costMoney));
      why.addAllReasons(details);
      if (rolesOpened > 0) {
        why.addReasons(backfillRoles == 0 ? Reason.computed(PlanMessages.STEP_OPENED, (long) rolesOpened)
            : Reason.computed(PlanMessages.STEP_OPENED_BACKFILLS, (long) rolesOpened, (long) backfillRoles));
      }
      for (Map.Entry<OpsLevel, Integer> e : byLevel.entrySet()) {
        why.addReasons(Reason.computed(PlanMessages.STEP_HIRED, (long) e.getValue(), e.getKey(), pool(e.getKey(), input)));
      }
      if (backfills > 0) {
        why.addReasons(Reason.computed(PlanMessages.STEP_BACKFILLS, (long) backfills));
      }
      if (delayedByFreeze > 0) {
        why.addReasons(Reason.input(PlanMessages.STEP_ON_HOLD, (long) delayedByFreeze));
      }
      if (delayedByCapacity > 0) {
        why.addReasons(Reason.input(PlanMessages.STEP_DELAYED_CAPACITY, (long) delayedByCapacity, (long) cap));
      }
      for (Map.Entry<OpsLevel, Integer> e : delayedByBudget.entrySet()) {
        why.addReasons(Reason.input(PlanMessages.STEP_DELAYED_BUDGET, (long) e.getValue(), e.getKey()));
      }
      if (!leaving.isEmpty()) {
        why.addReasons(planned == 0 ? Reason.computed(PlanMessages.STEP_LEAVERS_ATTRITION, (long) attrition)
            : Reason.computed(PlanMessages.STEP_LEAVERS, (long) leaving.size(), (long) attrition, (long) planned));
      }
      if (headcount < rec.target()) {
        why.addReasons(Reason.computed(PlanMessages.STEP_MISSING, (long) (rec.target() - headcount)));
      } else if (headcount > rec.target()) {
        why.addReasons(Reason.computed(PlanMessages.STEP_SURPLUS, (long) (headcount - rec.target())));
      }
      if (fte < headcount - 0.005) {
        why.addReasons(Reason.computed(PlanMessages.STEP_RAMPING, fte, (long) headcount));
      }
      why.addReasons(Reason.computed(PlanMessages.STEP_COST, costMoney, money(currency, runRate), cumulativeMoney));
      if (periodBudget.isPresent()) {
        Money left = variance.get();
        if (!left.isNegative()) {
          why.addReasons(Reason.computed(PlanMessages.STEP_BUDGET_WITHIN, periodBudget.get(), left));
        } else {
          why.addReasons(Reason.computed(overBeforeHires ? PlanMessages.STEP_BUDGET_OVER_HARD : PlanMessages.STEP_BUDGET_OVER,
              periodBudget.get(), left.negated()));
        }
      }
      List<BusinessFunction> uncovered = uncovered(rec, headcount);
      if (!uncovered.isEmpty()) {
        why.addReasons(Reason.computed(PlanMessages.STEP_UNCOVERED, (long) uncovered.size(), functionList(uncovered)));
      }
      Optional<StageDiagnosis> stage = Optional.empty();
      if (input.chart().isPresent()) {
        stage = Optional.of(diagnose(input, stageSignals, rec, headcount, startingHeadcount, businessAtStart));
        why.addReasons(stage.get().explanation().reasons().get(0));
      }

      steps.add(ImmutablePlanStep.generator()
          .index(t).start(month).length(input.periodLength())
          .business(path.orgs.get(t)).phase(rec.phase()).opsNeeded(rec.target())
          .headcount(headcount).productiveFte(fte)
          .rolesOpened(rolesOpened).hires(hires).backfills(backfills).leavers(leaving.size())
          .hiresByLevel(byLevel).hiresByPool(byPool)
          .delayedByBudget(delayedByBudget).delayedByCapacity(delayedByCapacity).delayedByFreeze(delayedByFreeze)
          .cost(costMoney).runRate(money(currency, runRate)).cumulativeCost(cumulativeMoney)
          .budget(periodBudget).variance(variance)
          .stage(stage).uncovered(uncovered)
          .explanation(why.build())
          .build());
    }
    return ImmutableOpsPlan.generator().scenario(scenario.name()).startingHeadcount(startingHeadcount).steps(steps)
        .explanation(planExplanation(input, scenario, steps, startingHeadcount, benchmark, totalDelayedByBudget))
        .build();
  }

  // ---------------------------------------------------------------- business path

  private BusinessPath path(PlanInput input) {
    List<Object> key = Arrays.asList(input.org(), input.phase(), input.signals(), input.yearlyGrowth(), input.outlooks(),
        input.support(), input.start(), input.periods(), input.periodLength());
    BusinessPath known = paths.get(key);
    if (known != null) {
      return known;
    }
    BusinessPath path = new BusinessPath();
    int m = input.periodLength().months();
    List<BusinessTeam> teams = new ArrayList<>(input.org().teams());
    List<Double> exact = new ArrayList<>();
    for (BusinessTeam team : teams) {
      exact.add((double) team.headcount());
    }
    Map<BusinessFunction, FunctionOutlook> outlooks = new HashMap<>();
    for (FunctionOutlook o : input.outlooks()) {
      outlooks.put(o.function(), o);
    }
    double defaultGrowth = Math.pow(1 + input.yearlyGrowth(), 1.0 / input.periodLength().periodsPerYear()) - 1;
    for (int t = 0; t < input.periods(); t++) {
      YearMonth month = input.start().plusMonths((long) t * m);
      if (t > 0) {
        for (int i = 0; i < teams.size(); i++) {
          FunctionOutlook o = outlooks.get(teams.get(i).function());
          double g = o == null ? defaultGrowth : o.growthPerPeriod(input.periodLength());
          exact.set(i, exact.get(i) * (1 + g));
        }
      }
      for (FunctionOutlook o : input.outlooks()) {
        Integer known2 = null;
        for (int k = 0; k < m; k++) {
          Integer h = o.headcounts().get(month.plusMonths(k));
          if (h != null) {
            known2 = h;
          }
        }
        if (known2 != null) {
          setFunctionHeadcount(teams, exact, o.function(), known2);
        }
      }
      List<BusinessTeam> rounded = new ArrayList<>(teams.size());
      for (int i = 0; i < teams.size(); i++) {
        double r = Math.floor(exact.get(i) + 0.5);
        if (!(r <= Integer.MAX_VALUE)) {
          throw Checks.invalid("headcount", BigDecimal.valueOf(exact.get(i)).setScale(0, RoundingMode.HALF_UP),
              "must be <= " + Integer.MAX_VALUE + " after the growth to " + month + " (team "
                  + teams.get(i).label(Locale.ENGLISH) + ")");
        }
        rounded.add(teams.get(i).withHeadcount((int) r));
      }
      if (input.support().isPresent()) {
        rounded = withSupport(rounded, input.support().get(), (double) t * m / 12.0);
      }
      BusinessOrg org = BusinessOrg.of(rounded);
      path.orgs.add(org);
      Object maturity = input.phase().isPresent() ? input.phase().get() : aged(input.signals().get(), (double) t * m / 12.0);
      List<Object> recKey = List.of(org, maturity);
      StaffingRecommendation rec = recommendations.get(recKey);
      if (rec == null) {
        rec = maturity instanceof MaturitySignals s ? staffing.recommend(org, s)
            : staffing.recommend(org, (dev.revops.core.staffing.MaturityPhase) maturity);
        recommendations.put(recKey, rec);
      }
      if (rec.target() > PlanInput.MAX_ROSTER) {
        throw Checks.invalid("opsNeeded", rec.target(), "must be at most " + PlanInput.MAX_ROSTER + " in " + month
            + ": the plan follows every Ops one by one, and the growth given takes the need beyond that");
      }
      path.recs.add(rec);
    }
    paths.put(key, path);
    return path;
  }

  private static MaturitySignals aged(MaturitySignals signals, double years) {
    return years == 0 ? signals : MaturitySignals.builder().opsAgeYears(signals.opsAgeYears() + years)
        .headcountGrowth(signals.headcountGrowth()).priorOpsSupport(signals.priorOpsSupport()).build();
  }

  private static void setFunctionHeadcount(List<BusinessTeam> teams, List<Double> exact, BusinessFunction function,
      int headcount) {
    double total = 0;
    int first = -1;
    for (int i = 0; i < teams.size(); i++) {
      if (teams.get(i).function().equals(function)) {
        total += exact.get(i);
        first = first < 0 ? i : first;
      }
    }
    if (first < 0) {
      teams.add(BusinessTeam.of(function, 0));
      exact.add((double) headcount);
      return;
    }
    for (int i = 0; i < teams.size(); i++) {
      if (teams.get(i).function().equals(function)) {
        exact.set(i, total > 0 ? exact.get(i) * headcount / total : (i == first ? headcount : 0.0));
      }
    }
  }

  private List<BusinessTeam> withSupport(List<BusinessTeam> teams, SupportOutlook support, double years) {
    double factor = Math.pow(1 + support.yearlyVolumeGrowth(), years);
    SupportProfile profile = support.profile();
    if (factor != 1) {
      List<SupportChannel> channels = new ArrayList<>();
      for (SupportChannel c : profile.channels()) {
        List<Double> volumes = new ArrayList<>(c.volumes().size());
        for (double v : c.volumes()) {
          volumes.add(v * factor);
        }
        channels.add(SupportChannel.builder().from(c).volumes(volumes).build());
      }
      profile = SupportProfile.of(profile.intervalSeconds(), channels)
          .withFteRule(profile.repeatsPerWeek(), profile.weeklyHoursPerFte());
    }
    List<BusinessTeam> staffed = workload.staff(profile).teams();
    java.util.Set<BusinessFunction> replaced = new java.util.HashSet<>();
    for (BusinessTeam team : staffed) {
      replaced.add(team.function());
    }
    List<BusinessTeam> out = new ArrayList<>();
    for (BusinessTeam team : teams) {
      if (!replaced.contains(team.function())) {
        out.add(team);
      }
    }
    out.addAll(staffed);
    return out;
  }

  // ---------------------------------------------------------------- people

  private static SalaryBenchmark benchmark(PlanInput input) {
    SalaryBenchmark benchmark = input.benchmark().orElse(SalaryBenchmarks.businessOpsNetworkFrance());
    if (benchmark.dataYear().isPresent() && benchmark.projection().isEmpty()
        && benchmark.dataYear().getAsInt() < input.start().getYear()) {
      return benchmark.projectedTo(input.start().getYear(), input.policy().yearlyRaise());
    }
    return benchmark;
  }

  private static double salary(OpsLevel level, double raise, double[] baseSalary) {
    return baseSalary[level.ordinal()] * raise;
  }

  /** The level of the next role, from the team in place and the roles under way, by level. */
  static OpsLevel nextLevel(int[] counts, PlanPolicy policy) {
    int n = 0;
    for (int c : counts) {
      n += c;
    }
    if (n == 0) {
      return policy.firstHireLevel();
    }
    int juniors = counts[OpsLevel.JUNIOR.ordinal()];
    int contributors = juniors + counts[OpsLevel.SENIOR.ordinal()];
    int managers = counts[OpsLevel.MANAGER.ordinal()];
    int leaders = counts[OpsLevel.DIRECTOR.ordinal()] + counts[OpsLevel.VP.ordinal()];
    if (n + 1 >= policy.directorFromOps() && leaders == 0) {
      return OpsLevel.DIRECTOR;
    }
    int managersNeeded = n + 1 >= policy.managerFromOps()
        ? Math.max(1, (contributors + policy.spanOfControl() - 1) / policy.spanOfControl()) : 0;
    if (managers < managersNeeded) {
      return OpsLevel.MANAGER;
    }
    return juniors + 1 <= policy.juniorShare() * (contributors + 1) + EPSILON ? OpsLevel.JUNIOR : OpsLevel.SENIOR;
  }

  /** The prior fit (0 to 100) of a pool on a role of the level with the team's mission mix. */
  private double priorFit(ProfileOrigin origin, OpsLevel level, PlanInput input) {
    List<Object> key = List.of(origin, level, input.mix());
    Double known = priorFits.getIfPresent(key);
    if (known != null) {
      return known;
    }
    OpsRole role = OpsRole.builder().specialty(OpsSpecialty.BUSINESS_OPS).level(level).mix(input.mix()).build();
    Candidate candidate = Candidate.builder().id(origin.name()).origin(origin).totalYears(0).build();
    double score = fit.assess(candidate, role).score();
    priorFits.put(key, score);
    return score;
  }

  /** The source pool with the best prior fit for the level (ties: the order of {@link #SOURCE_POOLS}). */
  ProfileOrigin pool(OpsLevel level, PlanInput input) {
    Map<OpsLevel, ProfileOrigin> byLevel = pools.computeIfAbsent(input.mix(), m -> new EnumMap<>(OpsLevel.class));
    ProfileOrigin known = byLevel.get(level);
    if (known == null) {
      known = bestPool(level, input);
      byLevel.put(level, known);
    }
    return known;
  }

  private ProfileOrigin bestPool(OpsLevel level, PlanInput input) {
    ProfileOrigin best = SOURCE_POOLS.get(0);
    double bestFit = priorFit(best, level, input);
    for (ProfileOrigin origin : SOURCE_POOLS.subList(1, SOURCE_POOLS.size())) {
      double f = priorFit(origin, level, input);
      if (f > bestFit) {
        best = origin;
        bestFit = f;
      }
    }
    return best;
  }

  private double ramp(ProfileOrigin origin, OpsLevel level, PlanInput input) {
    PlanPolicy policy = input.policy();
    double share = Math.max(0, Math.min(1, priorFit(origin, level, input) / 100.0));
    return policy.rampMonthsAtFullFit() + (policy.rampMonthsAtNoFit() - policy.rampMonthsAtFullFit()) * (1 - share);
  }

  // ---------------------------------------------------------------- coverage and stage

  /**
   * The functions the rule gives Ops to that the team is too small to reach: each function gets one
   * Ops before any gets a second, largest allocation first (then most staff, then the functions'
   * order), so with n Ops the functions beyond the n-th have none.
   */
  private List<BusinessFunction> uncovered(StaffingRecommendation rec, int headcount) {
    List<BusinessFunction> order = coverageOrders.computeIfAbsent(rec, PlanEngine::coverageOrder);
    return headcount >= order.size() ? List.of() : List.copyOf(order.subList(headcount, order.size()));
  }

  private static List<BusinessFunction> coverageOrder(StaffingRecommendation rec) {
    // one pass over the allocation: each function's Ops and staff, in the order functions appear
    Map<BusinessFunction, long[]> byFunction = new LinkedHashMap<>();
    for (dev.revops.core.staffing.TeamAllocation a : rec.allocation()) {
      long[] opsAndStaff = byFunction.computeIfAbsent(a.team().function(), f -> new long[2]);
      opsAndStaff[0] += a.ops();
      opsAndStaff[1] += a.team().headcount();
    }
    List<Map.Entry<BusinessFunction, long[]>> order = new ArrayList<>(byFunction.size());
    for (Map.Entry<BusinessFunction, long[]> e : byFunction.entrySet()) {
      if (e.getValue()[0] > 0) {
        order.add(e);
      }
    }
    order.sort((a, b) -> {
      int byOps = Long.compare(b.getValue()[0], a.getValue()[0]);
      if (byOps != 0) {
        return byOps;
      }
      int byStaff = Long.compare(b.getValue()[1], a.getValue()[1]);
      return byStaff != 0 ? byStaff : a.getKey().compareTo(b.getKey());
    });
    List<BusinessFunction> functions = new ArrayList<>(order.size());
    for (Map.Entry<BusinessFunction, long[]> e : order) {
      functions.add(e.getKey());
    }
    return functions;
  }

  /** Functions named in a reason, joined in the reader's language only when the reason is shown. */
  private static dev.revops.core.explain.Localizable functionList(List<BusinessFunction> functions) {
    return locale -> {
      StringBuilder text = new StringBuilder();
      for (BusinessFunction f : functions) {
        text.append(text.length() == 0 ? "" : ", ").append(f.displayName(locale));
      }
      return text.toString();
    };
  }


  private StageDiagnosis diagnose(PlanInput input, StageSignals stageSignals, StaffingRecommendation rec, int headcount,
      int startingHeadcount, long businessAtStart) {
    OpsOrgChart chart = input.chart().get();
    int[] sizes = shares(chart, headcount);
    StageSignals signals = stageSignals;
    long size = signals.companySize().isPresent()
        ? signals.companySize().getAsInt() + (rec.businessHeadcount() - businessAtStart) + (headcount - startingHeadcount)
        : rec.businessHeadcount() + headcount;
    int companySize = (int) Math.max(0, Math.min(Integer.MAX_VALUE, size));
    DiagnosisKey key = new DiagnosisKey(rec, companySize, sizes);
    StageDiagnosis known = diagnoses.get(key);
    if (known != null) {
      return known;
    }
    List<OpsTeam> teams = new ArrayList<>();
    for (int i = 0; i < chart.teams().size(); i++) {
      teams.add(OpsTeam.builder().from(chart.teams().get(i)).headcount(sizes[i]).build());
    }
    StageDiagnosis d = stages.diagnose(OpsOrgChart.of(teams),
        StageSignals.builder().from(signals).companySize(companySize).build(), rec.opsTarget());
    diagnoses.put(key, d);
    return d;
  }

  /** Shares a headcount between the chart's teams in proportion to their sizes (largest remainders). */
  static int[] shares(OpsOrgChart chart, int headcount) {
    int n = chart.teams().size();
    int[] out = new int[n];
    if (n == 0) {
      return out;
    }
    long total = chart.totalHeadcount();
    if (total == 0) {
      out[0] = headcount;
      return out;
    }
    double[] remainders = new double[n];
    int given = 0;
    for (int i = 0; i < n; i++) {
      double quota = (double) chart.teams().get(i).headcount() * headcount / total;
      out[i] = (int) Math.floor(quota);
      remainders[i] = quota - out[i];
      given += out[i];
    }
    while (given < headcount) {
      int best = 0;
      for (int i = 1; i < n; i++) {
        if (remainders[i] > remainders[best] + EPSILON) {
          best = i;
        }
      }
      out[best]++;
      remainders[best] = -1;
      given++;
    }
    return out;
  }

  // ---------------------------------------------------------------- explanations

  private Explanation planExplanation(PlanInput input, PlanScenario scenario, List<PlanStep> steps, int startingHeadcount,
      SalaryBenchmark benchmark, int delayedByBudget) {
    PlanPolicy policy = input.policy();
    PlanStep last = steps.get(steps.size() - 1);
    int hires = 0;
    int leavers = 0;
    int over = 0;
    Money overBy = Money.zero(benchmark.currency());
    for (PlanStep s : steps) {
      hires += s.hires();
      leavers += s.leavers();
      if (s.variance().isPresent() && s.variance().get().isNegative()) {
        over++;
        overBy = overBy.minus(s.variance().get());
      }
    }
    Explanation.Builder why = Explanation.builder();
    why.addReasons(Reason.computed(input.periodLength() == PeriodLength.MONTH ? PlanMessages.SUMMARY_MONTH
        : PlanMessages.SUMMARY_QUARTER, scenarioName(scenario.name()), (long) steps.size(), (long) startingHeadcount,
        (long) last.headcount(), (long) last.opsNeeded(), (long) hires, (long) leavers, last.cumulativeCost()));
    if (input.budget().isPresent()) {
      why.addReasons(over == 0 ? Reason.computed(PlanMessages.BUDGET_KEPT, input.budget().get().rule())
          : Reason.computed(PlanMessages.BUDGET_BROKEN, (long) over, (long) steps.size(), overBy));
      if (delayedByBudget > 0) {
        why.addReasons(Reason.computed(PlanMessages.BUDGET_DELAYS, (long) delayedByBudget));
      }
    }
    Optional<PlanStep> change = Optional.empty();
    for (PlanStep s : steps) {
      if (s.stage().isPresent() && s.stage().get().verdict() == Verdict.MOVE) {
        change = Optional.of(s);
        break;
      }
    }
    if (input.chart().isEmpty()) {
      why.addReasons(Reason.input(PlanMessages.STAGE_NO_CHART));
    } else if (change.isPresent()) {
      StageDiagnosis d = change.get().stage().get();
      why.addReasons(Reason.computed(PlanMessages.STAGE_CHANGE, periodLabel(change.get()), d.current().isPresent()
          ? d.current().get() : dev.revops.core.explain.LocalizedText.ofMessage("plan.stage.noStage"),
          d.next().isPresent() ? d.next().get() : d.considered().orElseThrow()));
      why.addReasons(Reason.rule(PlanMessages.RULE_COMPANY_SIZE));
    } else {
      why.addReasons(Reason.computed(PlanMessages.STAGE_NONE));
      why.addReasons(Reason.rule(PlanMessages.RULE_COMPANY_SIZE));
    }
    why.addReasons(Reason.rule(PlanMessages.POOLS_RULE).withSource(dev.revops.core.explain.Source.OPS_TEAM_PRACTICE_ARTICLE));
    for (OpsLevel level : new OpsLevel[] {OpsLevel.JUNIOR, OpsLevel.SENIOR, OpsLevel.MANAGER, OpsLevel.DIRECTOR}) {
      boolean hired = false;
      for (PlanStep s : steps) {
        hired |= s.hiresByLevel().containsKey(level);
      }
      if (hired) {
        ProfileOrigin pool = pool(level, input);
        why.addReasons(Reason.computed(PlanMessages.POOL, level, pool, Math.round(priorFit(pool, level, input))));
      }
    }
    why.addReasons(Reason.rule(PlanMessages.RULE_TIMING));
    why.addReasons(Reason.rule(PlanMessages.RULE_NO_LAYOFF));
    why.addReasons(figure(policy, PlanPolicy.Figure.TIME_TO_HIRE_MONTHS, PlanMessages.ASSUMPTION_TIME_TO_HIRE,
        policy.timeToHire(OpsLevel.SENIOR), policy.timeToHire(OpsLevel.MANAGER), policy.timeToHire(OpsLevel.DIRECTOR)));
    if (policy.maxHiresPerPeriod().isPresent()) {
      why.addReasons(Reason.input(PlanMessages.ASSUMPTION_CAP, (long) policy.maxHiresPerPeriod().getAsInt()));
    }
    why.addReasons(figure(policy, PlanPolicy.Figure.RAMP_MONTHS_AT_FULL_FIT, PlanMessages.ASSUMPTION_RAMP,
        policy.rampMonthsAtFullFit(), policy.rampMonthsAtNoFit()));
    why.addReasons(figure(policy, PlanPolicy.Figure.YEARLY_ATTRITION, PlanMessages.ASSUMPTION_ATTRITION,
        policy.yearlyAttrition()));
    why.addReasons(policy.backfillDelayMonths().isPresent()
        ? Reason.input(PlanMessages.ASSUMPTION_BACKFILL_DELAY, policy.backfillDelayMonths().getAsDouble())
        : Reason.rule(PlanMessages.ASSUMPTION_BACKFILL));
    why.addReasons(figure(policy, PlanPolicy.Figure.PAY_PERCENTILE, PlanMessages.ASSUMPTION_PAY,
        policy.payPercentile(OpsLevel.JUNIOR).toString(), policy.payPercentile(OpsLevel.SENIOR).toString(),
        policy.payPercentile(OpsLevel.MANAGER).toString(), policy.payPercentile(OpsLevel.DIRECTOR).toString(),
        policy.payPercentile(OpsLevel.VP).toString()));
    Reason benchmarkReason = Reason.input(PlanMessages.BENCHMARK, dev.revops.core.explain.LocalizedText.of(
        benchmark.source().name(), benchmark.source().frenchName().orElse(benchmark.source().name())),
        (long) input.start().getYear());
    why.addReasons(benchmarkReason.withSource(benchmark.source()));
    boolean own = false;
    for (OpsMember member : input.roster()) {
      own |= member.annualSalary().isPresent();
    }
    if (own) {
      long count = input.roster().stream().filter(x -> x.annualSalary().isPresent()).count();
      why.addReasons(Reason.input(PlanMessages.OWN_SALARIES, count));
    }
    Reason onCost = figure(policy, PlanPolicy.Figure.ON_COST_MULTIPLIER, PlanMessages.ASSUMPTION_ON_COST,
        policy.onCostMultiplier() - 1);
    why.addReasons(policy.isDefault(PlanPolicy.Figure.ON_COST_MULTIPLIER)
        ? onCost.withSource(PlanPolicy.EMPLOYER_CONTRIBUTIONS_GUIDE) : onCost);
    why.addReasons(figure(policy, PlanPolicy.Figure.YEARLY_RAISE, PlanMessages.ASSUMPTION_RAISE, policy.yearlyRaise()));
    why.addReasons(figure(policy, PlanPolicy.Figure.FIRST_HIRE_LEVEL, PlanMessages.ASSUMPTION_LEVELS, policy.firstHireLevel(),
        (long) policy.managerFromOps(), (long) policy.spanOfControl(), (long) policy.directorFromOps(), policy.juniorShare()));
    return why.build();
  }

  private static Reason figure(PlanPolicy policy, PlanPolicy.Figure figure, dev.revops.core.explain.Message message,
      Object... args) {
    boolean levels = figure == PlanPolicy.Figure.FIRST_HIRE_LEVEL;
    boolean changed = !policy.isDefault(figure) || (levels && !(policy.isDefault(PlanPolicy.Figure.MANAGER_FROM_OPS)
        && policy.isDefault(PlanPolicy.Figure.SPAN_OF_CONTROL) && policy.isDefault(PlanPolicy.Figure.DIRECTOR_FROM_OPS)
        && policy.isDefault(PlanPolicy.Figure.JUNIOR_SHARE)))
        || (figure == PlanPolicy.Figure.RAMP_MONTHS_AT_FULL_FIT && !policy.isDefault(PlanPolicy.Figure.RAMP_MONTHS_AT_NO_FIT));
    return changed ? Reason.input(message, args) : Reason.assumption(message, args);
  }

  private static Object periodLabel(PlanStep step) {
    return periodLabel(step.start(), step.length());
  }

  /** The label of a period as a message argument: a plain string when both languages write it alike. */
  private static Object periodLabel(YearMonth start, PeriodLength length) {
    String en = PlanStep.label(start, length, Locale.ENGLISH);
    String fr = PlanStep.label(start, length, Locale.FRENCH);
    return en.equals(fr) ? en : dev.revops.core.explain.LocalizedText.of(en, fr);
  }

  private static Object scenarioName(OpsPlan plan) {
    return scenarioName(plan.scenario());
  }

  /** A scenario's name as a message argument: the baseline's default name is shown in the reader's language. */
  private static Object scenarioName(String name) {
    return name.equals(PlanScenario.BASELINE) ? dev.revops.core.explain.LocalizedText.ofMessage("plan.baseline") : name;
  }

  static Money money(CurrencyUnit currency, double amount) {
    if (!Double.isFinite(amount) || Math.abs(amount) > 1e15) {
      throw Checks.invalid("cost", amount, "must stay below 10^15 " + currency + ": the plan's payroll is out of range");
    }
    // below 10^15 a double's integers are exact, and rint rounds half to even as
    // BigDecimal.valueOf(amount).setScale(0, HALF_EVEN) does (no decimal of a double lies across k + 0.5 from it)
    return Money.of(currency, BigDecimal.valueOf((long) Math.rint(amount)));
  }

  private static long monthsBetween(YearMonth from, YearMonth to) {
    return (to.getYear() - (long) from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue();
  }

  // ---------------------------------------------------------------- comparison

  static PlanComparison compare(OpsPlan baseline, List<OpsPlan> variants) {
    List<ScenarioDelta> deltas = new ArrayList<>();
    Explanation.Builder why = Explanation.builder();
    why.addReasons(Reason.computed(PlanMessages.COMPARISON, (long) variants.size()));
    why.addReasons(baseline.explanation().reasons().get(0));
    for (OpsPlan variant : variants) {
      ScenarioDelta delta = delta(baseline, variant);
      deltas.add(delta);
      why.addAllReasons(delta.explanation().reasons());
    }
    return ImmutablePlanComparison.generator().baseline(baseline).variants(variants).deltas(deltas)
        .explanation(why.build()).build();
  }

  private static ScenarioDelta delta(OpsPlan baseline, OpsPlan variant) {
    List<Integer> headcount = new ArrayList<>();
    List<Double> fte = new ArrayList<>();
    List<Money> cost = new ArrayList<>();
    int first = -1;
    int firstFte = -1;
    for (int i = 0; i < baseline.steps().size(); i++) {
      PlanStep b = baseline.steps().get(i);
      PlanStep v = variant.steps().get(i);
      headcount.add(v.headcount() - b.headcount());
      fte.add(Math.round((v.productiveFte() - b.productiveFte()) * 100) / 100.0);
      cost.add(v.cost().minus(b.cost()));
      if (first < 0 && v.headcount() != b.headcount()) {
        first = i;
      }
      if (firstFte < 0 && Math.abs(v.productiveFte() - b.productiveFte()) >= 0.005) {
        firstFte = i;
      }
    }
    OptionalInt shift = OptionalInt.empty();
    Optional<PlanStep> baseChange = baseline.firstStageChange();
    Optional<PlanStep> variantChange = variant.firstStageChange();
    if (baseChange.isPresent() && variantChange.isPresent()) {
      shift = OptionalInt.of(variantChange.get().index() - baseChange.get().index());
    }
    Money totalCost = variant.totalCost().minus(baseline.totalCost());
    int totalHires = variant.totalHires() - baseline.totalHires();
    Explanation.Builder why = Explanation.builder();
    boolean neutral = first < 0 && firstFte < 0 && totalHires == 0 && totalCost.isZero();
    for (Money c : cost) {
      neutral &= c.isZero();
    }
    if (neutral) {
      why.addReasons(Reason.computed(PlanMessages.DELTA_NEUTRAL, scenarioName(variant)));
    } else {
      double base = baseline.totalCost().getAmount().doubleValue();
      double share = base == 0 ? 0.0 : totalCost.getAmount().doubleValue() / base;
      BigDecimal amount = totalCost.getAmount().setScale(0, RoundingMode.HALF_EVEN);
      String code = totalCost.getCurrencyUnit().getCode();
      why.addReasons(variant.finalHeadcount() == baseline.finalHeadcount()
          ? Reason.computed(PlanMessages.DELTA_SUMMARY_SAME_TEAM, scenarioName(variant), (long) variant.finalHeadcount(),
              (long) totalHires, amount, share, code)
          : Reason.computed(PlanMessages.DELTA_SUMMARY, scenarioName(variant),
              (long) (variant.finalHeadcount() - baseline.finalHeadcount()), (long) variant.finalHeadcount(),
              (long) baseline.finalHeadcount(), (long) totalHires, amount, share, code));
      if (first >= 0) {
        why.addReasons(Reason.computed(PlanMessages.DELTA_FIRST, periodLabel(variant.steps().get(first)),
            (long) headcount.get(first)));
      } else if (firstFte >= 0) {
        why.addReasons(Reason.computed(PlanMessages.DELTA_FTE, periodLabel(variant.steps().get(firstFte)), fte.get(firstFte)));
      }
    }
    if (shift.isPresent()) {
      int s = shift.getAsInt();
      why.addReasons(s == 0 ? Reason.computed(PlanMessages.DELTA_STAGE_SAME)
          : s > 0 ? Reason.computed(PlanMessages.DELTA_STAGE_LATER, (long) s)
          : Reason.computed(PlanMessages.DELTA_STAGE_EARLIER, (long) -s));
    } else if (variantChange.isPresent()) {
      why.addReasons(Reason.computed(PlanMessages.DELTA_STAGE_ONLY_VARIANT, periodLabel(variantChange.get())));
    } else if (baseChange.isPresent()) {
      why.addReasons(Reason.computed(PlanMessages.DELTA_STAGE_ONLY_BASELINE));
    }
    return ImmutableScenarioDelta.generator().scenario(variant.scenario()).headcount(headcount).productiveFte(fte)
        .cost(cost).totalHires(totalHires).totalCost(totalCost).stageChangeShift(shift).explanation(why.build()).build();
  }
}
