package dev.revops.core.explain;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where a fact comes from: a study, a survey, a published rule of thumb.
 *
 * <p>{@link #BUSINESS_OPERATIONS_NETWORK_SALARY_STUDY} describes the salary study behind the pay
 * figures (France, about 400 respondents from 117 companies);
 * {@link #OPS_STAFFING_RULE_OF_THUMB} the staffing ratios observed in the field. Users describe
 * their own sources with {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Source {

  /**
   * The annual salary study of the Business Operations Network, France: about 400 respondents
   * from 117 companies (Doctolib, PayFit, Swile, BlaBlaCar among them), median experience five
   * years of which three in Ops. Source of the medians, maxima and shares used by the pay package.
   */
  public static final Source BUSINESS_OPERATIONS_NETWORK_SALARY_STUDY = builder()
      .name("Business Operations Network, annual Ops salary study")
      .edition("figures for 2023")
      .country("FR")
      .sampleSize(400)
      .companies(117)
      .build();

  /**
   * The rule of thumb for sizing Ops teams reported by practitioners in France: about one Ops
   * per ten business staff when the function appears, falling to about one per twenty once the
   * company is structured, and at least one Ops per business function. It is a rule of thumb,
   * not a survey: it has no sample size.
   */
  public static final Source OPS_STAFFING_RULE_OF_THUMB = builder()
      .name("Ops staffing rule of thumb, French industry practice")
      .country("FR")
      .build();

  /**
   * The French industry article on building Ops teams that revops is based on: mission families,
   * organisation stages and the pools candidates come from.
   */
  public static final Source OPS_TEAM_PRACTICE_ARTICLE = builder()
      .name("How to build an Ops team, French industry article")
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
   * The edition, year or period the figures refer to.
   *
   * @return the edition, empty if unknown
   */
  public abstract Optional<String> edition();

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
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
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
    List<String> details = new ArrayList<>();
    edition().ifPresent(details::add);
    country().ifPresent(details::add);
    sampleSize().ifPresent(n -> details.add(Messages.format("source.sampleSize", locale, List.of((long) n))));
    companies().ifPresent(n -> details.add(Messages.format("source.companies", locale, List.of((long) n))));
    if (details.isEmpty()) {
      return name();
    }
    return name() + " (" + String.join("; ", details) + ")";
  }

  @Value.Check
  void check() {
    checkArgument(!name().isBlank(), "name (%s) must not be blank", name());
    edition().ifPresent(e -> checkArgument(!e.isBlank(), "edition (%s) must not be blank", e));
    country().ifPresent(c -> checkArgument(c.matches("[A-Z]{2}"),
        "country (%s) must be an ISO 3166-1 alpha-2 code such as FR", c));
    sampleSize().ifPresent(n -> checkArgument(n > 0, "sampleSize (%s) must be > 0", n));
    companies().ifPresent(n -> checkArgument(n > 0, "companies (%s) must be > 0", n));
  }
}
