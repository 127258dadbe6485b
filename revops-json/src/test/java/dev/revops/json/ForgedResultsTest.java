package dev.revops.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.revops.core.fit.Candidate;
import dev.revops.core.fit.FitAssessment;
import dev.revops.core.fit.FitScorer;
import dev.revops.core.fit.OpsRole;
import dev.revops.core.fit.ProfileOrigin;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessTeam;
import dev.revops.core.org.MissionMix;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.org.OpsSpecialty;
import dev.revops.core.pay.PayPosition;
import dev.revops.core.pay.SalaryBenchmarks;
import dev.revops.core.staffing.MaturityPhase;
import dev.revops.core.staffing.StaffingCalculator;
import dev.revops.core.staffing.StaffingRecommendation;
import java.util.function.Consumer;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A result read from JSON goes through the checks of a result built by a calculator: a forged or
 * corrupted document is refused with a pointer at the value that breaks the rule.
 */
class ForgedResultsTest extends JsonTestBase {

  private static final ObjectMapper TREES = new ObjectMapper();

  private static final StaffingRecommendation RECOMMENDATION = StaffingCalculator.withDefaults().recommend(
      BusinessOrg.of(BusinessTeam.of(BusinessFunction.SUPPORT, 25).withTiers(3),
          BusinessTeam.of(BusinessFunction.ONBOARDING, 25), BusinessTeam.of(BusinessFunction.BACK_OFFICE, 25),
          BusinessTeam.of(BusinessFunction.CUSTOMER_SUCCESS, 25)), MaturityPhase.MATURE);

  private static final FitAssessment ASSESSMENT = FitScorer.withDefaults().assess(
      Candidate.builder().id("c1").origin(ProfileOrigin.FINANCE).totalYears(6).build(),
      OpsRole.builder().specialty(OpsSpecialty.SALES_OPS).level(OpsLevel.SENIOR)
          .mix(MissionMix.parse("TOOLS:0.6,DATA:0.4")).build());

  private static final PayPosition POSITION = SalaryBenchmarks.businessOpsNetworkFrance()
      .distribution(OpsLevel.SENIOR).position(Money.of(CurrencyUnit.EUR, 60_000));

  private static <T> String forged(T value, Consumer<ObjectNode> change) throws Exception {
    ObjectNode tree = (ObjectNode) TREES.readTree(JSON.write(value));
    change.accept(tree);
    return TREES.writeValueAsString(tree);
  }

  private static void assertRefused(String json, Class<?> type, String pointer, String rule) {
    assertThatThrownBy(() -> JSON.read(json, type)).isInstanceOfSatisfying(RevOpsJsonException.class, e -> {
      assertThat(e.pointer()).isEqualTo(pointer);
      assertThat(e.getMessage()).contains(rule);
    });
  }

  @Test
  void genuine_results_read_back_equal() {
    assertThat(JSON.read(JSON.write(RECOMMENDATION), StaffingRecommendation.class)).isEqualTo(RECOMMENDATION);
    assertThat(JSON.read(JSON.write(ASSESSMENT), FitAssessment.class)).isEqualTo(ASSESSMENT);
    assertThat(JSON.read(JSON.write(POSITION), PayPosition.class)).isEqualTo(POSITION);
  }

  @Test
  void a_recommendation_with_a_negative_target_is_refused() throws Exception {
    assertRefused(forged(RECOMMENDATION, t -> t.put("target", -42)), StaffingRecommendation.class,
        "/target", "target (-42) must be the larger of minimum (4) and rounded (5)");
  }

  @Test
  void an_allocation_that_does_not_add_up_to_the_target_is_refused() throws Exception {
    String json = forged(RECOMMENDATION, t -> ((ObjectNode) ((ArrayNode) t.get("allocation")).get(0)).put("ops", 7));
    assertRefused(json, StaffingRecommendation.class, "/allocation", "must add up to the target (5)");
  }

  @Test
  void a_team_without_staff_cannot_receive_ops() throws Exception {
    BusinessOrg org = BusinessOrg.of(BusinessTeam.of(BusinessFunction.SALES, 20), BusinessTeam.of(BusinessFunction.SUPPORT, 0));
    StaffingRecommendation rec = StaffingCalculator.withDefaults().recommend(org, MaturityPhase.MATURE);
    String json = forged(rec, t -> {
      ArrayNode allocation = (ArrayNode) t.get("allocation");
      ((ObjectNode) allocation.get(0)).put("ops", 0);
      ((ObjectNode) allocation.get(1)).put("ops", 1);
    });
    assertRefused(json, StaffingRecommendation.class, "/allocation/1/ops", "must be 0 for a team without staff");
  }

  @Test
  void a_fit_score_of_120_is_refused() throws Exception {
    assertRefused(forged(ASSESSMENT, t -> t.put("score", 120)), FitAssessment.class,
        "/score", "score (120.0) must be between 0 and 100");
  }

  @Test
  void a_score_that_is_not_the_sum_of_its_breakdown_is_refused() throws Exception {
    JsonNode score = TREES.readTree(JSON.write(ASSESSMENT)).get("score");
    assertRefused(forged(ASSESSMENT, t -> t.put("score", Math.min(100, score.asDouble() + 10))), FitAssessment.class,
        "/score", "must equal the sum of the breakdown's points");
  }

  @Test
  void a_confidence_above_one_is_refused() throws Exception {
    assertRefused(forged(ASSESSMENT, t -> t.put("confidence", 75.0)), FitAssessment.class,
        "/confidence", "confidence (75.0) must be between 0 and 1");
  }

  @Test
  void a_percentile_of_140_is_refused() throws Exception {
    assertRefused(forged(POSITION, t -> t.put("percentile", "P140")), PayPosition.class,
        "/percentile", "140");
    assertRefused(forged(POSITION, t -> t.put("percentile", 140)), PayPosition.class,
        "/percentile", "140");
  }

  @Test
  void a_misspelt_function_is_refused_and_the_known_ones_named() {
    assertThatThrownBy(() -> JSON.read(a2q("{'teams':[{'function':'SALSE','headcount':3}]}"), BusinessOrg.class))
        .isInstanceOfSatisfying(RevOpsJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/teams/0/function");
          assertThat(e.getMessage()).contains("function (SALSE) must be one of PROSPECTING, SALES,");
        });
  }

  @Test
  void lenient_reading_takes_an_unknown_code_as_a_custom_function() {
    BusinessOrg org = RevOpsJson.lenient().read(a2q("{'teams':[{'function':'key_accounts','headcount':3}]}"),
        BusinessOrg.class);
    BusinessFunction keyAccounts = org.teams().get(0).function();
    assertThat(keyAccounts.isPredefined()).isFalse();
    assertThat(keyAccounts.code()).isEqualTo("KEY_ACCOUNTS");
    assertThat(keyAccounts.displayName(java.util.Locale.ENGLISH)).isEqualTo("Key accounts");
  }

  @Test
  void strict_reading_takes_a_custom_function_declared_in_full() {
    BusinessOrg org = JSON.read(a2q("{'teams':[{'function':{'code':'RENEWALS','department':'SALES',"
        + "'english':'Renewals','french':'Renouvellements'},'headcount':3}]}"), BusinessOrg.class);
    assertThat(org.teams().get(0).function())
        .isEqualTo(BusinessFunction.ofCustom("RENEWALS", dev.revops.core.org.Department.SALES, "Renewals",
            "Renouvellements"));
  }
}
