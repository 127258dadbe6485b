package dev.revops.examples;

import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.Reason;
import dev.revops.core.fit.Candidate;
import dev.revops.core.fit.Competency;
import dev.revops.core.fit.Evidence;
import dev.revops.core.fit.FitAssessment;
import dev.revops.core.fit.FitRanking;
import dev.revops.core.fit.FitScorer;
import dev.revops.core.fit.OpsRole;
import dev.revops.core.fit.Proficiency;
import dev.revops.core.fit.ProfileOrigin;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessTeam;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.pay.OfferCheck;
import dev.revops.core.pay.Percentile;
import dev.revops.core.pay.QuantileMethod;
import dev.revops.core.pay.SalaryBenchmark;
import dev.revops.core.pay.SalaryBenchmarks;
import dev.revops.core.pay.SalaryDistribution;
import dev.revops.core.pay.SalaryDistributions;
import dev.revops.core.staffing.ForecastPeriod;
import dev.revops.core.staffing.ForecastStep;
import dev.revops.core.staffing.MaturityPhase;
import dev.revops.core.staffing.MaturitySignals;
import dev.revops.core.staffing.StaffingCalculator;
import dev.revops.core.stage.OpsOrgChart;
import dev.revops.core.stage.StageAdvisor;
import dev.revops.core.stage.StageSignals;
import dev.revops.core.workload.ErlangCalculator;
import dev.revops.core.workload.QueueDemand;
import dev.revops.core.workload.ServiceGoal;
import dev.revops.json.Documents;
import dev.revops.json.RevOpsJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The explanations a practitioner meets: the source's examples, the sample files and the cases of
 * the issues (a 11-person startup, a team mid-reorganisation, a junior offer at 40 K€...). Their
 * reasons give every message key real arguments for the language checks.
 */
final class TextCorpus {

  private TextCorpus() {}

  static List<Reason> reasons() {
    List<Explanation> all = new ArrayList<>();
    RevOpsJson json = RevOpsJson.strict();
    StaffingCalculator staffing = StaffingCalculator.withDefaults();
    List<BusinessOrg> orgs = new ArrayList<>(List.of(SourceOrganisations.customerService(), SourceOrganisations.sales(),
        BusinessOrg.of(BusinessTeam.of(BusinessFunction.SALES, 11)),
        BusinessOrg.of(BusinessTeam.of(BusinessFunction.SALES, 1)),
        BusinessOrg.of(BusinessTeam.of(BusinessFunction.SALES, 3), BusinessTeam.of(BusinessFunction.SUPPORT, 2),
            BusinessTeam.of(BusinessFunction.FINANCE, 1), BusinessTeam.of(BusinessFunction.MARKETING, 0)),
        BusinessOrg.of(BusinessTeam.of(BusinessFunction.SALES, 400), BusinessTeam.of(BusinessFunction.SUPPORT, 250).withTiers(2),
            BusinessTeam.of(BusinessFunction.ofCustom("PARTNERSHIPS", dev.revops.core.org.Department.SALES, "Partnerships", "Partenariats"), 30))));
    orgs.add(json.read(Path.of("samples/customer-service.json"), Documents.Company.class).org());
    orgs.add(json.read(Path.of("samples/sales.json"), Documents.Company.class).org());
    for (BusinessOrg org : orgs) {
      for (MaturityPhase phase : MaturityPhase.values()) {
        all.add(staffing.recommend(org, phase).explanation());
      }
    }
    for (double age : new double[] {0.5, 1, 3}) {
      for (boolean prior : new boolean[] {true, false}) {
        MaturitySignals signals = MaturitySignals.builder().opsAgeYears(age).headcountGrowth(age > 1 ? 0.1 : 0.6)
            .priorOpsSupport(prior).build();
        all.add(staffing.assessPhase(signals).explanation());
        all.add(staffing.recommend(SourceOrganisations.sales(), signals).explanation());
      }
    }
    for (ForecastStep step : staffing.forecast(2, List.of(
        ForecastPeriod.of("2027", SourceOrganisations.sales(), MaturityPhase.EMERGING),
        ForecastPeriod.ofGrowth("2028", 0.5, MaturityPhase.STRUCTURING),
        ForecastPeriod.ofYearlyGrowth("2029 T1", 0.3, 4, MaturityPhase.STRUCTURING),
        ForecastPeriod.of("2030", SourceOrganisations.customerService(), MaturityPhase.MATURE)), 3).steps()) {
      all.add(step.explanation());
    }

    // a user's own policy: every figure set by the caller, so the explanations say "the policy sets"
    StaffingCalculator custom = StaffingCalculator.of(dev.revops.core.staffing.StaffingPolicy.builder()
        .from(dev.revops.core.staffing.StaffingPolicy.defaults()).emergingStaffPerOps(8).structuringStaffPerOps(12)
        .matureStaffPerOps(25).minimumOpsPerFunction(1).extraTierWeightPercent(40)
        .rounding(dev.revops.core.staffing.OpsRounding.CEILING).strongGrowth(0.4).emergingMaxOpsAgeYears(2)
        .matureMinOpsAgeYears(4).matureMaxGrowth(0.2).dedicatedOpsFromStaff(20).smallFunctionsPerOps(2)
        .coordinationOpsPerFunction(0.25).functionsInRatio(2).capAtEarlyRatio(true)
        .putLoadWeights(BusinessFunction.SALES, 1.5).build());
    for (dev.revops.core.staffing.Apportionment method : dev.revops.core.staffing.Apportionment.values()) {
      StaffingCalculator each = StaffingCalculator.of(dev.revops.core.staffing.StaffingPolicy.builder()
          .from(dev.revops.core.staffing.StaffingPolicy.defaults()).apportionment(method).build());
      all.add(each.recommend(orgs.get(5), MaturityPhase.MATURE).explanation());
    }
    for (BusinessOrg org : orgs) {
      for (MaturityPhase phase : MaturityPhase.values()) {
        all.add(custom.recommend(org, phase).explanation());
      }
    }
    for (double age : new double[] {0.5, 1.5, 5}) {
      for (double growth : new double[] {0.05, 0.3, 0.8}) {
        MaturitySignals signals = MaturitySignals.builder().opsAgeYears(age).headcountGrowth(growth)
            .priorOpsSupport(false).build();
        all.add(custom.recommend(SourceOrganisations.sales(), signals).explanation());
        all.add(staffing.recommend(SourceOrganisations.customerService(), signals).explanation());
      }
    }
    for (ForecastStep step : staffing.forecast(12, List.of(
        ForecastPeriod.of("2027", SourceOrganisations.sales(), MaturityPhase.EMERGING),
        ForecastPeriod.ofGrowth("2028", 0.1, MaturityPhase.MATURE),
        ForecastPeriod.ofGrowth("2029", 0.5, MaturityPhase.MATURE),
        ForecastPeriod.ofGrowth("2030", 0.05, MaturityPhase.MATURE))).steps()) {
      all.add(step.explanation());
    }

    StageAdvisor advisor = StageAdvisor.withDefaults();
    StageAdvisor customAdvisor = StageAdvisor.of(dev.revops.core.stage.StagePolicy.builder()
        .from(dev.revops.core.stage.StagePolicy.defaults()).dominantShare(0.7).firstOpsCompanySize(15)
        .centralizeMinTeams(3).centralizeMinOpsHeadcount(4).singleTeamCentralizeMinSymptoms(1)
        .autonomousMinOpsHeadcount(6).autonomousMinCompanySize(150).allowSkipToAutonomous(true)
        .leaderOutsideCommitteeCountsAs(dev.revops.core.stage.OrgStage.AUTONOMOUS).build());
    List<OpsOrgChart> charts = new ArrayList<>(StageExample.companies().values());
    charts.add(json.read(Path.of("samples/org-chart.json"), Documents.OrgChart.class).chart());
    charts.add(json.read(Path.of("samples/org-chart-transition.json"), Documents.OrgChart.class).chart());
    List<StageSignals> signals = List.of(StageSignals.empty(),
        StageSignals.builder().companySize(120).businessPrioritiesCrowdOutCompanyProjects(true).build(),
        StageSignals.builder().companySize(900).noBudgetAccess(true).losingTouchWithField(true)
            .strategicTransformationMandate(true).sharedTooling(false).build(),
        StageSignals.builder().companySize(40).nothingElseObserved().build());
    charts.add(OpsOrgChart.empty());
    charts.add(OpsOrgChart.of(dev.revops.core.stage.OpsTeam.of("Solo", dev.revops.core.org.OpsSpecialty.SALES_OPS, 1,
        dev.revops.core.stage.ReportingLine.ofBusinessHead(BusinessFunction.SALES), BusinessFunction.SALES)));
    charts.add(OpsOrgChart.of(dev.revops.core.stage.OpsTeam.of("Ops", dev.revops.core.org.OpsSpecialty.BUSINESS_OPS, 5,
        dev.revops.core.stage.ReportingLine.ofOpsLeader(dev.revops.core.stage.LeaderLevel.VP),
        BusinessFunction.SALES, BusinessFunction.SUPPORT)));
    charts.add(OpsOrgChart.of(dev.revops.core.stage.OpsTeam.of("Empty", dev.revops.core.org.OpsSpecialty.SALES_OPS, 0,
        dev.revops.core.stage.ReportingLine.ofBusinessHead(BusinessFunction.SALES), BusinessFunction.SALES)));
    for (OpsOrgChart chart : charts) {
      all.add(advisor.classify(chart).explanation());
      all.add(customAdvisor.classify(chart).explanation());
      for (StageSignals s : signals) {
        all.add(customAdvisor.diagnose(chart, s).explanation());
        all.add(advisor.diagnose(chart, s, staffing.recommend(orgs.get(5), MaturityPhase.MATURE).opsTarget())
            .explanation());
        all.add(advisor.diagnose(chart, s, staffing.recommend(orgs.get(2), MaturityPhase.MATURE).opsTarget())
            .explanation());
      }
      for (StageSignals s : signals) {
        all.add(advisor.diagnose(chart, s).explanation());
        all.add(advisor.diagnose(chart, s, staffing.recommend(SourceOrganisations.sales(), MaturityPhase.MATURE)
            .opsTarget()).explanation());
      }
    }

    FitScorer scorer = FitScorer.withDefaults();
    Documents.Hiring hiring = json.read(Path.of("samples/hiring.json"), Documents.Hiring.class);
    List<Candidate> candidates = new ArrayList<>(FitExample.candidates());
    candidates.addAll(hiring.candidates());
    candidates.add(Candidate.builder().id("one-skill").origin(ProfileOrigin.FINANCE).totalYears(1)
        .assess(Competency.FINANCIAL_MODELLING, Proficiency.EXPERT, Evidence.PRACTICAL_CASE).build());
    candidates.add(Candidate.builder().id("weak-tooling").origin(ProfileOrigin.SALES_OR_CUSTOMER_SUCCESS).totalYears(3)
        .assess(Competency.TECHNICAL_TOOLING, Proficiency.BASIC, Evidence.PRACTICAL_CASE)
        .assess(Competency.FIELD_KNOWLEDGE, Proficiency.STRONG, Evidence.REFERENCE)
        .assess(Competency.DATA_MODELLING, Proficiency.WORKING, Evidence.SELF_DECLARED).build());
    dev.revops.core.fit.FitPolicy customFit = dev.revops.core.fit.FitPolicy.builder()
        .from(dev.revops.core.fit.FitPolicy.defaults()).coreShare(0.2).specialtyBoost(1.5)
        .putEvidenceWeights(Evidence.INTERVIEW, 0.5).build();
    List<OpsRole> roles = new ArrayList<>(List.of(FitExample.SALES_OPS_CRM, FitExample.BUSINESS_PLANNING, hiring.role()));
    for (OpsLevel level : OpsLevel.values()) {
      roles.add(OpsRole.builder().from(FitExample.SALES_OPS_CRM).level(level).build());
    }
    for (OpsRole role : roles) {
      all.add(FitScorer.of(customFit).rank(candidates, role).explanation());
      FitScorer.of(customFit).rank(candidates, role).all().forEach(a -> all.add(a.explanation()));
      FitRanking ranking = scorer.rank(candidates, role);
      all.add(ranking.explanation());
      all.add(scorer.shortlist(candidates, role, 1).explanation());
      all.add(scorer.shortlist(candidates, role, 3).explanation());
      for (FitAssessment a : ranking.all()) {
        all.add(a.explanation());
      }
    }

    SalaryBenchmark study = SalaryBenchmarks.businessOpsNetworkFrance();
    SalaryBenchmark ownBenchmark = json.read(Path.of("samples/custom-benchmark.json"), Documents.Benchmark.class).benchmark();
    for (SalaryBenchmark benchmark : List.of(study, ownBenchmark, study.projectedTo(2026, 0.03))) {
      for (OpsLevel level : benchmark.levels()) {
        SalaryDistribution d = benchmark.distribution(level);
        all.add(d.explanation());
        all.add(Explanation.of(d.warnings()));
        all.add(benchmark.outlook(level).explanation());
        for (int k : new int[] {21, 40, 56, 60, 75, 120, 400}) {
          Money offer = Money.of(CurrencyUnit.EUR, k * 1000);
          all.add(d.position(offer).explanation());
          for (OptionalDouble years : List.of(OptionalDouble.empty(), OptionalDouble.of(0), OptionalDouble.of(5),
              OptionalDouble.of(25))) {
            OfferCheck check = benchmark.checkOffer(level, years, offer);
            all.add(check.explanation());
            all.add(Explanation.of(check.warnings()));
          }
        }
      }
      if (benchmark.experienceAnchors().size() >= 2) {
        all.add(benchmark.experienceCurve().explanation());
      }
    }
    for (double[] pay : List.of(new double[] {38_000, 41_000, 45_000, 52_000, 61_000},
        new double[] {40_000, 42_000, 44_000, 46_000, 48_000, 50_000, 52_000, 54_000, 56_000, 58_000, 60_000, 62_000})) {
      for (QuantileMethod method : List.of(QuantileMethod.HF7, QuantileMethod.HF9, QuantileMethod.HF1)) {
        SalaryDistribution own = SalaryDistributions.empirical(pay, method);
        all.add(own.explanation());
        all.add(Explanation.of(own.warnings()));
        all.add(own.position(Money.of(CurrencyUnit.EUR, 40_000)).explanation());
      }
    }
    dev.revops.core.pay.SamplePolicy samples = dev.revops.core.pay.SamplePolicy.builder().publishMinimum(3)
        .lowConfidenceBelow(8).highConfidenceFrom(50).build();
    for (double[] pay : List.of(new double[] {40_000, 45_000}, new double[] {40_000, 45_000, 52_000, 58_000})) {
      SalaryDistribution own = SalaryDistributions.empirical(CurrencyUnit.EUR, pay, QuantileMethod.HF7, samples);
      all.add(own.explanation());
      all.add(Explanation.of(own.warnings()));
    }
    SalaryDistribution tiny = SalaryDistributions.empirical(new double[] {40_000, 45_000}, QuantileMethod.HF7);
    all.add(tiny.explanation());
    all.add(Explanation.of(tiny.warnings()));
    dev.revops.core.pay.OfferPolicy offers = dev.revops.core.pay.OfferPolicy.builder()
        .from(dev.revops.core.pay.OfferPolicy.defaults()).experienceElasticity(0.7).viewsDisagreeAbove(0.3)
        .farAboveMaximumRatio(2).minimumAnnualPay(Money.of(CurrencyUnit.USD, 15_000)).build();
    for (int k : new int[] {10, 45, 300}) {
      OfferCheck check = study.checkOffer(OpsLevel.JUNIOR, OptionalDouble.of(1), Money.of(CurrencyUnit.EUR, k * 1000),
          offers);
      all.add(check.explanation());
      all.add(Explanation.of(check.warnings()));
    }
    SalaryDistribution points = SalaryDistributions.quantilePoints(java.util.Map.of(
        Percentile.P25, Money.of(CurrencyUnit.EUR, 45_000), Percentile.P50, Money.of(CurrencyUnit.EUR, 52_000),
        Percentile.P75, Money.of(CurrencyUnit.EUR, 60_000)));
    all.add(points.explanation());
    all.add(Explanation.of(points.warnings()));
    all.add(points.position(Money.of(CurrencyUnit.EUR, 70_000)).explanation());

    ErlangCalculator erlang = ErlangCalculator.withDefaults();
    all.add(erlang.staff(SupportExample.profile()).explanation());
    all.add(erlang.staff(json.read(Path.of("samples/support.json"), Documents.Support.class).profile()).explanation());
    all.add(erlang.staff(QueueDemand.ofSeconds(1, 1800, 300), ServiceGoal.ofSeconds(0.8, 20)).explanation());
    all.add(erlang.staff(QueueDemand.ofSeconds(300, 1800, 300).withPatience(java.time.Duration.ofSeconds(60)), ServiceGoal.ofSeconds(0.9, 15)
        .withMaxOccupancy(0.85).withShrinkage(0.3)).explanation());

    // the plan: the sample and its variants, and the cases a RevOps lead tries next
    dev.revops.core.plan.OpsPlanner planner = dev.revops.core.plan.OpsPlanner.withDefaults();
    Documents.Plan sample = json.read(Path.of("samples/plan.json"), Documents.Plan.class);
    dev.revops.core.plan.PlanInput base = sample.input();
    List<dev.revops.core.plan.PlanComparison> comparisons = new ArrayList<>();
    comparisons.add(planner.compare(base, sample.scenarios()));
    comparisons.add(planner.compare(dev.revops.core.plan.PlanInput.builder().from(base)
        .budget(dev.revops.core.plan.Budget.of(Money.of(CurrencyUnit.EUR, 150_000), dev.revops.core.plan.BudgetSpan.PERIOD,
            dev.revops.core.plan.BudgetRule.HARD))
        .putPlannedDepartures(java.time.YearMonth.of(2027, 5), 1)
        .addRoster(dev.revops.core.plan.OpsMember.of(dev.revops.core.org.OpsLevel.MANAGER)
            .withOrigin(dev.revops.core.fit.ProfileOrigin.FINANCE).withStart(java.time.YearMonth.of(2026, 11))
            .withAnnualSalary(Money.of(CurrencyUnit.EUR, 70_000)))
        .policy(dev.revops.core.plan.PlanPolicy.builder().yearlyAttrition(0.1).backfillDelayMonths(2).onCostMultiplier(1.45)
            .yearlyRaise(0.02).payPercentile(Percentile.P75).rampMonthsAtNoFit(12).juniorShare(0.5).maxHiresPerPeriod(1)
            .timeToHireMonths(2).build())
        .build(), List.of(dev.revops.core.plan.PlanScenario.builder().name("x").yearlyGrowth(0.8).build(),
            dev.revops.core.plan.PlanScenario.builder().name("y").yearlyGrowth(0).build(),
            dev.revops.core.plan.PlanScenario.builder().name("z").build())));
    comparisons.add(planner.compare(dev.revops.core.plan.PlanInput.builder().start(java.time.YearMonth.of(2027, 1)).periods(12)
        .periodLength(dev.revops.core.plan.PeriodLength.MONTH).org(BusinessOrg.of(BusinessTeam.of(BusinessFunction.SALES, 6),
            BusinessTeam.of(BusinessFunction.CUSTOMER_SUCCESS, 5))).phase(MaturityPhase.EMERGING).yearlyGrowth(0.5)
        .budget(dev.revops.core.plan.Budget.of(Money.of(CurrencyUnit.EUR, 20_000), dev.revops.core.plan.BudgetSpan.YEAR,
            dev.revops.core.plan.BudgetRule.SOFT)).build(), List.of()));
    comparisons.add(planner.compare(dev.revops.core.plan.PlanInput.builder().start(java.time.YearMonth.of(2027, 2)).periods(4)
        .periodLength(dev.revops.core.plan.PeriodLength.QUARTER).org(SourceOrganisations.sales()).phase(MaturityPhase.MATURE)
        .putRosterCounts(dev.revops.core.org.OpsLevel.SENIOR, 9).chart(dev.revops.core.stage.OpsOrgChart.of(
            dev.revops.core.stage.OpsTeam.of("Ops", dev.revops.core.org.OpsSpecialty.SALES_OPS, 3,
                dev.revops.core.stage.ReportingLine.ofBusinessHead(BusinessFunction.SALES), BusinessFunction.SALES)))
        .build(), List.of(dev.revops.core.plan.PlanScenario.builder().name("w").freezeFrom(java.time.YearMonth.of(2027, 5)).build())));
    // stage timing: two Ops in two embedded teams centralise once a third arrives, sooner or later
    dev.revops.core.plan.PlanInput twoTeams = dev.revops.core.plan.PlanInput.builder().start(java.time.YearMonth.of(2027, 1))
        .periods(8).periodLength(dev.revops.core.plan.PeriodLength.QUARTER)
        .org(BusinessOrg.of(BusinessTeam.of(BusinessFunction.SALES, 20), BusinessTeam.of(BusinessFunction.PROSPECTING, 20)))
        .phase(MaturityPhase.EMERGING).putRosterCounts(dev.revops.core.org.OpsLevel.SENIOR, 2)
        .chart(dev.revops.core.stage.OpsOrgChart.of(
            dev.revops.core.stage.OpsTeam.of("A", dev.revops.core.org.OpsSpecialty.SALES_OPS, 1,
                dev.revops.core.stage.ReportingLine.ofBusinessHead(BusinessFunction.SALES), BusinessFunction.SALES),
            dev.revops.core.stage.OpsTeam.of("B", dev.revops.core.org.OpsSpecialty.SALES_OPS, 1,
                dev.revops.core.stage.ReportingLine.ofBusinessHead(BusinessFunction.PROSPECTING), BusinessFunction.PROSPECTING)))
        .stageSignals(dev.revops.core.stage.StageSignals.builder().businessPrioritiesCrowdOutCompanyProjects(true).build())
        .build();
    comparisons.add(planner.compare(twoTeams, List.of(
        dev.revops.core.plan.PlanScenario.builder().name("sooner").timeToHireMonths(0).build(),
        dev.revops.core.plan.PlanScenario.builder().name("later").timeToHireMonths(9).build())));
    comparisons.add(planner.compare(dev.revops.core.plan.PlanInput.builder().from(twoTeams).phase(MaturityPhase.MATURE).build(),
        List.of(dev.revops.core.plan.PlanScenario.builder().name("growth").yearlyGrowth(2).build())));
    for (dev.revops.core.plan.PlanComparison c : comparisons) {
      all.add(c.explanation());
      for (dev.revops.core.plan.OpsPlan plan : c.variants()) {
        all.add(plan.explanation());
        plan.steps().forEach(step -> all.add(step.explanation()));
      }
      all.add(c.baseline().explanation());
      c.baseline().steps().forEach(step -> all.add(step.explanation()));
    }

    List<Reason> reasons = new ArrayList<>();
    all.forEach(e -> reasons.addAll(e.reasons()));
    return reasons;
  }
}
