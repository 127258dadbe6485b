package dev.revops.core.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule of the workload values, at its boundary: the last value accepted and the first refused. */
class WorkloadValidationTest {

  private static final ServiceGoal GOAL = ServiceGoal.ofSeconds(0.8, 20);

  private static SupportChannel.Builder calls() {
    return SupportChannel.builder().name("Calls").kind(ChannelKind.VOICE).volumes(List.of(10.0, 20.0))
        .handleTimeSeconds(180).goal(GOAL);
  }

  private static void refused(Runnable r, String message) {
    assertThatThrownBy(r::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
  }

  @Test
  void channels() {
    refused(() -> calls().name(" ").build(), "name ( ) must not be blank");
    refused(() -> calls().volumes(List.of()).build(), "must hold one volume per interval");
    refused(() -> calls().volumes(List.of(1.0, -0.1)).build(), "volumes[1] (-0.1) must be a finite number >= 0");
    refused(() -> calls().volumes(List.of(Double.NaN)).build(), "volumes[0] (NaN)");
    assertThatCode(() -> calls().volumes(List.of(0.0)).build()).doesNotThrowAnyException();
    refused(() -> calls().handleTimeSeconds(0).build(), "a volume needs a handle time");
    refused(() -> calls().kind(ChannelKind.CHAT).concurrency(0).build(), "concurrency (0) must be from 1 to 20");
    refused(() -> calls().kind(ChannelKind.CHAT).concurrency(21).build(), "concurrency (21) must be from 1 to 20");
    assertThat(calls().kind(ChannelKind.CHAT).concurrency(20).build().concurrency()).isEqualTo(20);
    refused(() -> calls().concurrency(2).build(), "only chat holds several conversations");
    refused(() -> calls().kind(ChannelKind.DEFERRED).build(), "must be given for a deferred channel, and only for one");
    refused(() -> calls().responseDeadlineSeconds(60).build(), "must be given for a deferred channel, and only for one");
    refused(() -> calls().kind(ChannelKind.DEFERRED).responseDeadlineSeconds(0).build(),
        "responseDeadlineSeconds (0.0) must be a finite number of seconds > 0");
    refused(() -> calls().kind(ChannelKind.DEFERRED).responseDeadlineSeconds(60).patienceSeconds(30).build(),
        "must be empty for a deferred channel");
    refused(() -> calls().patienceSeconds(0).build(), "patienceSeconds (0.0) must be a finite number of seconds > 0");
    refused(() -> calls().tier(0).build(), "tier (0) must be from 1 to 10");
    refused(() -> calls().tier(11).build(), "tier (11) must be from 1 to 10");
    assertThat(calls().tier(10).build().tier()).isEqualTo(10);
    SupportChannel half = SupportChannel.escalatedFrom(calls().build(), "L2", 0.5, 600);
    assertThat(half.volumes()).containsExactly(5.0, 10.0);
    assertThat(half.tier()).isEqualTo(2);
    assertThat(SupportChannel.escalatedFrom(calls().build(), "L2", 0, 600).volumes()).containsExactly(0.0, 0.0);
    assertThat(SupportChannel.escalatedFrom(calls().build(), "L2", 1, 600).volumes()).containsExactly(10.0, 20.0);
    refused(() -> SupportChannel.escalatedFrom(calls().build(), "L2", -0.01, 600), "escalationRate (-0.01)");
  }

  @Test
  void demands_and_goals() {
    refused(() -> QueueDemand.ofSeconds(-1, 1800, 180), "volume (-1.0) must be a finite number >= 0");
    assertThat(QueueDemand.ofSeconds(0, 1800, 180).traffic()).isZero();
    refused(() -> QueueDemand.ofSeconds(10, 0, 180), "intervalSeconds (0.0)");
    refused(() -> QueueDemand.ofSeconds(10, 1800, 180).withPatience(Duration.ZERO), "patienceSeconds (0.0)");
    assertThat(QueueDemand.ofSeconds(10, 1800, 180).withPatience(Duration.ofSeconds(1_800_000)).patienceSeconds())
        .hasValue(1_800_000);
    refused(() -> QueueDemand.ofSeconds(10, 1800, 180).withPatience(Duration.ofSeconds(1_800_001)), "must be at most 10000.0 handle times");
    assertThat(QueueDemand.ofSeconds(1_000_000, 1800, 180).traffic()).isEqualTo(100_000);
    refused(() -> QueueDemand.ofSeconds(1_000_001, 1800, 180), "revops computes queues up to 100000.0 Erlangs");
    assertThat(QueueDemand.of(10, Duration.ofMillis(1_800_500), Duration.ofMillis(1500)).handleTimeSeconds()).isEqualTo(1.5);
    assertThat(QueueDemand.of(10, Duration.ofMillis(1_800_500), Duration.ofMillis(1500)).intervalSeconds()).isEqualTo(1800.5);
    assertThat(ServiceGoal.ofSeconds(0.8, 0).answerWithinSeconds()).isZero();
    assertThat(ServiceGoal.ofSeconds(0.8, 0).withMaxOccupancy(1).maxOccupancy()).hasValue(1);
    assertThat(ServiceGoal.ofSeconds(0.8, 0).withShrinkage(0).shrinkage()).isZero();
    refused(() -> ServiceGoal.ofSeconds(0, 20), "serviceLevel (0.0)");
  }

  @Test
  void profiles() {
    SupportChannel c = calls().build();
    assertThat(SupportProfile.of(60, c).intervalSeconds()).isEqualTo(60);
    assertThat(SupportProfile.of(86_400, c).intervalSeconds()).isEqualTo(86_400);
    refused(() -> SupportProfile.of(59.9, c), "intervalSeconds (59.9)");
    refused(() -> SupportProfile.of(86_400.1, c), "intervalSeconds (86400.1)");
    refused(() -> SupportProfile.of(900, List.of()), "channels ([]) must hold at least one channel");
    SupportProfile p = SupportProfile.of(900, c);
    assertThat(p.withFteRule(168, 168).repeatsPerWeek()).isEqualTo(168);
    refused(() -> p.withFteRule(0, 35), "repeatsPerWeek (0.0)");
    refused(() -> p.withFteRule(168.5, 35), "repeatsPerWeek (168.5)");
    refused(() -> p.withFteRule(5, 0), "weeklyHoursPerFte (0.0)");
    refused(() -> p.withFteRule(5, 168.5), "weeklyHoursPerFte (168.5)");
    List<Double> week = Collections.nCopies(10_080, 0.0);
    assertThat(SupportProfile.of(60, calls().volumes(week).build()).intervals()).isEqualTo(10_080);
    List<Double> tooMany = Collections.nCopies(10_081, 0.0);
    refused(() -> SupportProfile.of(60, calls().volumes(tooMany).build()), "must hold at most 10,080 intervals");
    // the FTE rule: 2 agents in each of 2 quarter hours, 5 times a week, 35 hours an FTE, no shrinkage
    SupportChannel two = calls().volumes(List.of(5.0, 5.0)).build();
    ChannelStaffing s = ErlangCalculator.withDefaults().staff(SupportProfile.of(900, two).withFteRule(5, 35)).channels().get(0);
    assertThat(s.fte()).isCloseTo(s.agentHours() * 5 / 35, within(1e-12));
    assertThat(s.agentHours()).isCloseTo((s.agents().get(0) + s.agents().get(1)) * 0.25, within(1e-12));
  }

  @Test
  void results_refuse_what_does_not_add_up() {
    refused(() -> ImmutableQueueMetrics.generator().agents(-1).traffic(1).stable(true).waitProbability(0).serviceLevel(1)
        .occupancy(0).build(), "agents (-1)");
    refused(() -> ImmutableQueueMetrics.generator().agents(1).traffic(1).stable(true).waitProbability(1.5).serviceLevel(1)
        .occupancy(0).build(), "waitProbability (1.5)");
    refused(() -> ImmutableQueueMetrics.generator().agents(1).traffic(1).stable(true).waitProbability(0).serviceLevel(-0.1)
        .occupancy(0).build(), "serviceLevel (-0.1)");
    refused(() -> ImmutableQueueMetrics.generator().agents(1).traffic(1).stable(true).waitProbability(0).serviceLevel(1)
        .occupancy(2).build(), "occupancy (2.0)");
    refused(() -> ImmutableQueueMetrics.generator().agents(1).traffic(1).stable(true).waitProbability(0).serviceLevel(1)
        .occupancy(0).abandonmentProbability(3).build(), "abandonmentProbability (3.0)");
    refused(() -> ImmutableQueueMetrics.generator().agents(1).traffic(1).stable(true).waitProbability(0).serviceLevel(1)
        .occupancy(0).averageSpeedOfAnswerSeconds(-1).build(), "averageSpeedOfAnswerSeconds (-1.0)");
    refused(() -> ImmutableQueueMetrics.generator().agents(1).traffic(1).stable(false).waitProbability(1).serviceLevel(0)
        .occupancy(1).averageSpeedOfAnswerSeconds(5).build(), "must be empty for an unstable queue");
    QueueStaffing ok = ErlangCalculator.withDefaults().staff(QueueDemand.ofSeconds(100, 1800, 180), GOAL);
    refused(() -> ImmutableQueueStaffing.generator().from(ok).agents(-1).fte(0).positions(0).build(), "agents (-1)");
    refused(() -> ImmutableQueueStaffing.generator().from(ok).fte(ok.agents() - 0.5).build(), "must be at least the agents");
    refused(() -> ImmutableQueueStaffing.generator().from(ok).positions(ok.agents() - 1).build(), "must be at least the FTE");
    assertThatCode(() -> ImmutableQueueStaffing.generator().from(ok).fte(ok.agents()).positions(ok.agents()).build())
        .doesNotThrowAnyException();
  }
}
