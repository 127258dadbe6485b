package dev.revops.core.fit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.revops.core.explain.PolicyFigure;
import dev.revops.core.explain.Provenance;
import dev.revops.core.internal.Checks;
import dev.revops.core.internal.ProvenanceTracker;
import dev.revops.core.org.MissionFamily;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.org.OpsSpecialty;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The numbers behind {@link FitScorer}: the priors per origin, the matrix from mission families
 * to competency weights, the required proficiency per level, the specialty emphasis, the weight of
 * each kind of evidence, how experience raises the priors, what each level emphasises, how
 * uncertain a score is without evidence, and the development actions per competency. The source
 * gives the strengths and watch points of each origin and the years people spend in Ops, but no
 * other number: every other number here is a documented revops assumption, overridable with the
 * builder.
 *
 * <p><b>Priors</b> (0 none … 4 expert), in the order field, credibility, tooling, data modelling,
 * analysis, project management, hands-on, financial modelling:
 * <ul>
 *   <li>ex-sales / ex-CSM: 4 4 1 1 2 2 3 1 — deep field knowledge and credibility; little technical
 *       skill (modelling, SQL, CRM architecture);</li>
 *   <li>ex-consultant: 1 2 2 2 4 4 1 2 — listening, analysis and project management; operational
 *       pragmatism to be tested;</li>
 *   <li>finance: 1 1 1 3 3 2 2 4 — financial modelling and analysis; distance from the field and
 *       from non-financial tools;</li>
 *   <li>experienced Ops: 3 3 3 3 3 3 3 2;</li>
 *   <li>other: 2 everywhere (nothing known).</li>
 * </ul>
 *
 * <p><b>Matrix</b> (weight of each competency in a family's work): processes = field 0.30,
 * hands-on 0.20, project management 0.20, analysis 0.15, credibility 0.15; tools = tooling 0.45,
 * data modelling 0.20, hands-on 0.20, field 0.15; data = data modelling 0.30, analysis 0.30,
 * financial modelling 0.20, tooling 0.20; transversal = project management 0.40, credibility 0.30,
 * analysis 0.30.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FitPolicy {

  FitPolicy() {}

  /**
   * The numbers and choices of this policy whose provenance explanations report. Every default but
   * one is an assumption of revops, read from the source's description of each pool of candidates;
   * the years after which experience adds nothing more come from the source.
   */
  public enum Figure implements PolicyFigure {
    /** {@link #priors()}: expected proficiency per origin, read from the source's strengths and watch points (assumption). */
    PRIORS(Provenance.assumption()),
    /** {@link #matrix()}: competency weights per mission family (assumption). */
    MATRIX(Provenance.assumption()),
    /** {@link #coreRequirementByLevel()}: required proficiency per level (assumption). */
    CORE_REQUIREMENT_BY_LEVEL(Provenance.assumption()),
    /** {@link #coreShare()}: share of weight that makes a competency core (assumption). */
    CORE_SHARE(Provenance.assumption()),
    /** {@link #specialtyEmphasis()}: competencies each specialty stresses (assumption). */
    SPECIALTY_EMPHASIS(Provenance.assumption()),
    /** {@link #specialtyBoost()}: weight multiplier of a stressed competency (assumption). */
    SPECIALTY_BOOST(Provenance.assumption()),
    /** {@link #evidenceWeights()}: how much each kind of evidence counts (assumption). */
    EVIDENCE_WEIGHTS(Provenance.assumption()),
    /** {@link #developmentActions()}: development actions per competency (assumption). */
    DEVELOPMENT_ACTIONS(Provenance.assumption()),
    /** {@link #focusShare()}: share of points lost that puts a competency in the interview focus (assumption). */
    FOCUS_SHARE(Provenance.assumption()),
    /** {@link #opsYearsShift()}: how far years in Ops raise the priors (assumption). */
    OPS_YEARS_SHIFT(Provenance.assumption()),
    /** {@link #otherYearsShift()}: how far other professional years raise the priors (assumption). */
    OTHER_YEARS_SHIFT(Provenance.assumption()),
    /** {@link #yearsAtFullShift()}: the years after which experience adds nothing more (the source: few have more than 5–6 years in Ops). */
    YEARS_AT_FULL_SHIFT(Provenance.fact(dev.revops.core.explain.Source.OPS_TEAM_PRACTICE_ARTICLE)),
    /** {@link #levelEmphasis()}: competencies a level requires one step higher (assumption). */
    LEVEL_EMPHASIS(Provenance.assumption()),
    /** {@link #rankingMinimumConfidence()}: the confidence below which a candidate is not ranked (assumption). */
    RANKING_MINIMUM_CONFIDENCE(Provenance.assumption()),
    /** {@link #uncertaintyAtNoEvidence()}: the score's half-width when nothing is assessed (assumption). */
    UNCERTAINTY_AT_NO_EVIDENCE(Provenance.assumption());

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
    FitPolicy d = Defaults.INSTANCE;
    return switch (figure) {
      case PRIORS -> priors().equals(d.priors());
      case MATRIX -> matrix().equals(d.matrix());
      case CORE_REQUIREMENT_BY_LEVEL -> coreRequirementByLevel().equals(d.coreRequirementByLevel());
      case CORE_SHARE -> coreShare() == d.coreShare();
      case SPECIALTY_EMPHASIS -> specialtyEmphasis().equals(d.specialtyEmphasis());
      case SPECIALTY_BOOST -> specialtyBoost() == d.specialtyBoost();
      case EVIDENCE_WEIGHTS -> evidenceWeights().equals(d.evidenceWeights());
      case DEVELOPMENT_ACTIONS -> developmentActions().equals(d.developmentActions());
      case FOCUS_SHARE -> focusShare() == d.focusShare();
      case OPS_YEARS_SHIFT -> opsYearsShift() == d.opsYearsShift();
      case OTHER_YEARS_SHIFT -> otherYearsShift() == d.otherYearsShift();
      case YEARS_AT_FULL_SHIFT -> yearsAtFullShift() == d.yearsAtFullShift();
      case LEVEL_EMPHASIS -> levelEmphasis().equals(d.levelEmphasis());
      case RANKING_MINIMUM_CONFIDENCE -> rankingMinimumConfidence() == d.rankingMinimumConfidence();
      case UNCERTAINTY_AT_NO_EVIDENCE -> uncertaintyAtNoEvidence() == d.uncertaintyAtNoEvidence();
    };
  }

  /**
   * Returns the default policy.
   *
   * @return the default policy, never null
   */
  public static FitPolicy defaults() {
    return Defaults.INSTANCE;
  }

  /** Holds the default instance, built once on first use. */
  private static final class Defaults {
    static final FitPolicy INSTANCE = new Builder().build();
  }

  /**
   * Returns a builder starting from the defaults.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    // the maps start with the default entries, so that putting one entry changes that entry only
    return new Builder().startFrom(Defaults.INSTANCE);
  }

  /** Builds a {@link FitPolicy}. Not thread-safe. */
  public static final class Builder {
    private final ImmutableFitPolicy.Generator delegate = ImmutableFitPolicy.generator();
    private final ProvenanceTracker<Figure> provenance = new ProvenanceTracker<>(Figure.class);

    Builder() {}

    /**
     * Fills the builder with the figures of a policy, to change some of them. Each map entry of
     * the policy replaces the builder's entry for the same key (a builder from {@link #builder()}
     * holds the default entries); a later {@code putX} replaces an entry again, and {@code x(map)}
     * replaces a whole map. Provenance restarts from the policy's.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder from(FitPolicy instance) {
      return startFrom(Objects.requireNonNull(instance, "instance"));
    }

    private Builder startFrom(FitPolicy instance) {
      delegate.from(instance);
      provenance.startFrom(instance.provenance());
      return this;
    }

    /**
     * Put one entry to the {@link FitPolicy#priors() priors} map.
     * @param key The key in the priors map
     * @param value The associated value in the priors map
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putPriors(ProfileOrigin key, OriginPrior value) {
      delegate.putPriors(key, value);
      provenance.set(Figure.PRIORS);
      return this;
    }

    /**
     * Put one entry to the {@link FitPolicy#priors() priors} map. Nulls are not permitted
     * @param entry The key and value entry
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putPriors(Map.Entry<ProfileOrigin, ? extends OriginPrior> entry) {
      Objects.requireNonNull(entry, "priors entry");
      delegate.putPriors(entry);
      provenance.set(Figure.PRIORS);
      return this;
    }

    /**
     * Sets or replaces all mappings from the specified map as entries for the {@link FitPolicy#priors() priors} map. Nulls are not permitted
     * @param entries The entries that will be added to the priors map
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder priors(Map<ProfileOrigin, ? extends OriginPrior> entries) {
      Objects.requireNonNull(entries, "priors");
      delegate.priors(entries);
      provenance.set(Figure.PRIORS);
      return this;
    }

    /**
     * Put all mappings from the specified map as entries to {@link FitPolicy#priors() priors} map. Nulls are not permitted
     * @param entries The entries that will be added to the priors map
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putAllPriors(Map<ProfileOrigin, ? extends OriginPrior> entries) {
      Objects.requireNonNull(entries, "priors");
      delegate.putAllPriors(entries);
      provenance.set(Figure.PRIORS);
      return this;
    }

    /**
     * Put one entry to the {@link FitPolicy#matrix() matrix} map.
     * @param key The key in the matrix map
     * @param value The associated value in the matrix map
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putMatrix(MissionFamily key, Map<Competency, Double> value) {
      delegate.putMatrix(key, value);
      provenance.set(Figure.MATRIX);
      return this;
    }

    /**
     * Put one entry to the {@link FitPolicy#matrix() matrix} map. Nulls are not permitted
     * @param entry The key and value entry
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putMatrix(Map.Entry<MissionFamily, ? extends Map<Competency, Double>> entry) {
      Objects.requireNonNull(entry, "matrix entry");
      delegate.putMatrix(entry);
      provenance.set(Figure.MATRIX);
      return this;
    }

    /**
     * Sets or replaces all mappings from the specified map as entries for the {@link FitPolicy#matrix() matrix} map. Nulls are not permitted
     * @param entries The entries that will be added to the matrix map
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder matrix(Map<MissionFamily, ? extends Map<Competency, Double>> entries) {
      Objects.requireNonNull(entries, "matrix");
      delegate.matrix(entries);
      provenance.set(Figure.MATRIX);
      return this;
    }

    /**
     * Put all mappings from the specified map as entries to {@link FitPolicy#matrix() matrix} map. Nulls are not permitted
     * @param entries The entries that will be added to the matrix map
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putAllMatrix(Map<MissionFamily, ? extends Map<Competency, Double>> entries) {
      Objects.requireNonNull(entries, "matrix");
      delegate.putAllMatrix(entries);
      provenance.set(Figure.MATRIX);
      return this;
    }

    /**
     * Put one entry to the {@link FitPolicy#coreRequirementByLevel() coreRequirementByLevel} map.
     * @param key The key in the coreRequirementByLevel map
     * @param value The associated value in the coreRequirementByLevel map
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putCoreRequirementByLevel(OpsLevel key, Proficiency value) {
      delegate.putCoreRequirementByLevel(key, value);
      provenance.set(Figure.CORE_REQUIREMENT_BY_LEVEL);
      return this;
    }

    /**
     * Put one entry to the {@link FitPolicy#coreRequirementByLevel() coreRequirementByLevel} map. Nulls are not permitted
     * @param entry The key and value entry
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putCoreRequirementByLevel(Map.Entry<OpsLevel, ? extends Proficiency> entry) {
      Objects.requireNonNull(entry, "coreRequirementByLevel entry");
      delegate.putCoreRequirementByLevel(entry);
      provenance.set(Figure.CORE_REQUIREMENT_BY_LEVEL);
      return this;
    }

    /**
     * Sets or replaces all mappings from the specified map as entries for the {@link FitPolicy#coreRequirementByLevel() coreRequirementByLevel} map. Nulls are not permitted
     * @param entries The entries that will be added to the coreRequirementByLevel map
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder coreRequirementByLevel(Map<OpsLevel, ? extends Proficiency> entries) {
      Objects.requireNonNull(entries, "coreRequirementByLevel");
      delegate.coreRequirementByLevel(entries);
      provenance.set(Figure.CORE_REQUIREMENT_BY_LEVEL);
      return this;
    }

    /**
     * Put all mappings from the specified map as entries to {@link FitPolicy#coreRequirementByLevel() coreRequirementByLevel} map. Nulls are not permitted
     * @param entries The entries that will be added to the coreRequirementByLevel map
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putAllCoreRequirementByLevel(Map<OpsLevel, ? extends Proficiency> entries) {
      Objects.requireNonNull(entries, "coreRequirementByLevel");
      delegate.putAllCoreRequirementByLevel(entries);
      provenance.set(Figure.CORE_REQUIREMENT_BY_LEVEL);
      return this;
    }

    /**
     * Initializes the value for the {@link FitPolicy#coreShare() coreShare} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link FitPolicy#coreShare() coreShare}.</em>
     * @param coreShare The value for coreShare
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder coreShare(double coreShare) {
      delegate.coreShare(coreShare);
      provenance.set(Figure.CORE_SHARE);
      return this;
    }

    /**
     * Put one entry to the {@link FitPolicy#specialtyEmphasis() specialtyEmphasis} map.
     * @param key The key in the specialtyEmphasis map
     * @param value The associated value in the specialtyEmphasis map
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putSpecialtyEmphasis(OpsSpecialty key, List<Competency> value) {
      delegate.putSpecialtyEmphasis(key, value);
      provenance.set(Figure.SPECIALTY_EMPHASIS);
      return this;
    }

    /**
     * Put one entry to the {@link FitPolicy#specialtyEmphasis() specialtyEmphasis} map. Nulls are not permitted
     * @param entry The key and value entry
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putSpecialtyEmphasis(Map.Entry<OpsSpecialty, ? extends List<Competency>> entry) {
      Objects.requireNonNull(entry, "specialtyEmphasis entry");
      delegate.putSpecialtyEmphasis(entry);
      provenance.set(Figure.SPECIALTY_EMPHASIS);
      return this;
    }

    /**
     * Sets or replaces all mappings from the specified map as entries for the {@link FitPolicy#specialtyEmphasis() specialtyEmphasis} map. Nulls are not permitted
     * @param entries The entries that will be added to the specialtyEmphasis map
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder specialtyEmphasis(Map<OpsSpecialty, ? extends List<Competency>> entries) {
      Objects.requireNonNull(entries, "specialtyEmphasis");
      delegate.specialtyEmphasis(entries);
      provenance.set(Figure.SPECIALTY_EMPHASIS);
      return this;
    }

    /**
     * Put all mappings from the specified map as entries to {@link FitPolicy#specialtyEmphasis() specialtyEmphasis} map. Nulls are not permitted
     * @param entries The entries that will be added to the specialtyEmphasis map
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putAllSpecialtyEmphasis(Map<OpsSpecialty, ? extends List<Competency>> entries) {
      Objects.requireNonNull(entries, "specialtyEmphasis");
      delegate.putAllSpecialtyEmphasis(entries);
      provenance.set(Figure.SPECIALTY_EMPHASIS);
      return this;
    }

    /**
     * Initializes the value for the {@link FitPolicy#specialtyBoost() specialtyBoost} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link FitPolicy#specialtyBoost() specialtyBoost}.</em>
     * @param specialtyBoost The value for specialtyBoost
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder specialtyBoost(double specialtyBoost) {
      delegate.specialtyBoost(specialtyBoost);
      provenance.set(Figure.SPECIALTY_BOOST);
      return this;
    }

    /**
     * Put one entry to the {@link FitPolicy#evidenceWeights() evidenceWeights} map.
     * @param key The key in the evidenceWeights map
     * @param value The associated value in the evidenceWeights map
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putEvidenceWeights(Evidence key, double value) {
      delegate.putEvidenceWeights(key, value);
      provenance.set(Figure.EVIDENCE_WEIGHTS);
      return this;
    }

    /**
     * Put one entry to the {@link FitPolicy#evidenceWeights() evidenceWeights} map. Nulls are not permitted
     * @param entry The key and value entry
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putEvidenceWeights(Map.Entry<Evidence, ? extends Double> entry) {
      Objects.requireNonNull(entry, "evidenceWeights entry");
      delegate.putEvidenceWeights(entry);
      provenance.set(Figure.EVIDENCE_WEIGHTS);
      return this;
    }

    /**
     * Sets or replaces all mappings from the specified map as entries for the {@link FitPolicy#evidenceWeights() evidenceWeights} map. Nulls are not permitted
     * @param entries The entries that will be added to the evidenceWeights map
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder evidenceWeights(Map<Evidence, ? extends Double> entries) {
      Objects.requireNonNull(entries, "evidenceWeights");
      delegate.evidenceWeights(entries);
      provenance.set(Figure.EVIDENCE_WEIGHTS);
      return this;
    }

    /**
     * Put all mappings from the specified map as entries to {@link FitPolicy#evidenceWeights() evidenceWeights} map. Nulls are not permitted
     * @param entries The entries that will be added to the evidenceWeights map
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putAllEvidenceWeights(Map<Evidence, ? extends Double> entries) {
      Objects.requireNonNull(entries, "evidenceWeights");
      delegate.putAllEvidenceWeights(entries);
      provenance.set(Figure.EVIDENCE_WEIGHTS);
      return this;
    }

    /**
     * Put one entry to the {@link FitPolicy#developmentActions() developmentActions} map.
     * @param key The key in the developmentActions map
     * @param value The associated value in the developmentActions map
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putDevelopmentActions(Competency key, List<DevelopmentAction> value) {
      delegate.putDevelopmentActions(key, value);
      provenance.set(Figure.DEVELOPMENT_ACTIONS);
      return this;
    }

    /**
     * Put one entry to the {@link FitPolicy#developmentActions() developmentActions} map. Nulls are not permitted
     * @param entry The key and value entry
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putDevelopmentActions(Map.Entry<Competency, ? extends List<DevelopmentAction>> entry) {
      Objects.requireNonNull(entry, "developmentActions entry");
      delegate.putDevelopmentActions(entry);
      provenance.set(Figure.DEVELOPMENT_ACTIONS);
      return this;
    }

    /**
     * Sets or replaces all mappings from the specified map as entries for the {@link FitPolicy#developmentActions() developmentActions} map. Nulls are not permitted
     * @param entries The entries that will be added to the developmentActions map
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder developmentActions(Map<Competency, ? extends List<DevelopmentAction>> entries) {
      Objects.requireNonNull(entries, "developmentActions");
      delegate.developmentActions(entries);
      provenance.set(Figure.DEVELOPMENT_ACTIONS);
      return this;
    }

    /**
     * Put all mappings from the specified map as entries to {@link FitPolicy#developmentActions() developmentActions} map. Nulls are not permitted
     * @param entries The entries that will be added to the developmentActions map
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putAllDevelopmentActions(Map<Competency, ? extends List<DevelopmentAction>> entries) {
      Objects.requireNonNull(entries, "developmentActions");
      delegate.putAllDevelopmentActions(entries);
      provenance.set(Figure.DEVELOPMENT_ACTIONS);
      return this;
    }

    /**
     * Initializes the value for the {@link FitPolicy#focusShare() focusShare} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link FitPolicy#focusShare() focusShare}.</em>
     * @param focusShare The value for focusShare
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder focusShare(double focusShare) {
      delegate.focusShare(focusShare);
      provenance.set(Figure.FOCUS_SHARE);
      return this;
    }

    /**
     * Sets {@link FitPolicy#opsYearsShift()}.
     * @param levels the shift in proficiency levels, 0 to 4
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder opsYearsShift(double levels) {
      delegate.opsYearsShift(levels);
      provenance.set(Figure.OPS_YEARS_SHIFT);
      return this;
    }

    /**
     * Sets {@link FitPolicy#otherYearsShift()}.
     * @param levels the shift in proficiency levels, 0 to 4
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder otherYearsShift(double levels) {
      delegate.otherYearsShift(levels);
      provenance.set(Figure.OTHER_YEARS_SHIFT);
      return this;
    }

    /**
     * Sets {@link FitPolicy#yearsAtFullShift()}.
     * @param years the years, > 0
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder yearsAtFullShift(double years) {
      delegate.yearsAtFullShift(years);
      provenance.set(Figure.YEARS_AT_FULL_SHIFT);
      return this;
    }

    /**
     * Sets the competencies one level emphasises, replacing that level's entry of
     * {@link FitPolicy#levelEmphasis()}.
     * @param level the level, not null
     * @param competencies the competencies, not null, no null element
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder putLevelEmphasis(OpsLevel level, List<Competency> competencies) {
      delegate.putLevelEmphasis(level, competencies);
      provenance.set(Figure.LEVEL_EMPHASIS);
      return this;
    }

    /**
     * Replaces the whole of {@link FitPolicy#levelEmphasis()}.
     * @param entries the competencies per level, not null
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder levelEmphasis(Map<OpsLevel, ? extends List<Competency>> entries) {
      Objects.requireNonNull(entries, "levelEmphasis");
      delegate.levelEmphasis(entries);
      provenance.set(Figure.LEVEL_EMPHASIS);
      return this;
    }

    /**
     * Sets {@link FitPolicy#rankingMinimumConfidence()}.
     * @param confidence the confidence, 0 to 1
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder rankingMinimumConfidence(double confidence) {
      delegate.rankingMinimumConfidence(confidence);
      provenance.set(Figure.RANKING_MINIMUM_CONFIDENCE);
      return this;
    }

    /**
     * Sets {@link FitPolicy#uncertaintyAtNoEvidence()}.
     * @param points the half-width in points, above 0, at most 50
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder uncertaintyAtNoEvidence(double points) {
      delegate.uncertaintyAtNoEvidence(points);
      provenance.set(Figure.UNCERTAINTY_AT_NO_EVIDENCE);
      return this;
    }

    /**
     * Builds a new {@link FitPolicy FitPolicy}.
     * @return An immutable instance of FitPolicy
     * @throws dev.revops.core.MissingValueException if any required attributes are missing
     */
    public FitPolicy build() {
      return delegate.provenance(provenance.provenance()).build();
    }
  }

  private static OriginPrior prior(ProfileOrigin origin, int[] levels, Competency... watch) {
    Map<Competency, Proficiency> expected = new EnumMap<>(Competency.class);
    for (Competency c : Competency.values()) {
      expected.put(c, Proficiency.of(levels[c.ordinal()]));
    }
    return OriginPrior.builder().origin(origin).expected(expected).addWatchPoints(watch).build();
  }

  /**
   * Expectations per origin (assumptions derived from the source; see the class description).
   *
   * @return the priors, one per origin
   */
  @Value.Default
  public Map<ProfileOrigin, OriginPrior> priors() {
    return ImmutableMap.of(
        ProfileOrigin.SALES_OR_CUSTOMER_SUCCESS, prior(ProfileOrigin.SALES_OR_CUSTOMER_SUCCESS,
            new int[] {4, 4, 1, 1, 2, 2, 3, 1}, Competency.TECHNICAL_TOOLING, Competency.DATA_MODELLING),
        ProfileOrigin.CONSULTING, prior(ProfileOrigin.CONSULTING,
            new int[] {1, 2, 2, 2, 4, 4, 1, 2}, Competency.HANDS_ON_EXECUTION),
        ProfileOrigin.FINANCE, prior(ProfileOrigin.FINANCE,
            new int[] {1, 1, 1, 3, 3, 2, 2, 4}, Competency.FIELD_KNOWLEDGE, Competency.TECHNICAL_TOOLING),
        ProfileOrigin.EXPERIENCED_OPS, prior(ProfileOrigin.EXPERIENCED_OPS, new int[] {3, 3, 3, 3, 3, 3, 3, 2}),
        ProfileOrigin.OTHER, prior(ProfileOrigin.OTHER, new int[] {2, 2, 2, 2, 2, 2, 2, 2}));
  }

  /**
   * Weight of each competency in each mission family's work (an assumption; see the class
   * description).
   *
   * @return the matrix, never null
   */
  @Value.Default
  public Map<MissionFamily, Map<Competency, Double>> matrix() {
    return ImmutableMap.of(
        MissionFamily.PROCESS, ImmutableMap.of(Competency.FIELD_KNOWLEDGE, 0.30, Competency.HANDS_ON_EXECUTION, 0.20,
            Competency.PROJECT_MANAGEMENT, 0.20, Competency.ANALYSIS_AND_LISTENING, 0.15, Competency.BUSINESS_CREDIBILITY, 0.15),
        MissionFamily.TOOLS, ImmutableMap.of(Competency.TECHNICAL_TOOLING, 0.45, Competency.DATA_MODELLING, 0.20,
            Competency.HANDS_ON_EXECUTION, 0.20, Competency.FIELD_KNOWLEDGE, 0.15),
        MissionFamily.DATA, ImmutableMap.of(Competency.DATA_MODELLING, 0.30, Competency.ANALYSIS_AND_LISTENING, 0.30,
            Competency.FINANCIAL_MODELLING, 0.20, Competency.TECHNICAL_TOOLING, 0.20),
        MissionFamily.TRANSVERSAL, ImmutableMap.of(Competency.PROJECT_MANAGEMENT, 0.40, Competency.BUSINESS_CREDIBILITY, 0.30,
            Competency.ANALYSIS_AND_LISTENING, 0.30));
  }

  /**
   * Required proficiency in a role's core competencies, by level: junior 2 (working), senior and
   * manager 3 (strong), director and VP 4 (expert). Assumption.
   *
   * @return the proficiency by level, one per level
   */
  @Value.Default
  public Map<OpsLevel, Proficiency> coreRequirementByLevel() {
    return ImmutableMap.of(OpsLevel.JUNIOR, Proficiency.WORKING, OpsLevel.SENIOR, Proficiency.STRONG,
        OpsLevel.MANAGER, Proficiency.STRONG, OpsLevel.DIRECTOR, Proficiency.EXPERT, OpsLevel.VP, Proficiency.EXPERT);
  }

  /**
   * A competency is core when its share of the role's weight reaches this; other competencies
   * with weight are required one level lower (at least basic). Default 0.12 (assumption).
   *
   * @return the share, in (0, 1)
   */
  @Value.Default
  public double coreShare() {
    return 0.12;
  }

  /**
   * Competencies a specialty leans on, whose weight is multiplied by {@link #specialtyBoost()}:
   * Sales Ops and Customer Ops lean on field knowledge and credibility, Finance Ops on financial
   * modelling, Marketing Ops and Revenue Ops on tooling. Assumption.
   *
   * @return the emphasis per specialty, never null
   */
  @Value.Default
  public Map<OpsSpecialty, List<Competency>> specialtyEmphasis() {
    return ImmutableMap.of(
        OpsSpecialty.SALES_OPS, ImmutableList.of(Competency.FIELD_KNOWLEDGE, Competency.BUSINESS_CREDIBILITY),
        OpsSpecialty.CUSTOMER_OPS, ImmutableList.of(Competency.FIELD_KNOWLEDGE, Competency.BUSINESS_CREDIBILITY),
        OpsSpecialty.SUPPORT_OPS, ImmutableList.of(Competency.FIELD_KNOWLEDGE, Competency.HANDS_ON_EXECUTION),
        OpsSpecialty.MARKETING_OPS, ImmutableList.of(Competency.TECHNICAL_TOOLING),
        OpsSpecialty.FINANCE_OPS, ImmutableList.of(Competency.FINANCIAL_MODELLING),
        OpsSpecialty.BUSINESS_OPS, ImmutableList.of(Competency.ANALYSIS_AND_LISTENING, Competency.PROJECT_MANAGEMENT),
        OpsSpecialty.REVENUE_OPS, ImmutableList.of(Competency.TECHNICAL_TOOLING, Competency.ANALYSIS_AND_LISTENING));
  }

  /**
   * Multiplier of the weight of a specialty's emphasised competencies. Default 1.5 (assumption).
   *
   * @return the multiplier, >= 1
   */
  @Value.Default
  public double specialtyBoost() {
    return 1.5;
  }

  /**
   * The strength of each kind of evidence: the share of the distance between the prior and the
   * assessed level that one assessment of that kind closes, and the share of the competency's
   * weight it backs. Practical case 0.8, interview 0.6, reference 0.35, self-declared 0.15.
   *
   * <p>An assumption, ordered by published validity research: structured interviews (.42) and work
   * samples (.33) predict job performance best, unstructured interviews (.19) less, job experience
   * (.07) little (Sackett, Zhang, Berry and Lievens 2022, revising Schmidt and Hunter 1998). The
   * practical case comes first here because it observes the very competency being scored, not
   * performance in general, as the source recommends; a self-declaration is the weakest evidence.
   * Two assessments of one competency add up: each counts {@code s / (1 - s)} times as much as the
   * prior, so a practical case outweighs a self-declaration about 23 to 1.
   *
   * @return the strength per evidence kind, each strictly between 0 and 1
   */
  @Value.Default
  public Map<Evidence, Double> evidenceWeights() {
    return ImmutableMap.of(Evidence.PRACTICAL_CASE, 0.8, Evidence.INTERVIEW, 0.6, Evidence.REFERENCE, 0.35,
        Evidence.SELF_DECLARED, 0.15);
  }

  /**
   * How many proficiency levels years in Ops add to every prior, reached at
   * {@link #yearsAtFullShift()} years and in proportion before. Default 0.75 (assumption: Ops
   * experience builds the Ops competencies, but does not make a beginner an expert).
   *
   * @return the shift in levels, finite, 0 to 4
   */
  @Value.Default
  public double opsYearsShift() {
    return 0.75;
  }

  /**
   * How many proficiency levels years outside Ops add to every prior, reached at
   * {@link #yearsAtFullShift()} such years. Default 0.25 (assumption: other experience helps less).
   *
   * @return the shift in levels, finite, 0 to 4
   */
  @Value.Default
  public double otherYearsShift() {
    return 0.25;
  }

  /**
   * The years of experience after which more years add nothing to the priors. Default 6: the
   * source says few people in France have more than five or six years in Ops.
   *
   * @return the years, finite, > 0
   */
  @Value.Default
  public double yearsAtFullShift() {
    return 6;
  }

  /**
   * Competencies a level requires one step above the level's core proficiency (or, when they are
   * not core in the role, at the core proficiency): a manager, director or VP leads projects and
   * must convince the business. Default: manager, director and VP emphasise project management and
   * credibility with the business (assumption), so that a role's level changes its requirements
   * beyond the core proficiency.
   *
   * @return the emphasised competencies per level, never null
   */
  @Value.Default
  public Map<OpsLevel, List<Competency>> levelEmphasis() {
    List<Competency> leading = ImmutableList.of(Competency.PROJECT_MANAGEMENT, Competency.BUSINESS_CREDIBILITY);
    return ImmutableMap.of(OpsLevel.MANAGER, leading, OpsLevel.DIRECTOR, leading, OpsLevel.VP, leading);
  }

  /**
   * The confidence below which {@link FitScorer#rank} does not place a candidate but lists them as
   * not assessed enough to rank. Default 0.25: a quarter of the role's weight backed by evidence
   * (assumption).
   *
   * @return the confidence, 0 to 1
   */
  @Value.Default
  public double rankingMinimumConfidence() {
    return 0.25;
  }

  /**
   * Half the width of a score's interval when nothing is assessed, in points; evidence narrows it
   * in proportion to the confidence. Default 25: with nothing assessed, the true fit of a candidate
   * scored 60 could be anywhere from 35 to 85 (assumption).
   *
   * @return the half-width, greater than 0, at most 50
   */
  @Value.Default
  public double uncertaintyAtNoEvidence() {
    return 25;
  }

  /**
   * The strength of one kind of evidence (see {@link #evidenceWeights()}).
   *
   * @param evidence  the kind of evidence, not null
   * @return the strength, strictly between 0 and 1
   */
  public double evidenceStrength(Evidence evidence) {
    Double strength = evidenceWeights().get(Objects.requireNonNull(evidence, "evidence"));
    return Objects.requireNonNull(strength, "evidenceWeights holds every kind of evidence");
  }

  /**
   * How far a candidate's experience raises every prior, in proficiency levels.
   *
   * @param opsYears  years in Ops, finite, >= 0
   * @param totalYears  total professional years, finite, at least {@code opsYears}
   * @return the shift, 0 to {@code opsYearsShift() + otherYearsShift()}
   * @throws IllegalArgumentException if the years break those rules
   */
  public double experienceShift(double opsYears, double totalYears) {
    Checks.check(Double.isFinite(opsYears) && opsYears >= 0, "opsYears", opsYears, "must be a finite number >= 0");
    Checks.check(Double.isFinite(totalYears) && totalYears >= opsYears, "totalYears", totalYears,
        "must be a finite number, at least opsYears (" + opsYears + ")");
    double horizon = yearsAtFullShift();
    double ops = Math.min(Math.max(opsYears, 0), horizon) / horizon;
    double other = Math.min(Math.max(totalYears - opsYears, 0), horizon) / horizon;
    return opsYearsShift() * ops + otherYearsShift() * other;
  }

  /**
   * Development actions per competency, for the development plan.
   *
   * @return the actions per competency, never null
   */
  @Value.Default
  public Map<Competency, List<DevelopmentAction>> developmentActions() {
    Map<Competency, ImmutableList<DevelopmentAction>> map = new EnumMap<>(Competency.class);
    map.put(Competency.FIELD_KNOWLEDGE, ImmutableList.of(DevelopmentAction.FIELD_IMMERSION));
    map.put(Competency.BUSINESS_CREDIBILITY, ImmutableList.of(DevelopmentAction.BUSINESS_PAIRING, DevelopmentAction.FIELD_IMMERSION));
    map.put(Competency.TECHNICAL_TOOLING, ImmutableList.of(DevelopmentAction.SQL_AND_CRM_TRAINING, DevelopmentAction.OPERATIONAL_TOOLS_ONBOARDING));
    map.put(Competency.DATA_MODELLING, ImmutableList.of(DevelopmentAction.DATA_MODELLING_COURSE, DevelopmentAction.SQL_AND_CRM_TRAINING));
    map.put(Competency.ANALYSIS_AND_LISTENING, ImmutableList.of(DevelopmentAction.ANALYSIS_COACHING));
    map.put(Competency.PROJECT_MANAGEMENT, ImmutableList.of(DevelopmentAction.PROJECT_MANAGEMENT_COACHING));
    map.put(Competency.HANDS_ON_EXECUTION, ImmutableList.of(DevelopmentAction.HANDS_ON_ASSIGNMENTS, DevelopmentAction.FIELD_IMMERSION));
    map.put(Competency.FINANCIAL_MODELLING, ImmutableList.of(DevelopmentAction.FINANCIAL_MODELLING_COACHING));
    return ImmutableMap.copyOf(map);
  }

  /**
   * A competency counts as high-weight for the interview focus from this share. Default 0.10.
   *
   * @return the share, in (0, 1)
   */
  @Value.Default
  public double focusShare() {
    return 0.10;
  }

  /**
   * The prior of an origin.
   *
   * @param origin  the origin, not null
   * @return the prior, never null
   */
  public OriginPrior prior(ProfileOrigin origin) {
    OriginPrior prior = priors().get(Objects.requireNonNull(origin, "origin"));
    return Objects.requireNonNull(prior, "prior");
  }

  /**
   * The requirements of a role: its own if set, otherwise derived from its mission mix through
   * the matrix, emphasised by its specialty, with the core proficiency of its level.
   *
   * @param role  the role, not null
   * @return the requirements, never null
   */
  public RoleRequirements requirements(OpsRole role) {
    Objects.requireNonNull(role, "role");
    if (role.requirements().isPresent()) {
      return role.requirements().get();
    }
    Map<Competency, Double> weights = new EnumMap<>(Competency.class);
    role.mix().weights().forEach((family, w) -> {
      Map<Competency, Double> row = matrix().getOrDefault(family, ImmutableMap.of());
      row.forEach((c, cw) -> weights.merge(c, role.mix().share(family) * cw, Double::sum));
    });
    for (Competency c : specialtyEmphasis().getOrDefault(role.specialty(), ImmutableList.of())) {
      weights.computeIfPresent(c, (k, w) -> w * specialtyBoost());
    }
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    Proficiency core = coreRequirementByLevel().getOrDefault(role.level(), Proficiency.STRONG);
    List<Competency> emphasised = levelEmphasis().getOrDefault(role.level(), ImmutableList.of());
    Map<Competency, Requirement> out = new EnumMap<>(Competency.class);
    weights.forEach((c, w) -> {
      if (w > 0) {
        int level = w / total >= coreShare() ? core.level() : Math.max(1, core.level() - 1);
        if (emphasised.contains(c)) {
          level = Math.min(Proficiency.EXPERT.level(), level + 1);
        }
        out.put(c, Requirement.of(Proficiency.of(level), w / total));
      }
    });
    return RoleRequirements.of(out);
  }

  /**
   * Makes the nested maps and lists immutable copies, so a map or list a caller passed to the
   * builder and changes later does not change the policy.
   */
  @Value.Check
  FitPolicy normalize() {
    if (matrix().values().stream().allMatch(ImmutableMap.class::isInstance)
        && specialtyEmphasis().values().stream().allMatch(ImmutableList.class::isInstance)
        && levelEmphasis().values().stream().allMatch(ImmutableList.class::isInstance)
        && developmentActions().values().stream().allMatch(ImmutableList.class::isInstance)) {
      return this;
    }
    Map<MissionFamily, Map<Competency, Double>> matrix = new EnumMap<>(MissionFamily.class);
    matrix().forEach((family, row) -> {
      row.forEach((competency, weight) -> {
        Objects.requireNonNull(competency, "matrix[" + family + "] key");
        Objects.requireNonNull(weight, "matrix[" + family + "][" + competency + "]");
      });
      matrix.put(family, ImmutableMap.copyOf(row));
    });
    Map<OpsSpecialty, List<Competency>> emphasis = new EnumMap<>(OpsSpecialty.class);
    specialtyEmphasis().forEach((specialty, list) -> emphasis.put(specialty,
        ImmutableList.copyOf(Checks.noNulls(list, "specialtyEmphasis[" + specialty + "]"))));
    Map<Competency, List<DevelopmentAction>> actions = new EnumMap<>(Competency.class);
    developmentActions().forEach((competency, list) -> actions.put(competency,
        ImmutableList.copyOf(Checks.noNulls(list, "developmentActions[" + competency + "]"))));
    Map<OpsLevel, List<Competency>> levels = new EnumMap<>(OpsLevel.class);
    levelEmphasis().forEach((level, list) -> levels.put(level,
        ImmutableList.copyOf(Checks.noNulls(list, "levelEmphasis[" + level + "]"))));
    return ImmutableFitPolicy.generator().from(this).matrix(matrix).specialtyEmphasis(emphasis)
        .developmentActions(actions).levelEmphasis(levels).build();
  }

  @Value.Check
  void check() {
    for (ProfileOrigin origin : ProfileOrigin.values()) {
      if (!priors().containsKey(origin)) {
        throw Checks.invalid("priors", priors().keySet(), "must hold a prior for " + origin);
      }
      if (priors().get(origin).origin() != origin) {
        throw Checks.invalid("priors." + origin + ".origin", priors().get(origin).origin(),
            "must be " + origin + ", the origin it is filed under");
      }
    }
    for (OpsLevel level : OpsLevel.values()) {
      if (!coreRequirementByLevel().containsKey(level)) {
        throw Checks.invalid("coreRequirementByLevel", coreRequirementByLevel().keySet(),
            "must hold a requirement for " + level);
      }
    }
    for (Evidence evidence : Evidence.values()) {
      Double w = evidenceWeights().get(evidence);
      if (!(w != null && w > 0 && w < 1)) {
        throw Checks.invalid("evidenceWeights." + evidence, w, "must be strictly between 0 and 1");
      }
    }
    boolean anyPositive = false;
    for (MissionFamily family : MissionFamily.values()) {
      Map<Competency, Double> row = matrix().get(family);
      if (row == null || row.isEmpty()) {
        throw Checks.invalid("matrix", matrix().keySet(), "must hold a row of weights for " + family);
      }
      for (Map.Entry<Competency, Double> e : row.entrySet()) {
        Double weight = e.getValue();
        if (!(weight != null && Double.isFinite(weight) && weight >= 0)) {
          throw Checks.invalid("matrix." + family + "." + e.getKey(), e.getValue(),
              "must be a finite number >= 0");
        }
        anyPositive |= e.getValue() > 0;
      }
      if (row.values().stream().noneMatch(w -> w > 0)) {
        throw Checks.invalid("matrix." + family, row, "must give some competency a weight above 0");
      }
    }
    Checks.check(anyPositive, "matrix", matrix(), "must give some competency a weight above 0");
    Checks.check(coreShare() > 0 && coreShare() < 1,
        "coreShare", coreShare(), "must be strictly between 0 and 1");
    Checks.check(focusShare() > 0 && focusShare() < 1,
        "focusShare", focusShare(), "must be strictly between 0 and 1");
    Checks.check(Double.isFinite(specialtyBoost()) && specialtyBoost() >= 1,
        "specialtyBoost", specialtyBoost(), "must be a finite number >= 1");
    Checks.check(opsYearsShift() >= 0 && opsYearsShift() <= 4, "opsYearsShift", opsYearsShift(),
        "must be between 0 and 4 levels");
    Checks.check(otherYearsShift() >= 0 && otherYearsShift() <= 4, "otherYearsShift", otherYearsShift(),
        "must be between 0 and 4 levels");
    Checks.check(yearsAtFullShift() > 0 && Double.isFinite(yearsAtFullShift()), "yearsAtFullShift",
        yearsAtFullShift(), "must be a finite number > 0");
    Checks.check(rankingMinimumConfidence() >= 0 && rankingMinimumConfidence() <= 1, "rankingMinimumConfidence",
        rankingMinimumConfidence(), "must be between 0 and 1");
    Checks.check(uncertaintyAtNoEvidence() > 0 && uncertaintyAtNoEvidence() <= 50, "uncertaintyAtNoEvidence",
        uncertaintyAtNoEvidence(), "must be above 0 and at most 50 points");
  }

}
