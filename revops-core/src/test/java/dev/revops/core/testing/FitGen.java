package dev.revops.core.testing;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.revops.core.fit.RoleRequirements;
import dev.revops.core.fit.Requirement;
import dev.revops.core.fit.ProfileOrigin;
import dev.revops.core.fit.Proficiency;
import dev.revops.core.fit.OpsRole;
import dev.revops.core.fit.Evidence;
import dev.revops.core.fit.Competency;
import dev.revops.core.fit.Candidate;
import dev.revops.core.fit.Assessment;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.org.OpsSpecialty;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for the fit package, shared with revops-json through the test jar. */
public final class FitGen {

  private FitGen() {}

  /** Assessments of a random subset of competencies, sometimes by several kinds of evidence. */
  public static Gen<List<Assessment>> assessments() {
    return lists().of(Generate.enumValues(Competency.class).zip(Generate.enumValues(Proficiency.class),
            Generate.enumValues(Evidence.class), Assessment::of))
        .ofSizeBetween(0, 10)
        .map(list -> {
          Map<String, Assessment> unique = new java.util.LinkedHashMap<>();
          list.forEach(a -> unique.putIfAbsent(a.competency() + "/" + a.evidence(), a));
          return List.copyOf(unique.values());
        });
  }

  /** Candidates named {@code c<n>}. */
  public static Gen<Candidate> candidates() {
    return integers().between(0, 1_000_000).zip(Generate.enumValues(ProfileOrigin.class), doubles().between(0, 30),
        doubles().between(0, 1), assessments(),
        (n, origin, total, opsShare, assessments) -> Candidate.builder().id("c" + n).origin(origin)
            .totalYears(total).opsYears(total * opsShare).addAllAssessments(assessments).build());
  }

  /** Roles of any specialty, level and mission mix, some with a must-have. */
  public static Gen<OpsRole> roles() {
    Gen<Optional<Map.Entry<Competency, Proficiency>>> mustHave = Generate.enumValues(Competency.class)
        .zip(Generate.pick(List.of(Proficiency.BASIC, Proficiency.WORKING, Proficiency.STRONG)), Map::entry)
        .map(Optional::of).mix(Generate.constant(Optional.empty()), 60);
    return Generate.enumValues(OpsSpecialty.class).zip(Generate.enumValues(OpsLevel.class), OrgGen.mixes(), mustHave,
        (specialty, level, mix, must) -> {
          OpsRole.Builder role = OpsRole.builder().specialty(specialty).level(level).mix(mix);
          must.ifPresent(e -> role.putMustHaves(e.getKey(), e.getValue()));
          return role.build();
        });
  }

  /** Requirements set directly: 1 to 8 competencies with any proficiency and weight. */
  public static Gen<RoleRequirements> requirements() {
    return lists().of(Generate.enumValues(Competency.class).zip(Generate.enumValues(Proficiency.class),
            doubles().between(0.01, 100), (c, p, w) -> Map.entry(c, Requirement.of(p, w))))
        .ofSizeBetween(1, 8)
        .map(entries -> {
          Map<Competency, Requirement> map = new EnumMap<>(Competency.class);
          entries.forEach(e -> map.putIfAbsent(e.getKey(), e.getValue()));
          return RoleRequirements.of(map);
        });
  }
}
