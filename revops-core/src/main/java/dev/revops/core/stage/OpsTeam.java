package dev.revops.core.stage;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.OpsSpecialty;
import java.util.Arrays;
import org.immutables.value.Value;

/**
 * A team of Ops people: its specialty, headcount, reporting line and the business functions it
 * serves.
 *
 * <pre>{@code
 * OpsTeam salesOps = OpsTeam.of("Sales Ops", OpsSpecialty.SALES_OPS, 3,
 *     ReportingLine.toBusinessHead(BusinessFunction.SALES), BusinessFunction.SALES, BusinessFunction.PROSPECTING);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OpsTeam {

  OpsTeam() {}

  /**
   * The team's name, unique in its chart.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * The team's specialty.
   *
   * @return the specialty, never null
   */
  public abstract OpsSpecialty specialty();

  /**
   * The number of Ops in the team.
   *
   * @return the headcount, >= 0
   */
  public abstract int headcount();

  /**
   * Who the team reports to.
   *
   * @return the reporting line, never null
   */
  public abstract ReportingLine reportingLine();

  /**
   * The business functions the team serves.
   *
   * @return the functions, at least one
   */
  public abstract ImmutableSet<BusinessFunction> serves();

  /**
   * Obtains a team.
   *
   * @param name  the name, not null, not blank
   * @param specialty  the specialty, not null
   * @param headcount  the number of Ops, >= 0
   * @param line  the reporting line, not null
   * @param serves  the business functions served, at least one, no null element
   * @return the team, never null
   * @throws IllegalArgumentException if a value breaks its rule
   */
  public static OpsTeam of(String name, OpsSpecialty specialty, int headcount, ReportingLine line, BusinessFunction... serves) {
    return builder().name(name).specialty(specialty).headcount(headcount).reportingLine(line)
        .addAllServes(Arrays.asList(serves)).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OpsTeam}. Not thread-safe. */
  public static final class Builder extends ImmutableOpsTeam.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(!name().isBlank(), "name (%s) must not be blank", name());
    checkArgument(headcount() >= 0, "headcount of team %s (%s) must be >= 0", name(), headcount());
    checkArgument(!serves().isEmpty(), "serves of team %s (%s) must name at least one business function", name(), serves());
  }
}
