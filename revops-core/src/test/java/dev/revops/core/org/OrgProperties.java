package dev.revops.core.org;

import dev.revops.core.InvalidValueException;
import dev.revops.core.testing.OrgGen;

import static dev.revops.core.testing.Theories.theory;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigInteger;
import java.util.List;
import java.util.EnumSet;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrgProperties {

  @Test
  void business_function_parse_inverts_toString_for_predefined_and_refuses_custom_codes() {
    theory(2_000).forAll(OrgGen.functions()).check(f -> {
      if (f.isPredefined()) {
        return BusinessFunction.parse(f.toString()).equals(f)
            && BusinessFunction.parse(f.toString().toLowerCase(Locale.ROOT)).equals(f);
      }
      try {
        BusinessFunction.parse(f.toString());
        return false;
      } catch (InvalidValueException e) {
        return e.field().equals("function") && e.value().equals(f.toString());
      }
    });
  }

  @Test
  void mission_mix_parse_inverts_toString() {
    theory(2_000).forAll(OrgGen.mixes()).check(m -> MissionMix.parse(m.toString()).equals(m));
  }

  @Test
  void normalized_mix_sums_to_one_and_keeps_shares() {
    theory(2_000).forAll(OrgGen.mixes()).check(m -> {
      MissionMix n = m.normalized();
      double sum = n.weights().values().stream().mapToDouble(Double::doubleValue).sum();
      boolean sharesKept = true;
      for (MissionFamily f : MissionFamily.values()) {
        sharesKept &= Math.abs(n.share(f) - m.share(f)) <= 1e-12;
      }
      return Math.abs(sum - 1) <= 1e-12 && sharesKept && n.dominant() == m.dominant()
          && n.weights().keySet().equals(EnumSet.copyOf(m.weights().keySet().stream()
              .filter(f -> m.share(f) > 0).collect(Collectors.toSet())));
    });
  }

  @Test
  void total_headcount_is_the_exact_sum() {
    theory(2_000).forAll(OrgGen.orgs()).check(org -> {
      BigInteger exact = org.teams().stream()
          .map(t -> BigInteger.valueOf(t.headcount()))
          .reduce(BigInteger.ZERO, BigInteger::add);
      return BigInteger.valueOf(org.totalHeadcount()).equals(exact);
    });
  }

  @Test
  void total_headcount_of_many_maximal_teams() {
    theory(200).forAll(integers().between(1, 300)).check(n -> {
      BusinessOrg org = BusinessOrg.of(IntStream.range(0, n)
          .mapToObj(i -> BusinessTeam.of(BusinessFunction.SALES, Integer.MAX_VALUE).withName("Team " + i))
          .collect(Collectors.toList()));
      return org.totalHeadcount() == (long) n * Integer.MAX_VALUE;
    });
  }

  @Test
  void functions_are_the_distinct_functions_of_the_teams_in_order() {
    theory(2_000).forAll(OrgGen.orgs()).check(org -> List.copyOf(org.functions()).equals(
        org.teams().stream().map(BusinessTeam::function).distinct().collect(Collectors.toList())));
  }

  @Test
  void headcount_per_function_adds_up_to_the_total() {
    theory(2_000).forAll(OrgGen.orgs()).check(org ->
        org.functions().stream().mapToLong(org::headcount).sum() == org.totalHeadcount());
  }

  @Test
  void an_organisation_refuses_exactly_the_teams_repeating_a_function_and_name() {
    // few functions and few names, so that names repeat within and across functions
    List<BusinessFunction> functions = List.of(BusinessFunction.SALES, BusinessFunction.SUPPORT, BusinessFunction.FINANCE);
    List<String> names = java.util.Arrays.asList(null, "A", "B");
    theory(3_000).forAll(org.quicktheories.generators.SourceDSL.lists().of(integers().between(0, 8)).ofSizeBetween(1, 8))
        .check(codes -> {
          List<BusinessTeam> teams = codes.stream().map(c -> {
            BusinessTeam t = BusinessTeam.of(functions.get(c % 3), 1);
            String name = names.get(c / 3);
            return name == null ? t : t.withName(name);
          }).collect(Collectors.toList());
          int firstRepeat = -1;
          for (int i = 0; i < teams.size() && firstRepeat < 0; i++) {
            for (int j = 0; j < i; j++) {
              if (teams.get(i).function().equals(teams.get(j).function()) && teams.get(i).name().equals(teams.get(j).name())) {
                firstRepeat = i;
                break;
              }
            }
          }
          try {
            BusinessOrg.of(teams);
            return firstRepeat < 0;
          } catch (InvalidValueException e) {
            return firstRepeat >= 0 && e.getMessage().startsWith("teams[" + firstRepeat + "] ");
          }
        });
  }
}
