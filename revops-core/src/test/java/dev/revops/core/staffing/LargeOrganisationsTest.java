package dev.revops.core.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessTeam;
import dev.revops.core.org.Department;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: recommending for an organisation costs time in proportion to its size, whatever its
 * shape. The time guard only catches a quadratic path (20,000 one-team functions took 18 s, a
 * 100,000-team document more than 10 minutes); it is not a benchmark (see BENCHMARKS.md).
 */
class LargeOrganisationsTest {

  private static final Duration GUARD = Duration.ofSeconds(60);

  private static BusinessOrg oneTeamPerFunction(int functions, int headcount) {
    List<BusinessTeam> teams = new ArrayList<>(functions);
    for (int i = 0; i < functions; i++) {
      BusinessFunction f = BusinessFunction.ofCustom("F" + i, Department.OTHER, "Function " + i, "Fonction " + i);
      teams.add(BusinessTeam.of(f, headcount));
    }
    return BusinessOrg.of(teams);
  }

  @Test
  void twenty_thousand_one_team_functions() {
    BusinessOrg org = oneTeamPerFunction(20_000, 3);
    StaffingRecommendation rec = assertTimeoutPreemptively(GUARD,
        () -> StaffingCalculator.withDefaults().recommend(org, MaturityPhase.MATURE));
    // three-person functions share an Ops three by three (6,667 groups), capped at the early
    // ratio: 60,000 / 10 = 6,000 Ops (issue 15)
    assertThat(rec.minimum()).isEqualTo(6_000);
    assertThat(rec.target()).isEqualTo(6_000);
    assertThat(rec.allocation().stream().mapToInt(TeamAllocation::ops).sum()).isEqualTo(6_000);
    assertThat(rec.allocation()).allMatch(a -> a.ops() <= 1);
  }

  @Test
  void a_hundred_thousand_teams_in_a_hundred_functions_some_empty() {
    List<BusinessTeam> teams = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      BusinessFunction f = BusinessFunction.ofCustom("G" + (i % 100), Department.OTHER, "Group " + (i % 100),
          "Groupe " + (i % 100));
      teams.add(BusinessTeam.of(f, i % 7).withName("team " + i).withTiers(1 + i % 3));
    }
    BusinessOrg org = BusinessOrg.of(teams);
    StaffingRecommendation rec = assertTimeoutPreemptively(GUARD,
        () -> StaffingCalculator.withDefaults().recommend(org, MaturityPhase.EMERGING));
    assertThat(rec.allocation()).hasSize(100_000);
    assertThat(rec.allocation().stream().mapToLong(TeamAllocation::ops).sum()).isEqualTo(rec.target());
    assertThat(rec.staffedFunctions()).hasSize(100);
  }

  @Test
  void the_order_functions_first_appear_in_still_breaks_ties() {
    // a team of zero people names SUPPORT first: SUPPORT keeps its place before SALES
    BusinessOrg org = BusinessOrg.of(BusinessTeam.of(BusinessFunction.SUPPORT, 0).withName("new desk"),
        BusinessTeam.of(BusinessFunction.SALES, 15), BusinessTeam.of(BusinessFunction.SUPPORT, 15));
    StaffingRecommendation rec = StaffingCalculator.withDefaults().recommend(org, MaturityPhase.STRUCTURING);
    assertThat(rec.staffedFunctions()).containsExactly(BusinessFunction.SUPPORT, BusinessFunction.SALES);
    assertThat(rec.target()).isEqualTo(2);
    assertThat(rec.allocation()).extracting(TeamAllocation::ops).containsExactly(0, 1, 1);
  }
}
