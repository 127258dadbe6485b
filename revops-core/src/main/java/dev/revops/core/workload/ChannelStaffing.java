package dev.revops.core.workload;

import dev.revops.core.explain.Explanation;
import dev.revops.core.org.BusinessFunction;
import java.util.List;
import org.immutables.value.Value;

/**
 * One channel of a {@link SupportProfile} staffed: agents per interval, the peak, the agent-hours
 * and the FTE.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ChannelStaffing {

  ChannelStaffing() {}

  /**
   * The channel's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The channel's kind.
   *
   * @return the kind
   */
  public abstract ChannelKind kind();

  /**
   * The channel's tier.
   *
   * @return the tier
   */
  public abstract int tier();

  /**
   * The function whose team staffs the channel.
   *
   * @return the function
   */
  public abstract BusinessFunction function();

  /**
   * The agents needed in each interval.
   *
   * @return the agents, one per interval
   */
  public abstract List<Integer> agents();

  /**
   * The most agents needed in one interval.
   *
   * @return the peak
   */
  public abstract int peakAgents();

  /**
   * The agent-hours over the profile.
   *
   * @return the hours
   */
  public abstract double agentHours();

  /**
   * The full-time equivalents for the channel, by the profile's FTE rule.
   *
   * @return the FTE
   */
  public abstract double fte();

  /**
   * Why: the model, the peak interval, the FTE rule.
   *
   * @return the explanation
   */
  public abstract Explanation explanation();
}
