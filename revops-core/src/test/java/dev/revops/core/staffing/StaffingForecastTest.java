package dev.revops.core.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessTeam;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StaffingForecastTest {

  private final StaffingCalculator calculator = StaffingCalculator.withDefaults();

  @Test
  void grows_hires_and_never_fires() {
    StaffingForecast forecast = calculator.forecast(1, List.of(
        ForecastPeriod.of("2025", StaffingSeedExamplesTest.SALES, MaturityPhase.EMERGING),
        ForecastPeriod.ofGrowth("2026", 0.5, MaturityPhase.STRUCTURING),
        ForecastPeriod.ofGrowth("2027", 0.0, MaturityPhase.MATURE),
        ForecastPeriod.ofGrowth("2028", 0.5, MaturitySignals.builder().opsAgeYears(5).headcountGrowth(0.5).priorOpsSupport(true).build())));
    List<ForecastStep> steps = forecast.steps();
    assertThat(steps).extracting(ForecastStep::label).containsExactly("2025", "2026", "2027", "2028");
    // 2025: 100 staff, early: 10 Ops, 1 in place, 9 to hire
    assertThat(steps.get(0).recommendation().target()).isEqualTo(10);
    assertThat(steps.get(0).hires()).isEqualTo(9);
    assertThat(steps.get(0).phaseChanged()).isFalse();
    // 2026: 150 staff, structuring: 150 / 15 = 10: on target
    assertThat(steps.get(1).recommendation().businessHeadcount()).isEqualTo(150);
    assertThat(steps.get(1).recommendation().target()).isEqualTo(10);
    assertThat(steps.get(1).hires()).isZero();
    assertThat(steps.get(1).surplus()).isZero();
    assertThat(steps.get(1).phaseChanged()).isTrue();
    // 2027: 150 staff, mature: 7.5, minus half an Ops of coordination (two functions where the
    // ratios assume four) = 7: 3 ahead of ratio, nobody let go, absorbed when the target next reaches 10
    assertThat(steps.get(2).recommendation().target()).isEqualTo(7);
    assertThat(steps.get(2).surplus()).isEqualTo(3);
    assertThat(steps.get(2).periodsUntilAbsorbed()).hasValue(1);
    assertThat(steps.get(2).opsAtEnd()).isEqualTo(10);
    assertThat(steps.get(2).explanation().render(Locale.ENGLISH)).contains("Ahead of ratio by 3 Ops",
        "No hiring until the surplus is absorbed: the target catches up with the Ops in place in 1 period");
    // 2028: 225 staff, strong growth: early again: 22.5 - 0.5 = 22
    assertThat(steps.get(3).recommendation().phase()).isEqualTo(MaturityPhase.EMERGING);
    assertThat(steps.get(3).recommendation().target()).isEqualTo(22);
    assertThat(steps.get(3).hires()).isEqualTo(12);
    assertThat(forecast.totalHires()).isEqualTo(21);
    assertThat(forecast.finalOps()).isEqualTo(22);
    assertThat(forecast.startingOps()).isEqualTo(1);
    assertThat(steps.get(1).explanation().render(Locale.FRENCH)).contains("La phase passe de « émergence » à « structuration »");
  }

  @Test
  void rejects_bad_plans() {
    assertThatThrownBy(() -> calculator.forecast(0, List.of(ForecastPeriod.ofGrowth("2025", 0.1, MaturityPhase.MATURE))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("periods[0].growth (0.1) must be replaced by an organisation: the first period has none to grow");
    assertThatThrownBy(() -> calculator.forecast(-1, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("startingOps (-1) must be >= 0");
    assertThatThrownBy(() -> calculator.forecast(0, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("periods ([]) must hold at least one period");
    assertThatThrownBy(() -> ForecastPeriod.ofGrowth("x", -1, MaturityPhase.MATURE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("growth (-1.0) must be a finite fraction > -1");
    assertThatThrownBy(() -> ForecastPeriod.of(" ", StaffingSeedExamplesTest.SALES, MaturityPhase.MATURE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("label ( ) must not be blank");
    assertThatThrownBy(() -> ImmutableForecastPeriod.generator().label("x").phase(MaturityPhase.MATURE).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("org (missing) must be given when growth is not, and not when it is (period x)");
    assertThatThrownBy(() -> ImmutableForecastPeriod.generator().label("x").growth(0.1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("phase (missing) must be given when signals are not, and not when they are (period x)");
    List<ForecastPeriod> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> calculator.forecast(0, withNull))
        .isInstanceOf(NullPointerException.class).hasMessage("periods[0]");
    assertThatThrownBy(() -> calculator.forecast(0, null))
        .isInstanceOf(NullPointerException.class).hasMessage("periods");
  }

  @Test
  void growth_beyond_int_headcounts_is_refused_clearly() {
    BusinessOrg big = BusinessOrg.of(BusinessTeam.of(BusinessFunction.SALES, Integer.MAX_VALUE - 10));
    assertThatThrownBy(() -> calculator.forecast(0, List.of(
            ForecastPeriod.of("now", big, MaturityPhase.MATURE), ForecastPeriod.ofGrowth("next", 0.1, MaturityPhase.MATURE))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("headcount (2362232001) must be <= 2147483647 after the growth of period next (team Sales)");
  }
}
