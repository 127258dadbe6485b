package dev.revops.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.fit.FitScorer;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessTeam;
import dev.revops.core.org.Department;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.pay.PayPosition;
import dev.revops.core.pay.SalaryBenchmark;
import dev.revops.core.pay.SalaryBenchmarks;
import dev.revops.core.staffing.MaturityPhase;
import dev.revops.core.staffing.StaffingCalculator;
import dev.revops.core.staffing.StaffingRecommendation;
import java.util.Locale;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ValueTypesTest extends JsonTestBase {

  @Test
  void reads_an_organisation() {
    BusinessOrg org = JSON.read(a2q("{'teams':[{'function':'SUPPORT','headcount':25,'tiers':3},"
        + "{'function':'ONBOARDING','headcount':25}]}"), BusinessOrg.class);
    assertThat(org).isEqualTo(BusinessOrg.of(BusinessTeam.of(BusinessFunction.SUPPORT, 25).withTiers(3),
        BusinessTeam.of(BusinessFunction.ONBOARDING, 25)));
  }

  @Test
  void writes_an_organisation_without_absent_optionals() {
    String json = JSON.write(BusinessOrg.of(BusinessTeam.of(BusinessFunction.SALES, 3)));
    assertThat(json.replaceAll("\\s", "")).isEqualTo(a2q("{'teams':[{'function':'SALES','headcount':3,'tiers':1}]}"));
  }

  @Test
  void custom_functions_keep_their_names() {
    BusinessFunction renewals = BusinessFunction.ofCustom("RENEWALS", Department.SALES, "Renewals", "Renouvellements");
    BusinessTeam team = roundTrip(BusinessTeam.of(renewals, 4), BusinessTeam.class);
    assertThat(team.function().displayName(Locale.FRENCH)).isEqualTo("Renouvellements");
    assertThat(team.function().department()).isEqualTo(Department.SALES);
  }

  @Test
  void domain_rules_point_at_the_offending_value() {
    assertThatThrownBy(() -> JSON.read(a2q("{'teams':[{'function':'SALES','headcount':1},{'function':'SUPPORT','headcount':2},"
        + "{'function':'BACK_OFFICE','headcount':-3}]}"), BusinessOrg.class))
        .isInstanceOf(RevOpsJsonException.class)
        .satisfies(e -> {
          RevOpsJsonException x = (RevOpsJsonException) e;
          assertThat(x.pointer()).isEqualTo("/teams/2/headcount");
          assertThat(x.problem()).isEqualTo("headcount (-3) must be >= 0");
        });
    assertThatThrownBy(() -> JSON.read(a2q("{'teams':[{'function':'SALES','headcount':1},{'function':'SALES','headcount':2}]}"),
            BusinessOrg.class))
        .isInstanceOf(RevOpsJsonException.class)
        .hasMessageStartingWith("/teams/1: teams[1] (SALES: 2) must not repeat");
  }

  @Test
  void unknown_missing_and_mistyped_keys_are_named() {
    assertThatThrownBy(() -> JSON.read(a2q("{'teams':[{'function':'SALES','headcount':1,'colour':'red'}]}"), BusinessOrg.class))
        .isInstanceOf(RevOpsJsonException.class).hasMessageStartingWith("/teams/0/colour: unknown key \"colour\"");
    assertThatThrownBy(() -> JSON.read(a2q("{'teams':[{'function':'SALES'}]}"), BusinessOrg.class))
        .isInstanceOf(RevOpsJsonException.class).hasMessageContaining("/teams/0").hasMessageContaining("headcount");
    assertThatThrownBy(() -> JSON.read(a2q("{'teams':[{'function':'SALES','headcount':'many'}]}"), BusinessOrg.class))
        .isInstanceOf(RevOpsJsonException.class).hasMessageStartingWith("/teams/0/headcount:");
    assertThatThrownBy(() -> JSON.read(a2q("{'teams':[{'function':'no way','headcount':1}]}"), BusinessOrg.class))
        .isInstanceOf(RevOpsJsonException.class).hasMessageStartingWith("/teams/0/function:")
        .hasMessageContaining("function (no way) must be one of PROSPECTING, SALES");
    assertThatThrownBy(() -> JSON.read("{\"teams\":[", BusinessOrg.class)).isInstanceOf(RevOpsJsonException.class);
    assertThatThrownBy(() -> JSON.read("null", BusinessOrg.class)).isInstanceOf(RevOpsJsonException.class);
    assertThat(RevOpsJson.lenient().read(a2q("{'teams':[{'function':'SALES','headcount':1,'colour':'red'}],'x':1}"), BusinessOrg.class)
        .totalHeadcount()).isEqualTo(1);
  }

  @Test
  void results_carry_structured_and_rendered_explanations() {
    StaffingRecommendation rec = StaffingCalculator.withDefaults().recommend(
        BusinessOrg.of(BusinessTeam.of(BusinessFunction.PROSPECTING, 50), BusinessTeam.of(BusinessFunction.SALES, 50)),
        MaturityPhase.MATURE);
    String english = JSON.write(rec);
    assertThat(english).contains("\"key\":\"staffing.floor.source\"", "\"basis\":\"FACT\"",
        "Each business function with people needs at least one Ops who knows it.");
    assertThat(JSON.withLocale(Locale.FRENCH).write(rec)).contains("Chaque métier qui compte des personnes");
    assertThat(JSON.read(english, StaffingRecommendation.class)).isEqualTo(rec);
  }

  @Test
  void money_and_benchmarks() {
    assertThat(JSON.write(Money.of(CurrencyUnit.EUR, 56_000)).replaceAll("\\s", "")).isEqualTo(a2q("{'currency':'EUR','amount':56000.00}"));
    assertThat(JSON.read("\"EUR 1.50\"", Money.class)).isEqualTo(Money.parse("EUR 1.50"));
    assertThatThrownBy(() -> JSON.read(a2q("{'currency':'XXY','amount':1}"), Money.class))
        .isInstanceOf(RevOpsJsonException.class).hasMessageContaining("ISO 4217");
    assertThatThrownBy(() -> JSON.read(a2q("{'currency':'EUR','amount':1.234}"), Money.class))
        .isInstanceOf(RevOpsJsonException.class).hasMessageContaining("at most 2 decimals");
    SalaryBenchmark study = SalaryBenchmarks.businessOpsNetworkFrance();
    assertThat(roundTrip(study, SalaryBenchmark.class)).isEqualTo(study);
    PayPosition position = study.distribution(OpsLevel.SENIOR).position(Money.of(CurrencyUnit.EUR, 60_000));
    assertThat(roundTrip(position, PayPosition.class)).isEqualTo(position);
    assertThat(JSON.write(study.distribution(OpsLevel.JUNIOR))).contains("\"kind\":\"LOG_NORMAL\"", "\"P90\"",
        "pay.warning.nearDegenerate");
    assertThat(JSON.write(study.experienceCurve())).contains("\"anchors\"", "\"representativeYears\":5.5");
  }

  @Test
  void fit_assessments_round_trip() {
    var assessment = FitScorer.withDefaults().assess(
        dev.revops.core.fit.Candidate.builder().id("a").origin(dev.revops.core.fit.ProfileOrigin.FINANCE).totalYears(4).build(),
        dev.revops.core.fit.OpsRole.builder().specialty(dev.revops.core.org.OpsSpecialty.FINANCE_OPS).level(OpsLevel.SENIOR)
            .mix(dev.revops.core.org.MissionMix.parse("DATA:1")).build());
    assertThat(roundTrip(assessment, dev.revops.core.fit.FitAssessment.class)).isEqualTo(assessment);
  }
}
