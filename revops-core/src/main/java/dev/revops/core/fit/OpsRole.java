package dev.revops.core.fit;

import dev.revops.core.org.MissionMix;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.org.OpsSpecialty;
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
  public static final class Builder extends ImmutableOpsRole.Builder {
    Builder() {}
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
   * Returns a copy of this role with requirements set directly.
   *
   * @param requirements  the requirements, not null
   * @return the role, never null
   */
  public OpsRole withRequirements(RoleRequirements requirements) {
    return ImmutableOpsRole.copyOf(this).withRequirements(requirements);
  }
}
