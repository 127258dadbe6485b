package dev.revops.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.Message;
import dev.revops.core.explain.Messages;
import dev.revops.core.explain.Reason;
import dev.revops.core.fit.Competency;
import dev.revops.core.fit.Evidence;
import dev.revops.core.fit.FitPolicy;
import dev.revops.core.fit.OpsRole;
import dev.revops.core.fit.Requirement;
import dev.revops.core.fit.RoleRequirements;
import dev.revops.core.fit.Proficiency;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.MissionFamily;
import dev.revops.core.org.OpsLevel;
import dev.revops.core.org.OpsSpecialty;
import dev.revops.core.pay.Percentile;
import dev.revops.core.pay.QuantilePointsSalaryDistribution;
import dev.revops.core.pay.SalaryBand;
import dev.revops.core.pay.SalaryBenchmark;
import dev.revops.core.pay.SalaryCohort;
import dev.revops.core.pay.SalaryDistribution;
import dev.revops.core.pay.SalaryDistributions;
import dev.revops.core.pay.SalaryBenchmarks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: what the API fuzzer (revops-json's {@code ApiFuzzTest}) found in its first runs, each
 * kept as a regression test. Every case failed with an undocumented exception, a message naming
 * nothing, or a result holding an infinity.
 */
class FuzzerFindingsTest {

  private static final Money EUR_50K = Money.of(CurrencyUnit.EUR, 50_000);
  private static final Money USD_50K = Money.of(CurrencyUnit.USD, 50_000);

  @Test
  void an_amount_in_another_currency_is_an_invalid_value_naming_field_and_currency() {
    // was joda-money's CurrencyMismatchException, naming no field
    SalaryDistribution seniors = SalaryBenchmarks.businessOpsNetworkFrance().distribution(OpsLevel.SENIOR);
    assertThatThrownBy(() -> seniors.percentileOf(USD_50K)).isInstanceOf(InvalidValueException.class)
        .hasMessage("salary (USD 50000.00) must be in EUR, the currency of the distribution");
    assertThatThrownBy(() -> seniors.position(USD_50K)).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("salary (USD 50000.00) must be in EUR");
    assertThatThrownBy(() -> SalaryBand.of(Percentile.P25, EUR_50K, Percentile.P75, USD_50K))
        .isInstanceOf(InvalidValueException.class).hasMessage("high (USD 50000.00) must be in EUR, the currency of low (EUR 50000.00)");
    SalaryBand band = seniors.band(Percentile.P25, Percentile.P75);
    assertThatThrownBy(() -> band.penetration(USD_50K)).isInstanceOf(InvalidValueException.class)
        .hasMessage("salary (USD 50000.00) must be in EUR, the currency of the band");
    assertThatThrownBy(() -> SalaryDistributions.empirical(List.of(EUR_50K, USD_50K),
        dev.revops.core.pay.QuantileMethod.HF7)).isInstanceOf(InvalidValueException.class)
        .hasMessage("salaries[1] (USD 50000.00) must be in EUR, the currency of salaries[0]");
    Map<Percentile, Money> points = new TreeMap<>(Map.of(Percentile.P25, EUR_50K, Percentile.P75,
        Money.of(CurrencyUnit.USD, 70_000)));
    assertThatThrownBy(() -> SalaryDistributions.quantilePoints(points)).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("points[P75] (USD 70000.00) must be in EUR");
    assertThatThrownBy(() -> SalaryCohort.builder().addLevels(OpsLevel.SENIOR).median(EUR_50K)
        .maximum(Money.of(CurrencyUnit.USD, 90_000)).sampleSize(10).build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("maximum (USD 90000.00) must be in EUR");
    SalaryCohort usd = SalaryCohort.builder().addLevels(OpsLevel.JUNIOR).median(USD_50K)
        .maximum(Money.of(CurrencyUnit.USD, 90_000)).sampleSize(10).build();
    assertThatThrownBy(() -> SalaryBenchmark.builder().from(SalaryBenchmarks.businessOpsNetworkFrance())
        .cohorts(List.of(usd)).build()).isInstanceOf(InvalidValueException.class)
        .hasMessage("cohorts[0].median (USD 50000.00) must be in EUR, the currency of the benchmark");
  }

  @Test
  void builders_name_the_attribute_of_a_null_collection_entry_or_element() {
    // were NullPointerExceptions with no message, from Guava's collection builders
    assertThatThrownBy(() -> SalaryBenchmark.builder().addExperienceAnchors((dev.revops.core.pay.ExperienceAnchor) null))
        .isInstanceOf(NullPointerException.class).hasMessage("experienceAnchors element");
    assertThatThrownBy(() -> SalaryBenchmark.builder().cohorts(null))
        .isInstanceOf(NullPointerException.class).hasMessage("cohorts");
    assertThatThrownBy(() -> SalaryBenchmark.builder().putEquityShareByLevel((Map.Entry<OpsLevel, Double>) null))
        .isInstanceOf(NullPointerException.class).hasMessage("equityShareByLevel entry");
    assertThatThrownBy(() -> FitPolicy.builder().putCoreRequirementByLevel(null, Proficiency.BASIC))
        .isInstanceOf(NullPointerException.class).hasMessage("coreRequirementByLevel key");
    assertThatThrownBy(() -> OpsRole.builder().requirements((Optional<RoleRequirements>) null))
        .isInstanceOf(NullPointerException.class).hasMessage("requirements");
    assertThatThrownBy(() -> Explanation.builder().reasons(Arrays.asList((Reason) null)))
        .isInstanceOf(NullPointerException.class).hasMessage("reasons element");
    Map<Competency, Double> row = new HashMap<>();
    row.put(Competency.DATA_MODELLING, null);
    assertThatThrownBy(() -> FitPolicy.builder().putMatrix(MissionFamily.DATA, row).build())
        .isInstanceOf(InvalidValueException.class).hasMessage("matrix.DATA.DATA_MODELLING (missing) must be a finite number >= 0");
    List<Competency> emphasis = new ArrayList<>(Arrays.asList(Competency.DATA_MODELLING, null));
    assertThatThrownBy(() -> FitPolicy.builder().putSpecialtyEmphasis(OpsSpecialty.SALES_OPS, emphasis).build())
        .isInstanceOf(NullPointerException.class).hasMessage("specialtyEmphasis[SALES_OPS][1]");
    Map<Competency, Requirement> requirements = new HashMap<>();
    requirements.put(null, Requirement.of(Proficiency.BASIC, 1));
    assertThatThrownBy(() -> RoleRequirements.of(requirements))
        .isInstanceOf(NullPointerException.class).hasMessage("requirements key");
  }

  @Test
  void null_parameters_of_comparisons_and_formatting_are_named() {
    assertThatThrownBy(() -> Percentile.P25.compareTo(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    assertThatThrownBy(() -> BusinessFunction.SALES.compareTo(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("other");
    assertThatThrownBy(() -> Messages.money(null, Locale.ENGLISH)).isInstanceOf(NullPointerException.class)
        .hasMessage("amount");
    SalaryDistribution seniors = SalaryBenchmarks.businessOpsNetworkFrance().distribution(OpsLevel.SENIOR);
    assertThatThrownBy(() -> seniors.salaryAt(null)).isInstanceOf(NullPointerException.class).hasMessage("percentile");
  }

  @Test
  void putting_one_entry_in_a_policy_builder_changes_that_entry_only() {
    // the builder started empty, so one put replaced the whole default map and build() failed;
    // after from(), a put on a key already there threw Guava's "Multiple entries with same key"
    FitPolicy one = FitPolicy.builder().putEvidenceWeights(Evidence.PRACTICAL_CASE, 0.9).build();
    assertThat(one.evidenceWeights()).hasSize(Evidence.values().length).containsEntry(Evidence.PRACTICAL_CASE, 0.9)
        .containsEntry(Evidence.INTERVIEW, FitPolicy.defaults().evidenceWeights().get(Evidence.INTERVIEW));
    assertThat(one.provenance(FitPolicy.Figure.EVIDENCE_WEIGHTS).basis())
        .isEqualTo(dev.revops.core.explain.Provenance.input().basis());
    FitPolicy again = FitPolicy.builder().from(one).putEvidenceWeights(Evidence.PRACTICAL_CASE, 0.8).build();
    assertThat(again.evidenceWeights()).containsEntry(Evidence.PRACTICAL_CASE, 0.8).hasSize(Evidence.values().length);
    assertThat(FitPolicy.builder().build()).isEqualTo(FitPolicy.defaults());
  }

  @Test
  void a_reason_or_a_format_refuses_a_non_number_where_the_pattern_formats_a_number() {
    // a reason built with a text where its pattern formats a number could not be rendered
    Message target = Message.parse("staffing.computed.target");
    assertThatThrownBy(() -> Reason.computed(target, "many")).isInstanceOf(InvalidValueException.class)
        .hasMessage("args[0] (many) must be a number: message staffing.computed.target formats it as one");
    assertThatThrownBy(() -> Messages.format("staffing.computed.target", Locale.FRENCH, List.of("many")))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("args[0] (many) must be a number");
    assertThat(Messages.format("staffing.computed.target", Locale.ENGLISH, List.of(12))).contains("12");
  }

  @Test
  void the_exceptions_of_revops_refuse_bad_arguments_with_their_own_kind() {
    assertThatThrownBy(MissingValueException::new).isInstanceOf(InvalidValueException.class)
        .hasMessage("missing (none) must name at least one attribute");
    assertThatThrownBy(() -> new MissingValueException("level", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("missing[1]");
    assertThatThrownBy(() -> new InvalidValueException("", 1, "must be named")).isInstanceOf(InvalidValueException.class)
        .hasMessage("field () must name at least one field");
    assertThatThrownBy(() -> new InvalidValueException("a", 1, "rule").within("[]"))
        .isInstanceOf(InvalidValueException.class).hasMessage("field ([]) must be a path of names and [key] parts");
  }

  @Test
  void a_tail_that_overflows_before_the_top_percentile_is_refused_when_made() {
    // a Pareto tail from two points near the bottom gave an infinite salary at P88
    Map<Percentile, Money> low = new TreeMap<>(Map.of(Percentile.ofFraction(0.0026), Money.of(CurrencyUnit.EUR, 29_772),
        Percentile.ofFraction(0.0075), Money.of(CurrencyUnit.EUR, 155_854)));
    assertThatThrownBy(() -> SalaryDistributions.quantilePoints(low, QuantilePointsSalaryDistribution.UpperTail.PARETO))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must give every percentile a finite salary: above P0.75 the pareto tail");
    // an ordinary survey's points keep a finite salary up to the highest percentile
    Map<Percentile, Money> survey = new TreeMap<>(Map.of(Percentile.P25, Money.of(CurrencyUnit.EUR, 48_000),
        Percentile.P50, Money.of(CurrencyUnit.EUR, 56_000), Percentile.P75, Money.of(CurrencyUnit.EUR, 66_000)));
    for (QuantilePointsSalaryDistribution.UpperTail tail : QuantilePointsSalaryDistribution.UpperTail.values()) {
      SalaryDistribution d = SalaryDistributions.quantilePoints(survey, tail);
      assertThat(d.salaryAt(Percentile.HIGHEST).getAmount().doubleValue()).isFinite().isGreaterThan(66_000);
    }
  }

  @Test
  void a_band_of_one_amount_has_a_penetration_only_for_that_amount() {
    // was plus or minus infinity, a result no caller can show
    Money one = Money.of(CurrencyUnit.EUR, 50_000);
    SalaryBand flat = SalaryBand.of(Percentile.P25, one, Percentile.P75, one);
    assertThat(flat.penetration(one)).isEqualTo(0.5);
    assertThatThrownBy(() -> flat.penetration(Money.of(CurrencyUnit.EUR, 60_000)))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("salary (EUR 60000.00) must be EUR 50000.00");
  }

  @Test
  void the_experience_shift_refuses_years_that_are_not_numbers() {
    // found by the fuzzer on the day the method was added (issue 14): NaN years gave a NaN shift
    assertThatThrownBy(() -> FitPolicy.defaults().experienceShift(1, Double.NaN)).isInstanceOf(InvalidValueException.class)
        .hasMessage("totalYears (NaN) must be a finite number, at least opsYears (1.0)");
    assertThatThrownBy(() -> FitPolicy.defaults().experienceShift(-1, 3)).isInstanceOf(InvalidValueException.class)
        .hasMessage("opsYears (-1.0) must be a finite number >= 0");
    assertThat(FitPolicy.defaults().experienceShift(6, 12)).isEqualTo(1.0);
  }

  @Test
  void an_experience_curve_never_returns_an_infinite_salary() {
    // found by the fuzzer: an anchor median beyond the largest double gave an infinite median
    Money huge = Money.of(CurrencyUnit.EUR, new java.math.BigDecimal("1E+400"));
    List<dev.revops.core.pay.ExperienceAnchor> anchors = List.of(
        dev.revops.core.pay.ExperienceAnchor.of(0, 2, 1, EUR_50K), dev.revops.core.pay.ExperienceAnchor.of(2, 6, 4, huge));
    assertThatThrownBy(() -> dev.revops.core.pay.ExperienceCurve.of(anchors, SalaryBenchmarks.BUSINESS_OPERATIONS_NETWORK_STUDY))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("anchors[1].median (EUR 1");
    assertThatThrownBy(() -> SalaryBenchmark.builder().from(SalaryBenchmarks.businessOpsNetworkFrance())
        .experienceAnchors(anchors).build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("experienceAnchors[1].median (EUR 1");
    Money nearTop = Money.of(CurrencyUnit.EUR, new java.math.BigDecimal("1.7E+308"));
    dev.revops.core.pay.ExperienceCurve steep = dev.revops.core.pay.ExperienceCurve.of(List.of(
        dev.revops.core.pay.ExperienceAnchor.of(0, 2, 1, EUR_50K), dev.revops.core.pay.ExperienceAnchor.of(2, 6, 4, nearTop)),
        SalaryBenchmarks.BUSINESS_OPERATIONS_NETWORK_STUDY);
    for (double years = 0; years < 50; years += 0.25) {
      assertThat(steep.amountAt(years)).isFinite();
    }
  }

  @Test
  void a_log_normal_whose_top_percentiles_overflow_is_refused_when_made() {
    // found by the fuzzer: median 114,605 and maximum 1E+300 gave an infinite salary at P98.3
    Money median = Money.of(CurrencyUnit.EUR, 114_605);
    Money maximum = Money.of(CurrencyUnit.EUR, new java.math.BigDecimal("1E+300"));
    assertThatThrownBy(() -> SalaryDistributions.logNormal(median, maximum, 1017)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must leave every percentile a finite salary");
    assertThat(SalaryDistributions.logNormal(median, Money.of(CurrencyUnit.EUR, 1_000_000), 1017)
        .salaryAt(Percentile.HIGHEST).getAmount().doubleValue()).isFinite();
  }

  @Test
  void asking_for_no_quantile_gives_none() {
    // was Commons Statistics' "No probabilities specified"
    assertThat(SalaryDistributions.quantiles(new double[] {50_000, 60_000}, dev.revops.core.pay.QuantileMethod.HF7))
        .isEmpty();
  }

  /**
   * Issue 19: an occupancy cap of 4.9E-324 asked for about 10^325 agents and the search stepped
   * one agent at a time; it is now refused at once, and the search brackets its answer.
   */
  @Test
  void an_occupancy_cap_no_queue_can_meet_is_refused_at_once() {
    dev.revops.core.workload.QueueDemand calls = dev.revops.core.workload.QueueDemand.ofSeconds(359, 1800, 764);
    dev.revops.core.workload.ServiceGoal goal = dev.revops.core.workload.ServiceGoal.ofSeconds(0.8, 20).withMaxOccupancy(4.9E-324);
    assertThatThrownBy(() -> dev.revops.core.workload.ErlangCalculator.withDefaults().staff(calls, goal))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("revops sizes queues up to 1000000 agents");
    // with abandonment the cap is reached by adding agents until the search gives up, without stepping one by one
    assertThatThrownBy(() -> dev.revops.core.workload.ErlangCalculator.withDefaults()
        .staff(calls.withPatience(java.time.Duration.ofSeconds(210)), goal))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("cannot be met with up to 1000000 agents");
  }

  /** Issue 19: a profile of 0.05-second intervals made tens of thousands of Erlangs per interval. */
  @Test
  void intervals_shorter_than_a_minute_are_refused() {
    dev.revops.core.workload.SupportChannel calls = dev.revops.core.workload.SupportChannel.builder().name("Calls")
        .kind(dev.revops.core.workload.ChannelKind.VOICE).volumes(java.util.List.of(40.0)).handleTimeSeconds(100)
        .goal(dev.revops.core.workload.ServiceGoal.ofSeconds(0.8, 20)).build();
    assertThatThrownBy(() -> dev.revops.core.workload.SupportProfile.of(0.05, calls))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("intervalSeconds (0.05) must be from 60 seconds (a minute) to 86,400 (a day)");
  }
}
