package dev.revops.core.workload;

import dev.revops.core.internal.Checks;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The support demand of a typical period, interval by interval and channel by channel, and how the
 * period turns into full-time equivalents.
 *
 * <p><b>From agents to FTE</b> (a documented rule): each channel's agent-hours over the profile
 * (agents of each interval × interval length) are divided by (1 − shrinkage), multiplied by
 * {@link #repeatsPerWeek()} (5 for a weekday profile, 1 for a week profile) and divided by
 * {@link #weeklyHoursPerFte()} (35 hours, the French legal working week, by default). It counts
 * work, not shifts: the extra people needed because shifts cannot follow every interval exactly
 * (schedule efficiency) are not included, and the explanation says so.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SupportProfile {

  /** Default {@link #weeklyHoursPerFte()}: the French legal working week. */
  public static final double DEFAULT_WEEKLY_HOURS_PER_FTE = 35;
  /** Default {@link #repeatsPerWeek()}: a weekday profile, open five days a week. */
  public static final double DEFAULT_REPEATS_PER_WEEK = 5;

  SupportProfile() {}

  /**
   * The length of each interval, in seconds (900 for quarter hours).
   *
   * @return the length, from 60 to 86,400
   */
  public abstract double intervalSeconds();

  /**
   * The channels, each with one volume per interval; names are unique.
   *
   * @return the channels, at least one
   */
  public abstract List<SupportChannel> channels();

  /**
   * How many times a week the profile happens: 5 for a weekday, 1 for a whole week.
   *
   * @return the repeats, > 0
   */
  @Value.Default
  public double repeatsPerWeek() {
    return DEFAULT_REPEATS_PER_WEEK;
  }

  /**
   * The paid hours of one FTE in a week.
   *
   * @return the hours, > 0
   */
  @Value.Default
  public double weeklyHoursPerFte() {
    return DEFAULT_WEEKLY_HOURS_PER_FTE;
  }

  /**
   * Obtains a profile with the default FTE rule.
   *
   * @param intervalSeconds  the interval length, > 0
   * @param channels  the channels, not null, at least one, each with as many volumes as the others
   * @return the profile, never null
   * @throws IllegalArgumentException if a value breaks its rule
   */
  public static SupportProfile of(double intervalSeconds, SupportChannel... channels) {
    return of(intervalSeconds, Arrays.asList(Objects.requireNonNull(channels, "channels")));
  }

  /**
   * Obtains a profile with the default FTE rule.
   *
   * @param intervalSeconds  the interval length, > 0
   * @param channels  the channels, not null, at least one, each with as many volumes as the others
   * @return the profile, never null
   * @throws IllegalArgumentException if a value breaks its rule
   */
  public static SupportProfile of(double intervalSeconds, List<SupportChannel> channels) {
    return ImmutableSupportProfile.generator().intervalSeconds(intervalSeconds)
        .channels(Checks.noNulls(Objects.requireNonNull(channels, "channels"), "channels")).build();
  }

  /**
   * Returns this profile with another FTE rule.
   *
   * @param repeatsPerWeek  how many times a week the profile happens, > 0, at most 7 × 24
   * @param weeklyHoursPerFte  the paid hours of an FTE in a week, > 0, at most 168
   * @return the profile, never null
   */
  public SupportProfile withFteRule(double repeatsPerWeek, double weeklyHoursPerFte) {
    return ImmutableSupportProfile.generator().from(this).repeatsPerWeek(repeatsPerWeek).weeklyHoursPerFte(weeklyHoursPerFte)
        .build();
  }

  /**
   * The number of intervals.
   *
   * @return the count, >= 1
   */
  public int intervals() {
    return channels().get(0).volumes().size();
  }

  @Value.Check
  void check() {
    Checks.check(Double.isFinite(intervalSeconds()) && intervalSeconds() >= 60 && intervalSeconds() <= 86_400,
        "intervalSeconds", intervalSeconds(), "must be from 60 seconds (a minute) to 86,400 (a day)");
    Checks.check(!channels().isEmpty(), "channels", channels(), "must hold at least one channel");
    Set<String> names = new HashSet<>();
    int count = channels().get(0).volumes().size();
    for (int i = 0; i < channels().size(); i++) {
      SupportChannel c = channels().get(i);
      Checks.check(names.add(c.name()), "channels[" + i + "].name", c.name(), "must not repeat the name of another channel");
      Checks.check(c.volumes().size() == count, "channels[" + i + "].volumes", c.volumes().size(),
          "must hold as many intervals as channels[0] (" + count + ")");
    }
    Checks.check(count <= 10_080, "channels[0].volumes", count, "must hold at most 10,080 intervals (a week of minutes)");
    Checks.check(Double.isFinite(repeatsPerWeek()) && repeatsPerWeek() > 0 && repeatsPerWeek() <= 168, "repeatsPerWeek",
        repeatsPerWeek(), "must be above 0 and at most 168");
    Checks.check(Double.isFinite(weeklyHoursPerFte()) && weeklyHoursPerFte() > 0 && weeklyHoursPerFte() <= 168,
        "weeklyHoursPerFte", weeklyHoursPerFte(), "must be above 0 and at most 168");
  }
}
