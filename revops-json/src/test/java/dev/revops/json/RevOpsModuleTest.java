package dev.revops.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.MissionMix;
import org.junit.jupiter.api.Test;

class RevOpsModuleTest {

  private final ObjectMapper mapper = JsonMapper.builder().addModule(new RevOpsModule()).build();

  @Test
  void business_functions_are_written_by_code() throws Exception {
    assertThat(mapper.writeValueAsString(BusinessFunction.SUPPORT)).isEqualTo("\"SUPPORT\"");
    assertThat(mapper.readValue("\"back_office\"", BusinessFunction.class)).isSameAs(BusinessFunction.BACK_OFFICE);
  }

  @Test
  void mission_mixes_are_written_as_text() throws Exception {
    MissionMix mix = MissionMix.parse("TOOLS:0.5,DATA:0.5");
    assertThat(mapper.writeValueAsString(mix)).isEqualTo("\"TOOLS:0.5,DATA:0.5\"");
    assertThat(mapper.readValue("\"TOOLS:0.5,DATA:0.5\"", MissionMix.class)).isEqualTo(mix);
  }

  @Test
  void invalid_values_keep_the_domain_message() {
    assertThatThrownBy(() -> mapper.readValue("\"TOOLS:-1\"", MissionMix.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("weights.TOOLS (-1.0) must be a finite number >= 0");
    assertThatThrownBy(() -> mapper.readValue("12", BusinessFunction.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void is_found_by_the_service_loader_and_registers_once() throws Exception {
    ObjectMapper found = JsonMapper.builder().findAndAddModules().build();
    assertThat(found.getRegisteredModuleIds()).contains("RevOpsModule");
    assertThat(found.writeValueAsString(BusinessFunction.SALES)).isEqualTo("\"SALES\"");
    ObjectMapper twice = JsonMapper.builder().addModule(new RevOpsModule()).addModule(new RevOpsModule()).build();
    assertThat(twice.readValue("\"SALES\"", BusinessFunction.class)).isSameAs(BusinessFunction.SALES);
  }

  @Test
  void knows_its_version() {
    assertThat(new RevOpsModule().version().getArtifactId()).isEqualTo("revops-json");
    assertThat(new RevOpsModule().version().isUnknownVersion()).isFalse();
    assertThat(new RevOpsModule().getModuleName()).isEqualTo("RevOpsModule");
  }
}
