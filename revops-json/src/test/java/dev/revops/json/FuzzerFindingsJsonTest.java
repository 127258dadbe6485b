package dev.revops.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.InvalidValueException;
import dev.revops.core.org.MissionMix;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.org.OpsSpecialty;
import dev.revops.core.pay.SalaryBenchmarks;
import dev.revops.core.fit.OpsRole;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Issue 13: what the API fuzzer found in revops-json, kept as regression tests. */
class FuzzerFindingsJsonTest {

  @Test
  void a_document_of_another_schema_version_is_an_invalid_value() {
    // was a plain IllegalArgumentException, with no field for an adapter to point at
    assertThatThrownBy(() -> new Documents.Benchmark(2, SalaryBenchmarks.businessOpsNetworkFrance()))
        .isInstanceOf(InvalidValueException.class).hasMessage("schemaVersion (2) must be 1");
  }

  @Test
  void a_null_candidate_is_named_by_its_index() {
    OpsRole role = OpsRole.builder().title("Sales Ops").specialty(OpsSpecialty.SALES_OPS).level(OpsLevel.SENIOR)
        .mix(MissionMix.of(dev.revops.core.org.MissionFamily.TOOLS)).build();
    assertThatThrownBy(() -> new Documents.Hiring(1, role, Arrays.asList(
        dev.revops.core.testing.FitGen.candidates().generate(new SeededSource(new java.util.SplittableRandom(1))), null)))
        .isInstanceOf(NullPointerException.class).hasMessage("candidates[1]");
  }

  @Test
  void the_module_names_a_missing_setup_context() {
    assertThatThrownBy(() -> new RevOpsModule().setupModule(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("context");
  }
}
