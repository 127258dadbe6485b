package dev.revops.core.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessTeam;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SupportProfileTest {

  private static final ErlangCalculator ERLANG = ErlangCalculator.withDefaults();
  private static final ServiceGoal GOAL = ServiceGoal.ofSeconds(0.8, 20).withMaxOccupancy(0.85).withShrinkage(0.3);

  /** A weekday from 8:00 to 20:00 in quarter hours: a morning peak and an afternoon one. */
  static List<Double> day(double peak) {
    List<Double> volumes = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      double hour = 8 + i / 4.0;
      double shape = Math.exp(-Math.pow(hour - 10.5, 2) / 2) + 0.8 * Math.exp(-Math.pow(hour - 15, 2) / 3);
      volumes.add(Math.round(peak * shape * 10) / 10.0);
    }
    return volumes;
  }

  static SupportProfile sample() {
    SupportChannel calls = SupportChannel.builder().name("Calls").kind(ChannelKind.VOICE).volumes(day(60))
        .handleTimeSeconds(300).patienceSeconds(120).goal(GOAL).build();
    SupportChannel chat = SupportChannel.builder().name("Chat").kind(ChannelKind.CHAT).volumes(day(40))
        .handleTimeSeconds(480).concurrency(2).goal(ServiceGoal.ofSeconds(0.8, 60).withShrinkage(0.3)).build();
    SupportChannel email = SupportChannel.builder().name("Email").kind(ChannelKind.DEFERRED).volumes(day(30))
        .handleTimeSeconds(420).responseDeadlineSeconds(4 * 3600).goal(ServiceGoal.ofSeconds(0.8, 0).withMaxOccupancy(0.9)
            .withShrinkage(0.3)).build();
    SupportChannel experts = SupportChannel.escalatedFrom(calls, "Level 2", 0.15, 900);
    return SupportProfile.of(900, calls, chat, email, experts);
  }

  @Test
  void a_weekday_of_four_channels_becomes_a_support_team_in_two_tiers() {
    ProfileStaffing day = ERLANG.staff(sample());
    assertThat(day.channels()).extracting(ChannelStaffing::name).containsExactly("Calls", "Chat", "Email", "Level 2");
    ChannelStaffing calls = day.channels().get(0);
    // each interval is the smallest count for its own volume
    for (int i = 0; i < 48; i++) {
      double v = sample().channels().get(0).volumes().get(i);
      int expected = v == 0 ? 0 : ERLANG.staff(QueueDemand.ofSeconds(v, 900, 300).withPatience(java.time.Duration.ofSeconds(120)),
          GOAL).agents();
      assertThat(calls.agents().get(i)).as("interval %d", i).isEqualTo(expected);
    }
    assertThat(calls.peakAgents()).isEqualTo(Collections.max(calls.agents()));
    assertThat(calls.agentHours()).isCloseTo(calls.agents().stream().mapToInt(Integer::intValue).sum() * 0.25, within(1e-9));
    assertThat(calls.fte()).isCloseTo(calls.agentHours() / 0.7 * 5 / 35, within(1e-9));
    assertThat(day.fte()).isCloseTo(day.channels().stream().mapToDouble(ChannelStaffing::fte).sum(), within(1e-9));
    List<BusinessTeam> teams = day.teams();
    assertThat(teams).hasSize(1);
    assertThat(teams.get(0).function()).isEqualTo(BusinessFunction.SUPPORT);
    assertThat(teams.get(0).tiers()).isEqualTo(2);
    assertThat(teams.get(0).headcount()).isEqualTo((int) Math.ceil(day.fte()));
    assertThat(day.explanation().reasons().get(0).message(Locale.ENGLISH)).contains("FTE for 4 channels over 48 intervals");
    assertThat(day.explanation().render(Locale.ENGLISH)).contains("the people needed because shifts cannot follow");
  }

  @Test
  void chat_agents_hold_several_conversations_and_deferred_work_meets_its_deadline() {
    ProfileStaffing day = ERLANG.staff(sample());
    ChannelStaffing chat = day.channels().get(1);
    ChannelStaffing email = day.channels().get(2);
    SupportChannel emails = sample().channels().get(2);
    double work = emails.volumes().stream().mapToDouble(Double::doubleValue).sum() * 420;
    double capacity = email.agents().stream().mapToInt(Integer::intValue).sum() * 900 * 0.9;
    assertThat(capacity).isGreaterThanOrEqualTo(work);
    SupportChannel single = SupportChannel.builder().from(sample().channels().get(1)).concurrency(1).build();
    ChannelStaffing one = ERLANG.staff(SupportProfile.of(900, single)).channels().get(0);
    assertThat(chat.peakAgents()).isLessThan(one.peakAgents());
  }

  @Test
  void refuses_profiles_that_do_not_hold_together() {
    SupportChannel calls = sample().channels().get(0);
    SupportChannel shorter = SupportChannel.builder().from(calls).name("Short").volumes(List.of(1.0, 2.0)).build();
    assertThatThrownBy(() -> SupportProfile.of(900, calls, shorter)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("channels[1].volumes (2) must hold as many intervals as channels[0] (48)");
    assertThatThrownBy(() -> SupportProfile.of(900, calls, calls)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("channels[1].name (Calls) must not repeat the name of another channel");
    assertThatThrownBy(() -> SupportChannel.builder().from(calls).kind(ChannelKind.DEFERRED).patienceSeconds(1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("responseDeadlineSeconds");
    assertThatThrownBy(() -> SupportChannel.builder().from(calls).concurrency(2).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only chat holds several conversations");
    assertThatThrownBy(() -> SupportChannel.escalatedFrom(calls, "L2", 1.5, 600))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("escalationRate (1.5) must be between 0 and 1");
  }
}
