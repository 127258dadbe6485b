package dev.revops.core.testing;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.revops.core.org.MissionMix;
import dev.revops.core.org.MissionFamily;
import dev.revops.core.org.Department;
import dev.revops.core.org.BusinessTeam;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessFunction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of org values, shared by the property tests of every concept (and revops-json). */
public final class OrgGen {

  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String CODE_CHARS = LETTERS + "0123456789_";

  private OrgGen() {}

  /** Well-formed codes that are not predefined. */
  public static Gen<String> customCodes() {
    Gen<String> head = integers().between(0, LETTERS.length() - 1).map(i -> String.valueOf(LETTERS.charAt(i)));
    Gen<String> tail = lists().of(integers().between(0, CODE_CHARS.length() - 1))
        .ofSizeBetween(0, 63)
        .map(l -> {
          StringBuilder sb = new StringBuilder();
          l.forEach(i -> sb.append(CODE_CHARS.charAt(i)));
          return sb.toString();
        });
    return head.zip(tail, (h, t) -> "X" + h + t)
        .map(c -> c.length() > 64 ? c.substring(0, 64) : c);
  }

  /** Predefined and user-defined functions. */
  public static Gen<BusinessFunction> functions() {
    Gen<BusinessFunction> predefined = Generate.pick(BusinessFunction.predefined());
    // the department follows from the code, so that one code always means one function (an
    // organisation refuses two different functions with the same code)
    Department[] departments = Department.values();
    Gen<BusinessFunction> custom = customCodes().map(code -> BusinessFunction.ofCustom(code,
        departments[Math.floorMod(code.hashCode(), departments.length)], "Team " + code, "Équipe " + code));
    return predefined.mix(custom, 30);
  }

  /** Headcounts from 0 to {@code Integer.MAX_VALUE}, with the extremes often. */
  public static Gen<Integer> headcounts() {
    return integers().between(0, 500)
        .mix(Generate.pick(List.of(0, 1, Integer.MAX_VALUE - 1, Integer.MAX_VALUE)), 10)
        .mix(integers().between(0, Integer.MAX_VALUE), 10);
  }

  /** Small headcounts, for calculations whose cost grows with the headcount. */
  public static Gen<Integer> smallHeadcounts() {
    return integers().between(0, 400);
  }

  /** Teams with any headcount and 1 to 4 tiers. */
  public static Gen<BusinessTeam> teams() {
    return teams(headcounts());
  }

  /** Teams with headcounts from the given generator and 1 to 4 tiers. */
  public static Gen<BusinessTeam> teams(Gen<Integer> headcounts) {
    return functions().zip(headcounts, integers().between(1, 4),
        (f, h, t) -> BusinessTeam.of(f, h).withTiers(t));
  }

  /** Organisations of 1 to 12 teams (any headcounts), each function at most once per name. */
  public static Gen<BusinessOrg> orgs() {
    return orgs(teams(), 12);
  }

  /** Organisations of 1 to {@code maxTeams} teams from the given generator. */
  public static Gen<BusinessOrg> orgs(Gen<BusinessTeam> teams, int maxTeams) {
    return lists().of(teams).ofSizeBetween(1, maxTeams).map(OrgGen::distinctTeams);
  }

  private static BusinessOrg distinctTeams(List<BusinessTeam> teams) {
    Set<String> seen = new HashSet<>();
    List<BusinessTeam> kept = new ArrayList<>();
    for (int i = 0; i < teams.size(); i++) {
      BusinessTeam team = teams.get(i);
      if (!seen.add(team.function().code())) {
        team = team.withName("Team " + i);
      }
      kept.add(team);
    }
    return BusinessOrg.of(kept);
  }

  /** Weights: zero often, tiny, ordinary and huge finite values. */
  public static Gen<Double> weights() {
    return doubles().between(0, 10)
        .mix(Generate.pick(List.of(0.0, 0.0, 1.0, Double.MIN_VALUE, 1e-300, 1e300)), 25)
        .mix(doubles().between(0, 1e12), 10);
  }

  /** Mission mixes with at least one positive weight. */
  public static Gen<MissionMix> mixes() {
    return lists().of(weights()).ofSize(4)
        .assuming(l -> l.stream().anyMatch(w -> w > 0) && l.stream().mapToDouble(Double::doubleValue).sum() < Double.MAX_VALUE)
        .map(l -> {
          Map<MissionFamily, Double> map = new EnumMap<>(MissionFamily.class);
          for (MissionFamily f : MissionFamily.values()) {
            map.put(f, l.get(f.ordinal()));
          }
          return MissionMix.of(map);
        });
  }
}
