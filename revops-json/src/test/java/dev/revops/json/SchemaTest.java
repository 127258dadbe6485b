package dev.revops.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.revops.core.pay.SalaryBenchmarks;
import dev.revops.core.staffing.MaturityPhase;
import dev.revops.core.stage.StageSignals;
import dev.revops.core.testing.FitGen;
import dev.revops.core.testing.StaffingGen;
import dev.revops.core.testing.StageGen;
import dev.revops.core.testing.Theories;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schemas accept what revops writes and the sample files, and reject what revops rejects. */
class SchemaTest extends JsonTestBase {

  private static final String BASE = "https://revops.dev/schema/1/";
  private static final List<String> FILES = List.of("common", "company", "org-chart", "hiring", "benchmark", "support", "plan");
  private static final SchemaRegistry REGISTRY = registry();
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static SchemaRegistry registry() {
    Map<String, String> schemas = new HashMap<>();
    for (String name : FILES) {
      String file = name + ".schema.json";
      try (InputStream in = RevOpsJson.class.getResourceAsStream("schema/" + file)) {
        schemas.put(BASE + file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(schemas));
  }

  static List<Error> validate(String schema, String json) throws IOException {
    Schema s = REGISTRY.getSchema(SchemaLocation.of(BASE + schema + ".schema.json"));
    JsonNode node = PLAIN.readTree(json);
    return s.validate(node);
  }

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of("company", "customer-service.json", Documents.Company.class),
        Arguments.of("company", "sales.json", Documents.Company.class),
        Arguments.of("org-chart", "org-chart.json", Documents.OrgChart.class),
        Arguments.of("hiring", "hiring.json", Documents.Hiring.class),
        Arguments.of("benchmark", "custom-benchmark.json", Documents.Benchmark.class),
        Arguments.of("support", "support.json", Documents.Support.class),
        Arguments.of("plan", "plan.json", Documents.Plan.class));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void sample_files_are_valid_and_read(String schema, String file, Class<?> type) throws IOException {
    Path path = Path.of("..", "revops-examples", "samples", file);
    String json = Files.readString(path);
    assertThat(validate(schema, json)).as(file).isEmpty();
    assertThat(JSON.read(path, type)).isNotNull();
  }

  @Test
  void generated_documents_are_valid() throws IOException {
    Theories.theory(200).forAll(StaffingGen.smallOrgs(), StageGen.charts(), FitGen.roles(), FitGen.candidates())
        .check((org, chart, role, candidate) -> {
          try {
            return validate("company", JSON.write(Documents.Company.of(org, MaturityPhase.EMERGING))).isEmpty()
                && validate("org-chart", JSON.write(new Documents.OrgChart(1, chart, StageSignals.empty()))).isEmpty()
                && validate("hiring", JSON.write(new Documents.Hiring(1, role, List.of(candidate)))).isEmpty();
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
    assertThat(validate("benchmark", JSON.write(new Documents.Benchmark(1, SalaryBenchmarks.businessOpsNetworkFrance())))).isEmpty();
    // every generated plan input and scenario, as revops writes them, is valid against the schema
    dev.revops.core.testing.Theories.theory(50).forAll(Samples.byType().get(dev.revops.core.plan.PlanInput.class),
        Samples.byType().get(dev.revops.core.plan.PlanScenario.class)).checkAssert((input, scenario) -> {
          try {
            assertThat(validate("plan", JSON.write(new Documents.Plan(1, (dev.revops.core.plan.PlanInput) input,
                List.of((dev.revops.core.plan.PlanScenario) scenario))))).isEmpty();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    assertThat(validate("support", JSON.write(new Documents.Support(1, JSON.read(
        Files.readString(Path.of("..", "revops-examples", "samples", "support.json")), Documents.Support.class).profile()))))
        .isEmpty();
  }

  @Test
  void schemas_reject_what_revops_rejects() throws IOException {
    assertThat(validate("company", a2q("{'schemaVersion':1,'org':{'teams':[{'function':'SALES','headcount':-3}]}}"))).isNotEmpty();
    assertThat(validate("company", a2q("{'schemaVersion':2,'org':{'teams':[{'function':'SALES','headcount':3}]}}"))).isNotEmpty();
    assertThat(validate("company", a2q("{'schemaVersion':1,'org':{'teams':[]}}"))).isNotEmpty();
    String plan = "{'schemaVersion':1,'input':{'start':'2027-01','periods':%s,'periodLength':'QUARTER','phase':'MATURE',"
        + "'org':{'teams':[{'function':'SALES','headcount':30}]}%s}}";
    assertThat(validate("plan", a2q(String.format(plan, "8", "")))).isEmpty();
    assertThat(validate("plan", a2q(String.format(plan, "0", "")))).isNotEmpty();
    assertThat(validate("plan", a2q(String.format(plan, "8", ",'rosterCounts':{'INTERN':2}")))).isNotEmpty();
    assertThat(validate("plan", a2q(String.format(plan, "8", ",'plannedDepartures':{'2027-13':1}")))).isNotEmpty();
    assertThat(validate("hiring", a2q("{'schemaVersion':1,'role':{'specialty':'SALES_OPS','level':'SENIOR','mix':'TOOLS:1'},"
        + "'candidates':[{'id':'x','origin':'OTHER','totalYears':1,'extra':true}]}"))).isNotEmpty();
  }

  @Test
  void the_bundled_benchmark_resource_equals_the_code() {
    Documents.Benchmark bundled = JSON.read(RevOpsJson.class.getResourceAsStream("business-ops-network-fr.json"), Documents.Benchmark.class);
    assertThat(bundled.benchmark()).isEqualTo(SalaryBenchmarks.businessOpsNetworkFrance());
  }

  @Test
  void schema_version_is_checked_by_the_reader() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JSON.read(
            a2q("{'schemaVersion':2,'org':{'teams':[{'function':'SALES','headcount':3}]}}"), Documents.Company.class))
        .isInstanceOf(RevOpsJsonException.class).hasMessageContaining("schemaVersion (2) must be 1");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JSON.read(
            a2q("{'org':{'teams':[{'function':'SALES','headcount':3}]}}"), Documents.Company.class))
        .isInstanceOf(RevOpsJsonException.class).hasMessageContaining("schemaVersion");
  }
}
