package dev.revops.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.revops.core.fit.Candidate;
import dev.revops.core.fit.Competency;
import dev.revops.core.fit.Evidence;
import dev.revops.core.fit.FitAssessment;
import dev.revops.core.fit.FitScorer;
import dev.revops.core.fit.OpsRole;
import dev.revops.core.fit.ProfileOrigin;
import dev.revops.core.fit.Proficiency;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessTeam;
import dev.revops.core.org.Department;
import dev.revops.core.org.MissionFamily;
import dev.revops.core.org.MissionMix;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.org.OpsSpecialty;
import dev.revops.core.pay.ExperienceAnchor;
import dev.revops.core.pay.SalaryBenchmark;
import dev.revops.core.pay.SalaryBenchmarks;
import dev.revops.core.staffing.MaturityPhase;
import dev.revops.core.staffing.StaffingCalculator;
import dev.revops.core.staffing.StaffingRecommendation;
import dev.revops.core.stage.OpsOrgChart;
import dev.revops.core.stage.OpsTeam;
import dev.revops.core.stage.ReportingLine;
import dev.revops.core.stage.StageAdvisor;
import dev.revops.core.stage.StageDiagnosis;
import dev.revops.core.stage.StageSignals;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: for each document type, the largest document the reader allows, in the shape that
 * costs most (every team its own function, every team serving every function, every candidate
 * tied, as many experience anchors as fit), is read, computed on, written back compact and read
 * again. The time guard catches a path that is not linear (such a document once ran for more than
 * ten minutes); it is not a benchmark.
 */
class LargestDocumentsTest {

  private static final Duration GUARD = Duration.ofSeconds(120);
  private static final RevOpsJson JSON = RevOpsJson.strict();

  /** The most items whose document stays under the reader's limit, found from the size of a few. */
  private static <T> String largest(IntFunction<T> document) {
    int probe = 200;
    int perItem = (JSON.write(document.apply(2 * probe)).length() - JSON.write(document.apply(probe)).length()) / probe;
    int count = (int) ((RevOpsJson.MAX_DOCUMENT_LENGTH - 10_000) / Math.max(1, perItem));
    String json = JSON.write(document.apply(count));
    while (json.length() > RevOpsJson.MAX_DOCUMENT_LENGTH) {
      count = count * 95 / 100;
      json = JSON.write(document.apply(count));
    }
    assertThat((long) json.length()).as("the document fills the limit").isGreaterThan(RevOpsJson.MAX_DOCUMENT_LENGTH * 9 / 10);
    return json;
  }

  /** Reads, and checks that writing back (compact) gives a document the reader takes again. */
  private static <T> T readAndRoundTrip(String json, Class<T> type) {
    T value = JSON.read(json, type);
    String again = JSON.write(value);
    assertThat((long) again.length()).isLessThanOrEqualTo(RevOpsJson.MAX_DOCUMENT_LENGTH);
    assertThat(JSON.read(again, type)).isEqualTo(value);
    return value;
  }

  @Test
  void a_company_of_one_team_per_custom_function() {
    String json = largest(n -> {
      List<BusinessTeam> teams = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        teams.add(BusinessTeam.of(BusinessFunction.ofCustom("F" + i, Department.OTHER, "F" + i, "F" + i), 1 + i % 5));
      }
      return Documents.Company.of(BusinessOrg.of(teams), MaturityPhase.EMERGING);
    });
    assertTimeoutPreemptively(GUARD, () -> {
      Documents.Company company = readAndRoundTrip(json, Documents.Company.class);
      StaffingRecommendation rec = StaffingCalculator.withDefaults().recommend(company.org(), MaturityPhase.EMERGING);
      // functions of one to five people share Ops three by three, capped at the early ratio
      assertThat(rec.minimum()).isEqualTo(Math.min(rec.maximum().getAsInt(), (company.org().teams().size() + 2) / 3));
      assertThat(rec.allocation().stream().mapToLong(dev.revops.core.staffing.TeamAllocation::ops).sum())
          .isEqualTo(rec.target());
      assertThat(JSON.write(rec).length()).isPositive();
    });
  }

  @Test
  void an_org_chart_whose_teams_serve_every_function() {
    BusinessFunction[] all = BusinessFunction.predefined().toArray(new BusinessFunction[0]);
    String json = largest(n -> {
      List<OpsTeam> teams = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        teams.add(OpsTeam.of("T" + i, OpsSpecialty.values()[i % OpsSpecialty.values().length], 1 + i % 3,
            i % 2 == 0 ? ReportingLine.ofBusinessHead(all[i % all.length]) : ReportingLine.ofOpsLeader(dev.revops.core.stage.LeaderLevel.VP), all));
      }
      return new Documents.OrgChart(1, OpsOrgChart.of(teams), StageSignals.empty());
    });
    assertTimeoutPreemptively(GUARD, () -> {
      Documents.OrgChart chart = readAndRoundTrip(json, Documents.OrgChart.class);
      StageDiagnosis diagnosis = StageAdvisor.withDefaults().diagnose(chart.chart(), chart.signals());
      assertThat(diagnosis.classification().evidence()).hasSize(chart.chart().teams().size());
    });
  }

  @Test
  void a_hiring_of_candidates_all_tied() {
    OpsRole role = OpsRole.builder().title("Sales Ops").specialty(OpsSpecialty.SALES_OPS).level(OpsLevel.SENIOR)
        .mix(MissionMix.of(MissionFamily.TOOLS)).build();
    String json = largest(n -> {
      List<Candidate> candidates = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Candidate.Builder c = Candidate.builder().id("c" + i).origin(ProfileOrigin.CONSULTING).totalYears(5).opsYears(2);
        for (Competency competency : Competency.values()) {
          c.assess(competency, Proficiency.WORKING, Evidence.INTERVIEW);
        }
        candidates.add(c.build());
      }
      return new Documents.Hiring(1, role, candidates);
    });
    assertTimeoutPreemptively(GUARD, () -> {
      Documents.Hiring hiring = readAndRoundTrip(json, Documents.Hiring.class);
      List<FitAssessment> ranking = FitScorer.withDefaults().rank(hiring.candidates(), hiring.role()).all();
      assertThat(ranking).hasSize(hiring.candidates().size());
      assertThat(ranking).extracting(FitAssessment::score).containsOnly(ranking.get(0).score());
      // ties keep the order of the document
      assertThat(ranking.get(0).candidate().id()).isEqualTo("c0");
    });
  }

  @Test
  void a_benchmark_with_as_many_experience_anchors_as_fit() {
    SalaryBenchmark france = SalaryBenchmarks.businessOpsNetworkFrance();
    String json = largest(n -> {
      List<ExperienceAnchor> anchors = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        anchors.add(ExperienceAnchor.of(i, i + 1, i + 0.5, Money.of(CurrencyUnit.EUR, 40_000 + i)));
      }
      return new Documents.Benchmark(1, SalaryBenchmark.builder().from(france).experienceAnchors(anchors).build());
    });
    assertTimeoutPreemptively(GUARD, () -> {
      Documents.Benchmark benchmark = readAndRoundTrip(json, Documents.Benchmark.class);
      assertThat(benchmark.benchmark().experienceCurve().medianAt(1_000.5).getAmount().intValue())
          .isBetween(41_000, 41_001);
      assertThat(benchmark.benchmark().outlook(OpsLevel.SENIOR).explanation().reasons()).isNotEmpty();
    });
  }

  /** Issue 21: a company of 100,000 named teams, as the benchmark writes it. */
  private static Documents.Company hundredThousandTeams() {
    List<BusinessTeam> teams = new ArrayList<>(100_000);
    for (int i = 0; i < 100_000; i++) {
      teams.add(BusinessTeam.of(BusinessFunction.predefined().get(i % 9), 1 + i % 97).withTiers(1 + i % 3)
          .withName("Team " + i));
    }
    return Documents.Company.of(BusinessOrg.of(teams), MaturityPhase.MATURE);
  }

  @Test
  void a_company_of_100000_teams_written_by_revops_is_read_back() {
    Documents.Company company = hundredThousandTeams();
    String json = JSON.write(company);
    assertThat((long) json.length()).as("compact, under the default limit").isLessThan(JSON.maxDocumentLength());
    assertThat(JSON.read(json, Documents.Company.class)).isEqualTo(company);
  }

  @Test
  void the_document_limit_is_a_setting() {
    Documents.Company company = hundredThousandTeams();
    RevOpsJson indented = JSON.withIndentation(true);
    String json = indented.write(company);
    assertThat((long) json.length()).as("indented, over the default limit").isGreaterThan(JSON.maxDocumentLength());
    assertThatThrownBy(() -> JSON.read(json, Documents.Company.class)).isInstanceOf(RevOpsJsonException.class)
        .hasMessageContaining("document over the limits");
    RevOpsJson roomier = JSON.withMaxDocumentLength(20_000_000);
    assertThat(roomier.maxDocumentLength()).isEqualTo(20_000_000);
    assertThat(roomier.read(json, Documents.Company.class)).isEqualTo(company);
    assertThat(JSON.maxDocumentLength()).as("the original keeps its limit").isEqualTo(RevOpsJson.MAX_DOCUMENT_LENGTH);
    RevOpsJson tight = JSON.withMaxDocumentLength(1_000);
    assertThatThrownBy(() -> tight.read(JSON.write(company), Documents.Company.class))
        .isInstanceOf(RevOpsJsonException.class).hasMessageContaining("document over the limits");
    assertThatThrownBy(() -> JSON.withMaxDocumentLength(0)).isInstanceOf(dev.revops.core.InvalidValueException.class)
        .hasMessageContaining("maxDocumentLength");
  }
}
