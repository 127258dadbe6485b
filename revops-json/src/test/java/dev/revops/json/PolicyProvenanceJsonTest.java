package dev.revops.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.explain.Basis;
import dev.revops.core.explain.Provenance;
import dev.revops.core.staffing.StaffingPolicy;
import org.junit.jupiter.api.Test;

class PolicyProvenanceJsonTest extends JsonTestBase {

  @Test
  void a_written_policy_reads_back_with_its_provenance() {
    StaffingPolicy set = StaffingPolicy.builder().matureStaffPerOps(20).build();
    StaffingPolicy back = roundTrip(set, StaffingPolicy.class);
    assertThat(back).isEqualTo(set);
    assertThat(back.provenance(StaffingPolicy.Figure.MATURE_STAFF_PER_OPS)).isEqualTo(Provenance.input());
  }

  @Test
  void a_document_without_provenance_counts_changed_numbers_as_inputs() {
    StaffingPolicy read = JSON.read(a2q("{'matureStaffPerOps':25,'emergingStaffPerOps':10}"), StaffingPolicy.class);
    assertThat(read.provenance(StaffingPolicy.Figure.MATURE_STAFF_PER_OPS)).isEqualTo(Provenance.input());
    assertThat(read.provenance(StaffingPolicy.Figure.EMERGING_STAFF_PER_OPS).basis()).isEqualTo(Basis.FACT);
    assertThat(read.provenance(StaffingPolicy.Figure.STRUCTURING_STAFF_PER_OPS)).isEqualTo(Provenance.assumption());
  }
}
