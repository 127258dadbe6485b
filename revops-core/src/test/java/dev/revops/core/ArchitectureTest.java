package dev.revops.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of revops-core, from DESIGN.md: no Jackson in core, and the four concept
 * packages never import one another (they may use {@code org} and {@code explain}).
 */
class ArchitectureTest {

  static final List<String> CONCEPTS = List.of("staffing", "stage", "fit", "pay", "workload");

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.revops.core");

  private static final JavaClasses FIXTURE = new ClassFileImporter()
      .importPackages("dev.revops.archfixture");

  /** The rules for the packages under {@code root}. */
  static List<ArchRule> rules(String root) {
    List<ArchRule> rules = new ArrayList<>();
    rules.add(noClasses().that().resideInAPackage(root + "..")
        .should().dependOnClassesThat().resideInAPackage("com.fasterxml..")
        .as("revops-core stays free of Jackson")
        .allowEmptyShould(true));
    rules.add(noClasses().that().resideInAnyPackage(root + ".org..", root + ".explain..")
        .should().dependOnClassesThat().resideInAnyPackage(
            CONCEPTS.stream().map(c -> root + "." + c + "..").toArray(String[]::new))
        .as("org and explain do not depend on the concept packages")
        .allowEmptyShould(true));
    rules.add(noClasses().that().resideInAPackage(root + ".explain..")
        .should().dependOnClassesThat().resideInAPackage(root + ".org..")
        .as("explain does not depend on org")
        .allowEmptyShould(true));
    rules.add(noClasses().that().resideInAnyPackage(java.util.stream.Stream.concat(Stream.of("org", "explain"),
            CONCEPTS.stream()).map(c -> root + "." + c + "..").toArray(String[]::new))
        .should().dependOnClassesThat().resideInAPackage(root + ".plan..")
        .as("only the plan composes the concepts: nothing depends on plan")
        .allowEmptyShould(true));
    for (String concept : CONCEPTS) {
      String[] others = CONCEPTS.stream().filter(c -> !c.equals(concept))
          .map(c -> root + "." + c + "..").toArray(String[]::new);
      rules.add(noClasses().that().resideInAPackage(root + "." + concept + "..")
          .should().dependOnClassesThat().resideInAnyPackage(others)
          .as(concept + " does not depend on another concept package")
          .allowEmptyShould(true));
    }
    return rules;
  }

  @Test
  void core_follows_the_dependency_rules() {
    for (ArchRule rule : rules("dev.revops.core")) {
      rule.check(CORE);
    }
  }

  @Test
  void the_rules_catch_a_deliberate_violation() {
    // test fixtures: archfixture.staffing imports archfixture.pay and a Jackson-like package
    List<String> violated = new ArrayList<>();
    for (ArchRule rule : rules("dev.revops.archfixture")) {
      EvaluationResult result = rule.evaluate(FIXTURE);
      if (result.hasViolation()) {
        violated.add(rule.getDescription());
      }
    }
    assertThat(violated).containsExactly("staffing does not depend on another concept package");
  }

  @Test
  void core_classes_were_imported() {
    assertThat(CORE.containPackage("dev.revops.core.org")).isTrue();
    assertThat(CORE.containPackage("dev.revops.core.explain")).isTrue();
  }
}
