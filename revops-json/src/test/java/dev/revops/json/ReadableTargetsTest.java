package dev.revops.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.explain.Messages;
import dev.revops.core.fit.FitPolicy;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.pay.SalaryBenchmarks;
import dev.revops.core.pay.SalaryDistributions;
import dev.revops.core.staffing.StaffingCalculator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Issue 13: read builds revops values and documents only. */
class ReadableTargetsTest extends JsonTestBase {

  static Stream<Class<?>> notValues() {
    return Stream.of(Messages.class, SalaryBenchmarks.class, SalaryDistributions.class, FitPolicy.Builder.class,
        StaffingCalculator.class, Object.class, String.class, java.util.HashMap.class, Thread.class);
  }

  @ParameterizedTest
  @MethodSource("notValues")
  void anything_else_is_refused_before_jackson_sees_it(Class<?> type) {
    assertThatThrownBy(() -> JSON.read("{}", type)).isInstanceOf(RevOpsJsonException.class)
        .hasMessageContaining("cannot read a " + type.getName());
  }

  @Test
  void values_enums_and_documents_are_read() {
    assertThat(JSON.read(a2q("{'teams':[{'function':'SALES','headcount':3}]}"), BusinessOrg.class)).isNotNull();
    assertThat(JSON.read("\"SENIOR\"", OpsLevel.class)).isEqualTo(OpsLevel.SENIOR);
    assertThat(RevOpsJson.readable(Documents.Company.class)).isTrue();
    assertThat(RevOpsJson.readable(dev.revops.core.stage.ReportingLine.class)).isTrue();
    assertThat(RevOpsJson.readable(dev.revops.core.explain.Reason.class)).isTrue();
    assertThat(RevOpsJson.readable(dev.revops.core.fit.Candidate[].class)).isTrue();
    assertThat(RevOpsJson.readable(Messages[].class)).isFalse();
  }
}
