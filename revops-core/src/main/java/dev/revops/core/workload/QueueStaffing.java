package dev.revops.core.workload;

import dev.revops.core.explain.Explanation;
import dev.revops.core.internal.Checks;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The smallest number of agents that meets a {@link ServiceGoal} for a {@link QueueDemand}, the
 * service they give, and the full-time equivalents to schedule once shrinkage is added.
 *
 * <pre>{@code
 * QueueStaffing s = ErlangCalculator.withDefaults().staff(
 *     QueueDemand.of(100, Duration.ofMinutes(30), Duration.ofMinutes(3)),
 *     ServiceGoal.of(0.8, Duration.ofSeconds(20)).withMaxOccupancy(0.85).withShrinkage(0.3));
 * s.agents();     // 14
 * s.positions();  // 20 scheduled
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class QueueStaffing {

  QueueStaffing() {}

  /**
   * The demand staffed.
   *
   * @return the demand, never null
   */
  public abstract QueueDemand demand();

  /**
   * The goal met.
   *
   * @return the goal, never null
   */
  public abstract ServiceGoal goal();

  /**
   * The smallest number of agents on the queue that meets every part of the goal.
   *
   * @return the agents, zero or more
   */
  public abstract int agents();

  /**
   * The full-time equivalents to pay for those agents: agents / (1 − shrinkage).
   *
   * @return the FTE, at least {@link #agents()}
   */
  public abstract double fte();

  /**
   * The FTE rounded up to whole people to schedule.
   *
   * @return the positions, at least {@link #agents()}
   */
  public abstract int positions();

  /**
   * The offered traffic, in Erlangs.
   *
   * @return the traffic
   */
  public abstract double traffic();

  /**
   * The share of contacts answered within the goal's time with {@link #agents()} agents.
   *
   * @return the service level, at least the goal's
   */
  public abstract double serviceLevel();

  /**
   * The probability that a contact waits.
   *
   * @return the probability
   */
  public abstract double waitProbability();

  /**
   * The average speed of answer, in seconds.
   *
   * @return the average wait
   */
  public abstract double averageSpeedOfAnswerSeconds();

  /**
   * The agents' occupancy.
   *
   * @return the occupancy, at most the goal's cap
   */
  public abstract double occupancy();

  /**
   * The share of contacts that abandon (Erlang A).
   *
   * @return the probability, empty for Erlang C
   */
  public abstract OptionalDouble abandonmentProbability();

  /**
   * Why: the answer first, then the traffic, the model, the service at the number found and one
   * fewer, and the shrinkage.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  @Value.Check
  void check() {
    Checks.check(agents() >= 0, "agents", agents(), "must be >= 0");
    Checks.check(fte() >= agents(), "fte", fte(), "must be at least the agents (" + agents() + ")");
    Checks.check(positions() >= fte() - 1e-9, "positions", positions(), "must be at least the FTE (" + fte() + ")");
  }
}
