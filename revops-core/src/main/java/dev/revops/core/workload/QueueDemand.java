package dev.revops.core.workload;

import dev.revops.core.internal.Checks;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The contacts of one interval on one queue: how many arrive, over how long, how long each takes
 * to handle, and, for Erlang A, how long callers wait on average before they give up.
 *
 * <pre>{@code
 * QueueDemand calls = QueueDemand.of(100, Duration.ofMinutes(30), Duration.ofSeconds(180));
 * calls.traffic();                                   // 10 Erlangs
 * calls.withPatience(Duration.ofMinutes(5));         // Erlang A
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class QueueDemand {

  /** The most traffic revops computes a queue for, in Erlangs. */
  static final double MAX_TRAFFIC = 100_000;
  /** The longest patience, in handle times, that Erlang A takes; beyond it callers never abandon. */
  static final double MAX_PATIENCE_IN_HANDLE_TIMES = 10_000;

  QueueDemand() {}

  /**
   * The number of contacts arriving in the interval.
   *
   * @return the volume, zero or more
   */
  public abstract double volume();

  /**
   * The length of the interval, in seconds.
   *
   * @return the length, > 0
   */
  public abstract double intervalSeconds();

  /**
   * The average handle time of a contact (talk plus wrap-up), in seconds.
   *
   * @return the handle time, > 0
   */
  public abstract double handleTimeSeconds();

  /**
   * The average time a caller waits before abandoning, in seconds: Erlang A when present, Erlang C
   * (no abandonment) when empty.
   *
   * @return the patience, empty for Erlang C
   */
  public abstract OptionalDouble patienceSeconds();

  /**
   * The offered traffic in Erlangs: volume × handle time / interval.
   *
   * @return the traffic, zero or more
   */
  public double traffic() {
    return volume() * handleTimeSeconds() / intervalSeconds();
  }

  /**
   * Obtains a demand for Erlang C.
   *
   * @param volume  the contacts arriving in the interval, zero or more
   * @param interval  the interval, not null, positive
   * @param handleTime  the average handle time, not null, positive
   * @return the demand, never null
   * @throws IllegalArgumentException if a value breaks its rule
   */
  public static QueueDemand of(double volume, Duration interval, Duration handleTime) {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(handleTime, "handleTime");
    return ofSeconds(volume, seconds(interval), seconds(handleTime));
  }

  /**
   * Obtains a demand for Erlang C from lengths in seconds.
   *
   * @param volume  the contacts arriving in the interval, zero or more
   * @param intervalSeconds  the interval, > 0
   * @param handleTimeSeconds  the average handle time, > 0
   * @return the demand, never null
   * @throws IllegalArgumentException if a value breaks its rule
   */
  public static QueueDemand ofSeconds(double volume, double intervalSeconds, double handleTimeSeconds) {
    return ImmutableQueueDemand.generator().volume(volume).intervalSeconds(intervalSeconds)
        .handleTimeSeconds(handleTimeSeconds).build();
  }

  /**
   * Returns this demand with an average patience: Erlang A.
   *
   * @param patience  the average time before a caller abandons, not null, positive
   * @return the demand, never null
   */
  public QueueDemand withPatience(Duration patience) {
    Objects.requireNonNull(patience, "patience");
    return ImmutableQueueDemand.generator().from(this).patienceSeconds(seconds(patience)).build();
  }

  static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }

  @Value.Check
  void check() {
    Checks.check(Double.isFinite(volume()) && volume() >= 0, "volume", volume(), "must be a finite number >= 0");
    Checks.check(Double.isFinite(intervalSeconds()) && intervalSeconds() > 0, "intervalSeconds", intervalSeconds(),
        "must be a finite number of seconds > 0");
    Checks.check(Double.isFinite(handleTimeSeconds()) && handleTimeSeconds() > 0, "handleTimeSeconds",
        handleTimeSeconds(), "must be a finite number of seconds > 0: a volume needs a handle time");
    patienceSeconds().ifPresent(p -> Checks.check(Double.isFinite(p) && p > 0, "patienceSeconds", p,
        "must be a finite number of seconds > 0"));
    patienceSeconds().ifPresent(p -> Checks.check(p <= MAX_PATIENCE_IN_HANDLE_TIMES * handleTimeSeconds(), "patienceSeconds", p,
        "must be at most " + MAX_PATIENCE_IN_HANDLE_TIMES + " handle times: callers that patient never abandon; leave "
            + "the patience out (Erlang C)"));
    Checks.check(traffic() <= MAX_TRAFFIC, "volume", volume(),
        "gives " + traffic() + " Erlangs of traffic; revops computes queues up to " + MAX_TRAFFIC + " Erlangs");
  }
}
