package dev.revops.core.workload;

import dev.revops.core.explain.Explanation;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessTeam;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A {@link SupportProfile} staffed channel by channel, and the business teams it makes: one team
 * per function, its headcount the channels' FTE rounded up, its tiers the highest tier of its
 * channels, ready for the staffing calculator.
 *
 * <pre>{@code
 * ProfileStaffing day = ErlangCalculator.withDefaults().staff(profile);
 * day.fte();                                       // 70.36 for the sample weekday of samples/support.json
 * BusinessOrg org = BusinessOrg.of(day.teams());   // support, 71 people in 2 tiers
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProfileStaffing {

  ProfileStaffing() {}

  /**
   * The channels staffed, in the profile's order.
   *
   * @return the channels
   */
  public abstract List<ChannelStaffing> channels();

  /**
   * The FTE over every channel.
   *
   * @return the FTE
   */
  public abstract double fte();

  /**
   * Why: the answer first, then each channel and the FTE rule.
   *
   * @return the explanation
   */
  public abstract Explanation explanation();

  /**
   * The business teams the profile needs: for each function, the FTE of its channels rounded up,
   * with as many tiers as its highest channel tier.
   *
   * @return the teams, in order of first appearance
   */
  public List<BusinessTeam> teams() {
    Map<BusinessFunction, double[]> byFunction = new LinkedHashMap<>();
    for (ChannelStaffing c : channels()) {
      double[] fteAndTiers = byFunction.computeIfAbsent(c.function(), f -> new double[2]);
      fteAndTiers[0] += c.fte();
      fteAndTiers[1] = Math.max(fteAndTiers[1], c.tier());
    }
    List<BusinessTeam> teams = new ArrayList<>();
    byFunction.forEach((function, v) -> teams.add(
        BusinessTeam.of(function, (int) Math.ceil(v[0] - 1e-9)).withTiers((int) v[1])));
    return teams;
  }
}
