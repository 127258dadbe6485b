package dev.revops.core.plan;

import dev.revops.core.internal.Checks;
import dev.revops.core.workload.SupportProfile;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Support volumes that size the support teams of a plan: today's profile and how its volumes grow.
 *
 * <p>In each period the volumes of every channel are multiplied by the growth since the start, the
 * support teams are staffed by {@link dev.revops.core.workload.ErlangCalculator} and replace the
 * organisation's teams of the same functions; the Ops needed follow from them like from any team.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SupportOutlook {

  SupportOutlook() {}

  /**
   * Today's support profile.
   *
   * @return the profile, never null
   */
  public abstract SupportProfile profile();

  /**
   * The growth of every channel's volumes per year (0.30 for 30 %), compounded per period.
   *
   * @return the yearly growth, above -1, at most 10
   */
  public abstract double yearlyVolumeGrowth();

  /**
   * Obtains a support outlook.
   *
   * @param profile  today's profile, not null
   * @param yearlyVolumeGrowth  the growth of volumes a year, above -1, at most 10
   * @return the outlook, never null
   * @throws dev.revops.core.InvalidValueException if the growth is out of range
   */
  public static SupportOutlook of(SupportProfile profile, double yearlyVolumeGrowth) {
    return ImmutableSupportOutlook.generator().profile(Objects.requireNonNull(profile, "profile"))
        .yearlyVolumeGrowth(yearlyVolumeGrowth).build();
  }

  @Value.Check
  void check() {
    double g = yearlyVolumeGrowth();
    Checks.check(Double.isFinite(g) && g > -1 && g <= FunctionOutlook.MAX_GROWTH, "yearlyVolumeGrowth", g,
        "must be a finite number above -1 and at most " + FunctionOutlook.MAX_GROWTH);
  }
}
