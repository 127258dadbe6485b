package dev.revops.core.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StaffingPolicyTest {

  @Test
  void defaults_are_the_source_facts_and_named_assumptions() {
    StaffingPolicy p = StaffingPolicy.defaults();
    assertThat(p.staffPerOps(MaturityPhase.EMERGING)).isEqualTo(10);
    assertThat(p.staffPerOps(MaturityPhase.STRUCTURING)).isEqualTo(15);
    assertThat(p.staffPerOps(MaturityPhase.MATURE)).isEqualTo(20);
    assertThat(p.minimumOpsPerFunction()).isEqualTo(1);
    assertThat(p.extraTierWeightPercent()).isEqualTo(25);
    assertThat(p.rounding()).isEqualTo(OpsRounding.HALF_UP);
    assertThat(p.apportionment()).isEqualTo(Apportionment.HUNTINGTON_HILL);
    assertThat(p.strongGrowth()).isEqualTo(0.5);
    assertThat(p.emergingMaxOpsAgeYears()).isEqualTo(2);
    assertThat(p.matureMinOpsAgeYears()).isEqualTo(4);
    assertThat(p.matureMaxGrowth()).isEqualTo(0.2);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of((UnaryOperator<StaffingPolicy.Builder>) b -> b.emergingStaffPerOps(0.5),
            "emergingStaffPerOps (0.5) must be a finite number of business staff per Ops >= 1"),
        Arguments.of((UnaryOperator<StaffingPolicy.Builder>) b -> b.matureStaffPerOps(Double.NaN),
            "matureStaffPerOps (NaN) must be a finite number of business staff per Ops >= 1"),
        Arguments.of((UnaryOperator<StaffingPolicy.Builder>) b -> b.structuringStaffPerOps(Double.POSITIVE_INFINITY),
            "structuringStaffPerOps (Infinity) must be a finite number of business staff per Ops >= 1"),
        Arguments.of((UnaryOperator<StaffingPolicy.Builder>) b -> b.structuringStaffPerOps(9),
            "structuringStaffPerOps (9.0) must be >= emergingStaffPerOps (10.0): Ops support more staff as they mature"),
        Arguments.of((UnaryOperator<StaffingPolicy.Builder>) b -> b.matureStaffPerOps(14),
            "matureStaffPerOps (14.0) must be >= structuringStaffPerOps (15.0): Ops support more staff as they mature"),
        Arguments.of((UnaryOperator<StaffingPolicy.Builder>) b -> b.minimumOpsPerFunction(0),
            "minimumOpsPerFunction (0) must be between 1 and 1000000"),
        Arguments.of((UnaryOperator<StaffingPolicy.Builder>) b -> b.extraTierWeightPercent(-1),
            "extraTierWeightPercent (-1) must be between 0 and 10000"),
        Arguments.of((UnaryOperator<StaffingPolicy.Builder>) b -> b.strongGrowth(-1),
            "strongGrowth (-1.0) must be a finite fraction > -1"),
        Arguments.of((UnaryOperator<StaffingPolicy.Builder>) b -> b.matureMaxGrowth(Double.NaN),
            "matureMaxGrowth (NaN) must be a finite fraction > -1"),
        Arguments.of((UnaryOperator<StaffingPolicy.Builder>) b -> b.matureMaxGrowth(0.6),
            "matureMaxGrowth (0.6) must be <= strongGrowth (0.5)"),
        Arguments.of((UnaryOperator<StaffingPolicy.Builder>) b -> b.emergingMaxOpsAgeYears(-0.1),
            "emergingMaxOpsAgeYears (-0.1) must be a finite number >= 0"),
        Arguments.of((UnaryOperator<StaffingPolicy.Builder>) b -> b.matureMinOpsAgeYears(1),
            "matureMinOpsAgeYears (1.0) must be a finite number >= emergingMaxOpsAgeYears (2.0)"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void rejects_inconsistent_policies(UnaryOperator<StaffingPolicy.Builder> change, String message) {
    assertThatThrownBy(() -> change.apply(StaffingPolicy.builder()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void equality_and_nulls() {
    new EqualsTester()
        .addEqualityGroup(StaffingPolicy.defaults(), StaffingPolicy.builder().build(),
            StaffingPolicy.builder().from(StaffingPolicy.defaults()).build())
        // the same number, set by the caller: an input, not the source's fact
        .addEqualityGroup(StaffingPolicy.builder().matureStaffPerOps(20).build())
        .addEqualityGroup(StaffingPolicy.builder().rounding(OpsRounding.CEILING).build())
        .addEqualityGroup(StaffingPolicy.builder().apportionment(Apportionment.WEBSTER).build())
        .testEquals();
    assertThatThrownBy(() -> StaffingPolicy.defaults().staffPerOps(null))
        .isInstanceOf(NullPointerException.class).hasMessage("phase");
    assertThatThrownBy(() -> StaffingPolicy.builder().rounding(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("rounding");
  }
}
