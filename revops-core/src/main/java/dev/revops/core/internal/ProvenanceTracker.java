package dev.revops.core.internal;

import dev.revops.core.explain.PolicyFigure;
import dev.revops.core.explain.Provenance;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What a policy builder knows of the provenance of its figures: those the caller set are inputs,
 * the others keep the provenance of the policy the builder started from, or of their default.
 * Used by the hand-written builders of every policy. Not thread-safe, like the builders.
 *
 * @param <F>  the figures of the policy
 */
public final class ProvenanceTracker<F extends Enum<F> & PolicyFigure> {

  private final Class<F> type;
  private final EnumSet<F> given;
  private @Nullable Map<F, Provenance> base;

  /**
   * Creates a tracker with no figure set.
   *
   * @param type  the enum of the policy's figures
   */
  public ProvenanceTracker(Class<F> type) {
    this.type = type;
    this.given = EnumSet.noneOf(type);
  }

  /**
   * Records that the caller set a figure.
   *
   * @param figure  the figure
   */
  public void set(F figure) {
    given.add(figure);
  }

  /**
   * Starts again from the provenance of another policy (its builder's {@code from}).
   *
   * @param provenance  the other policy's provenance
   */
  public void startFrom(Map<F, Provenance> provenance) {
    base = provenance;
    given.clear();
  }

  /**
   * The provenance of every figure.
   *
   * @return a map with every figure, never null
   */
  public Map<F, Provenance> provenance() {
    Map<F, Provenance> out = new EnumMap<>(type);
    for (F figure : type.getEnumConstants()) {
      Provenance known = base == null ? null : base.get(figure);
      out.put(figure, given.contains(figure) ? Provenance.input()
          : known != null ? known : figure.defaultProvenance());
    }
    return out;
  }

  /**
   * The provenance of one figure in a policy's map; a figure the map lacks (a document that
   * listed only some) has the provenance of its default.
   *
   * @param <F>  the figures of the policy
   * @param provenance  the policy's map
   * @param figure  the figure, not null
   * @return the provenance, never null
   * @throws NullPointerException if the figure is null
   */
  public static <F extends Enum<F> & PolicyFigure> Provenance of(Map<F, Provenance> provenance, F figure) {
    Provenance known = provenance.get(java.util.Objects.requireNonNull(figure, "figure"));
    return known != null ? known : figure.defaultProvenance();
  }

  /**
   * The provenance of a policy that recorded none (read from a document written by hand): a
   * figure with its default value has the provenance of its default, any other is an input.
   *
   * @param <F>  the figures of the policy
   * @param type  the enum of the figures
   * @param hasDefaultValue  whether the policy holds a figure's default value
   * @return a map with every figure, never null
   */
  public static <F extends Enum<F> & PolicyFigure> Map<F, Provenance> byValue(Class<F> type,
      Predicate<F> hasDefaultValue) {
    Map<F, Provenance> out = new EnumMap<>(type);
    for (F figure : type.getEnumConstants()) {
      out.put(figure, hasDefaultValue.test(figure) ? figure.defaultProvenance() : Provenance.input());
    }
    return out;
  }
}
