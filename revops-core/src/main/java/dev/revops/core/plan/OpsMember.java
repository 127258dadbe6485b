package dev.revops.core.plan;

import dev.revops.core.fit.ProfileOrigin;
import dev.revops.core.internal.Checks;
import dev.revops.core.org.OpsLevel;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One person of today's Ops team: level, and when known, where they come from, when they started
 * and what they are paid.
 *
 * <p>{@code OpsMember.of(OpsLevel.SENIOR).withOrigin(ProfileOrigin.CONSULTING).withStart(YearMonth.of(2026, 11))}
 * is a senior who joined from consulting two months before a plan starting in January 2027: still
 * ramping up, by the ramp-up of the consulting pool.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OpsMember {

  OpsMember() {}

  /**
   * The level.
   *
   * @return the level, never null
   */
  public abstract OpsLevel level();

  /**
   * The pool the person was hired from; with a start date, it sets their ramp-up.
   *
   * @return the origin, empty if unknown
   */
  public abstract Optional<ProfileOrigin> origin();

  /**
   * The month the person started; without it the person is fully productive.
   *
   * @return the start month, empty if unknown
   */
  public abstract Optional<YearMonth> start();

  /**
   * The gross annual salary; without it the plan prices the person at the level's pay percentile.
   *
   * @return the salary, empty to use the benchmark
   */
  public abstract Optional<Money> annualSalary();

  /**
   * Obtains a member of the team at a level, fully productive and priced by the benchmark.
   *
   * @param level  the level, not null
   * @return the member, never null
   */
  public static OpsMember of(OpsLevel level) {
    return ImmutableOpsMember.generator().level(Objects.requireNonNull(level, "level")).build();
  }

  /**
   * Returns this member with the pool they were hired from.
   *
   * @param origin  the origin, not null
   * @return the member, never null
   */
  public OpsMember withOrigin(ProfileOrigin origin) {
    return ImmutableOpsMember.generator().from(this).origin(Objects.requireNonNull(origin, "origin")).build();
  }

  /**
   * Returns this member with their start month.
   *
   * @param start  the month they started, not null
   * @return the member, never null
   */
  public OpsMember withStart(YearMonth start) {
    return ImmutableOpsMember.generator().from(this).start(Objects.requireNonNull(start, "start")).build();
  }

  /**
   * Returns this member with their gross annual salary.
   *
   * @param salary  the salary, not null, positive
   * @return the member, never null
   * @throws dev.revops.core.InvalidValueException if the salary is not positive
   */
  public OpsMember withAnnualSalary(Money salary) {
    return ImmutableOpsMember.generator().from(this).annualSalary(Objects.requireNonNull(salary, "salary")).build();
  }

  @Value.Check
  void check() {
    if (annualSalary().isPresent()) {
      Checks.check(annualSalary().get().isPositive(), "annualSalary", annualSalary().get(), "must be more than zero");
    }
  }
}
