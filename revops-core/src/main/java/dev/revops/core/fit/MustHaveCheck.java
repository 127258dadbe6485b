package dev.revops.core.fit;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One must-have of a role checked against a candidate's evidence: the strongest kind of evidence
 * decides, and a self-declaration alone never meets a must-have.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MustHaveCheck {

  MustHaveCheck() {}

  /**
   * The competency.
   *
   * @return the competency, never null
   */
  public abstract Competency competency();

  /**
   * The lowest acceptable proficiency.
   *
   * @return the minimum, never null
   */
  public abstract Proficiency minimum();

  /**
   * The verdict.
   *
   * @return the status, never null
   */
  public abstract MustHaveStatus status();

  /**
   * The assessment that decided, by the strongest kind of evidence.
   *
   * @return the assessment, empty when the competency was not assessed
   */
  public abstract Optional<Assessment> decidedBy();

  /** Whether the strongest evidence of a competency shows less than the minimum: a must-have not met. */
  static boolean fallsShort(Proficiency minimum, Assessment strongest) {
    return strongest.proficiency().level() < minimum.level();
  }

  static MustHaveCheck of(Competency competency, Proficiency minimum, Optional<Assessment> strongest) {
    MustHaveStatus status;
    if (strongest.isEmpty()) {
      status = MustHaveStatus.TO_VERIFY;
    } else if (fallsShort(minimum, strongest.get())) {
      status = MustHaveStatus.NOT_MET;
    } else {
      status = strongest.get().evidence() == Evidence.SELF_DECLARED ? MustHaveStatus.TO_VERIFY : MustHaveStatus.MET;
    }
    return ImmutableMustHaveCheck.generator().competency(competency).minimum(minimum).status(status)
        .decidedBy(strongest).build();
  }
}
