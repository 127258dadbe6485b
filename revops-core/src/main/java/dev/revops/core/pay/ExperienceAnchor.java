package dev.revops.core.pay;

import dev.revops.core.internal.Checks;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A median salary for a bucket of total experience, such as "5 to 6 years: 77 K€", with the
 * year that represents the bucket on an {@link ExperienceCurve}.
 *
 * <p>A bucket with both bounds is closed ("5 to 6 years" holds 5 ≤ years ≤ 6); "under 2 years"
 * has no lower bound, "over 16 years" no upper bound. The representative year is data (a convention of whoever builds the
 * benchmark): for the bundled study, the midpoint of a closed bucket, the midpoint of [0, bound]
 * for "under", and the bound plus two years for "over" (all documented assumptions).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExperienceAnchor {

  ExperienceAnchor() {}

  /**
   * The lower bound of the bucket in years.
   *
   * @return the bound, empty for "under N years"
   */
  public abstract OptionalDouble minYears();

  /**
   * The upper bound of the bucket in years.
   *
   * @return the bound, empty for "over N years"
   */
  public abstract OptionalDouble maxYears();

  /**
   * The year representing the bucket on the curve.
   *
   * @return the year, finite and >= 0
   */
  public abstract double representativeYears();

  /**
   * The median salary of the bucket.
   *
   * @return the median, > 0
   */
  public abstract Money median();

  /**
   * Obtains an anchor.
   *
   * @param minYears  the lower bound, or NaN for none
   * @param maxYears  the upper bound, or NaN for none
   * @param representativeYears  the representative year, finite, >= 0, within the bounds
   * @param median  the median salary, not null, > 0
   * @return the anchor, never null
   * @throws IllegalArgumentException if the bounds are both missing, out of order, or the
   *     representative year falls outside them
   */
  public static ExperienceAnchor of(double minYears, double maxYears, double representativeYears, Money median) {
    ImmutableExperienceAnchor.Generator b = ImmutableExperienceAnchor.generator()
        .representativeYears(representativeYears).median(median);
    if (!Double.isNaN(minYears)) {
      b.minYears(minYears);
    }
    if (!Double.isNaN(maxYears)) {
      b.maxYears(maxYears);
    }
    return b.build();
  }

  /** The same bucket with another median (a benchmark brought to another year). */
  ExperienceAnchor withMedian(Money median) {
    return ImmutableExperienceAnchor.generator().from(this).median(median).build();
  }

  /**
   * Describes the bucket: {@code "< 2"}, {@code "5–6"}, {@code "> 16"}.
   *
   * @return the label, never null
   */
  public String bucket() {
    if (minYears().isEmpty()) {
      return "< " + format(maxYears().orElseThrow());
    }
    if (maxYears().isEmpty()) {
      return "> " + format(minYears().orElseThrow());
    }
    return format(minYears().orElseThrow()) + "–" + format(maxYears().orElseThrow());
  }

  private static String format(double years) {
    return years == Math.rint(years) ? Long.toString((long) years) : Double.toString(years);
  }

  @Value.Check
  void check() {
    Checks.check(minYears().isPresent() || maxYears().isPresent(),
        "bucket", this, "must have a lower or an upper bound");
    minYears().ifPresent(y -> Checks.check(Double.isFinite(y) && y >= 0,
        "minYears", y, "must be a finite number >= 0"));
    maxYears().ifPresent(y -> Checks.check(Double.isFinite(y) && y > 0,
        "maxYears", y, "must be a finite number > 0"));
    if (minYears().isPresent() && maxYears().isPresent()) {
      if (!(minYears().getAsDouble() < maxYears().getAsDouble())) {
        throw Checks.invalid("minYears", minYears().getAsDouble(),
            "must be below maxYears (" + maxYears().getAsDouble() + ")");
      }
    }
    double r = representativeYears();
    Checks.check(Double.isFinite(r) && r >= 0, "representativeYears", r, "must be a finite number >= 0");
    minYears().ifPresent(y -> Checks.check(r >= y,
        "representativeYears", r, "must be >= minYears (" + y + ")"));
    maxYears().ifPresent(y -> Checks.check(r <= y,
        "representativeYears", r, "must be <= maxYears (" + y + ")"));
    Checks.check(median().isPositive(), "median", median(), "must be > 0");
  }
}
