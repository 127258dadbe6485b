package dev.revops.core.pay;

import dev.revops.core.explain.PolicyFigure;
import dev.revops.core.explain.Provenance;
import dev.revops.core.internal.Checks;
import dev.revops.core.internal.ProvenanceTracker;
import java.util.Map;
import org.immutables.value.Value;

/**
 * When a sample of salaries is too thin to trust: the rules behind the {@link Confidence} of an
 * empirical distribution. Every number is a revops assumption (the source gives none), in line
 * with the practice of compensation tools that withhold or flag small slices.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SamplePolicy {

  /** Assumption: below 3 values, percentiles are not published. */
  public static final int DEFAULT_PUBLISH_MINIMUM = 3;
  /** Assumption: below 5 values, confidence is low. */
  public static final int DEFAULT_LOW_CONFIDENCE_BELOW = 5;
  /** Assumption: from 30 values, confidence is high. */
  public static final int DEFAULT_HIGH_CONFIDENCE_FROM = 30;

  SamplePolicy() {}

  /**
   * The numbers and choices of this policy whose provenance explanations report. Every default is an assumption of revops; the publishing minimum follows Pave's benchmarking guide.
   */
  public enum Figure implements PolicyFigure {
    /** {@link #publishMinimum()}: no percentile under 3 salaries (assumption, after Pave). */
    PUBLISH_MINIMUM(Provenance.assumption()),
    /** {@link #lowConfidenceBelow()}: low confidence under 5 salaries (assumption). */
    LOW_CONFIDENCE_BELOW(Provenance.assumption()),
    /** {@link #highConfidenceFrom()}: high confidence from 30 salaries (assumption). */
    HIGH_CONFIDENCE_FROM(Provenance.assumption());

    private final Provenance defaultProvenance;

    Figure(Provenance defaultProvenance) {
      this.defaultProvenance = defaultProvenance;
    }

    @Override
    public Provenance defaultProvenance() {
      return defaultProvenance;
    }
  }

  /**
   * Where each figure of this policy comes from. Built by the builder: a figure the caller set is
   * an {@linkplain Provenance#input() input}, the others keep the provenance of their default (or
   * of the policy given to {@code from}). A policy read from a document without this map takes,
   * for each figure, the provenance of its default when it has the default value, and input
   * otherwise.
   *
   * @return the provenance of every figure, never null
   */
  @Value.Default
  public Map<Figure, Provenance> provenance() {
    return ProvenanceTracker.byValue(Figure.class, this::hasDefaultValue);
  }

  /**
   * Where one figure of this policy comes from.
   *
   * @param figure  the figure, not null
   * @return the provenance, never null
   */
  public Provenance provenance(Figure figure) {
    return ProvenanceTracker.of(provenance(), figure);
  }

  private boolean hasDefaultValue(Figure figure) {
    return switch (figure) {
      case PUBLISH_MINIMUM -> publishMinimum() == DEFAULT_PUBLISH_MINIMUM;
      case LOW_CONFIDENCE_BELOW -> lowConfidenceBelow() == DEFAULT_LOW_CONFIDENCE_BELOW;
      case HIGH_CONFIDENCE_FROM -> highConfidenceFrom() == DEFAULT_HIGH_CONFIDENCE_FROM;
    };
  }

  /**
   * Returns the default policy (3, 5, 30).
   *
   * @return the default policy, never null
   */
  public static SamplePolicy defaults() {
    return builder().build();
  }

  /**
   * Returns a builder starting from the defaults.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SamplePolicy}. Not thread-safe. */
  public static final class Builder {
    private final ImmutableSamplePolicy.Generator delegate = ImmutableSamplePolicy.generator();
    private final ProvenanceTracker<Figure> provenance = new ProvenanceTracker<>(Figure.class);

    Builder() {}

    /**
     * Fill a builder with attribute values from the provided {@code SamplePolicy} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder from(SamplePolicy instance) {
      delegate.from(instance);
      provenance.startFrom(instance.provenance());
      return this;
    }

    /**
     * Initializes the value for the {@link SamplePolicy#publishMinimum() publishMinimum} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link SamplePolicy#publishMinimum() publishMinimum}.</em>
     * @param publishMinimum The value for publishMinimum
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder publishMinimum(int publishMinimum) {
      delegate.publishMinimum(publishMinimum);
      provenance.set(Figure.PUBLISH_MINIMUM);
      return this;
    }

    /**
     * Initializes the value for the {@link SamplePolicy#lowConfidenceBelow() lowConfidenceBelow} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link SamplePolicy#lowConfidenceBelow() lowConfidenceBelow}.</em>
     * @param lowConfidenceBelow The value for lowConfidenceBelow
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder lowConfidenceBelow(int lowConfidenceBelow) {
      delegate.lowConfidenceBelow(lowConfidenceBelow);
      provenance.set(Figure.LOW_CONFIDENCE_BELOW);
      return this;
    }

    /**
     * Initializes the value for the {@link SamplePolicy#highConfidenceFrom() highConfidenceFrom} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link SamplePolicy#highConfidenceFrom() highConfidenceFrom}.</em>
     * @param highConfidenceFrom The value for highConfidenceFrom
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder highConfidenceFrom(int highConfidenceFrom) {
      delegate.highConfidenceFrom(highConfidenceFrom);
      provenance.set(Figure.HIGH_CONFIDENCE_FROM);
      return this;
    }

    /**
     * Builds a new {@link SamplePolicy SamplePolicy}.
     * @return An immutable instance of SamplePolicy
     * @throws dev.revops.core.MissingValueException if any required attributes are missing
     */
    public SamplePolicy build() {
      return delegate.provenance(provenance.provenance()).build();
    }
  }

  /**
   * The fewest values from which percentiles are published.
   *
   * @return the minimum, >= 1
   */
  @Value.Default
  public int publishMinimum() {
    return DEFAULT_PUBLISH_MINIMUM;
  }

  /**
   * Below this many values, confidence is {@link Confidence#LOW}.
   *
   * @return the threshold, >= {@link #publishMinimum()}
   */
  @Value.Default
  public int lowConfidenceBelow() {
    return DEFAULT_LOW_CONFIDENCE_BELOW;
  }

  /**
   * From this many values, confidence is {@link Confidence#HIGH}; between the two thresholds it
   * is {@link Confidence#MEDIUM}.
   *
   * @return the threshold, >= {@link #lowConfidenceBelow()}
   */
  @Value.Default
  public int highConfidenceFrom() {
    return DEFAULT_HIGH_CONFIDENCE_FROM;
  }

  /**
   * The confidence of a sample of a given size.
   *
   * @param size  the number of values, >= 0
   * @return the confidence, never null
   */
  public Confidence confidenceOf(int size) {
    if (size < publishMinimum()) {
      return Confidence.NONE;
    }
    if (size < lowConfidenceBelow()) {
      return Confidence.LOW;
    }
    return size < highConfidenceFrom() ? Confidence.MEDIUM : Confidence.HIGH;
  }

  @Value.Check
  void check() {
    Checks.check(publishMinimum() >= 1, "publishMinimum", publishMinimum(), "must be >= 1");
    if (!(lowConfidenceBelow() >= publishMinimum())) {
      throw Checks.invalid("lowConfidenceBelow", lowConfidenceBelow(),
          "must be >= publishMinimum (" + publishMinimum() + ")");
    }
    if (!(highConfidenceFrom() >= lowConfidenceBelow())) {
      throw Checks.invalid("highConfidenceFrom", highConfidenceFrom(),
          "must be >= lowConfidenceBelow (" + lowConfidenceBelow() + ")");
    }
  }
}
