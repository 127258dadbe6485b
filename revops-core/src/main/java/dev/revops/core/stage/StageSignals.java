package dev.revops.core.stage;

import dev.revops.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What a company observes about its Ops organisation, beyond the org chart: its size and the
 * symptoms it sees. Each is known or unknown: an input not given is unknown, never "no", and
 * advice that depends on it says so instead of assuming a value.
 *
 * <pre>{@code
 * StageSignals signals = StageSignals.builder()
 *     .companySize(180)
 *     .businessPrioritiesCrowdOutCompanyProjects(true)
 *     .nothingElseObserved()     // the other symptoms are known to be absent
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StageSignals {

  StageSignals() {}

  /**
   * Returns signals with nothing known: no size, and every symptom unknown.
   *
   * @return the signals, never null
   */
  public static StageSignals empty() {
    return builder().build();
  }

  /**
   * Returns a builder; what is not set stays unknown, unless {@link Builder#nothingElseObserved()}
   * says otherwise.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StageSignals}. Not thread-safe. */
  public static final class Builder {
    private final ImmutableStageSignals.Generator delegate = ImmutableStageSignals.generator();
    private boolean nothingElse;

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
     * Says whether business priorities crowd out company-wide projects (true or false); not calling it leaves it unknown.
     *
     * @param businessPrioritiesCrowdOutCompanyProjects  what was observed
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder businessPrioritiesCrowdOutCompanyProjects(boolean businessPrioritiesCrowdOutCompanyProjects) {
      delegate.businessPrioritiesCrowdOutCompanyProjects(businessPrioritiesCrowdOutCompanyProjects);
      return this;
    }

    /**
     * Says whether business priorities crowd out company-wide projects, or that it is not known (empty).
     *
     * @param businessPrioritiesCrowdOutCompanyProjects  what was observed, not null (empty when unknown)
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder businessPrioritiesCrowdOutCompanyProjects(Optional<Boolean> businessPrioritiesCrowdOutCompanyProjects) {
      Objects.requireNonNull(businessPrioritiesCrowdOutCompanyProjects, "businessPrioritiesCrowdOutCompanyProjects");
      delegate.businessPrioritiesCrowdOutCompanyProjects(businessPrioritiesCrowdOutCompanyProjects);
      return this;
    }

    /**
     * Says whether Ops projects struggle to get a budget (true or false); not calling it leaves it unknown.
     *
     * @param noBudgetAccess  what was observed
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder noBudgetAccess(boolean noBudgetAccess) {
      delegate.noBudgetAccess(noBudgetAccess);
      return this;
    }

    /**
     * Says whether Ops projects struggle to get a budget, or that it is not known (empty).
     *
     * @param noBudgetAccess  what was observed, not null (empty when unknown)
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder noBudgetAccess(Optional<Boolean> noBudgetAccess) {
      Objects.requireNonNull(noBudgetAccess, "noBudgetAccess");
      delegate.noBudgetAccess(noBudgetAccess);
      return this;
    }

    /**
     * Says whether a central Ops team is losing touch with the field (true or false); not calling it leaves it unknown.
     *
     * @param losingTouchWithField  what was observed
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder losingTouchWithField(boolean losingTouchWithField) {
      delegate.losingTouchWithField(losingTouchWithField);
      return this;
    }

    /**
     * Says whether a central Ops team is losing touch with the field, or that it is not known (empty).
     *
     * @param losingTouchWithField  what was observed, not null (empty when unknown)
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder losingTouchWithField(Optional<Boolean> losingTouchWithField) {
      Objects.requireNonNull(losingTouchWithField, "losingTouchWithField");
      delegate.losingTouchWithField(losingTouchWithField);
      return this;
    }

    /**
     * Says whether leadership gives Ops a strategic transformation mandate (true or false); not calling it leaves it unknown.
     *
     * @param strategicTransformationMandate  what was observed
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder strategicTransformationMandate(boolean strategicTransformationMandate) {
      delegate.strategicTransformationMandate(strategicTransformationMandate);
      return this;
    }

    /**
     * Says whether leadership gives Ops a strategic transformation mandate, or that it is not known (empty).
     *
     * @param strategicTransformationMandate  what was observed, not null (empty when unknown)
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder strategicTransformationMandate(Optional<Boolean> strategicTransformationMandate) {
      Objects.requireNonNull(strategicTransformationMandate, "strategicTransformationMandate");
      delegate.strategicTransformationMandate(strategicTransformationMandate);
      return this;
    }

    /**
     * Says whether the Ops teams share their tooling (true or false); not calling it leaves it unknown.
     *
     * @param sharedTooling  what was observed
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder sharedTooling(boolean sharedTooling) {
      delegate.sharedTooling(sharedTooling);
      return this;
    }

    /**
     * Says whether the Ops teams share their tooling, or that it is not known (empty).
     *
     * @param sharedTooling  what was observed, not null (empty when unknown)
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder sharedTooling(Optional<Boolean> sharedTooling) {
      Objects.requireNonNull(sharedTooling, "sharedTooling");
      delegate.sharedTooling(sharedTooling);
      return this;
    }

    /**
     * Says that nothing else was observed: every symptom and flag still unknown when
     * {@link #build()} runs is taken as false (the company size stays as given).
     *
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder nothingElseObserved() {
      nothingElse = true;
      return this;
    }

    /**
     * Builds the signals.
     *
     * @return the signals, never null
     */
    public StageSignals build() {
      StageSignals built = delegate.build();
      if (!nothingElse) {
        return built;
      }
      return ImmutableStageSignals.generator().from(built)
          .businessPrioritiesCrowdOutCompanyProjects(built.businessPrioritiesCrowdOutCompanyProjects().orElse(false))
          .noBudgetAccess(built.noBudgetAccess().orElse(false))
          .losingTouchWithField(built.losingTouchWithField().orElse(false))
          .strategicTransformationMandate(built.strategicTransformationMandate().orElse(false))
          .sharedTooling(built.sharedTooling().orElse(false))
          .build();
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
   * @return true if observed, false if not, empty if unknown
   */
  public abstract Optional<Boolean> businessPrioritiesCrowdOutCompanyProjects();

  /**
   * Whether Ops projects struggle to get a budget.
   *
   * @return true if observed, false if not, empty if unknown
   */
  public abstract Optional<Boolean> noBudgetAccess();

  /**
   * Whether a central Ops team is losing touch with day-to-day field needs.
   *
   * @return true if observed, false if not, empty if unknown
   */
  public abstract Optional<Boolean> losingTouchWithField();

  /**
   * Whether leadership gives Ops a mandate for a strategic transformation.
   *
   * @return true if given, false if not, empty if unknown
   */
  public abstract Optional<Boolean> strategicTransformationMandate();

  /**
   * Whether the Ops teams share their tooling (one CRM, one data platform), which keeps separate
   * teams from working as silos.
   *
   * @return true if shared, false if not, empty if unknown
   */
  public abstract Optional<Boolean> sharedTooling();

  @Value.Check
  void check() {
    companySize().ifPresent(n -> Checks.check(n >= 0, "companySize", n, "must be >= 0"));
  }
}
