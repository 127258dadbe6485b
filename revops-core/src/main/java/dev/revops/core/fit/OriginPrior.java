package dev.revops.core.fit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * What to expect of a candidate from one {@link ProfileOrigin} before anything is assessed: the
 * expected proficiency per competency, the watch points, and the development actions for them.
 * Derived from the source's strengths and watch points; each number is an assumption of
 * {@link FitPolicy#defaults()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OriginPrior {

  OriginPrior() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OriginPrior}. Not thread-safe. */
  public static final class Builder extends ImmutableOriginPrior.Builder {
    Builder() {}
  }

  /**
   * The origin.
   *
   * @return the origin, never null
   */
  public abstract ProfileOrigin origin();

  /**
   * Expected proficiency per competency; a competency missing here is expected at
   * {@link Proficiency#WORKING}.
   *
   * @return the expectations, never null
   */
  public abstract ImmutableMap<Competency, Proficiency> expected();

  /**
   * The competencies to watch for this origin (the source's watch points).
   *
   * @return the watch points, never null
   */
  public abstract ImmutableList<Competency> watchPoints();

  /**
   * The expected proficiency in one competency.
   *
   * @param competency  the competency, not null
   * @return the proficiency, never null
   */
  public Proficiency expected(Competency competency) {
    return expected().getOrDefault(Objects.requireNonNull(competency, "competency"), Proficiency.WORKING);
  }
}
