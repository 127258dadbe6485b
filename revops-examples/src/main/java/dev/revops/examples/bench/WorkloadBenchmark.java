package dev.revops.examples.bench;

import dev.revops.core.workload.ChannelKind;
import dev.revops.core.workload.ErlangCalculator;
import dev.revops.core.workload.ProfileStaffing;
import dev.revops.core.workload.QueueDemand;
import dev.revops.core.workload.QueueStaffing;
import dev.revops.core.workload.ServiceGoal;
import dev.revops.core.workload.SupportChannel;
import dev.revops.core.workload.SupportProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A 96-interval day (quarter hours) of 10 support channels, against one interval of one queue.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WorkloadBenchmark {

  SupportProfile day = SupportProfile.of(900, SupportChannel.builder().name("x").kind(ChannelKind.VOICE)
      .volumes(List.of(1.0)).handleTimeSeconds(60).goal(ServiceGoal.ofSeconds(0.8, 20)).build());
  QueueDemand interval = QueueDemand.ofSeconds(100, 1800, 180);
  ServiceGoal goal = ServiceGoal.ofSeconds(0.8, 20).withMaxOccupancy(0.85).withShrinkage(0.3);

  @Setup
  public void setUp() {
    List<SupportChannel> channels = new ArrayList<>();
    for (int c = 0; c < 10; c++) {
      List<Double> volumes = new ArrayList<>();
      double peak = 10 + 8 * c;
      for (int i = 0; i < 96; i++) {
        double hour = i / 4.0;
        double shape = hour < 7 || hour > 21 ? 0.05
            : Math.exp(-Math.pow(hour - 10.5, 2) / 3) + 0.8 * Math.exp(-Math.pow(hour - 15, 2) / 4);
        volumes.add(Math.round(peak * shape * 10) / 10.0);
      }
      SupportChannel.Builder b = SupportChannel.builder().name("Channel " + c).volumes(volumes)
          .handleTimeSeconds(180 + 30 * c).goal(goal);
      if (c < 4) {
        b.kind(ChannelKind.VOICE);
      } else if (c < 6) {
        b.kind(ChannelKind.VOICE).patienceSeconds(90);
      } else if (c < 8) {
        b.kind(ChannelKind.CHAT).concurrency(2);
      } else {
        b.kind(ChannelKind.DEFERRED).responseDeadlineSeconds(4 * 3600);
      }
      channels.add(b.build());
    }
    day = SupportProfile.of(900, channels);
  }

  /** The day: 960 intervals staffed, explanation included. */
  @Benchmark
  public ProfileStaffing dayOf96IntervalsAnd10Channels() {
    return ErlangCalculator.withDefaults().staff(day);
  }

  /** The baseline: one interval of one queue (pyworkforce's scenario), explanation included. */
  @Benchmark
  public QueueStaffing oneInterval() {
    return ErlangCalculator.withDefaults().staff(interval, goal);
  }
}
