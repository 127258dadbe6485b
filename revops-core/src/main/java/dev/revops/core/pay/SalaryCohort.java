package dev.revops.core.pay;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import dev.revops.core.org.OpsLevel;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.Money;

/**
 * One row of a salary benchmark: the Ops levels it covers, the median and maximum salary, the
 * share with a bonus, and the number of people behind it.
 *
 * <p>The Business Operations Network study reports directors and VPs in one row; that cohort
 * covers both levels ({@link #isShared()}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SalaryCohort {

  SalaryCohort() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SalaryCohort}. Not thread-safe. */
  public static final class Builder extends ImmutableSalaryCohort.Builder {
    Builder() {}
  }

  /**
   * The levels covered.
   *
   * @return the levels, at least one, never null
   */
  public abstract ImmutableSet<OpsLevel> levels();

  /**
   * The median annual salary.
   *
   * @return the median, > 0
   */
  public abstract Money median();

  /**
   * The highest annual salary reported.
   *
   * @return the maximum, above the median
   */
  public abstract Money maximum();

  /**
   * The share of the cohort with a bonus, from 0 to 1.
   *
   * @return the share, empty if not reported
   */
  public abstract OptionalDouble bonusShare();

  /**
   * The number of people in the cohort: the n of the log-normal fit.
   *
   * @return n, >= 2
   */
  public abstract int sampleSize();

  /**
   * Whether {@link #sampleSize()} is an assumption (the source does not report it).
   *
   * @return true if the sample size is assumed
   */
  @Value.Default
  public boolean sampleSizeAssumed() {
    return false;
  }

  /**
   * Returns true if the cohort covers more than one level.
   *
   * @return whether the row is shared between levels
   */
  public boolean isShared() {
    return levels().size() > 1;
  }

  @Value.Check
  void check() {
    checkArgument(!levels().isEmpty(), "levels (%s) must hold at least one level", levels());
    if (!median().getCurrencyUnit().equals(maximum().getCurrencyUnit())) {
      throw new CurrencyMismatchException(median().getCurrencyUnit(), maximum().getCurrencyUnit());
    }
    checkArgument(median().isPositive(), "median (%s) must be > 0", median());
    checkArgument(maximum().isGreaterThan(median()), "maximum (%s) must be above the median (%s)", maximum(), median());
    bonusShare().ifPresent(s -> checkArgument(s >= 0 && s <= 1, "bonusShare (%s) must be between 0 and 1", s));
    checkArgument(sampleSize() >= 2, "sampleSize (%s) must be >= 2", sampleSize());
  }
}
