package dev.revops.core.stage;

import com.google.common.collect.ImmutableList;
import dev.revops.core.explain.Explanation;
import dev.revops.core.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Advice on an Ops organisation: where it stands, the symptoms observed, the recommended next
 * stage (or "stay"), the triggers met and not met with their thresholds, and the risks of the
 * next stage.
 *
 * <pre>{@code
 * StageDiagnosis d = StageAdvisor.withDefaults().diagnose(chart, signals);
 * d.current();    // Optional[EMBEDDED]
 * d.next();       // Optional[CENTRALIZED], or empty to stay
 * d.triggers();   // each with observed value, threshold and whether it is met
 * d.risks();      // the costs of the next stage
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StageDiagnosis {

  StageDiagnosis() {}

  /**
   * The classification of the chart.
   *
   * @return the classification, never null
   */
  public abstract StageClassification classification();

  /**
   * The current stage.
   *
   * @return the stage, empty when there is no Ops function yet
   */
  public Optional<OrgStage> current() {
    return classification().current();
  }

  /**
   * The symptoms observed (from the chart and the signals).
   *
   * @return the symptoms, in declaration order
   */
  public abstract Set<Symptom> symptoms();

  /**
   * The recommended next stage.
   *
   * @return the stage to move to, empty to stay where the organisation is
   */
  public abstract Optional<OrgStage> next();

  /**
   * The triggers of the move considered (the next stage in line), met or not.
   *
   * @return the triggers, possibly empty at the last stage
   */
  public abstract List<Trigger> triggers();

  /**
   * The risks of the recommended stage: its costs; empty when staying, or when the source lists
   * none (stage 4).
   *
   * @return the risks, never null
   */
  public abstract List<StageTrait> risks();

  /**
   * Why: the classification, symptoms, triggers, advice and risks, with every assumption.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  /**
   * Returns true if the advice is to stay.
   *
   * @return whether no move is recommended
   */
  public boolean staying() {
    return next().isEmpty();
  }

  /**
   * The triggers met.
   *
   * @return the met triggers, never null
   */
  public List<Trigger> triggersMet() {
    return triggers().stream().filter(Trigger::met).collect(ImmutableList.toImmutableList());
  }

  /**
   * The triggers not met.
   *
   * @return the unmet triggers, never null
   */
  public List<Trigger> triggersNotMet() {
    return triggers().stream().filter(t -> !t.met()).collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    next().ifPresent(n -> classification().current().ifPresent(c -> Checks.check(n != c, "next", n,
        "must differ from the current stage")));
  }
}
