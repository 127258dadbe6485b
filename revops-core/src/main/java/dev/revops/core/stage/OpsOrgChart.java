package dev.revops.core.stage;

import dev.revops.core.internal.Checks;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The Ops teams of a company and who they report to. An empty chart means there is no Ops
 * function yet.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OpsOrgChart {

  OpsOrgChart() {}

  /**
   * The teams, in the order given; names are unique.
   *
   * @return the teams, possibly empty
   */
  public abstract List<OpsTeam> teams();

  /**
   * Obtains a chart from its teams.
   *
   * @param teams  the teams, not null, no null element, unique names
   * @return the chart, never null
   * @throws IllegalArgumentException if two teams share a name
   */
  public static OpsOrgChart of(OpsTeam... teams) {
    return of(Arrays.asList(Objects.requireNonNull(teams, "teams")));
  }

  /**
   * Obtains a chart from its teams.
   *
   * @param teams  the teams, not null, no null element, unique names
   * @return the chart, never null
   * @throws IllegalArgumentException if two teams share a name
   */
  public static OpsOrgChart of(Iterable<OpsTeam> teams) {
    return ImmutableOpsOrgChart.generator().addAllTeams(Checks.noNulls(teams, "teams")).build();
  }

  /**
   * The chart of a company with no Ops function yet.
   *
   * @return the empty chart, never null
   */
  public static OpsOrgChart empty() {
    return of();
  }

  /**
   * Returns a chart with one more team.
   *
   * @param team  the team, not null, with a new name
   * @return the larger chart, never null
   */
  public OpsOrgChart plus(OpsTeam team) {
    return ImmutableOpsOrgChart.generator().from(this).addTeams(team).build();
  }

  /**
   * The number of Ops in all teams, as a {@code long} (no overflow).
   *
   * @return the total, >= 0
   */
  public long totalHeadcount() {
    return teams().stream().mapToLong(OpsTeam::headcount).sum();
  }

  /**
   * Returns true if there is no Ops team.
   *
   * @return whether the chart is empty
   */
  public boolean isEmpty() {
    return teams().isEmpty();
  }

  @Value.Check
  void check() {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < teams().size(); i++) {
      if (!(names.add(teams().get(i).name()))) {
        throw Checks.invalid("teams[" + i + "]", teams().get(i).name(),
            "must not repeat the name of an earlier team");
      }
    }
  }
}
