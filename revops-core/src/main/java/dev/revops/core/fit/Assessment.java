package dev.revops.core.fit;

import org.immutables.value.Value;

/**
 * An assessed proficiency of a candidate in one competency, with how it is known.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Assessment {

  Assessment() {}

  /**
   * The competency.
   *
   * @return the competency, never null
   */
  @Value.Parameter
  public abstract Competency competency();

  /**
   * The proficiency assessed.
   *
   * @return the proficiency, never null
   */
  @Value.Parameter
  public abstract Proficiency proficiency();

  /**
   * How it is known.
   *
   * @return the evidence, never null
   */
  @Value.Parameter
  public abstract Evidence evidence();

  /**
   * Obtains an assessment.
   *
   * @param competency  the competency, not null
   * @param proficiency  the proficiency, not null
   * @param evidence  the evidence, not null
   * @return the assessment, never null
   */
  public static Assessment of(Competency competency, Proficiency proficiency, Evidence evidence) {
    return ImmutableAssessment.of(competency, proficiency, evidence);
  }
}
