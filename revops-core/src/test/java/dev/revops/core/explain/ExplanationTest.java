package dev.revops.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.revops.core.pay.SalaryBenchmarks;
import dev.revops.core.staffing.StaffingPolicy;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExplanationTest {

  private final Reason fact = Reason.fact(SalaryBenchmarks.BUSINESS_OPERATIONS_NETWORK_STUDY, Message.parse("source.companies"), 117);
  private final Reason assumption = Reason.assumption(Message.parse("source.sampleSize"), 30);
  private final Reason rule = Reason.rule(Message.parse("source.companies"), 2).withSource(StaffingPolicy.STAFFING_RULE_OF_THUMB);

  @Test
  void keeps_reasons_in_order_and_finds_assumptions() {
    Explanation why = Explanation.of(fact, assumption, rule);
    assertThat(why.reasons()).containsExactly(fact, assumption, rule);
    assertThat(why.assumptions()).containsExactly(assumption);
    assertThat(why.restsOnAssumptions()).isTrue();
    assertThat(why.reasons(Basis.FACT)).containsExactly(fact);
    assertThat(why.sources()).containsExactly(
        SalaryBenchmarks.BUSINESS_OPERATIONS_NETWORK_STUDY, StaffingPolicy.STAFFING_RULE_OF_THUMB);
    assertThat(Explanation.of(fact).restsOnAssumptions()).isFalse();
    assertThat(Explanation.of().reasons()).isEmpty();
  }

  @Test
  void renders_one_line_per_reason_in_each_language() {
    Explanation why = Explanation.of(assumption, Reason.input(Message.parse("source.companies"), 4));
    assertThat(why.lines(Locale.ENGLISH)).containsExactly("Assumption: about 30 respondents", "Input: 4 companies");
    assertThat(why.render(Locale.FRENCH)).isEqualTo("Hypothèse : environ 30 répondants\nDonnée saisie : 4 entreprises");
    assertThat(why).hasToString(why.render(Locale.ENGLISH));
  }

  @Test
  void combines() {
    Explanation a = Explanation.of(fact);
    assertThat(a.plus(assumption).reasons()).containsExactly(fact, assumption);
    assertThat(a.plus(Explanation.of(assumption, rule)).reasons()).containsExactly(fact, assumption, rule);
    assertThat(Explanation.builder().addReasons(fact).addReasons(rule).build().reasons()).containsExactly(fact, rule);
    assertThat(Explanation.of(List.of(rule)).reasons()).containsExactly(rule);
  }

  @Test
  void the_javadoc_examples_hold() {
    assertThat(Reason.input(Message.parse("staffing.floor.policy"), 2L).render(Locale.ENGLISH))
        .isEqualTo("Input: The policy sets a floor of 2 Ops per business function with people.");
    Explanation why = Explanation.of(
        Reason.fact(StaffingPolicy.STAFFING_RULE_OF_THUMB, Message.parse("staffing.floor.source")),
        Reason.assumption(Message.parse("staffing.tiers.assumed"), 25L));
    assertThat(why.assumptions()).containsExactly(why.reasons().get(1));
    assertThat(why.render(Locale.FRENCH)).startsWith("Fait : Chaque métier qui compte des personnes");
  }

  @Test
  void rejects_nulls() {
    assertThatThrownBy(() -> Explanation.of((Reason[]) null)).isInstanceOf(NullPointerException.class).hasMessage("reasons");
    assertThatThrownBy(() -> Explanation.of(fact, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Explanation.of(fact).reasons(null)).isInstanceOf(NullPointerException.class).hasMessage("basis");
    assertThatThrownBy(() -> Explanation.of(fact).render(null)).isInstanceOf(NullPointerException.class).hasMessage("locale");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Explanation.of(fact, rule), Explanation.of(List.of(fact, rule)))
        .addEqualityGroup(Explanation.of(rule, fact))
        .addEqualityGroup(Explanation.of())
        .testEquals();
  }
}
