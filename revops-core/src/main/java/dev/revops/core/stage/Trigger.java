package dev.revops.core.stage;

import dev.revops.core.explain.Messages;
import dev.revops.core.internal.Checks;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One condition of a move between stages: what was observed, the threshold (a
 * {@link StagePolicy} assumption), and whether it is met.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Trigger {

  Trigger() {}

  /**
   * The stage the move leads to.
   *
   * @return the target stage, never null
   */
  public abstract OrgStage towards();

  /**
   * What is measured.
   *
   * @return the kind, never null
   */
  public abstract TriggerKind kind();

  /**
   * The value observed.
   *
   * @return the value, empty if unknown (then the trigger is not met)
   */
  public abstract OptionalDouble observed();

  /**
   * The threshold: the trigger is met when the observed value is at least this.
   *
   * @return the threshold
   */
  public abstract double threshold();

  /**
   * Whether the observed value reaches the threshold.
   *
   * @return true if met
   */
  @Value.Derived
  public boolean met() {
    return observed().isPresent() && observed().getAsDouble() >= threshold();
  }

  /**
   * Met, not met, or unknown (the value was not given).
   *
   * @return the status, never null
   */
  public TriggerStatus status() {
    if (observed().isEmpty()) {
      return TriggerStatus.UNKNOWN;
    }
    return met() ? TriggerStatus.MET : TriggerStatus.NOT_MET;
  }

  /**
   * How far the observed value is from the threshold, in the threshold's unit (Ops, teams,
   * business staff, symptoms, or 1 for a yes/no condition): zero exactly when the trigger is met.
   *
   * @return the distance, empty when the value is unknown
   */
  public OptionalDouble distance() {
    return observed().isPresent() ? OptionalDouble.of(Math.max(0, threshold() - observed().getAsDouble()))
        : OptionalDouble.empty();
  }

  /**
   * The distance in words: "met", "1 Ops short", "2 teams to go", "not given"...
   *
   * @param locale  the language, not null
   * @return the text, never null
   */
  public String describeDistance(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return switch (status()) {
      case MET -> Messages.text("trigger.distance.met", locale);
      case UNKNOWN -> Messages.text("trigger.distance.unknown", locale);
      case NOT_MET -> Messages.format("trigger.distance." + kind().name(), locale,
          List.of((long) Math.ceil(distance().orElseThrow())));
    };
  }

  /**
   * The state of a yes-or-no trigger in words: "given" or "none" for a transformation mandate,
   * "observed" or "not observed" for a loss of touch with the field.
   *
   * @param locale  the language, not null
   * @return the state, empty for a count (see {@link TriggerKind#isFlag()}) or an unknown value
   */
  public Optional<String> describeState(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (!kind().isFlag() || observed().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Messages.text("trigger.state." + kind().name() + (met() ? ".yes" : ".no"), locale));
  }

  static Trigger of(OrgStage towards, TriggerKind kind, OptionalDouble observed, double threshold) {
    return ImmutableTrigger.generator().towards(towards).kind(kind).observed(observed).threshold(threshold).build();
  }

  @Value.Check
  void check() {
    Checks.check(Double.isFinite(threshold()), "threshold", threshold(), "must be finite");
    observed().ifPresent(o -> Checks.check(Double.isFinite(o), "observed", o, "must be finite"));
  }
}
