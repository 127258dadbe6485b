package dev.revops.core.workload;

import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.Reason;
import dev.revops.core.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.numbers.gamma.RegularizedGamma;
import org.jspecify.annotations.Nullable;

/**
 * Sizes a support queue with Erlang C, or Erlang A when the demand has a patience.
 *
 * <pre>{@code
 * ErlangCalculator erlang = ErlangCalculator.withDefaults();
 * QueueDemand calls = QueueDemand.of(100, Duration.ofMinutes(30), Duration.ofMinutes(3));
 * QueueStaffing s = erlang.staff(calls, ServiceGoal.of(0.8, Duration.ofSeconds(20)).withShrinkage(0.3));
 * s.agents();                              // 14
 * erlang.metrics(calls, 13, 20).serviceLevel();   // what one fewer would give
 * }</pre>
 *
 * <p><b>Erlang C.</b> With traffic a Erlangs on n agents, Erlang B comes from its recurrence
 * B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)) (no factorials, stable for any n), the probability
 * of waiting is C = n·B / (n − a·(1 − B)), the service level within t is 1 − C·e^(−(n − a)·t / AHT),
 * the average speed of answer C·AHT / (n − a), and the occupancy a / n. With n ≤ a the queue is
 * unstable and is reported so.
 *
 * <p><b>Erlang A</b> (Garnett, Mandelbaum and Reiman, 2002). With arrival rate λ, handle time 1/μ
 * and patience 1/θ, let x = n·μ/θ, y = λ/θ and A = x·e^y·y^(−x)·γ(x, y), with γ the lower
 * incomplete gamma function (computed in log space from the regularized one). The probability of
 * waiting is A·B / (1 + (A − 1)·B), the probability of abandoning once waiting
 * 1/(ρ·A) + 1 − 1/ρ with ρ = λ/(n·μ), the average wait P(abandon)/θ, the occupancy
 * λ·(1 − P(abandon)) / (n·μ), and the share answered within t
 * 1 − P(wait) + P(wait)·x·[P(x+1, y) − P(x+1, y·e^(−θ·t))] / (y·P(x, y)), with P the regularized
 * lower incomplete gamma function.
 *
 * <p><b>Staffing.</b> {@link #staff} returns the smallest number of agents that meets every part
 * of the goal: the service level, and the occupancy cap when given. It searches from the point
 * where the queue becomes stable, upwards or downwards, one agent at a time.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ErlangCalculator {

  private static final ErlangCalculator DEFAULTS = new ErlangCalculator();
  /** No support queue revops sizes needs more agents; a guard against a search that cannot end. */
  private static final int MAX_AGENTS = 1_000_000;

  private ErlangCalculator() {}

  /**
   * Obtains the calculator.
   *
   * @return the calculator, never null
   */
  public static ErlangCalculator withDefaults() {
    return DEFAULTS;
  }

  /**
   * The service a number of agents gives a demand.
   *
   * @param demand  the demand, not null
   * @param agents  the agents, zero or more
   * @param answerWithinSeconds  the answer time the service level is measured at, zero or more
   * @return the metrics, never null
   * @throws IllegalArgumentException if a value breaks its rule
   */
  public QueueMetrics metrics(QueueDemand demand, int agents, double answerWithinSeconds) {
    Objects.requireNonNull(demand, "demand");
    Checks.check(agents >= 0 && agents <= MAX_AGENTS, "agents", agents, "must be from 0 to " + MAX_AGENTS);
    Checks.check(Double.isFinite(answerWithinSeconds) && answerWithinSeconds >= 0, "answerWithinSeconds",
        answerWithinSeconds, "must be a finite number of seconds >= 0");
    return metrics(demand, agents, erlangB(agents, demand.traffic()), answerWithinSeconds);
  }

  /** Erlang B by its recurrence: the probability that all n servers are busy in a loss system. */
  static double erlangB(int n, double a) {
    double b = 1;
    for (int k = 1; k <= n; k++) {
      b = a * b / (k + a * b);
    }
    return b;
  }

  private static QueueMetrics metrics(QueueDemand demand, int n, double b, double t) {
    double a = demand.traffic();
    ImmutableQueueMetrics.Generator out = ImmutableQueueMetrics.generator().agents(n).traffic(a);
    if (a == 0) {
      out.stable(true).waitProbability(0).serviceLevel(1).averageSpeedOfAnswerSeconds(0).occupancy(0);
      demand.patienceSeconds().ifPresent(p -> out.abandonmentProbability(0));
      return out.build();
    }
    double aht = demand.handleTimeSeconds();
    if (demand.patienceSeconds().isEmpty()) {
      if (n <= a) {
        return out.stable(false).waitProbability(1).serviceLevel(0).occupancy(1).build();
      }
      double c = clamp(n * b / (n - a * (1 - b)));
      double sl = clamp(1 - c * Math.exp(-(n - a) * t / aht));
      return out.stable(true).waitProbability(c).serviceLevel(sl).averageSpeedOfAnswerSeconds(c * aht / (n - a))
          .occupancy(clamp(a / n)).build();
    }
    double patience = demand.patienceSeconds().getAsDouble();
    if (n == 0) {
      return out.stable(true).waitProbability(1).serviceLevel(0).averageSpeedOfAnswerSeconds(patience).occupancy(0)
          .abandonmentProbability(1).build();
    }
    double lambda = demand.volume() / demand.intervalSeconds();
    double x = n * patience / aht;
    double y = lambda * patience;
    double inverseA;
    double answeredInTime;
    double decay = Math.exp(-t / patience);
    if (y < x) {
      // below the agents' capacity the incomplete gammas underflow: use their series, all terms O(1)
      double mxy = series(x, y);
      inverseA = 1 / mxy;
      double shift = Math.exp(-(x + 1) * (t / patience) + y * (1 - decay));
      answeredInTime = x / (x + 1) * (series(x + 1, y) - shift * series(x + 1, y * decay)) / mxy;
    } else {
      double pxy = RegularizedGamma.P.value(x, y);
      double logA = Math.log(x) + y - x * Math.log(y) + LogGamma.value(x) + Math.log(pxy);
      inverseA = Math.exp(-logA);
      answeredInTime = x * (RegularizedGamma.P.value(x + 1, y) - RegularizedGamma.P.value(x + 1, y * decay)) / (y * pxy);
    }
    double pw = clamp(b / (inverseA + b - b * inverseA));
    double abandonIfWaiting = clamp(1 + (inverseA - 1) / (a / n));
    double sl = clamp(1 - pw + pw * clamp(answeredInTime));
    double abandon = clamp(pw * abandonIfWaiting);
    return out.stable(true).waitProbability(pw).serviceLevel(sl).averageSpeedOfAnswerSeconds(abandon * patience)
        .occupancy(clamp(a * (1 - abandon) / n)).abandonmentProbability(abandon).build();
  }

  /**
   * M(s, z) = Σ_k z^k / ((s+1)(s+2)…(s+k)), so that γ(s, z) = z^s·e^(−z)·M(s, z)/s; for z < s + 1
   * the terms fall geometrically and the sum stays of order √s at most.
   */
  static double series(double s, double z) {
    double sum = 1;
    double term = 1;
    for (int k = 1; k < 100_000_000; k++) {
      term *= z / (s + k);
      sum += term;
      if (term < sum * 1e-17) {
        break;
      }
    }
    return sum;
  }

  private static double clamp(double share) {
    return Double.isNaN(share) ? 0 : Math.max(0, Math.min(1, share));
  }

  /**
   * The smallest number of agents that meets a goal, the service they give, and the FTE.
   *
   * @param demand  the demand, not null
   * @param goal  the goal, not null
   * @return the staffing, never null
   * @throws IllegalArgumentException if no number of agents up to a million meets the goal
   */
  public QueueStaffing staff(QueueDemand demand, ServiceGoal goal) {
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(goal, "goal");
    double a = demand.traffic();
    double t = goal.answerWithinSeconds();
    Explanation.Builder why = Explanation.builder();
    why.addReasons(Reason.computed(WorkloadMessages.TRAFFIC, demand.volume(), demand.handleTimeSeconds(),
        demand.intervalSeconds(), a));
    why.addReasons(demand.patienceSeconds().isPresent()
        ? Reason.input(WorkloadMessages.MODEL_A, demand.patienceSeconds().getAsDouble())
        : Reason.rule(WorkloadMessages.MODEL_C));
    goal.maxOccupancy().ifPresent(cap -> why.addReasons(Reason.input(WorkloadMessages.OCCUPANCY_CAP, cap)));
    QueueMetrics found;
    @Nullable Reason fewer = null;
    if (a == 0) {
      found = metrics(demand, 0, 1, t);
    } else {
      Search search = new Search(demand, goal);
      found = search.smallest();
      QueueMetrics below = search.belowFound();
      if (below != null) {
        fewer = whyNot(below, goal);
      }
    }
    int n = found.agents();
    double fte = n / (1 - goal.shrinkage());
    int positions = (int) Math.ceil(fte - 1e-9);
    why.addReasons(found.abandonmentProbability().isPresent()
        ? Reason.computed(WorkloadMessages.AT_ABANDON, (long) n, found.waitProbability(), found.serviceLevel(),
            found.averageSpeedOfAnswerSeconds().orElse(0), found.occupancy(), found.abandonmentProbability().getAsDouble())
        : Reason.computed(WorkloadMessages.AT, (long) n, found.waitProbability(), found.serviceLevel(),
            found.averageSpeedOfAnswerSeconds().orElse(0), found.occupancy()));
    if (fewer != null) {
      why.addReasons(fewer);
    }
    why.addReasons(goal.shrinkage() > 0
        ? Reason.input(WorkloadMessages.SHRINKAGE, goal.shrinkage(), (long) n, fte, (long) positions)
        : Reason.assumption(WorkloadMessages.NO_SHRINKAGE));
    Reason summary = a == 0 ? Reason.computed(WorkloadMessages.SUMMARY_NONE)
        : Reason.computed(WorkloadMessages.SUMMARY, (long) n, found.serviceLevel(), t, goal.serviceLevel(), fte,
            (long) positions);
    return ImmutableQueueStaffing.generator()
        .demand(demand)
        .goal(goal)
        .agents(n)
        .fte(fte)
        .positions(positions)
        .traffic(a)
        .serviceLevel(found.serviceLevel())
        .waitProbability(found.waitProbability())
        .averageSpeedOfAnswerSeconds(found.averageSpeedOfAnswerSeconds().orElse(0))
        .occupancy(found.occupancy())
        .abandonmentProbability(found.abandonmentProbability())
        .explanation(Explanation.builder().addReasons(summary).addAllReasons(why.build().reasons()).build())
        .build();
  }

  /**
   * Staffs every channel of a profile, interval by interval, and turns the agents into FTE by the
   * profile's rule ({@link SupportProfile}). Voice and chat use {@link #staff(QueueDemand,
   * ServiceGoal)}'s smallest number per interval (chat divided by its concurrency, rounded up);
   * deferred channels spread each interval's work over the response deadline that follows it and
   * staff it at the goal's occupancy cap.
   *
   * @param profile  the profile, not null
   * @return the staffing, never null
   */
  public ProfileStaffing staff(SupportProfile profile) {
    Objects.requireNonNull(profile, "profile");
    double length = profile.intervalSeconds();
    int intervals = profile.intervals();
    Explanation.Builder why = Explanation.builder();
    ImmutableProfileStaffing.Generator out = ImmutableProfileStaffing.generator();
    double total = 0;
    int[] busiest = new int[intervals];
    for (SupportChannel channel : profile.channels()) {
      int[] agents = channel.kind() == ChannelKind.DEFERRED ? deferred(channel, length) : live(channel, length);
      Explanation.Builder channelWhy = Explanation.builder();
      int peak = 0;
      int peakAt = 0;
      long agentIntervals = 0;
      List<Integer> perInterval = new ArrayList<>(intervals);
      for (int i = 0; i < intervals; i++) {
        perInterval.add(agents[i]);
        agentIntervals += agents[i];
        busiest[i] += agents[i];
        if (agents[i] > peak) {
          peak = agents[i];
          peakAt = i;
        }
      }
      double agentHours = agentIntervals * length / 3600;
      double fte = agentHours / (1 - channel.goal().shrinkage()) * profile.repeatsPerWeek() / profile.weeklyHoursPerFte();
      total += fte;
      switch (channel.kind()) {
        case VOICE -> channelWhy.addReasons(channel.patienceSeconds().isPresent()
            ? Reason.input(WorkloadMessages.MODEL_A, channel.patienceSeconds().getAsDouble())
            : Reason.rule(WorkloadMessages.MODEL_C));
        case CHAT -> channelWhy.addReasons(Reason.assumption(WorkloadMessages.CHAT, (long) channel.concurrency()));
        case DEFERRED -> channelWhy.addReasons(Reason.rule(WorkloadMessages.DEFERRED, channel.name(),
            channel.responseDeadlineSeconds().orElseThrow() / 3600, channel.goal().maxOccupancy().orElse(1)));
      }
      Reason line = Reason.computed(WorkloadMessages.CHANNEL, channel.name(), channel.kind(), (long) peak, (long) peakAt + 1,
          agentHours, fte);
      why.addReasons(line);
      out.addChannels(ImmutableChannelStaffing.generator().name(channel.name()).kind(channel.kind()).tier(channel.tier())
          .function(channel.function()).agents(perInterval).peakAgents(peak).agentHours(agentHours).fte(fte)
          .explanation(Explanation.builder().addReasons(line).addAllReasons(channelWhy.build().reasons()).build())
          .build());
      why.addAllReasons(channelWhy.build().reasons());
    }
    int busiestAgents = Arrays.stream(busiest).max().orElse(0);
    why.addReasons(profile.repeatsPerWeek() == SupportProfile.DEFAULT_REPEATS_PER_WEEK
            && profile.weeklyHoursPerFte() == SupportProfile.DEFAULT_WEEKLY_HOURS_PER_FTE
        ? Reason.assumption(WorkloadMessages.FTE_RULE, profile.repeatsPerWeek(), profile.weeklyHoursPerFte())
        : Reason.input(WorkloadMessages.FTE_RULE, profile.repeatsPerWeek(), profile.weeklyHoursPerFte()));
    Reason summary = Reason.computed(WorkloadMessages.PROFILE_SUMMARY, total, (long) profile.channels().size(),
        (long) intervals, (long) busiestAgents);
    return out.fte(total).explanation(Explanation.builder().addReasons(summary).addAllReasons(why.build().reasons()).build())
        .build();
  }

  private static int[] live(SupportChannel channel, double length) {
    int[] agents = new int[channel.volumes().size()];
    for (int i = 0; i < agents.length; i++) {
      double volume = channel.volumes().get(i);
      if (volume == 0) {
        continue;
      }
      QueueDemand demand = QueueDemand.ofSeconds(volume, length, channel.handleTimeSeconds());
      if (channel.patienceSeconds().isPresent()) {
        demand = ImmutableQueueDemand.generator().from(demand).patienceSeconds(channel.patienceSeconds().getAsDouble()).build();
      }
      int servers = new Search(demand, channel.goal()).smallest().agents();
      agents[i] = (servers + channel.concurrency() - 1) / channel.concurrency();
    }
    return agents;
  }

  private static int[] deferred(SupportChannel channel, double length) {
    int n = channel.volumes().size();
    double[] load = new double[n];
    int span = (int) Math.max(1, Math.ceil(channel.responseDeadlineSeconds().orElseThrow() / length - 1e-9));
    for (int i = 0; i < n; i++) {
      double work = channel.volumes().get(i) * channel.handleTimeSeconds();
      int over = Math.min(span, n - i);
      for (int j = i; j < i + over; j++) {
        load[j] += work / over;
      }
    }
    double capacity = length * channel.goal().maxOccupancy().orElse(1);
    int[] agents = new int[n];
    for (int j = 0; j < n; j++) {
      agents[j] = (int) Math.ceil(load[j] / capacity - 1e-9);
    }
    return agents;
  }

  private static Reason whyNot(QueueMetrics below, ServiceGoal goal) {
    if (!below.stable()) {
      return Reason.computed(WorkloadMessages.FEWER_UNSTABLE, (long) below.agents(), below.traffic());
    }
    if (below.serviceLevel() < goal.serviceLevel()) {
      return Reason.computed(WorkloadMessages.FEWER_SERVICE_LEVEL, (long) below.agents(), below.serviceLevel(),
          goal.serviceLevel());
    }
    return Reason.computed(WorkloadMessages.FEWER_OCCUPANCY, (long) below.agents(), below.occupancy(),
        goal.maxOccupancy().orElse(1));
  }

  static boolean meets(QueueMetrics m, ServiceGoal goal) {
    OptionalDouble cap = goal.maxOccupancy();
    return m.stable() && m.serviceLevel() >= goal.serviceLevel() && (cap.isEmpty() || m.occupancy() <= cap.getAsDouble());
  }

  /**
   * From where the queue becomes stable, a search that doubles its step until it brackets the
   * smallest number meeting the goal, then halves the bracket: a few dozen evaluations even for
   * tens of thousands of agents.
   */
  private static final class Search {
    private final QueueDemand demand;
    private final ServiceGoal goal;
    private final double a;
    private final int start;
    private @Nullable QueueMetrics below;

    Search(QueueDemand demand, ServiceGoal goal) {
      this.demand = demand;
      this.goal = goal;
      this.a = demand.traffic();
      double first = Math.floor(a) + 1;
      if (goal.maxOccupancy().isPresent() && demand.patienceSeconds().isEmpty()) {
        double needed = Math.ceil(a / goal.maxOccupancy().getAsDouble() - 1e-9);
        if (needed > MAX_AGENTS) {
          throw Checks.invalid("goal.maxOccupancy", goal.maxOccupancy().getAsDouble(), "needs " + needed
              + " agents for " + a + " Erlangs of traffic; revops sizes queues up to " + MAX_AGENTS + " agents");
        }
        first = Math.max(first, needed);
      }
      this.start = (int) Math.max(1, Math.min(MAX_AGENTS, first));
    }

    private QueueMetrics at(int n) {
      return metrics(demand, n, erlangB(n, a), goal.answerWithinSeconds());
    }

    QueueMetrics smallest() {
      QueueMetrics m = at(start);
      if (meets(m, goal)) {
        int hi = start;
        QueueMetrics hiMetrics = m;
        for (int step = 1; hi > 1; step = Math.min(step * 2, 1 << 29)) {
          int probe = Math.max(1, hi - step);
          QueueMetrics p = at(probe);
          if (!meets(p, goal)) {
            return bisect(probe, p, hi, hiMetrics);
          }
          hi = probe;
          hiMetrics = p;
        }
        return hiMetrics;
      }
      int lo = start;
      QueueMetrics loMetrics = m;
      for (int step = 1; ; step = Math.min(step * 2, 1 << 29)) {
        if (lo >= MAX_AGENTS) {
          throw Checks.invalid("goal", goal, "cannot be met with up to " + MAX_AGENTS + " agents for " + a + " Erlangs");
        }
        int probe = (int) Math.min(MAX_AGENTS, (long) lo + step);
        QueueMetrics p = at(probe);
        if (meets(p, goal)) {
          return bisect(lo, loMetrics, probe, p);
        }
        lo = probe;
        loMetrics = p;
      }
    }

    /** The smallest meeting number between a failing lo and a meeting hi. */
    private QueueMetrics bisect(int lo, QueueMetrics loMetrics, int hi, QueueMetrics hiMetrics) {
      QueueMetrics fail = loMetrics;
      QueueMetrics pass = hiMetrics;
      int low = lo;
      int high = hi;
      while (high - low > 1) {
        int mid = low + (high - low) / 2;
        QueueMetrics p = at(mid);
        if (meets(p, goal)) {
          high = mid;
          pass = p;
        } else {
          low = mid;
          fail = p;
        }
      }
      below = fail;
      return pass;
    }

    @Nullable QueueMetrics belowFound() {
      return below;
    }
  }
}
