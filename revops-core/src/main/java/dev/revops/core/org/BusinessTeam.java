package dev.revops.core.org;

import dev.revops.core.explain.Localizable;
import dev.revops.core.internal.Checks;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A team of business staff doing one {@link BusinessFunction}, with its headcount.
 *
 * <p>The source's support team of 25 people in three tiers:
 * {@code BusinessTeam.of(BusinessFunction.SUPPORT, 25).withTiers(3)}. A company with two teams
 * doing the same function tells them apart by name:
 * {@code BusinessTeam.of(BusinessFunction.SALES, 12).withName("Enterprise")}.
 *
 * <p>Headcount is in people (not FTE). This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BusinessTeam implements Localizable {

  BusinessTeam() {}

  /**
   * The business function the team does.
   *
   * @return the function, never null
   */
  public abstract BusinessFunction function();

  /**
   * The number of people in the team.
   *
   * @return the headcount, zero or more
   */
  public abstract int headcount();

  /**
   * The number of tiers (levels of escalation) the team is organised in; 1 when it is not
   * tiered. The source's support team has three.
   *
   * @return the number of tiers, one or more
   */
  @Value.Default
  public int tiers() {
    return 1;
  }

  /**
   * The team's own name, to tell apart two teams doing the same function.
   *
   * @return the name, empty if the function's name is enough
   */
  public abstract Optional<String> name();

  /**
   * Obtains a team of one tier, without a name.
   *
   * @param function  the business function, not null
   * @param headcount  the number of people, zero or more
   * @return the new instance, never null
   * @throws IllegalArgumentException if the headcount is negative
   */
  public static BusinessTeam of(BusinessFunction function, int headcount) {
    return ImmutableBusinessTeam.generator().function(function).headcount(headcount).build();
  }

  /**
   * Returns a copy of this team with another number of tiers.
   *
   * @param tiers  the number of tiers, one or more
   * @return a team with the tiers, never null
   * @throws IllegalArgumentException if tiers is less than one
   */
  public BusinessTeam withTiers(int tiers) {
    return ImmutableBusinessTeam.copyOf(this).withTiers(tiers);
  }

  /**
   * Returns a copy of this team with another headcount.
   *
   * @param headcount  the number of people, zero or more
   * @return a team with the headcount, never null
   * @throws IllegalArgumentException if the headcount is negative
   */
  public BusinessTeam withHeadcount(int headcount) {
    return ImmutableBusinessTeam.copyOf(this).withHeadcount(headcount);
  }

  /**
   * Returns a copy of this team with a name.
   *
   * @param name  the name, not null, not blank
   * @return a named team, never null
   * @throws IllegalArgumentException if the name is blank
   */
  public BusinessTeam withName(String name) {
    return ImmutableBusinessTeam.copyOf(this).withName(name);
  }

  /**
   * Returns the label people see: the team's name if it has one, otherwise the function's name.
   *
   * @param locale  the language, not null
   * @return the label, never null
   */
  public String label(Locale locale) {
    return name().orElseGet(() -> function().displayName(locale));
  }

  /**
   * Returns {@link #label(Locale)}.
   *
   * @param locale  the language, not null
   * @return the label, never null
   */
  @Override
  public String displayName(Locale locale) {
    return label(locale);
  }

  @Value.Check
  void check() {
    Checks.check(headcount() >= 0, "headcount", headcount(), "must be >= 0");
    Checks.check(tiers() >= 1, "tiers", tiers(), "must be >= 1");
    name().ifPresent(n -> Checks.check(!n.isBlank(), "name", n, "must not be blank"));
  }

  @Override
  public String toString() {
    return function() + name().map(n -> " \"" + n + "\"").orElse("") + ": " + headcount()
        + (tiers() > 1 ? " in " + tiers() + " tiers" : "");
  }
}
