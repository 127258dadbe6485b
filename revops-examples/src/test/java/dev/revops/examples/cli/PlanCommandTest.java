package dev.revops.examples.cli;

import static dev.revops.examples.cli.RevOpsCliTest.run;
import static dev.revops.examples.cli.RevOpsCliTest.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.plan.PlanComparison;
import dev.revops.examples.PlanExample;
import dev.revops.json.Documents;
import dev.revops.json.RevOpsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** {@code revops plan} in text, JSON and CSV, and the plan section of the report. */
class PlanCommandTest {

  @Test
  void the_sample_file_is_the_plan_example() {
    Documents.Plan doc = RevOpsJson.strict().read(Path.of(sample("plan.json")), Documents.Plan.class);
    assertThat(doc.input()).isEqualTo(PlanExample.input());
    assertThat(doc.scenarios()).isEqualTo(PlanExample.scenarios());
  }

  @Test
  void text_shows_each_scenario_period_by_period_then_the_comparison() {
    RevOpsCliTest.Run text = run("plan", "--input", sample("plan.json"));
    assertThat(text.code()).isZero();
    assertThat(text.out()).startsWith("Baseline: over 8 quarters, Ops from 4 to 28 for 28 needed at the end; 28 hires, ")
        .containsPattern("Q1 2027\\s+200\\s+20\\s+4\\s+4\\.00\\s+18\\s+0\\s+0\\s+85,904\\s+\\+414,096\\s+1 → 2")
        .contains("Hiring freeze H2 2027: over 8 quarters", "Pay at P75: over 8 quarters", "Variants against the baseline:",
            "Pay at P75 against the baseline: the same 28 Ops at the end, hires +0, cost +");
    RevOpsCliTest.Run fr = run("--lang", "fr", "plan", "--input", sample("plan.json"));
    assertThat(fr.out()).startsWith("Scénario de référence : sur 8 trimestres, de 4 à 28 Ops")
        .containsPattern("T1 2027\\s+200\\s+20\\s+4\\s+4,00\\s+18\\s+0\\s+0\\s+85\\h904");
  }

  @Test
  void json_is_the_comparison_and_reads_back() {
    RevOpsCliTest.Run json = run("plan", "--input", sample("plan.json"), "--format", "json");
    assertThat(json.code()).isZero();
    PlanComparison back = RevOpsJson.strict().read(json.out(), PlanComparison.class);
    assertThat(back).isEqualTo(PlanExample.comparison());
  }

  @Test
  void csv_has_one_row_per_scenario_and_period() {
    RevOpsCliTest.Run csv = run("plan", "--input", sample("plan.json"), "--format", "csv", "--lang", "fr");
    assertThat(csv.code()).isZero();
    List<String> rows = csv.out().lines().toList();
    assertThat(rows).hasSize(1 + 3 * 8);
    assertThat(rows.get(0)).isEqualTo(String.join(",", PlanCommand.CSV_COLUMNS));
    // neutral whatever --lang: English labels, decimal points, ISO months, plain amounts; four Ops reach
    // four of the six functions, Customer Success and onboarding (the smallest allocations) wait
    assertThat(rows.get(1)).isEqualTo("baseline,Q1 2027,2027-01,200,20,4,4.0,18,0,0,0,0,0,0,0,0,0,0,0,EUR,85904,343618,85904,"
        + "500000,414096,1,MOVE,2,CUSTOMER_SUCCESS;ONBOARDING");
    assertThat(rows.get(9)).startsWith("Hiring freeze H2 2027,Q1 2027,");
    // the freeze holds the hires due in the third and fourth quarters of 2027
    assertThat(rows.get(11).split(",")[PlanCommand.CSV_COLUMNS.indexOf("delayed_by_freeze")]).isNotEqualTo("0");
    assertThat(rows).allSatisfy(r -> assertThat(r.split(",", -1)).hasSize(PlanCommand.CSV_COLUMNS.size()));
    assertThat(PlanCommand.quote("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
  }

  @Test
  void bad_plans_exit_1_with_the_field(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("plan.json"), "{\"schemaVersion\":1,\"input\":{\"start\":\"2027-01\",\"periods\":0,"
        + "\"periodLength\":\"QUARTER\",\"phase\":\"MATURE\",\"org\":{\"teams\":[{\"function\":\"SALES\",\"headcount\":3}]}}}");
    RevOpsCliTest.Run bad = run("plan", "--input", file.toString());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("plan.json: /input").contains("periods (0) must be between 1 and 120");
    Path month = Files.writeString(dir.resolve("month.json"), "{\"schemaVersion\":1,\"input\":{\"start\":\"2027-13\",\"periods\":4,"
        + "\"periodLength\":\"QUARTER\",\"phase\":\"MATURE\",\"org\":{\"teams\":[{\"function\":\"SALES\",\"headcount\":3}]}}}");
    assertThat(run("plan", "--input", month.toString()).err()).contains("month (2027-13) must be a year and a month, as in 2027-01");
    assertThat(run("plan", "--input", sample("plan.json"), "--format", "xml").code()).isEqualTo(2);
  }

  @Test
  void the_report_draws_the_plan(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.html");
    assertThat(run("report", "--out", out.toString(), "--plan", sample("plan.json")).code()).isZero();
    String html = Files.readString(out);
    assertThat(html).contains("Ops-team plan: needed, in place and productive, period by period",
        "Headcount (Hiring freeze H2 2027)", "Budget of the period");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(out.toFile());
    NodeList lines = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline");
    // people: needed, FTE and three headcounts; cost: budget and three scenarios
    assertThat(lines.getLength()).isEqualTo(9);
    for (int i = 0; i < lines.getLength(); i++) {
      String points = lines.item(i).getAttributes().getNamedItem("points").getNodeValue();
      assertThat(points.split(" ")).as("one point per period").hasSize(8);
    }
  }
}
