package dev.revops.core.explain;

import dev.revops.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where a fact comes from: a study, a survey, a published rule of thumb.
 *
 * <p>Each source lives with the concept it backs:
 * {@code SalaryBenchmarks.BUSINESS_OPERATIONS_NETWORK_STUDY} (pay: France, about 400 respondents
 * from 117 companies), {@code StaffingPolicy.STAFFING_RULE_OF_THUMB} (staffing ratios observed in
 * the field); {@link #OPS_TEAM_PRACTICE_ARTICLE} is the article itself, which the stage and fit
 * packages cite. Users describe their own sources with {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Source {

  /**
   * The French industry article on building Ops teams that revops is based on: mission families,
   * organisation stages and the pools candidates come from.
   */
  public static final Source OPS_TEAM_PRACTICE_ARTICLE = builder()
      .name("How to build an Ops team, French industry article")
      .frenchName("Comment structurer une équipe Ops, article de la profession en France")
      .country("FR")
      .build();

  Source() {}

  /**
   * The name of the source.
   *
   * @return the name, never blank
   */
  public abstract String name();

  /**
   * The name of the source in French, when it has one; French texts show it instead of
   * {@link #name()}.
   *
   * @return the French name, empty to show {@link #name()} in French too
   */
  public abstract Optional<String> frenchName();

  /**
   * The edition, year or period the figures refer to.
   *
   * @return the edition, empty if unknown
   */
  public abstract Optional<String> edition();

  /**
   * The edition in French, when it has one; French texts show it instead of {@link #edition()}.
   *
   * @return the French edition, empty to show {@link #edition()} in French too
   */
  public abstract Optional<String> frenchEdition();

  /**
   * The country the source covers, as an ISO 3166-1 alpha-2 code.
   *
   * @return the country code, empty if not tied to one country
   */
  public abstract Optional<String> country();

  /**
   * The number of respondents or observations, when the source is a survey.
   *
   * @return the sample size, empty if unknown or not a survey
   */
  public abstract OptionalInt sampleSize();

  /**
   * The number of companies the respondents come from.
   *
   * @return the number of companies, empty if unknown
   */
  public abstract OptionalInt companies();

  /**
   * Obtains an instance of {@code Source} with a name only.
   *
   * @param name  the name, not null, not blank
   * @return the new instance, never null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Source of(String name) {
    return builder().name(name).build();
  }

  /**
   * Returns a builder for a source.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}. Not thread-safe. */
  public static final class Builder {
    private final ImmutableSource.Generator delegate = ImmutableSource.generator();

    Builder() {}

    /**
     * Fill a builder with attribute values from the provided {@code Source} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder from(Source instance) {
      delegate.from(instance);
      return this;
    }

    /**
     * Initializes the value for the {@link Source#name() name} attribute.
     * @param name The value for name
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder name(String name) {
      delegate.name(name);
      return this;
    }

    /**
     * Sets the French name, shown instead of the name in French texts.
     * @param frenchName the name in French, not blank
     * @return {@code this} builder for chained invocation
     */
    public Builder frenchName(String frenchName) {
      delegate.frenchName(frenchName);
      return this;
    }

    /**
     * Sets the French edition, shown instead of the edition in French texts.
     * @param frenchEdition the edition in French, not blank
     * @return {@code this} builder for chained invocation
     */
    public Builder frenchEdition(String frenchEdition) {
      delegate.frenchEdition(frenchEdition);
      return this;
    }

    /**
     * Initializes the optional value {@link Source#edition() edition} to edition.
     * @param edition The value for edition
     * @return {@code this} builder for chained invocation
     */
    public Builder edition(String edition) {
      delegate.edition(edition);
      return this;
    }

    /**
     * Initializes the optional value {@link Source#edition() edition} to edition.
     * @param edition The value for edition
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder edition(Optional<String> edition) {
      Objects.requireNonNull(edition, "edition");
      delegate.edition(edition);
      return this;
    }

    /**
     * Initializes the optional value {@link Source#country() country} to country.
     * @param country The value for country
     * @return {@code this} builder for chained invocation
     */
    public Builder country(String country) {
      delegate.country(country);
      return this;
    }

    /**
     * Initializes the optional value {@link Source#country() country} to country.
     * @param country The value for country
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder country(Optional<String> country) {
      Objects.requireNonNull(country, "country");
      delegate.country(country);
      return this;
    }

    /**
     * Initializes the optional value {@link Source#sampleSize() sampleSize} to sampleSize.
     * @param sampleSize The value for sampleSize
     * @return {@code this} builder for chained invocation
     */
    public Builder sampleSize(int sampleSize) {
      delegate.sampleSize(sampleSize);
      return this;
    }

    /**
     * Initializes the optional value {@link Source#sampleSize() sampleSize} to sampleSize.
     * @param sampleSize The value for sampleSize
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder sampleSize(OptionalInt sampleSize) {
      Objects.requireNonNull(sampleSize, "sampleSize");
      delegate.sampleSize(sampleSize);
      return this;
    }

    /**
     * Initializes the optional value {@link Source#companies() companies} to companies.
     * @param companies The value for companies
     * @return {@code this} builder for chained invocation
     */
    public Builder companies(int companies) {
      delegate.companies(companies);
      return this;
    }

    /**
     * Initializes the optional value {@link Source#companies() companies} to companies.
     * @param companies The value for companies
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder companies(OptionalInt companies) {
      Objects.requireNonNull(companies, "companies");
      delegate.companies(companies);
      return this;
    }

    /**
     * Builds a new {@link Source Source}.
     * @return An immutable instance of Source
     * @throws dev.revops.core.MissingValueException if any required attributes are missing
     */
    public Source build() {
      return delegate.build();
    }
  }

  /**
   * Describes the source for people, with its details in parentheses: for example
   * {@code "Business Operations Network, annual Ops salary study (figures for 2023; FR; about 400
   * respondents; 117 companies)"}.
   *
   * @param locale  the language, not null
   * @return the description, never null
   */
  public String describe(Locale locale) {
    boolean french = Messages.isFrench(locale);
    List<String> details = new ArrayList<>();
    (french && frenchEdition().isPresent() ? frenchEdition() : edition()).ifPresent(details::add);
    country().ifPresent(details::add);
    sampleSize().ifPresent(n -> details.add(Messages.format("source.sampleSize", locale, List.of((long) n))));
    companies().ifPresent(n -> details.add(Messages.format("source.companies", locale, List.of((long) n))));
    String shown = french ? frenchName().orElse(name()) : name();
    if (details.isEmpty()) {
      return shown;
    }
    return shown + " (" + String.join(french ? " ; " : "; ", details) + ")";
  }

  @Value.Check
  void check() {
    Checks.check(!name().isBlank(), "name", name(), "must not be blank");
    edition().ifPresent(e -> Checks.check(!e.isBlank(), "edition", e, "must not be blank"));
    frenchName().ifPresent(n -> Checks.check(!n.isBlank(), "frenchName", n, "must not be blank"));
    frenchEdition().ifPresent(e -> Checks.check(!e.isBlank(), "frenchEdition", e, "must not be blank"));
    country().ifPresent(c -> Checks.check(c.matches("[A-Z]{2}"),
        "country", c, "must be an ISO 3166-1 alpha-2 code such as FR"));
    sampleSize().ifPresent(n -> Checks.check(n > 0, "sampleSize", n, "must be > 0"));
    companies().ifPresent(n -> Checks.check(n > 0, "companies", n, "must be > 0"));
  }
}
