package dev.revops.core.stage;

import com.google.common.collect.ImmutableList;
import dev.revops.core.explain.Explanation;
import dev.revops.core.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Advice on an Ops organisation: where it stands, the symptoms observed, the stage considered
 * next with its triggers (observed value, threshold, distance), the verdict (move, stay, or
 * undecided for want of an input), and for the stage considered its gains, its costs and the
 * steps to get there.
 *
 * <pre>{@code
 * StageDiagnosis d = StageAdvisor.withDefaults().diagnose(chart, signals);
 * d.current();      // Optional[EMBEDDED]
 * d.verdict();      // MOVE, STAY or UNDECIDED
 * d.next();         // Optional[CENTRALIZED] when the verdict is MOVE
 * d.triggers();     // each with observed value, threshold, distance and status
 * d.gains();        // what the stage considered brings
 * d.risks();        // what it costs
 * d.steps();        // how to get there, in order
 * d.missing();      // the inputs an UNDECIDED verdict waits for
 * }</pre>
 *
 * <p>The explanation starts with the advice in one line, then gives the reading of the chart,
 * the symptoms, each trigger, the gains, costs and steps, the staffing check when a target was
 * given, and every assumption.
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
   * The current stage: the stage itself, or the stage a transition starts from.
   *
   * @return the stage, empty when there is no Ops function yet
   */
  public Optional<OrgStage> current() {
    return classification().current();
  }

  /**
   * The symptoms observed (from the chart and the signals); a symptom whose signal was not given
   * is not in this set.
   *
   * @return the symptoms, in declaration order
   */
  public abstract Set<Symptom> symptoms();

  /**
   * The kind of advice.
   *
   * @return the verdict, never null
   */
  public abstract Verdict verdict();

  /**
   * The stage whose triggers were weighed: the next stage in line, the end of a move under way,
   * or the first Ops role when there is none.
   *
   * @return the stage, empty at the last stage
   */
  public abstract Optional<OrgStage> considered();

  /**
   * The recommended next stage.
   *
   * @return the stage to move to when the verdict is {@link Verdict#MOVE}, empty otherwise
   */
  public abstract Optional<OrgStage> next();

  /**
   * The triggers of the stage considered, met, not met or unknown.
   *
   * @return the triggers, empty at the last stage
   */
  public abstract List<Trigger> triggers();

  /**
   * What the stage considered brings, from the source.
   *
   * @return the gains, empty at the last stage
   */
  public abstract List<StageTrait> gains();

  /**
   * What the stage considered costs, from the source; empty at the last stage, or when the source
   * lists none (stage 4).
   *
   * @return the risks, never null
   */
  public abstract List<StageTrait> risks();

  /**
   * How to get to the stage considered, in order.
   *
   * @return the steps, empty at the last stage
   */
  public abstract List<StageStep> steps();

  /**
   * The chart checked against a staffing target, when one was given.
   *
   * @return the check, empty without a target
   */
  public abstract Optional<StaffingCheck> staffingCheck();

  /**
   * Why: the advice first, then the classification, symptoms, triggers, gains, costs and steps,
   * with every assumption.
   *
   * @return the explanation, never null
   */
  public abstract Explanation explanation();

  /**
   * Returns true if the advice is to stay.
   *
   * @return whether the verdict is {@link Verdict#STAY}
   */
  public boolean staying() {
    return verdict() == Verdict.STAY;
  }

  /**
   * What the triggers still unknown measure: the inputs to give for a firm verdict.
   *
   * @return the kinds of the unknown triggers, never null
   */
  public List<TriggerKind> missing() {
    return triggers().stream().filter(t -> t.status() == TriggerStatus.UNKNOWN).map(Trigger::kind)
        .distinct().collect(ImmutableList.toImmutableList());
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
   * The triggers not met, unknown ones included.
   *
   * @return the unmet triggers, never null
   */
  public List<Trigger> triggersNotMet() {
    return triggers().stream().filter(t -> !t.met()).collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    Checks.check(next().isPresent() == (verdict() == Verdict.MOVE), "next", next().orElse(null),
        "must be given exactly when the verdict is MOVE");
    next().ifPresent(n -> Checks.check(considered().equals(next()), "next", n, "must be the stage considered"));
    next().ifPresent(n -> classification().current().ifPresent(c -> Checks.check(n != c, "next", n,
        "must differ from the current stage")));
  }
}
