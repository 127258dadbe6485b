package dev.revops.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.revops.core.fit.Candidate;
import dev.revops.core.fit.OpsRole;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.pay.SalaryBenchmark;
import dev.revops.core.plan.PlanInput;
import dev.revops.core.plan.PlanScenario;
import dev.revops.core.staffing.MaturityPhase;
import dev.revops.core.staffing.MaturitySignals;
import dev.revops.core.stage.OpsOrgChart;
import dev.revops.core.stage.StageSignals;
import dev.revops.core.workload.SupportProfile;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The top-level JSON documents of revops, each carrying {@code "schemaVersion": 1}. JSON Schemas
 * (2020-12) for them are in {@code dev/revops/json/schema/}.
 */
public final class Documents {

  /** The schema version this library reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  private Documents() {}

  static int checkVersion(int version) {
    if (version != SCHEMA_VERSION) {
      throw new dev.revops.core.InvalidValueException("schemaVersion", version, "must be " + SCHEMA_VERSION);
    }
    return version;
  }

  /**
   * A company: its business organisation, and its maturity as a phase or as signals (or neither).
   *
   * @param schemaVersion  1
   * @param org  the business organisation, not null
   * @param phase  the maturity phase, or null
   * @param signals  the maturity signals, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Company(int schemaVersion, BusinessOrg org, @Nullable MaturityPhase phase, @Nullable MaturitySignals signals) {
    /**
     * Creates the document.
     *
     * @param schemaVersion  1
     * @param org  the organisation, not null
     * @param phase  the phase, or null
     * @param signals  the signals, or null
     */
    @JsonCreator
    public Company(@JsonProperty(value = "schemaVersion", required = true) int schemaVersion,
        @JsonProperty(value = "org", required = true) BusinessOrg org,
        @JsonProperty("phase") @Nullable MaturityPhase phase,
        @JsonProperty("signals") @Nullable MaturitySignals signals) {
      this.schemaVersion = checkVersion(schemaVersion);
      this.org = Objects.requireNonNull(org, "org");
      this.phase = phase;
      this.signals = signals;
    }

    /**
     * A company document of the current version.
     *
     * @param org  the organisation, not null
     * @param phase  the phase, or null
     * @return the document, never null
     */
    public static Company of(BusinessOrg org, @Nullable MaturityPhase phase) {
      return new Company(SCHEMA_VERSION, org, phase, null);
    }
  }

  /**
   * An Ops org chart with the signals a company observes.
   *
   * @param schemaVersion  1
   * @param chart  the chart, not null
   * @param signals  the signals, not null (use {@code {}} for none)
   */
  public record OrgChart(int schemaVersion, OpsOrgChart chart, StageSignals signals) {
    /**
     * Creates the document.
     *
     * @param schemaVersion  1
     * @param chart  the chart, not null
     * @param signals  the signals, or null for none
     */
    @JsonCreator
    public OrgChart(@JsonProperty(value = "schemaVersion", required = true) int schemaVersion,
        @JsonProperty(value = "chart", required = true) OpsOrgChart chart,
        @JsonProperty("signals") @Nullable StageSignals signals) {
      this.schemaVersion = checkVersion(schemaVersion);
      this.chart = Objects.requireNonNull(chart, "chart");
      this.signals = signals == null ? StageSignals.empty() : signals;
    }
  }

  /**
   * A role and the candidates for it.
   *
   * @param schemaVersion  1
   * @param role  the role, not null
   * @param candidates  the candidates, not null
   */
  public record Hiring(int schemaVersion, OpsRole role, List<Candidate> candidates) {
    /**
     * Creates the document.
     *
     * @param schemaVersion  1
     * @param role  the role, not null
     * @param candidates  the candidates, not null, no null element
     */
    @JsonCreator
    public Hiring(@JsonProperty(value = "schemaVersion", required = true) int schemaVersion,
        @JsonProperty(value = "role", required = true) OpsRole role,
        @JsonProperty(value = "candidates", required = true) List<Candidate> candidates) {
      this.schemaVersion = checkVersion(schemaVersion);
      this.role = Objects.requireNonNull(role, "role");
      Objects.requireNonNull(candidates, "candidates");
      for (int i = 0; i < candidates.size(); i++) {
        Objects.requireNonNull(candidates.get(i), "candidates[" + i + "]");
      }
      this.candidates = List.copyOf(candidates);
    }
  }

  /**
   * A salary benchmark.
   *
   * @param schemaVersion  1
   * @param benchmark  the benchmark, not null
   */
  public record Benchmark(int schemaVersion, SalaryBenchmark benchmark) {
    /**
     * Creates the document.
     *
     * @param schemaVersion  1
     * @param benchmark  the benchmark, not null
     */
    @JsonCreator
    public Benchmark(@JsonProperty(value = "schemaVersion", required = true) int schemaVersion,
        @JsonProperty(value = "benchmark", required = true) SalaryBenchmark benchmark) {
      this.schemaVersion = checkVersion(schemaVersion);
      this.benchmark = Objects.requireNonNull(benchmark, "benchmark");
    }
  }

  /**
   * A support profile: channels with their volumes per interval, to staff with Erlang C or A.
   *
   * @param schemaVersion  1
   * @param profile  the profile, not null
   */
  public record Support(int schemaVersion, SupportProfile profile) {
    /**
     * Creates the document.
     *
     * @param schemaVersion  1
     * @param profile  the profile, not null
     */
    @JsonCreator
    public Support(@JsonProperty(value = "schemaVersion", required = true) int schemaVersion,
        @JsonProperty(value = "profile", required = true) SupportProfile profile) {
      this.schemaVersion = checkVersion(schemaVersion);
      this.profile = Objects.requireNonNull(profile, "profile");
    }
  }

  /**
   * An Ops-team plan: the input of the baseline and the variants to compare with it.
   *
   * @param schemaVersion  1
   * @param input  the plan's input, not null
   * @param scenarios  the variants, not null, possibly empty
   */
  public record Plan(int schemaVersion, PlanInput input, List<PlanScenario> scenarios) {
    /**
     * Creates the document.
     *
     * @param schemaVersion  1
     * @param input  the input, not null
     * @param scenarios  the variants, or null for none
     */
    @JsonCreator
    public Plan(@JsonProperty(value = "schemaVersion", required = true) int schemaVersion,
        @JsonProperty(value = "input", required = true) PlanInput input,
        @JsonProperty("scenarios") @Nullable List<PlanScenario> scenarios) {
      this.schemaVersion = checkVersion(schemaVersion);
      this.input = Objects.requireNonNull(input, "input");
      if (scenarios != null) {
        for (int i = 0; i < scenarios.size(); i++) {
          if (scenarios.get(i) == null) {
            throw new dev.revops.core.InvalidValueException("scenarios[" + i + "]", null, "must be a scenario, not null");
          }
        }
      }
      this.scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    }
  }
}
