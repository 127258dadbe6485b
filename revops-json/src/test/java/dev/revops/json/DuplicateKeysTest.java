package dev.revops.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.fit.Competency;
import dev.revops.core.fit.OpsRole;
import dev.revops.core.fit.Proficiency;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessTeam;
import dev.revops.core.org.MissionFamily;
import dev.revops.core.org.MissionMix;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.org.OpsSpecialty;
import dev.revops.core.staffing.MaturityPhase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A key given twice is refused at every depth: in a value of revops (which notes its own keys), in
 * a document, and in a map inside a value (where Jackson's strict detection, lent back by the
 * value's reader, catches it).
 */
class DuplicateKeysTest {

  private static final RevOpsJson STRICT = RevOpsJson.strict();
  private static final RevOpsJson LENIENT = RevOpsJson.lenient();

  private static String company() {
    return STRICT.write(Documents.Company.of(BusinessOrg.of(BusinessTeam.of(BusinessFunction.SALES, 3).withName("A"),
        BusinessTeam.of(BusinessFunction.SUPPORT, 4)), MaturityPhase.MATURE));
  }

  @Test
  void a_key_repeated_in_a_value_is_refused_with_its_pointer() {
    String twice = company().replace("\"headcount\":4", "\"headcount\":4,\"headcount\":5");
    assertThat(twice).isNotEqualTo(company());
    for (RevOpsJson json : List.of(STRICT, LENIENT)) {
      assertThatThrownBy(() -> json.read(twice, Documents.Company.class)).isInstanceOf(RevOpsJsonException.class)
          .hasMessageContaining("headcount").satisfies(e -> assertThat(((RevOpsJsonException) e).pointer())
              .startsWith("/org/teams/1"));
    }
  }

  @Test
  void a_key_repeated_in_a_document_is_refused() {
    String twice = company().replace("\"phase\":\"MATURE\"", "\"phase\":\"MATURE\",\"phase\":\"EMERGING\"");
    assertThat(twice).isNotEqualTo(company());
    assertThatThrownBy(() -> STRICT.read(twice, Documents.Company.class)).isInstanceOf(RevOpsJsonException.class)
        .hasMessageContaining("phase");
  }

  @Test
  void a_key_repeated_in_a_map_inside_a_value_is_refused() {
    OpsRole role = OpsRole.builder().specialty(OpsSpecialty.SALES_OPS).level(OpsLevel.SENIOR)
        .mix(MissionMix.of(MissionFamily.TOOLS)).putMustHaves(Competency.DATA_MODELLING, Proficiency.WORKING).build();
    String json = STRICT.write(role);
    assertThat(STRICT.read(json, OpsRole.class)).isEqualTo(role);
    String twice = json.replace("\"DATA_MODELLING\":\"WORKING\"", "\"DATA_MODELLING\":\"WORKING\",\"DATA_MODELLING\":\"BASIC\"");
    assertThat(twice).isNotEqualTo(json);
    assertThatThrownBy(() -> STRICT.read(twice, OpsRole.class)).isInstanceOf(RevOpsJsonException.class)
        .hasMessageContaining("DATA_MODELLING");
  }

  @Test
  void keys_after_a_nested_value_are_still_checked() {
    // the first team's object is entered and left before the repeated key of the second
    String twice = company().replace("\"function\":\"SUPPORT\"", "\"function\":\"SUPPORT\",\"function\":\"SALES\"");
    assertThat(twice).isNotEqualTo(company());
    assertThatThrownBy(() -> STRICT.read(twice, Documents.Company.class)).isInstanceOf(RevOpsJsonException.class)
        .hasMessageContaining("function");
  }
}
