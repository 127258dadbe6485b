package dev.revops.core.stage;

import dev.revops.core.internal.Checks;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.OpsSpecialty;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A team of Ops people: its specialty, headcount, reporting line and the business functions it
 * serves.
 *
 * <pre>{@code
 * OpsTeam salesOps = OpsTeam.of("Sales Ops", OpsSpecialty.SALES_OPS, 3,
 *     ReportingLine.ofBusinessHead(BusinessFunction.SALES), BusinessFunction.SALES, BusinessFunction.PROSPECTING);
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
  public abstract Set<BusinessFunction> serves();

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
        .addAllServes(Checks.noNulls(Arrays.asList(Objects.requireNonNull(serves, "serves")), "serves")).build();
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
  public static final class Builder {
    private final ImmutableOpsTeam.Generator delegate = ImmutableOpsTeam.generator();

    Builder() {}

    /**
     * Fill a builder with attribute values from the provided {@code OpsTeam} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder from(OpsTeam instance) {
      delegate.from(instance);
      return this;
    }

    /**
     * Initializes the value for the {@link OpsTeam#name() name} attribute.
     * @param name The value for name
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder name(String name) {
      delegate.name(name);
      return this;
    }

    /**
     * Initializes the value for the {@link OpsTeam#specialty() specialty} attribute.
     * @param specialty The value for specialty
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder specialty(OpsSpecialty specialty) {
      delegate.specialty(specialty);
      return this;
    }

    /**
     * Initializes the value for the {@link OpsTeam#headcount() headcount} attribute.
     * @param headcount The value for headcount
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder headcount(int headcount) {
      delegate.headcount(headcount);
      return this;
    }

    /**
     * Initializes the value for the {@link OpsTeam#reportingLine() reportingLine} attribute.
     * @param reportingLine The value for reportingLine
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder reportingLine(ReportingLine reportingLine) {
      delegate.reportingLine(reportingLine);
      return this;
    }

    /**
     * Adds one element to {@link OpsTeam#serves() serves} set.
     * @param element A serves element
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder addServes(BusinessFunction element) {
      delegate.addServes(element);
      return this;
    }

    /**
     * Adds elements to {@link OpsTeam#serves() serves} set.
     * @param elements An array of serves elements
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder addServes(BusinessFunction... elements) {
      Objects.requireNonNull(elements, "serves");
      delegate.addServes(elements);
      return this;
    }

    /**
     * Sets or replaces all elements for {@link OpsTeam#serves() serves} set.
     * @param elements An iterable of serves elements
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder serves(Iterable<? extends BusinessFunction> elements) {
      Objects.requireNonNull(elements, "serves");
      delegate.serves(elements);
      return this;
    }

    /**
     * Adds elements to {@link OpsTeam#serves() serves} set.
     * @param elements An iterable of serves elements
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder addAllServes(Iterable<? extends BusinessFunction> elements) {
      Objects.requireNonNull(elements, "serves");
      delegate.addAllServes(elements);
      return this;
    }

    /**
     * Builds a new {@link OpsTeam OpsTeam}.
     * @return An immutable instance of OpsTeam
     * @throws dev.revops.core.MissingValueException if any required attributes are missing
     */
    public OpsTeam build() {
      return delegate.build();
    }
  }

  @Value.Check
  void check() {
    Checks.check(!name().isBlank(), "name", name(), "must not be blank");
    if (!(headcount() >= 0)) {
      throw Checks.invalid("headcount", headcount(), "must be >= 0");
    }
    if (serves().isEmpty()) {
      throw Checks.invalid("serves", serves(), "must name at least one business function");
    }
  }
}
