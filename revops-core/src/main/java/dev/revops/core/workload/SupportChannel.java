package dev.revops.core.workload;

import dev.revops.core.internal.Checks;
import dev.revops.core.org.BusinessFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One support channel over a profile's intervals: its kind, the contacts of each interval, the
 * handle time, the goal, and the tier it belongs to.
 *
 * <pre>{@code
 * SupportChannel calls = SupportChannel.builder().name("Calls").kind(ChannelKind.VOICE)
 *     .volumes(List.of(0.0, 12.0, 40.0, 35.0)).handleTimeSeconds(240)
 *     .goal(ServiceGoal.ofSeconds(0.8, 20).withShrinkage(0.3)).build();
 * SupportChannel experts = SupportChannel.escalatedFrom(calls, "Level 2", 0.15, 600);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SupportChannel {

  SupportChannel() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SupportChannel}. Not thread-safe. */
  public static final class Builder {
    private final ImmutableSupportChannel.Generator delegate = ImmutableSupportChannel.generator();

    Builder() {}

    /**
     * Starts from another channel.
     *
     * @param instance  the channel, not null
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder from(SupportChannel instance) {
      delegate.from(instance);
      return this;
    }

    /**
     * Sets the name.
     *
     * @param name  the name, not blank
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder name(String name) {
      delegate.name(name);
      return this;
    }

    /**
     * Sets the kind.
     *
     * @param kind  the kind, not null
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder kind(ChannelKind kind) {
      delegate.kind(kind);
      return this;
    }

    /**
     * Sets the contacts of each interval.
     *
     * @param volumes  the volumes, not null, each finite and >= 0
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder volumes(Iterable<Double> volumes) {
      delegate.volumes(Checks.noNulls(Objects.requireNonNull(volumes, "volumes"), "volumes"));
      return this;
    }

    /**
     * Sets the average handle time, in seconds.
     *
     * @param handleTimeSeconds  > 0
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder handleTimeSeconds(double handleTimeSeconds) {
      delegate.handleTimeSeconds(handleTimeSeconds);
      return this;
    }

    /**
     * Sets the average patience before abandoning, in seconds (voice and chat: Erlang A).
     *
     * @param patienceSeconds  > 0
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder patienceSeconds(double patienceSeconds) {
      delegate.patienceSeconds(patienceSeconds);
      return this;
    }

    /**
     * Sets the conversations an agent holds at once (chat; default 1).
     *
     * @param concurrency  from 1 to 20
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder concurrency(int concurrency) {
      delegate.concurrency(concurrency);
      return this;
    }

    /**
     * Sets the response deadline, in seconds (deferred channels).
     *
     * @param responseDeadlineSeconds  > 0
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder responseDeadlineSeconds(double responseDeadlineSeconds) {
      delegate.responseDeadlineSeconds(responseDeadlineSeconds);
      return this;
    }

    /**
     * Sets the goal.
     *
     * @param goal  the goal, not null
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder goal(ServiceGoal goal) {
      delegate.goal(goal);
      return this;
    }

    /**
     * Sets the tier (1 for the first line; default 1).
     *
     * @param tier  from 1 to 10
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder tier(int tier) {
      delegate.tier(tier);
      return this;
    }

    /**
     * Sets the business function whose team staffs the channel (default support).
     *
     * @param function  the function, not null
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder function(BusinessFunction function) {
      delegate.function(function);
      return this;
    }

    /**
     * Builds the channel.
     *
     * @return the channel, never null
     * @throws dev.revops.core.MissingValueException if the name, kind, handle time or goal is missing
     */
    public SupportChannel build() {
      return delegate.build();
    }
  }

  /**
   * The channel's name, unique in its profile.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * How the channel is staffed.
   *
   * @return the kind, never null
   */
  public abstract ChannelKind kind();

  /**
   * The contacts arriving in each interval of the profile.
   *
   * @return the volumes, one per interval
   */
  public abstract List<Double> volumes();

  /**
   * The average handle time of a contact, in seconds.
   *
   * @return the handle time, > 0
   */
  public abstract double handleTimeSeconds();

  /**
   * The average patience before abandoning, in seconds (Erlang A).
   *
   * @return the patience, empty for Erlang C or a deferred channel
   */
  public abstract OptionalDouble patienceSeconds();

  /**
   * The conversations an agent holds at once; 1 except for chat.
   *
   * @return the concurrency, from 1 to 20
   */
  @Value.Default
  public int concurrency() {
    return 1;
  }

  /**
   * The time within which a deferred contact must be answered, in seconds.
   *
   * @return the deadline, present exactly for deferred channels
   */
  public abstract OptionalDouble responseDeadlineSeconds();

  /**
   * The service goal: service level and answer time for voice and chat, occupancy cap and
   * shrinkage for every kind.
   *
   * @return the goal, never null
   */
  public abstract ServiceGoal goal();

  /**
   * The support tier the channel belongs to: 1 for the first line, 2 for the contacts it escalates...
   *
   * @return the tier, from 1 to 10
   */
  @Value.Default
  public int tier() {
    return 1;
  }

  /**
   * The business function whose team staffs the channel.
   *
   * @return the function, support by default
   */
  @Value.Default
  public BusinessFunction function() {
    return BusinessFunction.SUPPORT;
  }

  /**
   * A channel of the next tier: the share of this channel's contacts escalated to it, with its
   * own handle time and the same kind, goal and function.
   *
   * @param from  the channel escalating, not null
   * @param name  the name of the new channel, not blank
   * @param escalationRate  the share of contacts escalated, from 0 to 1
   * @param handleTimeSeconds  the handle time of an escalated contact, > 0
   * @return the channel, never null
   * @throws IllegalArgumentException if a value breaks its rule
   */
  public static SupportChannel escalatedFrom(SupportChannel from, String name, double escalationRate,
      double handleTimeSeconds) {
    Objects.requireNonNull(from, "from");
    Checks.check(escalationRate >= 0 && escalationRate <= 1, "escalationRate", escalationRate, "must be between 0 and 1");
    List<Double> volumes = new ArrayList<>();
    for (double v : from.volumes()) {
      volumes.add(v * escalationRate);
    }
    return builder().from(from).name(name).volumes(volumes).handleTimeSeconds(handleTimeSeconds).tier(from.tier() + 1)
        .build();
  }

  @Value.Check
  void check() {
    Checks.check(!name().isBlank(), "name", name(), "must not be blank");
    Checks.check(!volumes().isEmpty(), "volumes", volumes(), "must hold one volume per interval");
    for (int i = 0; i < volumes().size(); i++) {
      double v = volumes().get(i);
      Checks.check(Double.isFinite(v) && v >= 0, "volumes[" + i + "]", v, "must be a finite number >= 0");
    }
    Checks.check(Double.isFinite(handleTimeSeconds()) && handleTimeSeconds() > 0, "handleTimeSeconds", handleTimeSeconds(),
        "must be a finite number of seconds > 0: a volume needs a handle time");
    Checks.check(concurrency() >= 1 && concurrency() <= 20, "concurrency", concurrency(), "must be from 1 to 20");
    Checks.check(kind() == ChannelKind.CHAT || concurrency() == 1, "concurrency", concurrency(),
        "must be 1 for a " + kind() + " channel: only chat holds several conversations at once");
    Checks.check(kind() == ChannelKind.DEFERRED == responseDeadlineSeconds().isPresent(), "responseDeadlineSeconds",
        responseDeadlineSeconds().isPresent() ? responseDeadlineSeconds().getAsDouble() : null,
        "must be given for a deferred channel, and only for one");
    responseDeadlineSeconds().ifPresent(d -> Checks.check(Double.isFinite(d) && d > 0, "responseDeadlineSeconds", d,
        "must be a finite number of seconds > 0"));
    Checks.check(kind() != ChannelKind.DEFERRED || patienceSeconds().isEmpty(), "patienceSeconds",
        patienceSeconds().isPresent() ? patienceSeconds().getAsDouble() : null, "must be empty for a deferred channel");
    patienceSeconds().ifPresent(p -> Checks.check(Double.isFinite(p) && p > 0, "patienceSeconds", p,
        "must be a finite number of seconds > 0"));
    Checks.check(tier() >= 1 && tier() <= 10, "tier", tier(), "must be from 1 to 10");
  }
}
