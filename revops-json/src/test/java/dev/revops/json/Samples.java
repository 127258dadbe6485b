package dev.revops.json;

import dev.revops.core.fit.FitAssessment;
import dev.revops.core.staffing.StaffingPolicy;
import dev.revops.core.testing.FitGen;
import dev.revops.core.fit.FitPolicy;
import dev.revops.core.fit.FitScorer;
import dev.revops.core.fit.OriginPrior;
import dev.revops.core.fit.ProfileOrigin;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.testing.OrgGen;
import dev.revops.core.pay.CompensationOutlook;
import dev.revops.core.testing.PayGen;
import dev.revops.core.pay.PayPosition;
import dev.revops.core.pay.Percentile;
import dev.revops.core.pay.SalaryBand;
import dev.revops.core.pay.SalaryBenchmark;
import dev.revops.core.pay.SalaryBenchmarks;
import dev.revops.core.pay.SalaryDistributions;
import dev.revops.core.pay.SamplePolicy;
import dev.revops.core.staffing.ForecastPeriod;
import dev.revops.core.staffing.StaffingCalculator;
import dev.revops.core.staffing.StaffingForecast;
import dev.revops.core.testing.StaffingGen;
import dev.revops.core.staffing.StaffingRecommendation;
import dev.revops.core.stage.StageAdvisor;
import dev.revops.core.stage.StageDiagnosis;
import dev.revops.core.stage.StageSignals;
import dev.revops.core.testing.StageGen;
import dev.revops.core.stage.StagePolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * A generator of values for every Immutables value type of revops-core, built from core's own
 * generators (shared through its test jar) and calculators.
 */
final class Samples {

  private Samples() {}

  private static final Gen<StaffingRecommendation> RECOMMENDATIONS = StaffingGen.smallOrgs()
      .zip(StaffingGen.phases(), StaffingGen.policies(), (org, phase, policy) -> StaffingCalculator.of(policy).recommend(org, phase));
  private static final Gen<StaffingForecast> FORECASTS = StaffingGen.smallOrgs()
      .zip(StaffingGen.phases(), StaffingGen.signals(), SourceDSL.doubles().between(-0.5, 1),
          (org, phase, signals, growth) -> StaffingCalculator.withDefaults().forecast(1, List.of(
              ForecastPeriod.of("now", org, phase), ForecastPeriod.ofGrowth("next", growth, signals))));
  private static final Gen<dev.revops.core.org.OpsTarget> TARGETS = RECOMMENDATIONS.map(StaffingRecommendation::opsTarget);
  private static final Gen<StageDiagnosis> DIAGNOSES = StageGen.charts()
      .zip(StageGen.signals(), (chart, signals) -> StageAdvisor.withDefaults().diagnose(chart, signals))
      .mix(StageGen.charts().zip(StageGen.signals(), TARGETS,
          (chart, signals, target) -> StageAdvisor.withDefaults().diagnose(chart, signals, target)), 30);
  private static final Gen<FitAssessment> ASSESSMENTS = FitGen.candidates()
      .zip(FitGen.roles(), (c, role) -> FitScorer.withDefaults().assess(c, role));
  private static final Gen<PayPosition> POSITIONS = PayGen.medianAndMaximum()
      .zip(PayGen.sampleSizes(), PayGen.salaries(), (mm, n, salary) -> SalaryDistributions.logNormal(mm[0], mm[1], n).position(salary));
  private static final Gen<SalaryBenchmark> BENCHMARKS = Generate.constant(SalaryBenchmarks.businessOpsNetworkFrance())
      .mix(dev.revops.core.testing.PayGen.benchmarks(), 30)
      .mix(Generate.constant(SalaryBenchmarks.businessOpsNetworkFrance().projectedTo(2026, 0.03)), 20)
      .mix(PayGen.medianAndMaximum().zip(PayGen.sampleSizes(), (mm, n) -> SalaryBenchmark.builder().from(SalaryBenchmarks.businessOpsNetworkFrance())
          .cohorts(List.of(dev.revops.core.pay.SalaryCohort.builder().addLevels(OpsLevel.SENIOR).median(mm[0]).maximum(mm[1])
              .sampleSize(n).build())).build()), 50);

  /** The sample support profile of revops-examples. */
  static final dev.revops.core.workload.SupportProfile SUPPORT_SAMPLE = readSupportSample();
  private static final dev.revops.core.workload.ProfileStaffing SUPPORT_STAFFING =
      dev.revops.core.workload.ErlangCalculator.withDefaults().staff(SUPPORT_SAMPLE);

  private static dev.revops.core.workload.SupportProfile readSupportSample() {
    try {
      return RevOpsJson.strict().read(java.nio.file.Files.readString(
          java.nio.file.Path.of("..", "revops-examples", "samples", "support.json")), Documents.Support.class).profile();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The sample plan of revops-examples: the source's organisations growing 40 % a year, two variants. */
  static final Documents.Plan PLAN_SAMPLE = readPlanSample();

  private static Documents.Plan readPlanSample() {
    try {
      return RevOpsJson.strict().read(java.nio.file.Files.readString(
          java.nio.file.Path.of("..", "revops-examples", "samples", "plan.json")), Documents.Plan.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Generators by value type. */
  static Map<Class<?>, Gen<?>> byType() {
    Map<Class<?>, Gen<?>> gens = new LinkedHashMap<>();
    // org and explain
    gens.put(dev.revops.core.org.BusinessTeam.class, OrgGen.teams());
    gens.put(dev.revops.core.org.BusinessOrg.class, OrgGen.orgs());
    gens.put(dev.revops.core.org.OpsTarget.class, TARGETS);
    gens.put(dev.revops.core.explain.Explanation.class, RECOMMENDATIONS.map(StaffingRecommendation::explanation)
        .mix(DIAGNOSES.map(StageDiagnosis::explanation), 30).mix(POSITIONS.map(PayPosition::explanation), 30));
    gens.put(dev.revops.core.explain.Reason.class, ASSESSMENTS.map(a -> a.explanation().reasons().get(0))
        .mix(POSITIONS.map(p -> p.explanation().reasons().get(0)), 50));
    gens.put(dev.revops.core.explain.Source.class, Generate.pick(List.of(
        dev.revops.core.pay.SalaryBenchmarks.BUSINESS_OPERATIONS_NETWORK_STUDY, dev.revops.core.staffing.StaffingPolicy.STAFFING_RULE_OF_THUMB,
        dev.revops.core.explain.Source.of("Our survey"))));
    gens.put(dev.revops.core.explain.LocalizedText.class, OrgGen.functions().map(dev.revops.core.explain.LocalizedText::from));
    // staffing
    gens.put(dev.revops.core.staffing.MaturitySignals.class, StaffingGen.signals());
    gens.put(dev.revops.core.staffing.StaffingPolicy.class, StaffingGen.policies());
    gens.put(dev.revops.core.staffing.PhaseAssessment.class, StaffingGen.signals().map(s -> StaffingCalculator.withDefaults().assessPhase(s)));
    gens.put(dev.revops.core.staffing.TeamAllocation.class, RECOMMENDATIONS.map(r -> r.allocation().get(0)));
    gens.put(StaffingRecommendation.class, RECOMMENDATIONS);
    gens.put(ForecastPeriod.class, StaffingGen.smallOrgs().zip(StaffingGen.phases(), (org, phase) -> ForecastPeriod.of("p", org, phase))
        .mix(StaffingGen.signals().map(s -> ForecastPeriod.ofGrowth("g", 0.25, s)), 50));
    gens.put(dev.revops.core.staffing.ForecastStep.class, FORECASTS.map(f -> f.steps().get(1)));
    gens.put(StaffingForecast.class, FORECASTS);
    // stage
    gens.put(dev.revops.core.stage.ReportingLine.class, StageGen.lines());
    gens.put(dev.revops.core.explain.Provenance.class, Generate.pick(List.of(
        dev.revops.core.explain.Provenance.fact(dev.revops.core.staffing.StaffingPolicy.STAFFING_RULE_OF_THUMB),
        dev.revops.core.explain.Provenance.assumption(), dev.revops.core.explain.Provenance.input())));
    gens.put(dev.revops.core.stage.OpsTeam.class, StageGen.charts(StageGen.teams(StageGen.lines()), 1, 3).map(c -> c.teams().get(0)));
    gens.put(dev.revops.core.stage.OpsOrgChart.class, StageGen.charts());
    gens.put(dev.revops.core.stage.StageSignals.class, StageGen.signals());
    gens.put(StagePolicy.class, Generate.pick(List.of(StagePolicy.defaults(),
        StagePolicy.builder().allowSkipToAutonomous(true).dominantShare(0.7).build())));
    gens.put(dev.revops.core.stage.Trigger.class, DIAGNOSES.assuming(d -> !d.triggers().isEmpty()).map(d -> d.triggers().get(0)));
    gens.put(dev.revops.core.stage.TeamEvidence.class, StageGen.charts(StageGen.teams(StageGen.lines()), 1, 4)
        .map(chart -> StageAdvisor.withDefaults().classify(chart).evidence().get(0)));
    gens.put(dev.revops.core.stage.StageClassification.class, DIAGNOSES.map(StageDiagnosis::classification));
    gens.put(StageDiagnosis.class, DIAGNOSES);
    gens.put(dev.revops.core.stage.StaffingCheck.class, StageGen.charts().zip(TARGETS,
        (chart, target) -> StageAdvisor.withDefaults().diagnose(chart, StageSignals.empty(), target).staffingCheck().orElseThrow()));
    // pay
    gens.put(SamplePolicy.class, Generate.constant(SamplePolicy.defaults()));
    gens.put(SalaryBand.class, POSITIONS.map(PayPosition::middleBand));
    gens.put(dev.revops.core.pay.SalaryCohort.class, BENCHMARKS.map(b -> b.cohorts().get(0)));
    gens.put(dev.revops.core.pay.ExperienceAnchor.class, Generate.pick(SalaryBenchmarks.businessOpsNetworkFrance().experienceAnchors()));
    gens.put(dev.revops.core.pay.ReportedRaise.class, Generate.constant(dev.revops.core.pay.ReportedRaise.of(2023, 0.08)));
    gens.put(SalaryBenchmark.class, BENCHMARKS);
    gens.put(PayPosition.class, POSITIONS);
    gens.put(dev.revops.core.pay.OfferPolicy.class, Generate.pick(List.of(dev.revops.core.pay.OfferPolicy.defaults(),
        dev.revops.core.pay.OfferPolicy.builder().experienceElasticity(0.3).rangeLow(Percentile.P10).rangeHigh(Percentile.P90)
            .minimumAnnualPay(org.joda.money.Money.zero(org.joda.money.CurrencyUnit.EUR)).build())));
    gens.put(dev.revops.core.pay.BenchmarkProjection.class, SourceDSL.integers().between(2024, 2040)
        .zip(SourceDSL.doubles().between(-0.2, 0.3), (year, growth) ->
            SalaryBenchmarks.businessOpsNetworkFrance().projectedTo(year, growth).projection().orElseThrow()));
    gens.put(dev.revops.core.pay.OfferCheck.class, BENCHMARKS.zip(PayGen.salaries(), SourceDSL.doubles().between(-1, 30),
        (benchmark, salary, years) -> benchmark.checkOffer(benchmark.levels().iterator().next(),
            years < 0 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(years), salary)));
    // workload
    Gen<dev.revops.core.workload.QueueDemand> demands = SourceDSL.doubles().between(0, 500).zip(SourceDSL.doubles().between(30, 900),
        SourceDSL.integers().between(0, 600), (volume, aht, patience) -> {
          dev.revops.core.workload.QueueDemand d = dev.revops.core.workload.QueueDemand.ofSeconds(volume, 1800, aht);
          return patience < 200 ? d : d.withPatience(java.time.Duration.ofSeconds(patience));
        });
    Gen<dev.revops.core.workload.ServiceGoal> goals = SourceDSL.doubles().between(0.5, 0.95).zip(SourceDSL.doubles().between(0, 60),
        SourceDSL.doubles().between(0, 0.4), (sl, t, shrinkage) -> dev.revops.core.workload.ServiceGoal.ofSeconds(sl, t)
            .withShrinkage(shrinkage).withMaxOccupancy(0.9));
    gens.put(dev.revops.core.workload.QueueDemand.class, demands);
    gens.put(dev.revops.core.workload.ServiceGoal.class, goals);
    gens.put(dev.revops.core.workload.QueueMetrics.class, demands.zip(SourceDSL.integers().between(0, 60),
        (d, n) -> dev.revops.core.workload.ErlangCalculator.withDefaults().metrics(d, n, 20)));
    gens.put(dev.revops.core.workload.QueueStaffing.class, demands.zip(goals,
        (d, g) -> dev.revops.core.workload.ErlangCalculator.withDefaults().staff(d, g)));
    Gen<dev.revops.core.workload.SupportProfile> profiles = Generate.constant(SUPPORT_SAMPLE);
    gens.put(dev.revops.core.workload.SupportProfile.class, profiles);
    gens.put(dev.revops.core.workload.SupportChannel.class, SourceDSL.integers().between(0, 3).map(i -> SUPPORT_SAMPLE.channels().get(i)));
    gens.put(dev.revops.core.workload.ProfileStaffing.class, profiles.map(p -> dev.revops.core.workload.ErlangCalculator.withDefaults().staff(p)));
    gens.put(dev.revops.core.workload.ChannelStaffing.class, SourceDSL.integers().between(0, 3)
        .map(i -> SUPPORT_STAFFING.channels().get(i)));
    // plan
    Gen<dev.revops.core.plan.PlanInput> planInputs = dev.revops.core.testing.PlanGen.inputs()
        .map(dev.revops.core.plan.PlanInput.Builder::build).mix(Generate.constant(PLAN_SAMPLE.input()), 20);
    Gen<dev.revops.core.plan.PlanScenario> scenarios = Generate.pick(List.of(PLAN_SAMPLE.scenarios().get(0),
        PLAN_SAMPLE.scenarios().get(1), dev.revops.core.plan.PlanScenario.builder().name("All").yearlyGrowth(0.1)
            .freezeFrom(java.time.YearMonth.of(2027, 3)).maxHiresPerPeriod(2).timeToHireMonths(4).yearlyAttrition(0.2)
            .budget(dev.revops.core.plan.Budget.of(org.joda.money.Money.of(org.joda.money.CurrencyUnit.EUR, 500_000),
                dev.revops.core.plan.BudgetSpan.YEAR, dev.revops.core.plan.BudgetRule.HARD)).build()));
    Gen<dev.revops.core.plan.OpsPlan> plans = planInputs.map(i -> dev.revops.core.plan.OpsPlanner.withDefaults().plan(i));
    Gen<dev.revops.core.plan.PlanComparison> comparisons = planInputs.map(i -> dev.revops.core.plan.OpsPlanner.withDefaults()
        .compare(i, PLAN_SAMPLE.scenarios()));
    gens.put(dev.revops.core.plan.Budget.class, dev.revops.core.testing.PlanGen.budgets());
    gens.put(dev.revops.core.plan.PlanPolicy.class, dev.revops.core.testing.PlanGen.policies()
        .mix(Generate.constant(dev.revops.core.plan.PlanPolicy.builder().putPayPercentile(OpsLevel.SENIOR, Percentile.P75)
            .putTimeToHireMonths(OpsLevel.VP, 6.5).backfillDelayMonths(1).build()), 20));
    gens.put(dev.revops.core.plan.FunctionOutlook.class, OrgGen.functions().zip(SourceDSL.doubles().between(-0.5, 2),
        SourceDSL.integers().between(0, 3), (f, g, kind) -> switch (kind) {
          case 0 -> dev.revops.core.plan.FunctionOutlook.ofYearlyGrowth(f, g);
          case 1 -> dev.revops.core.plan.FunctionOutlook.ofPeriodGrowth(f, g / 4);
          case 2 -> dev.revops.core.plan.FunctionOutlook.ofHeadcounts(f, Map.of(java.time.YearMonth.of(2027, 4), 12,
              java.time.YearMonth.of(2028, 1), 20));
          default -> dev.revops.core.plan.FunctionOutlook.ofYearlyGrowth(f, g).withHeadcount(java.time.YearMonth.of(2027, 6), 5);
        }));
    gens.put(dev.revops.core.plan.SupportOutlook.class, SourceDSL.doubles().between(-0.5, 2)
        .map(g -> dev.revops.core.plan.SupportOutlook.of(SUPPORT_SAMPLE, g)));
    gens.put(dev.revops.core.plan.OpsMember.class, Generate.enumValues(OpsLevel.class).zip(Generate.enumValues(ProfileOrigin.class),
        SourceDSL.integers().between(0, 3), (level, origin, kind) -> switch (kind) {
          case 0 -> dev.revops.core.plan.OpsMember.of(level);
          case 1 -> dev.revops.core.plan.OpsMember.of(level).withOrigin(origin).withStart(java.time.YearMonth.of(2026, 10));
          default -> dev.revops.core.plan.OpsMember.of(level).withAnnualSalary(org.joda.money.Money.of(org.joda.money.CurrencyUnit.EUR, 52_000));
        }));
    gens.put(dev.revops.core.plan.PlanInput.class, planInputs);
    gens.put(dev.revops.core.plan.PlanScenario.class, scenarios);
    gens.put(dev.revops.core.plan.OpsPlan.class, plans);
    gens.put(dev.revops.core.plan.PlanStep.class, plans.zip(SourceDSL.integers().between(0, 200),
        (p, i) -> p.steps().get(i % p.steps().size())));
    gens.put(dev.revops.core.plan.PlanComparison.class, comparisons);
    gens.put(dev.revops.core.plan.ScenarioDelta.class, comparisons.map(c -> c.deltas().get(0)));
    gens.put(CompensationOutlook.class, Generate.enumValues(OpsLevel.class).map(l -> SalaryBenchmarks.businessOpsNetworkFrance().outlook(l)));
    // fit
    gens.put(dev.revops.core.fit.Assessment.class, Generate.enumValues(dev.revops.core.fit.Competency.class)
        .zip(Generate.enumValues(dev.revops.core.fit.Proficiency.class), Generate.enumValues(dev.revops.core.fit.Evidence.class),
            dev.revops.core.fit.Assessment::of));
    gens.put(dev.revops.core.fit.Candidate.class, FitGen.candidates());
    gens.put(dev.revops.core.fit.Requirement.class, FitGen.requirements().map(r -> r.byCompetency().values().iterator().next()));
    gens.put(dev.revops.core.fit.RoleRequirements.class, FitGen.requirements());
    gens.put(dev.revops.core.fit.OpsRole.class, FitGen.roles().zip(FitGen.requirements(), Generate.booleans(),
        (role, req, direct) -> direct ? role.withRequirements(req) : role));
    gens.put(OriginPrior.class, Generate.enumValues(ProfileOrigin.class).map(o -> FitPolicy.defaults().prior(o)));
    gens.put(FitPolicy.class, Generate.constant(FitPolicy.defaults()).mix(Generate.constant(FitPolicy.builder().coreShare(0.2).build()), 50));
    gens.put(dev.revops.core.fit.CompetencyFit.class, ASSESSMENTS.map(a -> a.breakdown().get(0)));
    gens.put(dev.revops.core.fit.CompetencyGap.class, ASSESSMENTS.assuming(a -> !a.gaps().isEmpty()).map(a -> a.gaps().get(0)));
    gens.put(dev.revops.core.fit.FocusItem.class, ASSESSMENTS.assuming(a -> !a.interviewFocus().isEmpty()).map(a -> a.interviewFocus().get(0)));
    gens.put(FitAssessment.class, ASSESSMENTS);
    gens.put(dev.revops.core.fit.MustHaveCheck.class, ASSESSMENTS.assuming(a -> !a.mustHaves().isEmpty())
        .map(a -> a.mustHaves().get(0)));
    gens.put(dev.revops.core.fit.FitRanking.class, org.quicktheories.generators.SourceDSL.lists().of(FitGen.candidates())
        .ofSizeBetween(0, 4).zip(FitGen.roles(), (candidates, role) -> {
          Map<String, dev.revops.core.fit.Candidate> unique = new LinkedHashMap<>();
          candidates.forEach(c -> unique.putIfAbsent(c.id(), c));
          return FitScorer.withDefaults().rank(unique.values(), role);
        }));
    gens.put(dev.revops.core.fit.FitShortlist.class, org.quicktheories.generators.SourceDSL.lists().of(FitGen.candidates())
        .ofSizeBetween(0, 6).zip(FitGen.roles(), (candidates, role) -> {
          Map<String, dev.revops.core.fit.Candidate> unique = new LinkedHashMap<>();
          candidates.forEach(c -> unique.putIfAbsent(c.id(), c));
          return FitScorer.withDefaults().shortlist(unique.values(), role, 2);
        }));
    return gens;
  }

  static Gen<Percentile> percentiles() {
    return PayGen.percentiles();
  }
}
