package dev.revops.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.org.BusinessFunction;
import dev.revops.core.stage.CorporateExecutive;
import dev.revops.core.stage.LeaderLevel;
import dev.revops.core.stage.ReportingLine;
import org.junit.jupiter.api.Test;

class ReportingLineJsonTest extends JsonTestBase {

  @Test
  void each_case_writes_its_kind_and_its_own_fields() {
    assertThat(JSON.write(ReportingLine.ofBusinessHead(BusinessFunction.SALES)).replaceAll("\\s", ""))
        .isEqualTo(a2q("{'kind':'BUSINESS_HEAD','function':'SALES','dottedLineToOps':false}"));
    assertThat(JSON.write(ReportingLine.ofBusinessHeadWithDottedLineToOps(BusinessFunction.SALES)).replaceAll("\\s", ""))
        .isEqualTo(a2q("{'kind':'BUSINESS_HEAD','function':'SALES','dottedLineToOps':true}"));
    assertThat(JSON.write(ReportingLine.ofExecutive(CorporateExecutive.CFO)).replaceAll("\\s", ""))
        .isEqualTo(a2q("{'kind':'EXECUTIVE','executive':'CFO'}"));
    assertThat(JSON.write(ReportingLine.ofOpsLeaderOnCommittee(LeaderLevel.VP)).replaceAll("\\s", ""))
        .isEqualTo(a2q("{'kind':'OPS_LEADER','leaderLevel':'VP','atExecutiveCommittee':true}"));
  }

  @Test
  void a_dotted_line_is_read_on_a_business_head_line_only() {
    assertThat(JSON.read(a2q("{'kind':'BUSINESS_HEAD','function':'SUPPORT','dottedLineToOps':true}"), ReportingLine.class))
        .isEqualTo(ReportingLine.ofBusinessHeadWithDottedLineToOps(BusinessFunction.SUPPORT));
    assertThatThrownBy(() -> JSON.read(a2q("{'kind':'BUSINESS_HEAD','function':'SUPPORT','dottedLineToOps':'yes'}"),
            ReportingLine.class))
        .isInstanceOfSatisfying(RevOpsJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/dottedLineToOps"))
        .hasMessageContaining("dottedLineToOps (\"yes\") must be true or false");
    assertThatThrownBy(() -> JSON.read(a2q("{'kind':'EXECUTIVE','executive':'CFO','dottedLineToOps':true}"), ReportingLine.class))
        .isInstanceOfSatisfying(RevOpsJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/dottedLineToOps"));
  }

  @Test
  void reads_documents_of_revops_0_1() {
    assertThat(JSON.read(a2q("{'kind':'EXECUTIVE','executive':'CFO','atExecutiveCommittee':false}"), ReportingLine.class))
        .isEqualTo(ReportingLine.ofExecutive(CorporateExecutive.CFO));
    assertThat(JSON.read(a2q("{'kind':'OPS_LEADER','leaderLevel':'C_LEVEL'}"), ReportingLine.class))
        .isEqualTo(ReportingLine.ofOpsLeader(LeaderLevel.C_LEVEL));
  }

  @Test
  void refuses_what_a_case_cannot_hold_with_a_pointer() {
    assertThatThrownBy(() -> JSON.read(a2q("{'kind':'EXECUTIVE','executive':'CFO','function':'SALES'}"), ReportingLine.class))
        .isInstanceOfSatisfying(RevOpsJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/function"))
        .hasMessageContaining("unknown key \"function\"");
    assertThatThrownBy(() -> JSON.read(a2q("{'kind':'EXECUTIVE','executive':'CFO','atExecutiveCommittee':true}"),
            ReportingLine.class))
        .isInstanceOfSatisfying(RevOpsJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/atExecutiveCommittee"))
        .hasMessageContaining("only an Ops leader sits at the executive committee");
    assertThatThrownBy(() -> JSON.read(a2q("{'kind':'BUSINESS_HEAD'}"), ReportingLine.class))
        .isInstanceOf(RevOpsJsonException.class).hasMessageContaining("needs \"function\"");
    assertThatThrownBy(() -> JSON.read(a2q("{'kind':'OPS_LEADER','leaderLevel':'CEO'}"), ReportingLine.class))
        .isInstanceOfSatisfying(RevOpsJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/leaderLevel"))
        .hasMessageContaining("must be one of VP, C_LEVEL");
    assertThatThrownBy(() -> JSON.read(a2q("{'kind':'BOSS'}"), ReportingLine.class))
        .isInstanceOfSatisfying(RevOpsJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/kind"));
    assertThatThrownBy(() -> JSON.read(a2q("{'kind':'BUSINESS_HEAD','function':'SALSE'}"), ReportingLine.class))
        .isInstanceOfSatisfying(RevOpsJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/function"));
  }

  @Test
  void lenient_reading_ignores_fields_of_another_case() {
    assertThat(RevOpsJson.lenient().read(a2q("{'kind':'EXECUTIVE','executive':'CFO','function':'SALES'}"),
        ReportingLine.class)).isEqualTo(ReportingLine.ofExecutive(CorporateExecutive.CFO));
  }
}
