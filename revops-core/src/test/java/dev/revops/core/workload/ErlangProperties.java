package dev.revops.core.workload;

import static dev.revops.core.testing.Theories.theory;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Issue 19's invariants of the Erlang calculator. */
class ErlangProperties {

  private static final ErlangCalculator ERLANG = ErlangCalculator.withDefaults();

  static Gen<QueueDemand> demands() {
    Gen<QueueDemand> c = doubles().between(0, 3_000).zip(doubles().between(10, 1_200), integers().between(0, 2),
        (volume, aht, i) -> QueueDemand.ofSeconds(volume, new double[] {900, 1800, 3600}[i], aht));
    return c.zip(integers().between(0, 1_000), (d, patience) -> patience < 300 ? d
        : d.withPatience(Duration.ofSeconds(patience)));
  }

  static Gen<ServiceGoal> goals() {
    return doubles().between(0.5, 0.95).zip(doubles().between(0, 120), doubles().between(0.5, 1.2), doubles().between(0, 0.5),
        (sl, t, cap, shrinkage) -> {
          ServiceGoal goal = ServiceGoal.ofSeconds(sl, t).withShrinkage(shrinkage);
          return cap > 1 ? goal : goal.withMaxOccupancy(cap);
        });
  }

  @Test
  void service_level_never_falls_when_agents_are_added() {
    theory(1_000).forAll(demands(), integers().between(0, 200), doubles().between(0, 120)).check((d, n, t) -> {
      QueueMetrics fewer = ERLANG.metrics(d, n, t);
      QueueMetrics more = ERLANG.metrics(d, n + 1, t);
      return more.serviceLevel() >= fewer.serviceLevel() - 1e-12 && more.waitProbability() <= fewer.waitProbability() + 1e-12;
    });
  }

  @Test
  void the_count_returned_is_the_smallest_that_meets_every_target() {
    theory(1_000).forAll(demands(), goals()).check((d, goal) -> {
      QueueStaffing s = ERLANG.staff(d, goal);
      QueueMetrics at = ERLANG.metrics(d, s.agents(), goal.answerWithinSeconds());
      boolean meets = ErlangCalculator.meets(at, goal);
      boolean oneFewerFails = s.agents() == 0
          || !ErlangCalculator.meets(ERLANG.metrics(d, s.agents() - 1, goal.answerWithinSeconds()), goal);
      return meets && oneFewerFails && (s.agents() > 0 || d.traffic() == 0);
    });
  }

  @Test
  void agents_never_decrease_when_volume_or_handle_time_grows() {
    theory(500).forAll(demands(), goals(), doubles().between(1, 1.5), doubles().between(1, 1.5)).check((d, goal, v, h) -> {
      QueueDemand bigger = QueueDemand.ofSeconds(d.volume() * v, d.intervalSeconds(), d.handleTimeSeconds() * h);
      if (d.patienceSeconds().isPresent()) {
        bigger = bigger.withPatience(Duration.ofMillis((long) (d.patienceSeconds().getAsDouble() * 1000)));
      }
      return ERLANG.staff(bigger, goal).agents() >= ERLANG.staff(d, goal).agents();
    });
  }

  @Test
  void erlang_c_occupancy_is_traffic_over_agents_and_fte_at_least_agents() {
    theory(1_000).forAll(demands(), goals()).check((d, goal) -> {
      QueueDemand c = QueueDemand.ofSeconds(d.volume(), d.intervalSeconds(), d.handleTimeSeconds());
      QueueStaffing s = ERLANG.staff(c, goal);
      boolean occupancy = s.agents() == 0 || Math.abs(s.occupancy() - s.traffic() / s.agents()) <= 1e-12;
      return occupancy && s.fte() >= s.agents() && s.positions() >= s.fte() - 1e-9;
    });
  }

  @Test
  void erlang_a_tends_to_erlang_c_as_patience_grows() {
    // infinite patience is not a number revops takes (beyond 10,000 handle times callers never
    // abandon: use Erlang C); what holds is convergence: ten times the patience at least halves the
    // gap to Erlang C (about a tenth once far from saturation, a third at worst near it)
    theory(500).forAll(doubles().between(1, 500), doubles().between(30, 600), integers().between(1, 40), doubles().between(0, 60))
        .check((volume, aht, extra, t) -> {
          QueueDemand c = QueueDemand.ofSeconds(volume, 1800, aht);
          int n = (int) Math.floor(c.traffic()) + extra;
          QueueMetrics erlangC = ERLANG.metrics(c, n, t);
          double near = gap(ERLANG.metrics(c.withPatience(Duration.ofMillis((long) (aht * 1_000_000))), n, t), erlangC);
          double far = gap(ERLANG.metrics(c.withPatience(Duration.ofMillis((long) (aht * 10_000_000))), n, t), erlangC);
          return far <= 0.5 * near + 1e-9 && far <= 0.05;
        });
  }

  private static double gap(QueueMetrics a, QueueMetrics c) {
    return Math.max(Math.abs(a.serviceLevel() - c.serviceLevel()), Math.abs(a.waitProbability() - c.waitProbability()));
  }
}
