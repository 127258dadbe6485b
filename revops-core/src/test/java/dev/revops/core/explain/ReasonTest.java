package dev.revops.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.revops.core.staffing.StaffingPolicy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.stream.Stream;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReasonTest {

  @Test
  void factories_set_the_basis() {
    assertThat(Reason.rule(Message.parse("basis.FACT")).basis()).isEqualTo(Basis.RULE);
    assertThat(Reason.assumption(Message.parse("basis.FACT")).basis()).isEqualTo(Basis.ASSUMPTION);
    assertThat(Reason.assumption(Message.parse("basis.FACT")).isAssumption()).isTrue();
    assertThat(Reason.input(Message.parse("basis.FACT")).basis()).isEqualTo(Basis.INPUT);
    assertThat(Reason.computed(Message.parse("basis.FACT")).basis()).isEqualTo(Basis.COMPUTED);
    Reason fact = Reason.fact(StaffingPolicy.STAFFING_RULE_OF_THUMB, Message.parse("basis.FACT"));
    assertThat(fact.basis()).isEqualTo(Basis.FACT);
    assertThat(fact.source()).hasValue(StaffingPolicy.STAFFING_RULE_OF_THUMB);
    assertThat(fact.isAssumption()).isFalse();
  }

  @Test
  void arguments_are_normalized_to_storable_types() {
    assertThat(Reason.computed(Message.parse("source.sampleSize"), 12).args()).containsExactly(12L);
    assertThat(Reason.computed(Message.parse("source.sampleSize"), (short) 12).args()).containsExactly(12L);
    assertThat(Reason.computed(Message.parse("source.sampleSize"), 1.5f).args()).containsExactly(1.5);
    assertThat(Reason.computed(Message.parse("source.sampleSize"), BigInteger.TEN).args()).containsExactly(BigDecimal.TEN);
    assertThat(Reason.computed(Message.parse("explanation.line"), new StringBuilder("a"), Basis.RULE).args())
        .containsExactly("a", LocalizedText.of("Rule", "Règle"));
    assertThat(Reason.computed(Message.parse("explanation.line"), Thread.State.NEW, true).args())
        .containsExactly("NEW", true);
    assertThat(Reason.computed(Message.parse("explanation.line"), Money.parse("EUR 5"), new BigDecimal("1.5")).args())
        .containsExactly(Money.parse("EUR 5"), new BigDecimal("1.5"));
  }

  @Test
  void renders_message_basis_and_source() {
    Reason fact = Reason.fact(StaffingPolicy.STAFFING_RULE_OF_THUMB, Message.parse("source.sampleSize"), 10);
    assertThat(fact.message(Locale.ENGLISH)).isEqualTo("about 10 respondents");
    assertThat(fact.render(Locale.ENGLISH)).isEqualTo(
        "Fact: about 10 respondents (source: Ops staffing rule of thumb, French industry practice (FR))");
    assertThat(fact.render(Locale.FRENCH)).isEqualTo(
        "Fait : environ 10 répondants (source : Règle empirique de dimensionnement des équipes Ops, usage de la profession "
            + "en France (FR))");
    assertThat(Reason.assumption(Message.parse("source.companies"), 3).render(Locale.FRENCH)).isEqualTo("Hypothèse : 3 entreprises");
    assertThat(Reason.rule(Message.parse("basis.RULE"))).hasToString("Rule: Rule");
  }

  @Test
  void localized_arguments_follow_the_language() {
    Reason reason = Reason.input(Message.parse("explanation.line"), LocalizedText.of("Support", "Assistance"), "x");
    assertThat(reason.message(Locale.ENGLISH)).isEqualTo("Support: x");
    assertThat(reason.message(Locale.FRENCH)).isEqualTo("Assistance : x");
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(new Object[] {"nope", new Object[0]}, "key (nope) must be a message key of revops"),
        Arguments.of(new Object[] {"source.sampleSize", new Object[0]},
            "args ([]) must hold exactly 1 values for message source.sampleSize"),
        Arguments.of(new Object[] {"basis.FACT", new Object[] {1}},
            "args ([1]) must hold exactly 0 values for message basis.FACT"),
        Arguments.of(new Object[] {"source.sampleSize", new Object[] {Double.NaN}},
            "args[0] (NaN) must be a String, Long, finite Double, BigDecimal, Boolean, Money or"
                + " LocalizedText (it is a java.lang.Double)"),
        Arguments.of(new Object[] {"source.sampleSize", new Object[] {new Object() {
          @Override
          public String toString() {
            return "odd";
          }
        }}}, null));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void rejects_bad_keys_and_arguments(Object[] call, String message) {
    var thrown = assertThatThrownBy(() -> Reason.rule(Message.parse((String) call[0]), (Object[]) call[1]))
        .isInstanceOf(IllegalArgumentException.class);
    if (message != null) {
      thrown.hasMessage(message);
    } else {
      thrown.hasMessageStartingWith("args[0] (odd) must be a String");
    }
  }

  @Test
  void rejects_nulls() {
    assertThatThrownBy(() -> Reason.rule(Message.parse("source.sampleSize"), (Object) null))
        .isInstanceOf(NullPointerException.class).hasMessage("args[0]");
    assertThatThrownBy(() -> Reason.rule(Message.parse("basis.FACT"), (Object[]) null))
        .isInstanceOf(NullPointerException.class).hasMessage("args");
    assertThatThrownBy(() -> Reason.of(null, Message.parse("basis.FACT")))
        .isInstanceOf(NullPointerException.class).hasMessage("basis");
    assertThatThrownBy(() -> Reason.rule(null)).isInstanceOf(NullPointerException.class).hasMessage("message");
    assertThatThrownBy(() -> Message.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("key");
    assertThatThrownBy(() -> Reason.fact(null, Message.parse("basis.FACT")))
        .isInstanceOf(NullPointerException.class).hasMessage("source");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Reason.rule(Message.parse("source.sampleSize"), 3), Reason.rule(Message.parse("source.sampleSize"), 3L))
        .addEqualityGroup(Reason.assumption(Message.parse("source.sampleSize"), 3))
        .addEqualityGroup(Reason.rule(Message.parse("source.sampleSize"), 4))
        .addEqualityGroup(Reason.rule(Message.parse("source.companies"), 3))
        .addEqualityGroup(Reason.rule(Message.parse("source.sampleSize"), 3).withSource(Source.of("s")))
        .testEquals();
  }
}
