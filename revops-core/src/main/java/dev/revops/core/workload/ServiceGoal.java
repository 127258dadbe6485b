package dev.revops.core.workload;

import dev.revops.core.internal.Checks;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * What a support queue must achieve: a share of contacts answered within a time (80 % in 20
 * seconds), optionally a maximum occupancy of the agents, and the shrinkage that turns agents on
 * the phones into scheduled full-time equivalents.
 *
 * <pre>{@code
 * ServiceGoal goal = ServiceGoal.of(0.80, Duration.ofSeconds(20)).withMaxOccupancy(0.85).withShrinkage(0.30);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ServiceGoal {

  ServiceGoal() {}

  /**
   * The share of contacts to answer within {@link #answerWithinSeconds()}.
   *
   * @return the share, in (0, 1)
   */
  public abstract double serviceLevel();

  /**
   * The answer time of the service-level target, in seconds.
   *
   * @return the time, zero or more
   */
  public abstract double answerWithinSeconds();

  /**
   * The highest share of their time agents may spend handling contacts.
   *
   * @return the cap, in (0, 1], empty for none
   */
  public abstract OptionalDouble maxOccupancy();

  /**
   * The share of paid time agents are not available for contacts (breaks, training, absence).
   * Default 0: agents and FTE are the same.
   *
   * @return the shrinkage, in [0, 1)
   */
  @Value.Default
  public double shrinkage() {
    return 0;
  }

  /**
   * Obtains a goal.
   *
   * @param serviceLevel  the share to answer in time, in (0, 1)
   * @param answerWithin  the answer time, not null, zero or more
   * @return the goal, never null
   * @throws IllegalArgumentException if a value breaks its rule
   */
  public static ServiceGoal of(double serviceLevel, Duration answerWithin) {
    Objects.requireNonNull(answerWithin, "answerWithin");
    return ofSeconds(serviceLevel, QueueDemand.seconds(answerWithin));
  }

  /**
   * Obtains a goal from an answer time in seconds.
   *
   * @param serviceLevel  the share to answer in time, in (0, 1)
   * @param answerWithinSeconds  the answer time, zero or more
   * @return the goal, never null
   * @throws IllegalArgumentException if a value breaks its rule
   */
  public static ServiceGoal ofSeconds(double serviceLevel, double answerWithinSeconds) {
    return ImmutableServiceGoal.generator().serviceLevel(serviceLevel).answerWithinSeconds(answerWithinSeconds).build();
  }

  /**
   * Returns this goal with a maximum occupancy.
   *
   * @param maxOccupancy  the cap, in (0, 1]
   * @return the goal, never null
   */
  public ServiceGoal withMaxOccupancy(double maxOccupancy) {
    return ImmutableServiceGoal.generator().from(this).maxOccupancy(maxOccupancy).build();
  }

  /**
   * Returns this goal with a shrinkage.
   *
   * @param shrinkage  the share of paid time away from contacts, in [0, 1)
   * @return the goal, never null
   */
  public ServiceGoal withShrinkage(double shrinkage) {
    return ImmutableServiceGoal.generator().from(this).shrinkage(shrinkage).build();
  }

  @Value.Check
  void check() {
    Checks.check(serviceLevel() > 0 && serviceLevel() < 1, "serviceLevel", serviceLevel(),
        "must be a share above 0 and below 1 (0.8 for 80 %)");
    Checks.check(Double.isFinite(answerWithinSeconds()) && answerWithinSeconds() >= 0, "answerWithinSeconds",
        answerWithinSeconds(), "must be a finite number of seconds >= 0");
    maxOccupancy().ifPresent(o -> Checks.check(o > 0 && o <= 1, "maxOccupancy", o, "must be above 0 and at most 1"));
    Checks.check(shrinkage() >= 0 && shrinkage() < 1, "shrinkage", shrinkage(), "must be from 0 to below 1");
  }
}
