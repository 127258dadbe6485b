package dev.revops.core.explain;

import dev.revops.core.internal.Checks;
import dev.revops.core.staffing.StaffingPolicy;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a number of a policy comes from: a fact of a {@link Source}, an assumption of revops (a
 * number the sources do not give, documented with its reason where the policy declares it), or an
 * input of the caller (set on the policy's builder).
 *
 * <p>{@code StaffingPolicy.defaults().provenance(StaffingPolicy.Figure.MATURE_STAFF_PER_OPS)} is a
 * fact of {@link dev.revops.core.staffing.StaffingPolicy#STAFFING_RULE_OF_THUMB}; after
 * {@code StaffingPolicy.builder().matureStaffPerOps(25).build()} it is an input. Calculators narrate
 * each number from its provenance.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Provenance {

  private static final Provenance ASSUMED = ImmutableProvenance.generator().basis(Basis.ASSUMPTION).build();
  private static final Provenance GIVEN = ImmutableProvenance.generator().basis(Basis.INPUT).build();

  Provenance() {}

  /**
   * A fact of a source.
   *
   * @param source  the source, not null
   * @return the provenance, never null
   */
  public static Provenance fact(Source source) {
    return ImmutableProvenance.generator().basis(Basis.FACT).source(Objects.requireNonNull(source, "source")).build();
  }

  /**
   * An assumption of revops.
   *
   * @return the provenance, never null
   */
  public static Provenance assumption() {
    return ASSUMED;
  }

  /**
   * An input of the caller.
   *
   * @return the provenance, never null
   */
  public static Provenance input() {
    return GIVEN;
  }

  /**
   * What the number rests on: {@link Basis#FACT}, {@link Basis#ASSUMPTION} or {@link Basis#INPUT}.
   *
   * @return the basis, never null
   */
  public abstract Basis basis();

  /**
   * The source of a fact.
   *
   * @return the source, present exactly for a fact
   */
  public abstract Optional<Source> source();

  @Value.Check
  void check() {
    Checks.check(basis() == Basis.FACT || basis() == Basis.ASSUMPTION || basis() == Basis.INPUT,
        "basis", basis(), "must be FACT, ASSUMPTION or INPUT for the provenance of a number");
    Checks.check(source().isPresent() == (basis() == Basis.FACT), "source", source().orElse(null),
        "must be given for a fact, and only for a fact");
  }

  @Override
  public String toString() {
    return basis() + source().map(s -> " (" + s.describe(java.util.Locale.ENGLISH) + ")").orElse("");
  }
}
