package dev.revops.core.staffing;

import dev.revops.core.internal.Checks;
import dev.revops.core.org.BusinessOrg;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One period of a staffing forecast: the business organisation (given, or grown from the previous
 * period's) and its maturity (a phase, or signals to derive it from).
 *
 * <pre>{@code
 * List<ForecastPeriod> plan = List.of(
 *     ForecastPeriod.of("2025", org, MaturityPhase.EMERGING),
 *     ForecastPeriod.ofGrowth("2026", 0.40, MaturityPhase.STRUCTURING),
 *     ForecastPeriod.ofGrowth("2027", 0.10, MaturitySignals.builder().opsAgeYears(4).headcountGrowth(0.10).priorOpsSupport(true).build()));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ForecastPeriod {

  ForecastPeriod() {}

  /**
   * The period's label, such as {@code "2026"} or {@code "Q3"}.
   *
   * @return the label, never blank
   */
  public abstract String label();

  /**
   * The organisation of the period, if given.
   *
   * @return the organisation, empty if the period grows the previous one
   */
  public abstract Optional<BusinessOrg> org();

  /**
   * Growth applied to every team of the previous period's organisation, as a fraction (0.4 for
   * +40 %), if the organisation is not given.
   *
   * @return the growth, empty if the organisation is given
   */
  public abstract OptionalDouble growth();

  /**
   * The phase of the period, if given.
   *
   * @return the phase, empty if it is derived from {@link #signals()}
   */
  public abstract Optional<MaturityPhase> phase();

  /**
   * Signals to derive the phase from, if the phase is not given.
   *
   * @return the signals, empty if the phase is given
   */
  public abstract Optional<MaturitySignals> signals();

  /**
   * A period with a given organisation and phase.
   *
   * @param label  the label, not null, not blank
   * @param org  the organisation, not null
   * @param phase  the phase, not null
   * @return the new instance, never null
   */
  public static ForecastPeriod of(String label, BusinessOrg org, MaturityPhase phase) {
    return ImmutableForecastPeriod.generator().label(label).org(org).phase(phase).build();
  }

  /**
   * A period with a given organisation, whose phase is derived from signals.
   *
   * @param label  the label, not null, not blank
   * @param org  the organisation, not null
   * @param signals  the signals, not null
   * @return the new instance, never null
   */
  public static ForecastPeriod of(String label, BusinessOrg org, MaturitySignals signals) {
    return ImmutableForecastPeriod.generator().label(label).org(org).signals(signals).build();
  }

  /**
   * A period whose organisation is the previous one grown by a rate, with a given phase.
   *
   * @param label  the label, not null, not blank
   * @param growth  the growth as a fraction, finite, > -1
   * @param phase  the phase, not null
   * @return the new instance, never null
   * @throws IllegalArgumentException if the growth breaks its rule
   */
  public static ForecastPeriod ofGrowth(String label, double growth, MaturityPhase phase) {
    return ImmutableForecastPeriod.generator().label(label).growth(growth).phase(phase).build();
  }

  /**
   * A period whose organisation is the previous one grown by a rate, with a phase derived from
   * signals.
   *
   * @param label  the label, not null, not blank
   * @param growth  the growth as a fraction, finite, > -1
   * @param signals  the signals, not null
   * @return the new instance, never null
   * @throws IllegalArgumentException if the growth breaks its rule
   */
  public static ForecastPeriod ofGrowth(String label, double growth, MaturitySignals signals) {
    return ImmutableForecastPeriod.generator().label(label).growth(growth).signals(signals).build();
  }

  /**
   * A period whose organisation is the previous one grown at a yearly rate, spread evenly over the
   * periods of a year: 40 % a year in quarters is 8.78 % a quarter ({@code 1.4^(1/4) - 1}).
   *
   * @param label  the label, not null, not blank
   * @param yearlyGrowth  the growth over a year as a fraction, finite, > -1
   * @param periodsPerYear  how many periods make a year (4 for quarters, 12 for months), 1 to 366
   * @param signals  the signals, not null
   * @return the new instance, never null
   * @throws IllegalArgumentException if an argument breaks its rule
   */
  public static ForecastPeriod ofYearlyGrowth(String label, double yearlyGrowth, int periodsPerYear,
      MaturitySignals signals) {
    return ofGrowth(label, perPeriod(yearlyGrowth, periodsPerYear), signals);
  }

  /**
   * As {@link #ofYearlyGrowth(String, double, int, MaturitySignals)}, with a given phase.
   *
   * @param label  the label, not null, not blank
   * @param yearlyGrowth  the growth over a year as a fraction, finite, > -1
   * @param periodsPerYear  how many periods make a year, 1 to 366
   * @param phase  the phase, not null
   * @return the new instance, never null
   * @throws IllegalArgumentException if an argument breaks its rule
   */
  public static ForecastPeriod ofYearlyGrowth(String label, double yearlyGrowth, int periodsPerYear, MaturityPhase phase) {
    return ofGrowth(label, perPeriod(yearlyGrowth, periodsPerYear), phase);
  }

  private static double perPeriod(double yearlyGrowth, int periodsPerYear) {
    Checks.check(Double.isFinite(yearlyGrowth) && yearlyGrowth > -1, "yearlyGrowth", yearlyGrowth,
        "must be a finite fraction > -1");
    Checks.check(periodsPerYear >= 1 && periodsPerYear <= 366, "periodsPerYear", periodsPerYear,
        "must be between 1 and 366");
    return Math.pow(1 + yearlyGrowth, 1.0 / periodsPerYear) - 1;
  }

  @Value.Check
  void check() {
    Checks.check(!label().isBlank(), "label", label(), "must not be blank");
    if (org().isPresent() == growth().isPresent()) {
      throw Checks.invalid("org", org().orElse(null),
          "must be given when growth is not, and not when it is (period " + label() + ")");
    }
    if (phase().isPresent() == signals().isPresent()) {
      throw Checks.invalid("phase", phase().orElse(null),
          "must be given when signals are not, and not when they are (period " + label() + ")");
    }
    growth().ifPresent(g -> Checks.check(Double.isFinite(g) && g > -1,
        "growth", g, "must be a finite fraction > -1"));
  }
}
