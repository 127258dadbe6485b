package dev.revops.core.fit;

import dev.revops.core.internal.Checks;
import dev.revops.core.org.MissionMix;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.org.OpsSpecialty;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An Ops role to fill: its specialty, level and mission mix, from which a {@link FitPolicy}
 * derives its {@link RoleRequirements}, unless they are set directly.
 *
 * <pre>{@code
 * OpsRole crmLead = OpsRole.builder()
 *     .title("Sales Ops, CRM")
 *     .specialty(OpsSpecialty.SALES_OPS)
 *     .level(OpsLevel.SENIOR)
 *     .mix(MissionMix.parse("TOOLS:0.6,DATA:0.3,PROCESS:0.1"))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OpsRole {

  OpsRole() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OpsRole}. Not thread-safe. */
  public static final class Builder {
    private final ImmutableOpsRole.Generator delegate = ImmutableOpsRole.generator();

    Builder() {}

    /**
     * Fill a builder with attribute values from the provided {@code OpsRole} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder from(OpsRole instance) {
      delegate.from(instance);
      return this;
    }

    /**
     * Initializes the value for the {@link OpsRole#title() title} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link OpsRole#title() title}.</em>
     * @param title The value for title
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder title(String title) {
      delegate.title(title);
      return this;
    }

    /**
     * Initializes the value for the {@link OpsRole#specialty() specialty} attribute.
     * @param specialty The value for specialty
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder specialty(OpsSpecialty specialty) {
      delegate.specialty(specialty);
      return this;
    }

    /**
     * Initializes the value for the {@link OpsRole#level() level} attribute.
     * @param level The value for level
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder level(OpsLevel level) {
      delegate.level(level);
      return this;
    }

    /**
     * Initializes the value for the {@link OpsRole#mix() mix} attribute.
     * @param mix The value for mix
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder mix(MissionMix mix) {
      delegate.mix(mix);
      return this;
    }

    /**
     * Initializes the optional value {@link OpsRole#requirements() requirements} to requirements.
     * @param requirements The value for requirements
     * @return {@code this} builder for chained invocation
     */
    public Builder requirements(RoleRequirements requirements) {
      delegate.requirements(requirements);
      return this;
    }

    /**
     * Initializes the optional value {@link OpsRole#requirements() requirements} to requirements.
     * @param requirements The value for requirements
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder requirements(Optional<? extends RoleRequirements> requirements) {
      Objects.requireNonNull(requirements, "requirements");
      delegate.requirements(requirements);
      return this;
    }

    /**
     * Makes a competency a must-have: a candidate whose evidence shows a lower level does not meet
     * the role, whatever the score; without such evidence it is to verify.
     * @param competency the competency, not null
     * @param minimum the lowest acceptable proficiency, at least basic
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putMustHaves(Competency competency, Proficiency minimum) {
      delegate.putMustHaves(competency, minimum);
      return this;
    }

    /**
     * Replaces all the must-haves (see {@link #putMustHaves(Competency, Proficiency)}).
     * @param mustHaves the minimum proficiency per competency, not null
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder mustHaves(Map<Competency, ? extends Proficiency> mustHaves) {
      Objects.requireNonNull(mustHaves, "mustHaves");
      delegate.mustHaves(mustHaves);
      return this;
    }

    /**
     * Builds a new {@link OpsRole OpsRole}.
     * @return An immutable instance of OpsRole
     * @throws dev.revops.core.MissingValueException if any required attributes are missing
     */
    public OpsRole build() {
      return delegate.build();
    }
  }

  /**
   * A title for people.
   *
   * @return the title, never null
   */
  @Value.Default
  public String title() {
    return "Ops";
  }

  /**
   * The specialty.
   *
   * @return the specialty, never null
   */
  public abstract OpsSpecialty specialty();

  /**
   * The level.
   *
   * @return the level, never null
   */
  public abstract OpsLevel level();

  /**
   * How the work divides between mission families.
   *
   * @return the mix, never null
   */
  public abstract MissionMix mix();

  /**
   * Requirements set directly, overriding the policy's derivation.
   *
   * @return the requirements, empty to derive them
   */
  public abstract Optional<RoleRequirements> requirements();

  /**
   * The must-haves: competencies whose evidence must show at least a minimum proficiency. A
   * candidate whose evidence shows less does not meet the role, whatever the score.
   *
   * @return the minimum proficiency per competency, never null, empty when the role has none
   */
  public abstract Map<Competency, Proficiency> mustHaves();

  @Value.Check
  void checkMustHaves() {
    mustHaves().forEach((competency, minimum) -> Checks.check(minimum != Proficiency.NONE,
        "mustHaves." + competency, minimum, "must be at least " + Proficiency.BASIC + ": a must-have of none asks nothing"));
  }

  /**
   * Returns a copy of this role with requirements set directly.
   *
   * @param requirements  the requirements, not null
   * @return the role, never null
   */
  public OpsRole withRequirements(RoleRequirements requirements) {
    return ImmutableOpsRole.copyOf(this).withRequirements(requirements);
  }
}
