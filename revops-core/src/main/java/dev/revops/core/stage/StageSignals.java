package dev.revops.core.stage;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What a company observes about its Ops organisation, beyond the org chart: its size and the
 * symptoms it sees.
 *
 * <pre>{@code
 * StageSignals signals = StageSignals.builder()
 *     .companySize(180)
 *     .businessPrioritiesCrowdOutCompanyProjects(true)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StageSignals {

  StageSignals() {}

  /**
   * Returns signals with nothing observed (no size, no symptom).
   *
   * @return the signals, never null
   */
  public static StageSignals none() {
    return builder().build();
  }

  /**
   * Returns a builder; every symptom defaults to false.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StageSignals}. Not thread-safe. */
  public static final class Builder extends ImmutableStageSignals.Builder {
    Builder() {}
  }

  /**
   * The business headcount of the company (the staff Ops support).
   *
   * @return the size, empty if unknown
   */
  public abstract OptionalInt companySize();

  /**
   * Whether business priorities crowd out company-wide projects (conflicts of interest).
   *
   * @return true if observed
   */
  @Value.Default
  public boolean businessPrioritiesCrowdOutCompanyProjects() {
    return false;
  }

  /**
   * Whether Ops projects struggle to get a budget.
   *
   * @return true if observed
   */
  @Value.Default
  public boolean noBudgetAccess() {
    return false;
  }

  /**
   * Whether a central Ops team is losing touch with day-to-day field needs.
   *
   * @return true if observed
   */
  @Value.Default
  public boolean losingTouchWithField() {
    return false;
  }

  /**
   * Whether leadership gives Ops a mandate for a strategic transformation.
   *
   * @return true if given
   */
  @Value.Default
  public boolean strategicTransformationMandate() {
    return false;
  }

  /**
   * Whether the Ops teams share their tooling (one CRM, one data platform), which keeps separate
   * teams from working as silos.
   *
   * @return true if shared
   */
  @Value.Default
  public boolean sharedTooling() {
    return false;
  }

  @Value.Check
  void check() {
    companySize().ifPresent(n -> checkArgument(n >= 0, "companySize (%s) must be >= 0", n));
  }
}
