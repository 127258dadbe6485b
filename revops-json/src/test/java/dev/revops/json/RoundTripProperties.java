package dev.revops.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.revops.core.testing.Theories;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.MissionMix;
import dev.revops.core.testing.OrgGen;
import dev.revops.core.pay.Percentile;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

/** Every value type of revops-core survives a JSON round trip; none is left without a binding. */
class RoundTripProperties extends JsonTestBase {

  private static final Map<Class<?>, Gen<?>> SAMPLES = Samples.byType();

  /** Every public Immutables value type of core, found from the generated classes. */
  static Set<String> coreValueTypes() {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.revops.core").stream()
        .filter(c -> c.getSimpleName().startsWith("Immutable") && c.getEnclosingClass().isEmpty())
        .map(c -> c.getRawSuperclass().map(JavaClass::getName).orElseThrow())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Value types of core read and written by explicit codecs rather than through their generated builders. */
  static final Set<Class<?>> EXPLICIT = Set.of(dev.revops.core.explain.Reason.class,
      dev.revops.core.stage.ReportingLine.class);

  @Test
  void every_core_value_type_has_a_binding_and_a_round_trip_test() throws Exception {
    Set<String> types = coreValueTypes();
    assertThat(types).hasSizeGreaterThan(38);
    assertThat(SAMPLES.keySet()).as("explicitly coded types without a round-trip generator").containsAll(EXPLICIT);
    assertThat(SAMPLES.keySet().stream().map(Class::getName).collect(Collectors.toSet()))
        .as("value types of core without a round-trip generator").containsAll(types);
    for (String name : types) {
      Class<?> type = Class.forName(name);
      assertThat(ValueType.of(type)).as(name).isPresent();
      ValueType v = ValueType.of(type).orElseThrow();
      assertThat(v.attributes).as(name + " attributes").isNotEmpty();
    }
  }

  @TestFactory
  Stream<DynamicTest> every_value_type_round_trips() {
    return SAMPLES.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey().getSimpleName(),
        () -> check(e.getKey(), e.getValue())));
  }

  @SuppressWarnings("unchecked")
  private static <T> void check(Class<?> type, Gen<?> gen) {
    Theories.theory(150).forAll((Gen<T>) gen).check(value -> {
      String json = JSON.write(value);
      Object back = JSON.read(json, type);
      return back.equals(value) && JSON.write(back).equals(json);
    });
  }

  @Test
  void scalars_round_trip() {
    Theories.theory(2_000).forAll(OrgGen.functions()).check(f -> {
      BusinessFunction back = JSON.read(JSON.write(f), BusinessFunction.class);
      return back.equals(f) && back.department() == f.department();
    });
    Theories.theory(2_000).forAll(OrgGen.mixes()).check(m -> JSON.read(JSON.write(m), MissionMix.class).equals(m));
    Theories.theory(2_000).forAll(Samples.percentiles()).check(p -> JSON.read(JSON.write(p), Percentile.class).equals(p));
  }
}
