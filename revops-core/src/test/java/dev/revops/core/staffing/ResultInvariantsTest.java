package dev.revops.core.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.InvalidValueException;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessTeam;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A staffing result forged or corrupted (here through the generated builder, as a document would
 * be read) is refused, naming the field and the rule it breaks.
 */
class ResultInvariantsTest {

  private static final StaffingRecommendation REC = StaffingCalculator.withDefaults()
      .recommend(StaffingSeedExamplesTest.CUSTOMER_SERVICE, MaturityPhase.MATURE);

  private static void refused(UnaryOperator<ImmutableStaffingRecommendation.Generator> change, String field,
      String rule) {
    assertThatThrownBy(() -> change.apply(ImmutableStaffingRecommendation.generator().from(REC)).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.rule()).contains(rule);
        });
  }

  private static List<TeamAllocation> allocation(int... ops) {
    List<TeamAllocation> out = new ArrayList<>();
    for (int i = 0; i < ops.length; i++) {
      TeamAllocation a = REC.allocation().get(i);
      out.add(TeamAllocation.of(a.team(), ops[i], a.weightedHeadcount()));
    }
    return out;
  }

  @Test
  void the_genuine_result_rebuilds_equal() {
    assertThat(ImmutableStaffingRecommendation.generator().from(REC).build()).isEqualTo(REC);
    assertThat(REC.allocation()).extracting(TeamAllocation::ops).containsExactly(2, 1, 1, 1);
  }

  @Test
  void every_rule_of_a_recommendation_is_checked() {
    refused(g -> g.staffPerOps(0.5), "staffPerOps", "must be a finite number >= 1");
    refused(g -> g.staffPerOps(Double.NaN), "staffPerOps", "must be a finite number >= 1");
    refused(g -> g.businessHeadcount(99), "businessHeadcount", "must equal the organisation's total headcount (100)");
    refused(g -> g.fte(-1), "fte", "must be a finite number >= 0");
    refused(g -> g.fte(Double.POSITIVE_INFINITY), "fte", "must be a finite number >= 0");
    refused(g -> g.minimum(-1), "minimum", "must be >= 0");
    refused(g -> g.rounded(-1), "rounded", "must be >= 0");
    refused(g -> g.target(-42), "target", "must be the larger of minimum (4) and rounded (5), at most the maximum (OptionalInt[10])");
    refused(g -> g.target(6), "target", "must be the larger of minimum (4) and rounded (5), at most the maximum (OptionalInt[10])");
    refused(g -> g.bandLow(3), "bandLow", "must be between minimum (4) and bandHigh (10)");
    refused(g -> g.bandLow(11), "bandLow", "must be between minimum (4) and bandHigh (10)");
    refused(g -> g.staffedFunctions(List.of(BusinessFunction.SALES)), "staffedFunctions",
        "must have staff in the organisation");
    refused(g -> g.allocation(allocation(2, 1, 1)), "allocation", "must hold one entry per team");
    refused(g -> g.allocation(allocation(2, 1, 1, 2)), "allocation", "must add up to the target (5)");
    refused(g -> g.maximum(java.util.OptionalInt.of(3)), "target", "must be the larger of minimum (4) and rounded (5), at most");
    List<TeamAllocation> swapped = new ArrayList<>(REC.allocation());
    swapped.set(0, REC.allocation().get(1));
    swapped.set(1, REC.allocation().get(0));
    refused(g -> g.allocation(swapped), "allocation[0].team", "must be team 0 of the organisation");
  }

  @Test
  void a_team_without_staff_gets_no_ops() {
    BusinessOrg org = BusinessOrg.of(BusinessTeam.of(BusinessFunction.SALES, 20), BusinessTeam.of(BusinessFunction.SUPPORT, 0));
    StaffingRecommendation rec = StaffingCalculator.withDefaults().recommend(org, MaturityPhase.MATURE);
    assertThat(rec.allocation()).extracting(TeamAllocation::ops).containsExactly(1, 0);
    List<TeamAllocation> moved = List.of(TeamAllocation.of(org.teams().get(0), 0, 20),
        TeamAllocation.of(org.teams().get(1), 1, 0));
    assertThatThrownBy(() -> ImmutableStaffingRecommendation.generator().from(rec).allocation(moved).build())
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("allocation[1].ops"));
  }

  @Test
  void raised_to_minimum_only_when_the_floor_decided() {
    assertThat(REC.raisedToMinimum()).isFalse();
    StaffingRecommendation small = StaffingCalculator.withDefaults().recommend(StaffingSeedExamplesTest.SALES,
        MaturityPhase.MATURE);
    assertThat(small.raisedToMinimum()).isFalse();
    StaffingRecommendation tiny = StaffingCalculator.withDefaults().recommend(BusinessOrg.of(
        BusinessTeam.of(BusinessFunction.SALES, 3), BusinessTeam.of(BusinessFunction.SUPPORT, 3)), MaturityPhase.MATURE);
    // two small functions (under 15 staff) share one Ops (issue 15)
    assertThat(tiny.raisedToMinimum()).isTrue();
    assertThat(tiny.target()).isEqualTo(1);
  }

  @Test
  void forecast_steps_must_follow_their_target_and_each_other() {
    StaffingForecast forecast = StaffingCalculator.withDefaults().forecast(1, List.of(
        ForecastPeriod.of("2026", StaffingSeedExamplesTest.SALES, MaturityPhase.EMERGING),
        ForecastPeriod.ofGrowth("2027", 0.5, MaturityPhase.STRUCTURING)));
    ForecastStep first = forecast.steps().get(0);
    assertThatThrownBy(() -> ImmutableForecastStep.generator().from(first).hires(first.hires() + 1).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("hires"));
    assertThatThrownBy(() -> ImmutableForecastStep.generator().from(first).surplus(1).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("surplus"));
    assertThatThrownBy(() -> ImmutableForecastStep.generator().from(first).opsAtStart(-1).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("opsAtStart"));
    assertThatThrownBy(() -> ImmutableForecastStep.generator().from(first).label(" ").build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("label"));
    assertThatThrownBy(() -> ImmutableStaffingForecast.generator().from(forecast).startingOps(0).build())
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("steps[0].opsAtStart"));
    assertThatThrownBy(() -> ImmutableStaffingForecast.generator().startingOps(0).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("steps"));
    assertThatThrownBy(() -> ImmutableStaffingForecast.generator().startingOps(-1).addSteps(first).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("startingOps"));
    List<ForecastStep> reversed = List.of(forecast.steps().get(1), forecast.steps().get(0));
    assertThatThrownBy(() -> ImmutableStaffingForecast.generator().startingOps(1).steps(reversed).build())
        .isInstanceOf(InvalidValueException.class);
  }
}
