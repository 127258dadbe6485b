package dev.revops.core.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ErlangCalculatorTest {

  private static final ErlangCalculator ERLANG = ErlangCalculator.withDefaults();
  /** pyworkforce's scenario: 100 contacts in 30 minutes, 3 minutes each: 10 Erlangs. */
  private static final QueueDemand PYWORKFORCE = QueueDemand.of(100, Duration.ofMinutes(30), Duration.ofMinutes(3));

  /**
   * pyworkforce (rodrigo-arenas/pyworkforce), queuing/tests/test_erlang.py,
   * test_expected_erlangc_results: 100 transactions, aht 3 min, interval 30 min, asa 0.33 min,
   * shrinkage 0.3, service level 0.8, max occupancy 0.85 → 14 raw positions, 20 positions, service
   * level 0.888, occupancy 0.714, waiting probability 0.174.
   */
  @Test
  void pyworkforce_erlang_c_with_an_occupancy_cap_of_85_percent() {
    QueueStaffing s = ERLANG.staff(PYWORKFORCE,
        ServiceGoal.ofSeconds(0.8, 0.33 * 60).withMaxOccupancy(0.85).withShrinkage(0.3));
    assertThat(s.agents()).isEqualTo(14);
    assertThat(s.positions()).isEqualTo(20);
    assertThat(s.serviceLevel()).isCloseTo(0.888, within(0.0005));
    assertThat(s.occupancy()).isCloseTo(0.714, within(0.0005));
    assertThat(s.waitProbability()).isCloseTo(0.174, within(0.0005));
    assertThat(s.fte()).isCloseTo(20, within(1e-9));
  }

  /** pyworkforce, test_over_occupancy_erlangc: the same with max occupancy 0.7 → 15, 22, 0.941, 0.667, 0.102. */
  @Test
  void pyworkforce_erlang_c_with_an_occupancy_cap_of_70_percent() {
    QueueStaffing s = ERLANG.staff(PYWORKFORCE,
        ServiceGoal.ofSeconds(0.8, 0.33 * 60).withMaxOccupancy(0.7).withShrinkage(0.3));
    assertThat(s.agents()).isEqualTo(15);
    assertThat(s.positions()).isEqualTo(22);
    assertThat(s.serviceLevel()).isCloseTo(0.941, within(0.0005));
    assertThat(s.occupancy()).isCloseTo(0.667, within(0.0005));
    assertThat(s.waitProbability()).isCloseTo(0.102, within(0.0005));
    assertThat(s.explanation().render(Locale.ENGLISH))
        .contains("With one agent fewer (14), occupancy would be 71.4%, above the cap of 70%.");
  }

  /**
   * pyworkforce, queuing/tests/test_abandonment.py, test_erlanga_regression_metrics: 100
   * transactions, aht 3 min, interval 30 min, patience 5 min, 14 positions, asa 20 s → waiting
   * probability 0.14526, abandonment 0.013984, occupancy 0.704297, average speed of answer 0.069919
   * min, service level 0.916792.
   */
  @Test
  void pyworkforce_erlang_a_regression_metrics() {
    QueueMetrics m = ERLANG.metrics(PYWORKFORCE.withPatience(Duration.ofMinutes(5)), 14, 20);
    assertThat(m.waitProbability()).isCloseTo(0.14526, within(5e-6));
    assertThat(m.abandonmentProbability().getAsDouble()).isCloseTo(0.013984, within(5e-7));
    assertThat(m.occupancy()).isCloseTo(0.704297, within(5e-7));
    assertThat(m.averageSpeedOfAnswerSeconds().getAsDouble() / 60).isCloseTo(0.069919, within(5e-7));
    assertThat(m.serviceLevel()).isCloseTo(0.916792, within(5e-7));
  }

  /**
   * Erlang A against the exact formulas evaluated with mpmath at 40 digits (lower incomplete gamma
   * by quadrature-free series), on both sides of the agents' capacity.
   */
  @Test
  void erlang_a_matches_a_high_precision_reference() {
    QueueDemand d = PYWORKFORCE.withPatience(Duration.ofSeconds(300));
    double[][] expected = {
        {8, 0.8475697697402378, 0.23186413468671066, 0.9601698316416116, 69.5592404060132, 0.2264518211590874},
        {10, 0.5994333180281382, 0.10943799955850192, 0.890562000441498, 32.83139986755058, 0.516810168640269},
        {20, 0.003547635640050234, 0.00018417759389380815, 0.4999079112030531, 0.05525327816814245, 0.9988675222145889}};
    for (double[] e : expected) {
      QueueMetrics m = ERLANG.metrics(d, (int) e[0], 20);
      assertThat(m.waitProbability()).isCloseTo(e[1], within(e[1] * 1e-9));
      assertThat(m.abandonmentProbability().getAsDouble()).isCloseTo(e[2], within(e[2] * 1e-9));
      assertThat(m.occupancy()).isCloseTo(e[3], within(e[3] * 1e-9));
      assertThat(m.averageSpeedOfAnswerSeconds().getAsDouble()).isCloseTo(e[4], within(e[4] * 1e-9));
      assertThat(m.serviceLevel()).isCloseTo(e[5], within(e[5] * 1e-9));
    }
    QueueMetrics big = ERLANG.metrics(QueueDemand.ofSeconds(5000, 1800, 300).withPatience(Duration.ofSeconds(90)), 800, 30);
    assertThat(big.waitProbability()).isCloseTo(0.6791059818951126, within(1e-9));
    assertThat(big.serviceLevel()).isCloseTo(0.9544315483689028, within(1e-9));
  }

  /** Erlang C against sums of BigDecimal factorial terms at 50 digits, for every n from a + 1 to a + 25. */
  @Test
  void erlang_c_matches_a_big_decimal_reference_to_1e_9() {
    MathContext mc = new MathContext(50);
    for (double traffic : new double[] {0.5, 3.7, 10, 24.9, 40}) {
      QueueDemand d = QueueDemand.ofSeconds(traffic * 60, 3600, 60);
      for (int n = (int) Math.floor(traffic) + 1; n <= traffic + 25; n++) {
        BigDecimal a = new BigDecimal(traffic);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal term = BigDecimal.ONE;
        for (int k = 0; k < n; k++) {
          if (k > 0) {
            term = term.multiply(a, mc).divide(BigDecimal.valueOf(k), mc);
          }
          sum = sum.add(term, mc);
        }
        BigDecimal last = term.multiply(a, mc).divide(BigDecimal.valueOf(n), mc)
            .multiply(BigDecimal.valueOf(n), mc).divide(BigDecimal.valueOf(n).subtract(a, mc), mc);
        double c = last.divide(sum.add(last, mc), mc).doubleValue();
        QueueMetrics m = ERLANG.metrics(d, n, 20);
        assertThat(m.waitProbability()).as("C(%d, %s)", n, traffic).isCloseTo(c, within(Math.abs(c) * 1e-9));
        double sl = 1 - c * Math.exp(-(n - traffic) * 20 / 60.0);
        assertThat(m.serviceLevel()).isCloseTo(sl, within(1e-9));
        assertThat(m.occupancy()).isCloseTo(traffic / n, within(1e-15));
      }
    }
  }

  @Test
  void ten_thousand_erlangs_and_more_stay_finite() {
    QueueStaffing s = ERLANG.staff(QueueDemand.ofSeconds(200_000, 1800, 180), ServiceGoal.ofSeconds(0.8, 20));
    assertThat(s.traffic()).isEqualTo(20_000);
    assertThat(s.agents()).isBetween(20_001, 20_100);
    assertThat(s.serviceLevel()).isGreaterThanOrEqualTo(0.8);
    assertThat(ERLANG.metrics(QueueDemand.ofSeconds(200_000, 1800, 180), s.agents() - 1, 20).serviceLevel()).isLessThan(0.8);
    QueueStaffing a = ERLANG.staff(QueueDemand.ofSeconds(200_000, 1800, 180).withPatience(Duration.ofSeconds(60)),
        ServiceGoal.ofSeconds(0.8, 20));
    assertThat(a.agents()).isLessThan(s.agents());
    // patience of ten years: Erlang A is Erlang C
    QueueMetrics patient = ERLANG.metrics(PYWORKFORCE.withPatience(Duration.ofSeconds(180L * 10_000)), 15, 20);
    QueueMetrics c = ERLANG.metrics(PYWORKFORCE, 15, 20);
    assertThat(patient.waitProbability()).isCloseTo(c.waitProbability(), within(1e-4));
    assertThat(patient.serviceLevel()).isCloseTo(c.serviceLevel(), within(1e-4));
  }

  @Test
  void traffic_at_or_above_the_agents_is_an_unstable_queue_never_a_negative_wait() {
    QueueMetrics m = ERLANG.metrics(PYWORKFORCE, 10, 20);
    assertThat(m.stable()).isFalse();
    assertThat(m.waitProbability()).isEqualTo(1);
    assertThat(m.serviceLevel()).isZero();
    assertThat(m.averageSpeedOfAnswerSeconds()).isEmpty();
    assertThat(ERLANG.metrics(PYWORKFORCE, 0, 20).stable()).isFalse();
    // with abandonment the queue settles: those who cannot wait leave
    assertThat(ERLANG.metrics(PYWORKFORCE.withPatience(Duration.ofMinutes(1)), 5, 20).stable()).isTrue();
    QueueStaffing none = ERLANG.staff(QueueDemand.ofSeconds(0, 1800, 180), ServiceGoal.ofSeconds(0.8, 20));
    assertThat(none.agents()).isZero();
    assertThat(none.explanation().reasons().get(0).message(Locale.ENGLISH))
        .isEqualTo("No contacts in the interval: no agent is needed.");
  }

  @Test
  void explains_itself_answer_first_in_both_languages() {
    QueueStaffing s = ERLANG.staff(PYWORKFORCE, ServiceGoal.ofSeconds(0.8, 20).withShrinkage(0.3));
    assertThat(s.explanation().reasons().get(0).message(Locale.ENGLISH))
        .isEqualTo("14 agents answer 89% of contacts within 20 s (goal 80%); that is 20 FTE once shrinkage is added, 20 to schedule.");
    assertThat(s.explanation().render(Locale.ENGLISH))
        .contains("100 contacts × 180 s of handle time / 1,800 s of interval = 10 erlangs of traffic.")
        .contains("With one agent fewer (13), the service level would be 79.6%, under the goal of 80%.");
    assertThat(s.explanation().reasons().get(0).message(Locale.FRENCH)).startsWith("14 agents répondent à 89")
        .contains("ETP");
  }

  @Test
  void refuses_impossible_inputs_in_plain_words() {
    assertThatThrownBy(() -> ServiceGoal.ofSeconds(0.8, 20).withMaxOccupancy(1.2))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxOccupancy (1.2) must be above 0 and at most 1");
    assertThatThrownBy(() -> ServiceGoal.ofSeconds(0.8, 20).withMaxOccupancy(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxOccupancy (0.0) must be above 0 and at most 1");
    assertThatThrownBy(() -> ServiceGoal.ofSeconds(0.8, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("answerWithinSeconds (-1.0) must be a finite number of seconds >= 0");
    assertThatThrownBy(() -> ServiceGoal.ofSeconds(1, 20))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("serviceLevel (1.0) must be a share above 0 and below 1 (0.8 for 80 %)");
    assertThatThrownBy(() -> QueueDemand.ofSeconds(100, 1800, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a volume needs a handle time");
    assertThatThrownBy(() -> ServiceGoal.ofSeconds(0.8, 20).withShrinkage(1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("shrinkage (1.0) must be from 0 to below 1");
    assertThatThrownBy(() -> ERLANG.metrics(PYWORKFORCE, -1, 20))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("agents (-1) must be from 0");
  }
}
