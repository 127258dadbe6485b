package dev.revops.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

class RevOpsCliTest {

  private static final String SAMPLES = Path.of("samples").toAbsolutePath().toString();

  /** The outcome of one run: exit code, standard output, standard error. */
  record Run(int code, String out, String err) {}

  /** Runs as {@code main} does: with only the subcommand the arguments name. */
  static Run withInput(String stdin, String... args) {
    return execute(RevOpsCli.commandLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args), args);
  }

  private static Run execute(CommandLine cmd, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int code = cmd.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static Run run(String... args) {
    return withInput("", args);
  }

  static String sample(String name) {
    return SAMPLES + "/" + name;
  }

  @Test
  void a_command_line_with_one_subcommand_answers_as_the_whole_one() {
    for (String[] args : List.of(new String[] {"pay", "--level", "SENIOR", "--salary", "60000", "--years", "5"},
        new String[] {"pay", "--help"}, new String[] {"staffing", "--input", sample("sales.json")},
        new String[] {"pay", "--level", "NOPE", "--salary", "60000"}, new String[] {"--help"},
        new String[] {"--lang", "fr", "pay", "--level", "SENIOR", "--salary", "60000"})) {
      Run whole = execute(RevOpsCli.commandLine(new ByteArrayInputStream(new byte[0])), args);
      Run lazy = run(args);
      assertThat(lazy).as(String.join(" ", args)).isEqualTo(whole);
    }
  }

  @Test
  void no_argument_prints_the_walkthrough() {
    Run run = run();
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("1. Sizing the Ops team", "2. Stages", "3. Profile fit", "4. Pay");
    assertThat(run("demo", "--lang", "fr").out()).contains("1. Dimensionner l’équipe Ops");
  }

  @Test
  void staffing_in_text_and_json() {
    Run text = run("staffing", "--input", sample("customer-service.json"));
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("Target: 5 Ops (minimum 4, band 5 to 10, 5.00 FTE)").containsPattern("Support\\s+25\\s+3\\s+2");
    Run early = run("staffing", "--input", sample("sales.json"));
    assertThat(early.out()).contains("Target: 10 Ops (minimum 2");
    Run json = run("staffing", "--input", sample("sales.json"), "--phase", "MATURE", "--format", "json");
    assertThat(json.out()).contains("\"target\" : 5", "\"minimum\" : 2");
  }

  @Test
  void staffing_reads_standard_input() throws IOException {
    String doc = Files.readString(Path.of(sample("sales.json")));
    Run run = withInput(doc, "staffing", "--input", "-", "--phase", "EMERGING");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Target: 10 Ops");
  }

  @Test
  void stage_fit_and_pay() {
    Run stage = run("stage", "--input", sample("org-chart.json"));
    assertThat(stage.out()).contains("Current stage: stage 1 (embedded in the business)",
        "Advice: Move from the “embedded in the business” stage to the “partly centralised” stage: every trigger is met.",
        "  - Ops teams: 2 for a threshold of 2 → met", "Steps:", "  1. pool the work every Ops team does");
    Run transition = run("stage", "--input", sample("org-chart-transition.json"), "--company", sample("sales.json"));
    assertThat(transition.code()).isZero();
    assertThat(transition.out()).contains(
        "Current stage: stage 1 (embedded in the business) → moving to stage 3 (autonomous department) "
            + "(75% of the Ops headcount still to move)",
        "  1. bring every Ops team that still reports elsewhere under the Ops leader",
        "Staffing: 8 Ops against a target of 10 (minimum 2), 2 short");
    assertThat(run("stage", "--input", sample("org-chart.json"), "--format", "json").out()).contains("\"next\" : \"CENTRALIZED\"");
    Run fit = run("fit", "--input", sample("hiring.json"));
    assertThat(fit.code()).isZero();
    assertThat(fit.out()).contains("amina", "bastien", "chloe", "test:", "Ranked", "Not assessed enough to rank",
        "must-have technical tooling (CRM, integrations, SQL): to verify");
    assertThat(fit.out()).containsPattern("dina +\\d+ \\(\\d+–\\d+\\)");
    assertThat(run("fit", "--input", sample("hiring.json"), "--format", "json").out()).contains("\"score\"");
    Run pay = run("pay", "--level", "SENIOR", "--salary", "60000");
    assertThat(pay.out()).contains("level: percentile 66, compa-ratio 1.07", "P50: EUR 56,000", "P10: EUR 45,000",
        "equity (BSPCE): 64%", "confidence: low").doesNotContain(".17");
    Run years = run("pay", "--level", "SENIOR", "--salary", "60000", "--years", "5");
    assertThat(years.out()).contains("with experience: percentile 33", "! The study’s median at 5 years (EUR 75,000)");
    Run vp = run("pay", "--level", "VP", "--salary", "1e12");
    assertThat(vp.code()).isZero();
    assertThat(vp.out()).contains("Director / VP: EUR 1,000,000,000,000", "is far above anything the study saw");
    Run custom = run("pay", "--input", sample("custom-benchmark.json"), "--level", "MANAGER", "--salary", "70000", "--format", "json");
    assertThat(custom.code()).isZero();
    assertThat(custom.out()).contains("\"levelView\"", "\"plausibility\"");
    assertThat(run("pay", "--level", "VP", "--salary", "120000", "--lang", "fr").out()).contains("centile");
  }

  @Test
  void fit_reads_a_role_and_a_candidates_file(@TempDir Path dir) throws IOException {
    Path role = dir.resolve("role.json");
    Files.writeString(role, "{\"specialty\":\"FINANCE_OPS\",\"level\":\"SENIOR\",\"mix\":\"DATA:1\"}");
    Path candidates = dir.resolve("candidates.json");
    Files.writeString(candidates, "[{\"id\":\"a\",\"origin\":\"FINANCE\",\"totalYears\":3},{\"id\":\"b\",\"origin\":\"CONSULTING\",\"totalYears\":3}]");
    Run run = run("fit", "--role", role.toString(), "--candidates", candidates.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out().indexOf("  a ")).isLessThan(run.out().indexOf("  b "));
    assertThat(run("fit", "--role", role.toString()).code()).isEqualTo(2);
  }

  @Test
  void bad_files_exit_1_with_one_line(@TempDir Path dir) throws IOException {
    Run missing = run("staffing", "--input", dir.resolve("nope.json").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).startsWith("revops: ").contains("nope.json: no such file").doesNotContain("Exception\n\tat");
    Path empty = Files.writeString(dir.resolve("empty.json"), "");
    assertThat(run("staffing", "--input", empty.toString()).code()).isEqualTo(1);
    Path malformed = Files.writeString(dir.resolve("bad.json"), "{\"schemaVersion\":1,\"org\":{\"teams\":[");
    Run bad = run("staffing", "--input", malformed.toString());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err().lines().count()).isEqualTo(1);
    Path version = Files.writeString(dir.resolve("v2.json"), "{\"schemaVersion\":2,\"org\":{\"teams\":[{\"function\":\"SALES\",\"headcount\":1}]}}");
    assertThat(run("staffing", "--input", version.toString()).err()).contains("schemaVersion (2) must be 1");
    Path rule = Files.writeString(dir.resolve("rule.json"), "{\"schemaVersion\":1,\"org\":{\"teams\":[{\"function\":\"SALES\",\"headcount\":-3}]}}");
    Run broken = run("staffing", "--input", rule.toString());
    assertThat(broken.code()).isEqualTo(1);
    assertThat(broken.err()).contains("rule.json: /org/teams/0/headcount: headcount (-3) must be >= 0");
    assertThat(run("pay", "--level", "SENIOR", "--salary", "-5").err()).contains("salary (EUR -5.00) must be > 0");
  }

  @Test
  void usage_errors_exit_2() {
    assertThat(run("staffing").code()).isEqualTo(2);
    assertThat(run("pay", "--level", "CEO", "--salary", "1").code()).isEqualTo(2);
    assertThat(run("nonsense").code()).isEqualTo(2);
    assertThat(run("--lang", "de").code()).isNotZero();
    assertThat(run("--help").code()).isZero();
    assertThat(run("--version").out()).startsWith("revops ");
  }

  @Test
  void report_is_well_formed_with_one_band_per_level(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.html");
    Run run = run("report", "--out", out.toString());
    assertThat(run.code()).isZero();
    String html = Files.readString(out);
    assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("<link").contains("<svg");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    Document doc = factory.newDocumentBuilder().parse(out.toFile());
    NodeList groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
    int bands = 0;
    for (int i = 0; i < groups.getLength(); i++) {
      if ("band".equals(groups.item(i).getAttributes().getNamedItem("class").getNodeValue())) {
        bands++;
      }
    }
    assertThat(bands).as("one band per row of the study: Director and VP share one").isEqualTo(4);
    // issue 14: fit scores are shown as ranges, one row per candidate
    int fits = 0;
    for (int i = 0; i < groups.getLength(); i++) {
      if ("fit".equals(groups.item(i).getAttributes().getNamedItem("class").getNodeValue())) {
        fits++;
      }
    }
    assertThat(fits).isEqualTo(4);
    assertThat(html).contains("Profile fit: score and range", "92 (75–100)");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void support_answers_with_the_contract_of_issue_19() throws IOException {
    Run json = run("support", "--volume", "100", "--interval", "30m", "--aht", "180s", "--target", "80/20s",
        "--max-occupancy", "0.85", "--shrinkage", "0.30", "--format", "json");
    assertThat(json.code()).isZero();
    com.fasterxml.jackson.databind.JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    for (String field : List.of("agents", "fte", "serviceLevel", "waitProbability", "averageSpeedOfAnswerSeconds", "occupancy")) {
      assertThat(node.get(field).isNumber()).as(field).isTrue();
    }
    assertThat(node.get("agents").intValue()).isEqualTo(14);
    assertThat(node.get("fte").doubleValue()).isEqualTo(20.0, org.assertj.core.api.Assertions.within(1e-9));
    Run text = run("support", "--volume", "100", "--aht", "3m", "--target", "80%/20s", "--patience", "60s");
    assertThat(text.out()).contains("12 agents answer 86% of contacts within 20 s (goal 80%)", "abandonment: 7.59%");
    Run french = run("--lang", "fr", "support", "--volume", "100", "--aht", "180", "--target", "0.8/20s");
    assertThat(french.out()).contains("14 agents répondent à 89");
    Run profile = run("support", "--input", sample("support.json"));
    assertThat(profile.code()).isZero();
    assertThat(profile.out()).contains("FTE for 4 channels over 48 intervals", "Team: Support, 71 people, 2 tiers");
    Run bad = run("support", "--volume", "100", "--aht", "3x", "--target", "80/20s");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--aht (3x) must be a length such as 20s, 3m, 30m or 1h");
    Run impossible = run("support", "--volume", "100", "--aht", "180s", "--target", "80/20s", "--max-occupancy", "1.5");
    assertThat(impossible.code()).isEqualTo(1);
    assertThat(impossible.err()).contains("maxOccupancy (1.5) must be above 0 and at most 1");
    Run missing = run("support", "--volume", "100");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("give --volume, --aht and --target for one interval, or --input for a support document");
  }
}
