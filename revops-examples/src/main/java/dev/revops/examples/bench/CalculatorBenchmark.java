package dev.revops.examples.bench;

import dev.revops.core.fit.Candidate;
import dev.revops.core.fit.Competency;
import dev.revops.core.fit.Evidence;
import dev.revops.core.fit.FitScorer;
import dev.revops.core.fit.OpsRole;
import dev.revops.core.fit.Proficiency;
import dev.revops.core.fit.ProfileOrigin;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessTeam;
import dev.revops.core.org.MissionMix;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.org.OpsSpecialty;
import dev.revops.core.staffing.MaturityPhase;
import dev.revops.core.staffing.StaffingCalculator;
import dev.revops.core.staffing.StaffingRecommendation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code recommend} for a 50-team organisation and for 5,000 teams in as many user-defined
 * functions, {@code rank} of 10,000 candidates and the shortlist of their best 100.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CalculatorBenchmark {

  BusinessOrg org = BusinessOrg.of(BusinessTeam.of(BusinessFunction.SALES, 1));
  BusinessOrg customFunctions = BusinessOrg.of(BusinessTeam.of(BusinessFunction.SALES, 1));
  List<Candidate> candidates = new ArrayList<>();
  OpsRole role = OpsRole.builder().specialty(OpsSpecialty.SALES_OPS).level(OpsLevel.SENIOR)
      .mix(MissionMix.parse("TOOLS:0.6,DATA:0.3,PROCESS:0.1")).build();

  /** 50 teams over the nine predefined functions; 10,000 candidates with a few assessments each. */
  @Setup
  public void setUp() {
    Random random = new Random(3);
    List<BusinessTeam> teams = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      teams.add(BusinessTeam.of(BusinessFunction.predefined().get(i % 9), 5 + random.nextInt(60))
          .withTiers(1 + random.nextInt(3)).withName("Team " + i));
    }
    org = BusinessOrg.of(teams);
    List<BusinessTeam> custom = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      custom.add(BusinessTeam.of(BusinessFunction.ofCustom("F" + i, dev.revops.core.org.Department.OTHER, "Function " + i,
          "Fonction " + i), 5 + random.nextInt(60)));
    }
    customFunctions = BusinessOrg.of(custom);
    for (int i = 0; i < 10_000; i++) {
      Candidate.Builder b = Candidate.builder().id("c" + i).origin(ProfileOrigin.values()[i % 5]).totalYears(random.nextInt(20));
      for (Competency c : Competency.values()) {
        if (random.nextInt(4) == 0) {
          b.assess(c, Proficiency.of(random.nextInt(5)), Evidence.values()[random.nextInt(4)]);
        }
      }
      candidates.add(b.build());
    }
  }

  /** One recommendation, explanation included. */
  @Benchmark
  public StaffingRecommendation recommend50Teams() {
    return StaffingCalculator.withDefaults().recommend(org, MaturityPhase.STRUCTURING);
  }

  /** Issue 15: 5,000 teams, each in its own user-defined function (once quadratic: 466 ms). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public StaffingRecommendation recommend5000CustomFunctions() {
    return StaffingCalculator.withDefaults().recommend(customFunctions, MaturityPhase.STRUCTURING);
  }

  /**
   * A ranking of 10,000 candidates, every assessment explained; with a fixed heap, so that its time
   * does not follow the heap's sizing.
   */
  @Benchmark
  @Fork(jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public dev.revops.core.fit.FitRanking rank10000Candidates() {
    return FitScorer.withDefaults().rank(candidates, role);
  }

  /** Issue 21: the best 100 of 10,000 candidates, each explained; the others scored and counted. */
  @Benchmark
  @Fork(jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public dev.revops.core.fit.FitShortlist rankTop100Of10000Candidates() {
    return FitScorer.withDefaults().shortlist(candidates, role, 100);
  }
}
