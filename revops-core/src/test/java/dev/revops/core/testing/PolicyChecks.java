package dev.revops.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.explain.PolicyFigure;
import dev.revops.core.explain.Provenance;
import java.util.function.Function;

/** Checks shared by the provenance tests of every policy. */
public final class PolicyChecks {

  private PolicyChecks() {}

  /**
   * For each figure: a policy read without provenance and with only that figure changed reports
   * that figure as an input and every other with the provenance of its default.
   *
   * @param <F>  the figures of the policy
   * @param type  the enum of the figures
   * @param changedAlone  for a figure, the provenance lookup of a policy with only it changed
   */
  public static <F extends Enum<F> & PolicyFigure> void eachChangedFigureIsAnInput(Class<F> type,
      Function<F, Function<F, Provenance>> changedAlone) {
    for (F changed : type.getEnumConstants()) {
      Function<F, Provenance> provenance = changedAlone.apply(changed);
      for (F f : type.getEnumConstants()) {
        assertThat(provenance.apply(f)).as(changed + " changed, " + f)
            .isEqualTo(f == changed ? Provenance.input() : f.defaultProvenance());
      }
    }
  }
}
