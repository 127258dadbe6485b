package dev.revops.core.org;

import dev.revops.core.internal.Checks;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How many Ops a business organisation needs and which business functions they must cover, as a
 * staffing calculation gives it. It is the figure other calculators compare an Ops organisation
 * against: {@code StaffingRecommendation.opsTarget()} produces one, and
 * {@code StageAdvisor.diagnose(chart, signals, target)} checks an org chart against it.
 *
 * <pre>{@code
 * OpsTarget target = OpsTarget.of(12, 5, 240, Set.of(BusinessFunction.SALES, BusinessFunction.SUPPORT));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OpsTarget {

  OpsTarget() {}

  /**
   * The number of Ops to aim for.
   *
   * @return the target, at least {@link #minimum()}
   */
  public abstract int target();

  /**
   * The fewest Ops that still cover every staffed function.
   *
   * @return the minimum, zero or more
   */
  public abstract int minimum();

  /**
   * The business headcount the target was computed for.
   *
   * @return the headcount, zero or more
   */
  public abstract long businessHeadcount();

  /**
   * The business functions with staff, each of which needs Ops coverage.
   *
   * @return the functions, possibly empty
   */
  public abstract Set<BusinessFunction> functionsToCover();

  /**
   * Obtains a target.
   *
   * @param target  the number of Ops to aim for, at least {@code minimum}
   * @param minimum  the fewest Ops that cover every staffed function, zero or more
   * @param businessHeadcount  the business headcount, zero or more
   * @param functionsToCover  the functions with staff, not null, no null element
   * @return the target, never null
   * @throws IllegalArgumentException if a value breaks its rule
   */
  public static OpsTarget of(int target, int minimum, long businessHeadcount, Set<BusinessFunction> functionsToCover) {
    return ImmutableOpsTarget.generator().target(target).minimum(minimum).businessHeadcount(businessHeadcount)
        .functionsToCover(Checks.noNulls(Objects.requireNonNull(functionsToCover, "functionsToCover"), "functionsToCover"))
        .build();
  }

  @Value.Check
  void check() {
    Checks.check(minimum() >= 0, "minimum", minimum(), "must be zero or more");
    Checks.check(target() >= minimum(), "target", target(), "must be at least the minimum (" + minimum() + ")");
    Checks.check(businessHeadcount() >= 0, "businessHeadcount", businessHeadcount(), "must be zero or more");
  }
}
