package dev.revops.core.org;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.revops.core.internal.Checks;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The business side of a company, as a list of {@link BusinessTeam}s: the people Ops support.
 *
 * <p>The source's sales organisation of 100 people:
 * <pre>{@code
 * BusinessOrg sales = BusinessOrg.of(
 *     BusinessTeam.of(BusinessFunction.PROSPECTING, 50),
 *     BusinessTeam.of(BusinessFunction.SALES, 50));
 * sales.totalHeadcount();   // 100
 * }</pre>
 *
 * <p>An organisation has at least one team, and no two teams with the same function and the
 * same name (or both without a name). This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BusinessOrg {

  BusinessOrg() {}

  /**
   * The teams, in the order given.
   *
   * @return the teams, at least one, never null
   */
  public abstract List<BusinessTeam> teams();

  /**
   * Obtains an organisation from its teams.
   *
   * @param teams  the teams, not null, at least one, no null element
   * @return the new instance, never null
   * @throws IllegalArgumentException if there is no team, or two teams share a function and name
   */
  public static BusinessOrg of(BusinessTeam... teams) {
    return of(Arrays.asList(Objects.requireNonNull(teams, "teams")));
  }

  /**
   * Obtains an organisation from its teams.
   *
   * @param teams  the teams, not null, at least one, no null element
   * @return the new instance, never null
   * @throws IllegalArgumentException if there is no team, or two teams share a function and name
   */
  public static BusinessOrg of(Iterable<BusinessTeam> teams) {
    return ImmutableBusinessOrg.generator().addAllTeams(Checks.noNulls(teams, "teams")).build();
  }

  /**
   * Returns a copy of this organisation with one more team at the end.
   *
   * @param team  the team to add, not null
   * @return the larger organisation, never null
   * @throws IllegalArgumentException if a team with the same function and name exists
   */
  public BusinessOrg plus(BusinessTeam team) {
    return ImmutableBusinessOrg.generator().from(this).addTeams(team).build();
  }

  /**
   * The number of business staff in all teams. Computed as a {@code long}: it cannot overflow,
   * whatever the teams' headcounts.
   *
   * @return the total headcount, zero or more
   */
  @Value.Lazy
  public long totalHeadcount() {
    long total = 0;
    for (BusinessTeam team : teams()) {
      total += team.headcount();
    }
    return total;
  }

  /**
   * The distinct business functions, in the order of their first team.
   *
   * @return the functions, never null
   */
  @Value.Lazy
  public Set<BusinessFunction> functions() {
    return teams().stream().map(BusinessTeam::function).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * The teams doing one function, in order.
   *
   * @param function  the function, not null
   * @return the teams, empty if none does it, never null
   */
  public List<BusinessTeam> teams(BusinessFunction function) {
    Objects.requireNonNull(function, "function");
    return teams().stream().filter(t -> t.function().equals(function))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The number of business staff doing one function, over all its teams.
   *
   * @param function  the function, not null
   * @return the headcount, zero if no team does it
   */
  public long headcount(BusinessFunction function) {
    return teams(function).stream().mapToLong(BusinessTeam::headcount).sum();
  }

  @Value.Check
  void check() {
    Checks.check(!teams().isEmpty(), "teams", teams(), "must hold at least one team");
    int size = teams().size();
    // this check runs on every organisation read: names are compared as strings first (a set sized
    // for the teams, no key object per team), and a name met twice is looked at closely
    Set<String> names = new HashSet<>(size * 4 / 3 + 1);
    Set<Map.Entry<BusinessFunction, String>> named = null;
    Map<String, BusinessFunction> byCode = new HashMap<>();
    for (int i = 0; i < size; i++) {
      BusinessTeam team = teams().get(i);
      BusinessFunction known = byCode.putIfAbsent(team.function().code(), team.function());
      if (known != null && !known.equals(team.function())) {
        throw Checks.invalid("teams[" + i + "].function", team.function(),
            "must not reuse the code of another function of the organisation (" + known.department()
                + ", " + known.displayName(Locale.ENGLISH) + ")");
      }
      String name = team.name().orElse("");
      boolean fresh = names.add(name);
      if (named == null) {
        if (fresh) {
          continue;
        }
        // from the first repeated name on, every team is keyed by function and name
        named = new HashSet<>(size * 4 / 3 + 1);
        for (int j = 0; j < i; j++) {
          named.add(Map.entry(teams().get(j).function(), teams().get(j).name().orElse("")));
        }
      }
      if (!named.add(Map.entry(team.function(), name))) {
        throw Checks.invalid("teams[" + i + "]", team,
            "must not repeat the function and name of an earlier team");
      }
    }
  }
}
