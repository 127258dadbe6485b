package dev.revops.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The public API of revops-core, as users see it: the exported packages show no generated
 * ({@code Immutable*}) type and no Guava type in any public signature, generated types are not
 * public, calculators are built by {@code withDefaults()} and {@code of(policy)}, policies by
 * {@code defaults()} and {@code builder()}, and static factories follow one naming convention
 * (README, "Naming").
 */
class PublicApiTest {

  /** The packages revops-core exports (checked against its module descriptor when it has one). */
  static final List<String> EXPORTED = List.of("dev.revops.core", "dev.revops.core.explain",
      "dev.revops.core.org", "dev.revops.core.staffing", "dev.revops.core.pay", "dev.revops.core.stage",
      "dev.revops.core.fit", "dev.revops.core.plan");

  /** The names a public static method returning its own type may have. */
  static final Set<String> FACTORY_NAMES = Set.of("of", "parse", "from", "empty", "defaults", "withDefaults");

  /**
   * Factories named after the closed set of cases they build (README, "Naming"): a reason is made
   * by the name of its basis.
   */
  static final Map<String, Set<String>> CASE_FACTORIES = Map.of(
      "dev.revops.core.explain.Reason", Set.of("fact", "rule", "assumption", "input", "computed"),
      "dev.revops.core.explain.Provenance", Set.of("fact", "assumption", "input"));

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.revops.core");

  private static final JavaClasses FIXTURE = new ClassFileImporter()
      .importPackages("dev.revops.archfixture.api");

  static List<ArchRule> rules(List<String> packages) {
    String[] exported = packages.toArray(String[]::new);
    List<ArchRule> rules = new ArrayList<>();
    rules.add(classes().that().haveSimpleNameStartingWith("Immutable").and().resideInAnyPackage(exported)
        .should().notBePublic()
        .as("generated Immutable* types are not public").allowEmptyShould(true));
    rules.add(classes().that().resideInAnyPackage(exported).and().arePublic()
        .should(exposeOnly("no Guava type in a public signature",
            t -> t.getPackageName().startsWith("com.google.common")))
        .allowEmptyShould(true));
    rules.add(classes().that().resideInAnyPackage(exported).and().arePublic()
        .should(exposeOnly("no generated Immutable* type in a public signature",
            t -> t.getSimpleName().startsWith("Immutable") && t.getPackageName().startsWith("dev.revops")))
        .allowEmptyShould(true));
    rules.add(classes().that().resideInAnyPackage(exported).and().arePublic()
        .and().haveSimpleNameEndingWith("Calculator").or().haveSimpleNameEndingWith("Scorer")
        .or().haveSimpleNameEndingWith("Advisor")
        .should(haveStaticFactories("calculators are built by withDefaults() and of(policy)",
            "withDefaults", 0, "of", 1))
        .allowEmptyShould(true));
    rules.add(classes().that().resideInAnyPackage(exported).and().arePublic()
        .and().haveSimpleNameEndingWith("Policy")
        .should(haveStaticFactories("policies are built by defaults() and builder()", "defaults", 0, "builder", 0))
        .allowEmptyShould(true));
    rules.add(classes().that().resideInAnyPackage(exported).and().arePublic()
        .should(nameFactoriesByConvention()).allowEmptyShould(true));
    return rules;
  }

  private static ArchCondition<JavaClass> exposeOnly(String description, Predicate<JavaClass> banned) {
    return new ArchCondition<>(description) {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        List<JavaType> shown = new ArrayList<>();
        type.getSuperclass().ifPresent(shown::add);
        shown.addAll(type.getInterfaces());
        for (JavaType t : shown) {
          report(type, type.getName(), t, banned, events);
        }
        for (JavaMember member : type.getMembers()) {
          if (!isVisible(member)) {
            continue;
          }
          if (member instanceof JavaField) {
            report(type, member.getFullName(), ((JavaField) member).getType(), banned, events);
          } else if (member instanceof JavaCodeUnit) {
            JavaCodeUnit unit = (JavaCodeUnit) member;
            report(type, unit.getFullName(), unit.getReturnType(), banned, events);
            for (JavaType p : unit.getParameterTypes()) {
              report(type, unit.getFullName(), p, banned, events);
            }
          }
        }
      }
    };
  }

  private static boolean isVisible(JavaMember member) {
    Set<JavaModifier> m = member.getModifiers();
    return (m.contains(JavaModifier.PUBLIC) || m.contains(JavaModifier.PROTECTED))
        && !m.contains(JavaModifier.SYNTHETIC) && !m.contains(JavaModifier.BRIDGE);
  }

  private static void report(JavaClass owner, String where, JavaType type,
      Predicate<JavaClass> banned, ConditionEvents events) {
    for (JavaClass raw : type.getAllInvolvedRawTypes()) {
      if (banned.test(raw)) {
        events.add(SimpleConditionEvent.violated(owner, where + " shows " + raw.getName()));
      }
    }
  }

  private static ArchCondition<JavaClass> haveStaticFactories(String description, String first, int firstArity,
      String second, int secondArity) {
    return new ArchCondition<>(description) {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        for (String[] wanted : new String[][] {{first, "" + firstArity}, {second, "" + secondArity}}) {
          boolean found = type.getMethods().stream().anyMatch(m -> m.getName().equals(wanted[0])
              && m.getModifiers().contains(JavaModifier.STATIC) && m.getModifiers().contains(JavaModifier.PUBLIC)
              && m.getRawParameterTypes().size() == Integer.parseInt(wanted[1]));
          if (!found) {
            events.add(SimpleConditionEvent.violated(type,
                type.getName() + " has no public static " + wanted[0] + " with " + wanted[1] + " parameters"));
          }
        }
      }
    };
  }

  private static ArchCondition<JavaClass> nameFactoriesByConvention() {
    return new ArchCondition<>("static factories are named of, ofXxx, parse, from, empty, defaults or withDefaults") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        for (JavaMethod m : type.getMethods()) {
          Set<JavaModifier> mod = m.getModifiers();
          if (!mod.contains(JavaModifier.PUBLIC) || !mod.contains(JavaModifier.STATIC)
              || !m.getRawReturnType().equals(type) || type.isEnum() && m.getName().equals("valueOf")) {
            continue;
          }
          String name = m.getName();
          if (CASE_FACTORIES.getOrDefault(type.getName(), Set.of()).contains(name)) {
            continue;
          }
          if (!FACTORY_NAMES.contains(name) && !(name.startsWith("of") && name.length() > 2
              && Character.isUpperCase(name.charAt(2)))) {
            events.add(SimpleConditionEvent.violated(type, m.getFullName() + " is not named by the convention"));
          }
        }
      }
    };
  }

  @Test
  void core_public_api_follows_the_rules() {
    for (ArchRule rule : rules(EXPORTED)) {
      rule.check(CORE);
    }
  }

  @Test
  void the_rules_catch_a_deliberate_violation_of_each() {
    Set<String> violated = new TreeSet<>();
    for (ArchRule rule : rules(List.of("dev.revops.archfixture.api"))) {
      EvaluationResult result = rule.evaluate(FIXTURE);
      if (result.hasViolation()) {
        violated.add(rule.getDescription());
      }
    }
    assertThat(violated).hasSize(5).allMatch(d -> !d.contains("policies"));
  }

  @Test
  void the_exported_packages_are_those_of_the_module() {
    ModuleDescriptor descriptor = InvalidValueException.class.getModule().getDescriptor();
    if (descriptor != null) {
      assertThat(descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toSet())).containsExactlyInAnyOrderElementsOf(EXPORTED);
    }
    assertThat(EXPORTED).allMatch(CORE::containPackage);
  }
}
