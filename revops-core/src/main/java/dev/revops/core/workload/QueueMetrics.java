package dev.revops.core.workload;

import dev.revops.core.internal.Checks;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The service a queue gets from a number of agents: probability of waiting, service level, average
 * speed of answer, occupancy and, for Erlang A, abandonment.
 *
 * <p>An Erlang C queue whose traffic reaches its agents is <em>unstable</em>: the queue grows
 * without end. It is reported as such ({@link #stable()} false, every contact waits, no one is
 * answered in time, no finite average speed of answer), never with a negative wait.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class QueueMetrics {

  QueueMetrics() {}

  /**
   * The agents on the queue.
   *
   * @return the agents, zero or more
   */
  public abstract int agents();

  /**
   * The offered traffic, in Erlangs.
   *
   * @return the traffic, zero or more
   */
  public abstract double traffic();

  /**
   * Whether the queue settles: always for Erlang A; for Erlang C when the traffic is below the agents.
   *
   * @return true if stable
   */
  public abstract boolean stable();

  /**
   * The probability that a contact waits at all.
   *
   * @return the probability, from 0 to 1
   */
  public abstract double waitProbability();

  /**
   * The share of all contacts answered within the target time (abandoned ones count as not answered).
   *
   * @return the service level, from 0 to 1
   */
  public abstract double serviceLevel();

  /**
   * The average wait of all contacts before an answer (or, for Erlang A, before an answer or an
   * abandonment), in seconds.
   *
   * @return the average speed of answer, empty when the queue is unstable
   */
  public abstract OptionalDouble averageSpeedOfAnswerSeconds();

  /**
   * The share of the agents' time spent handling contacts: traffic / agents for Erlang C (1 when
   * unstable), the traffic actually served / agents for Erlang A.
   *
   * @return the occupancy, from 0 to 1
   */
  public abstract double occupancy();

  /**
   * The share of contacts that abandon (Erlang A).
   *
   * @return the probability, empty for Erlang C
   */
  public abstract OptionalDouble abandonmentProbability();

  @Value.Check
  void check() {
    Checks.check(agents() >= 0, "agents", agents(), "must be >= 0");
    share("waitProbability", waitProbability());
    share("serviceLevel", serviceLevel());
    share("occupancy", occupancy());
    abandonmentProbability().ifPresent(p -> share("abandonmentProbability", p));
    averageSpeedOfAnswerSeconds().ifPresent(s -> Checks.check(Double.isFinite(s) && s >= 0,
        "averageSpeedOfAnswerSeconds", s, "must be a finite number >= 0"));
    Checks.check(stable() || averageSpeedOfAnswerSeconds().isEmpty(), "averageSpeedOfAnswerSeconds",
        averageSpeedOfAnswerSeconds().orElse(0), "must be empty for an unstable queue");
  }

  private static void share(String field, double value) {
    Checks.check(value >= 0 && value <= 1, field, value, "must be between 0 and 1");
  }
}
