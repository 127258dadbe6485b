package dev.revops.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.LocalizedText;
import dev.revops.core.explain.Message;
import dev.revops.core.explain.Reason;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessTeam;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.org.OpsSpecialty;
import dev.revops.core.pay.PayVerdict;
import dev.revops.core.pay.Percentile;
import dev.revops.core.pay.SalaryBenchmarks;
import dev.revops.core.stage.OpsOrgChart;
import dev.revops.core.stage.OpsTeam;
import dev.revops.core.stage.ReportingLine;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Issue 13: every NullPointerException names its parameter, or the element of it that is null. */
class NullArgumentsTest {

  private static void names(ThrowingCallable call, String name) {
    assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessage(name);
  }

  @Test
  void null_elements_are_named_with_their_index() {
    names(() -> BusinessOrg.of(new BusinessTeam[] {null}), "teams[0]");
    names(() -> BusinessOrg.of(Arrays.asList(BusinessTeam.of(BusinessFunction.SALES, 1), null)), "teams[1]");
    names(() -> OpsOrgChart.of(new OpsTeam[] {null}), "teams[0]");
    names(() -> OpsTeam.of("A", OpsSpecialty.SALES_OPS, 1, ReportingLine.ofBusinessHead(BusinessFunction.SALES),
        (BusinessFunction) null), "serves[0]");
    names(() -> OpsTeam.of("A", OpsSpecialty.SALES_OPS, 1, ReportingLine.ofBusinessHead(BusinessFunction.SALES),
        (BusinessFunction[]) null), "serves");
    Reason reason = Reason.computed(Message.parse("basis.FACT"));
    names(() -> Explanation.of(Arrays.asList(reason, null)), "reasons[1]");
    names(() -> Explanation.of((List<Reason>) null), "reasons");
  }

  @Test
  void null_parameters_are_named() {
    Explanation why = Explanation.of(Reason.computed(Message.parse("basis.FACT")));
    names(() -> why.plus((Reason) null), "reason");
    names(() -> why.plus((Explanation) null), "other");
    names(() -> LocalizedText.from(null), "value");
    names(() -> PayVerdict.of(null), "percentile");
    names(() -> SalaryBenchmarks.businessOpsNetworkFrance().distribution(OpsLevel.SENIOR).band(null, Percentile.P75),
        "low");
    names(() -> SalaryBenchmarks.businessOpsNetworkFrance().distribution(OpsLevel.SENIOR).band(Percentile.P25, null),
        "high");
  }
}
