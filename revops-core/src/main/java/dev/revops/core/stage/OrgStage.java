package dev.revops.core.stage;

import com.google.common.collect.ImmutableList;
import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import dev.revops.core.internal.Checks;
import java.util.List;
import java.util.Locale;

/**
 * The four typical stages of an Ops organisation.
 *
 * <ol>
 *   <li>{@link #EMBEDDED}: Ops report to the business heads who hired them;</li>
 *   <li>{@link #CENTRALIZED}: Ops report to a corporate executive, typically the CFO or Growth;</li>
 *   <li>{@link #AUTONOMOUS}: Ops form their own department, led at VP or C-level from the
 *       executive committee;</li>
 *   <li>{@link #HYBRID}: a central team for strategic transformation, and Ops embedded again in
 *       the business teams.</li>
 * </ol>
 * Each comes with {@link #gains()} and {@link #costs()}. The source lists no cost for the hybrid
 * stage: {@link #costs()} is empty there and {@link #costsReported()} says so, rather than
 * inventing one.
 */
public enum OrgStage implements Localizable {
  /** Stage 1: Ops embedded in the business teams. */
  EMBEDDED(1, ImmutableList.of(StageTrait.CLOSE_TO_FIELD, StageTrait.TRUST_OF_BUSINESS_TEAMS),
      ImmutableList.of(StageTrait.SILOS, StageTrait.CONFLICTS_OF_INTEREST)),
  /** Stage 2: Ops partly centralised under a corporate executive (CFO, Growth). */
  CENTRALIZED(2, ImmutableList.of(StageTrait.SYNERGIES, StageTrait.BUDGET_ACCESS),
      ImmutableList.of(StageTrait.LIMITED_AUTONOMY)),
  /** Stage 3: an autonomous Ops department with its own leader at the executive committee. */
  AUTONOMOUS(3, ImmutableList.of(StageTrait.STRATEGIC_ROLE), ImmutableList.of(StageTrait.DISTANCE_FROM_FIELD)),
  /** Stage 4: a central strategic team plus Ops embedded again in the business. */
  HYBRID(4, ImmutableList.of(StageTrait.STRATEGY_FIELD_BALANCE, StageTrait.RESPONSIVE_SUPPORT), ImmutableList.of());

  private final int number;
  private final ImmutableList<StageTrait> gains;
  private final ImmutableList<StageTrait> costs;

  OrgStage(int number, ImmutableList<StageTrait> gains, ImmutableList<StageTrait> costs) {
    this.number = number;
    this.gains = gains;
    this.costs = costs;
  }

  /**
   * The stage's number, 1 to 4.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  /**
   * What the organisation gains at this stage.
   *
   * @return the gains, never empty
   */
  public List<StageTrait> gains() {
    return gains;
  }

  /**
   * What it costs; empty for {@link #HYBRID}, where the source reports none.
   *
   * @return the costs, never null
   */
  public List<StageTrait> costs() {
    return costs;
  }

  /**
   * Returns false for {@link #HYBRID}: the source lists no costs for it.
   *
   * @return whether the source reports costs for this stage
   */
  public boolean costsReported() {
    return !costs.isEmpty();
  }

  /**
   * The stage with a given number.
   *
   * @param number  1 to 4
   * @return the stage, never null
   * @throws IllegalArgumentException if the number is not 1 to 4
   */
  public static OrgStage ofNumber(int number) {
    for (OrgStage stage : values()) {
      if (stage.number == number) {
        return stage;
      }
    }
    throw Checks.invalid("number", number, "must be 1, 2, 3 or 4");
  }

  @Override
  public String displayName(Locale locale) {
    return Messages.text("stage." + name(), locale);
  }

  /**
   * Describes who Ops report to at this stage, in our own words.
   *
   * @param locale  the language, not null
   * @return the description, never null
   */
  public String description(Locale locale) {
    return Messages.text("stage." + name() + ".description", locale);
  }
}
