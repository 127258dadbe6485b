package dev.revops.core.explain;

/**
 * A number or choice of a policy whose {@link Provenance} explanations report, such as
 * {@code StaffingPolicy.Figure.MATURE_STAFF_PER_OPS}. Each policy lists its figures as an enum
 * implementing this interface.
 */
public interface PolicyFigure {

  /**
   * The provenance of the figure's default value: a fact with its source, or an assumption of
   * revops.
   *
   * @return the provenance, never null
   */
  Provenance defaultProvenance();
}
