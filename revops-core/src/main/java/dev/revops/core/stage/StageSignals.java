package dev.revops.core.stage;

import dev.revops.core.internal.Checks;
import java.util.Objects;
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
  public static StageSignals empty() {
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
  public static final class Builder {
    private final ImmutableStageSignals.Generator delegate = ImmutableStageSignals.generator();

    Builder() {}

    /**
     * Fill a builder with attribute values from the provided {@code StageSignals} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder from(StageSignals instance) {
      delegate.from(instance);
      return this;
    }

    /**
     * Initializes the optional value {@link StageSignals#companySize() companySize} to companySize.
     * @param companySize The value for companySize
     * @return {@code this} builder for chained invocation
     */
    public Builder companySize(int companySize) {
      delegate.companySize(companySize);
      return this;
    }

    /**
     * Initializes the optional value {@link StageSignals#companySize() companySize} to companySize.
     * @param companySize The value for companySize
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder companySize(OptionalInt companySize) {
      Objects.requireNonNull(companySize, "companySize");
      delegate.companySize(companySize);
      return this;
    }

    /**
     * Initializes the value for the {@link StageSignals#businessPrioritiesCrowdOutCompanyProjects() businessPrioritiesCrowdOutCompanyProjects} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StageSignals#businessPrioritiesCrowdOutCompanyProjects() businessPrioritiesCrowdOutCompanyProjects}.</em>
     * @param businessPrioritiesCrowdOutCompanyProjects The value for businessPrioritiesCrowdOutCompanyProjects
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder businessPrioritiesCrowdOutCompanyProjects(boolean businessPrioritiesCrowdOutCompanyProjects) {
      delegate.businessPrioritiesCrowdOutCompanyProjects(businessPrioritiesCrowdOutCompanyProjects);
      return this;
    }

    /**
     * Initializes the value for the {@link StageSignals#noBudgetAccess() noBudgetAccess} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StageSignals#noBudgetAccess() noBudgetAccess}.</em>
     * @param noBudgetAccess The value for noBudgetAccess
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder noBudgetAccess(boolean noBudgetAccess) {
      delegate.noBudgetAccess(noBudgetAccess);
      return this;
    }

    /**
     * Initializes the value for the {@link StageSignals#losingTouchWithField() losingTouchWithField} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StageSignals#losingTouchWithField() losingTouchWithField}.</em>
     * @param losingTouchWithField The value for losingTouchWithField
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder losingTouchWithField(boolean losingTouchWithField) {
      delegate.losingTouchWithField(losingTouchWithField);
      return this;
    }

    /**
     * Initializes the value for the {@link StageSignals#strategicTransformationMandate() strategicTransformationMandate} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StageSignals#strategicTransformationMandate() strategicTransformationMandate}.</em>
     * @param strategicTransformationMandate The value for strategicTransformationMandate
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder strategicTransformationMandate(boolean strategicTransformationMandate) {
      delegate.strategicTransformationMandate(strategicTransformationMandate);
      return this;
    }

    /**
     * Initializes the value for the {@link StageSignals#sharedTooling() sharedTooling} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link StageSignals#sharedTooling() sharedTooling}.</em>
     * @param sharedTooling The value for sharedTooling
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder sharedTooling(boolean sharedTooling) {
      delegate.sharedTooling(sharedTooling);
      return this;
    }

    /**
     * Builds a new {@link StageSignals StageSignals}.
     * @return An immutable instance of StageSignals
     * @throws dev.revops.core.MissingValueException if any required attributes are missing
     */
    public StageSignals build() {
      return delegate.build();
    }
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
    companySize().ifPresent(n -> Checks.check(n >= 0, "companySize", n, "must be >= 0"));
  }
}
