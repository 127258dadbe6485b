package dev.revops.examples;

import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessTeam;
import dev.revops.core.staffing.MaturityPhase;
import dev.revops.core.staffing.StaffingCalculator;
import dev.revops.core.staffing.StaffingRecommendation;
import dev.revops.core.workload.ChannelKind;
import dev.revops.core.workload.ErlangCalculator;
import dev.revops.core.workload.ProfileStaffing;
import dev.revops.core.workload.ServiceGoal;
import dev.revops.core.workload.SupportChannel;
import dev.revops.core.workload.SupportProfile;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * From support volumes to Ops: a weekday of calls, chats and emails in quarter hours, staffed with
 * Erlang A and C, becomes a support team in two tiers, which joins the sales and customer-success
 * teams in a staffing recommendation.
 */
public final class SupportExample {

  private SupportExample() {}

  /**
   * Runs the example.
   *
   * @param args  "fr" for French
   */
  public static void main(String[] args) {
    print(System.out, args.length > 0 && "fr".equalsIgnoreCase(args[0]) ? Locale.FRENCH : Locale.ENGLISH);
  }

  /** A weekday from 8:00 to 20:00 in quarter hours, with a morning and an afternoon peak. */
  static List<Double> weekday(double peak) {
    List<Double> volumes = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      double hour = 8 + i / 4.0;
      double shape = Math.exp(-Math.pow(hour - 10.5, 2) / 2) + 0.8 * Math.exp(-Math.pow(hour - 15, 2) / 3);
      volumes.add(Math.round(peak * shape * 10) / 10.0);
    }
    return volumes;
  }

  /** The support profile of the README: the same as {@code samples/support.json}. */
  static SupportProfile profile() {
    ServiceGoal live = ServiceGoal.ofSeconds(0.8, 20).withMaxOccupancy(0.85).withShrinkage(0.3);
    SupportChannel calls = SupportChannel.builder().name("Calls").kind(ChannelKind.VOICE).volumes(weekday(60))
        .handleTimeSeconds(300).patienceSeconds(120).goal(live).build();
    SupportChannel chat = SupportChannel.builder().name("Chat").kind(ChannelKind.CHAT).volumes(weekday(40))
        .handleTimeSeconds(480).concurrency(2).goal(ServiceGoal.ofSeconds(0.8, 60).withShrinkage(0.3)).build();
    SupportChannel email = SupportChannel.builder().name("Email").kind(ChannelKind.DEFERRED).volumes(weekday(30))
        .handleTimeSeconds(420).responseDeadlineSeconds(4 * 3600)
        .goal(ServiceGoal.ofSeconds(0.8, 0).withMaxOccupancy(0.9).withShrinkage(0.3)).build();
    return SupportProfile.of(900, calls, chat, email, SupportChannel.escalatedFrom(calls, "Level 2", 0.15, 900));
  }

  /**
   * Prints the example.
   *
   * @param out  where to print, not null
   * @param locale  the language, not null
   */
  public static void print(PrintStream out, Locale locale) {
    ProfileStaffing support = ErlangCalculator.withDefaults().staff(profile());
    out.println(support.explanation().reasons().get(0).message(locale));
    support.channels().forEach(c -> out.println("  " + c.explanation().reasons().get(0).message(locale)));
    List<BusinessTeam> teams = new ArrayList<>(support.teams());
    teams.add(BusinessTeam.of(BusinessFunction.SALES, 40));
    teams.add(BusinessTeam.of(BusinessFunction.CUSTOMER_SUCCESS, 25));
    StaffingRecommendation rec = StaffingCalculator.withDefaults().recommend(BusinessOrg.of(teams), MaturityPhase.STRUCTURING);
    out.println(Texts.get("demo.support.withSales", locale, 40, 25, BusinessFunction.CUSTOMER_SUCCESS));
    out.println("  " + Texts.get("demo.support.target", locale, rec.target(), rec.businessHeadcount()));
    rec.allocationByFunction().forEach((function, ops) -> out.println("    " + Texts.get("label.value", locale, function,
        ops)));
    out.println();
  }
}
