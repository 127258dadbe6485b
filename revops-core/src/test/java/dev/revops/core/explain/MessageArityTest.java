package dev.revops.core.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every message constant of every package takes exactly as many arguments as its pattern, in
 * English and in French, so that a reason made with the right number of arguments always renders.
 */
class MessageArityTest {

  /** The classes holding the message constants, one per package with reasons. */
  static final List<String> HOLDERS = List.of("dev.revops.core.staffing.StaffingMessages",
      "dev.revops.core.stage.StageMessages", "dev.revops.core.fit.FitMessages", "dev.revops.core.pay.PayMessages");

  static List<Message> constants() throws ReflectiveOperationException {
    List<Message> out = new ArrayList<>();
    for (String name : HOLDERS) {
      for (Field field : Class.forName(name).getDeclaredFields()) {
        if (field.getType() == Message.class && Modifier.isStatic(field.getModifiers())) {
          field.setAccessible(true);
          out.add((Message) field.get(null));
        }
      }
    }
    return out;
  }

  /** The problems of one message: a missing key or an arity that differs from a pattern's. */
  static List<String> problems(Message message) {
    List<String> problems = new ArrayList<>();
    if (!Messages.contains(message.key())) {
      problems.add(message.key() + " is in no catalogue");
      return problems;
    }
    for (Locale locale : Messages.SUPPORTED_LOCALES) {
      String pattern = Messages.pattern(message.key(), locale);
      int arity = new MessageFormat(pattern, locale).getFormatsByArgumentIndex().length;
      if (arity != message.arity()) {
        problems.add(message.key() + " declares " + message.arity() + " arguments, its " + locale
            + " pattern takes " + arity);
      }
    }
    return problems;
  }

  @Test
  void every_constant_has_the_arity_of_its_patterns_in_both_languages() throws ReflectiveOperationException {
    List<Message> constants = constants();
    assertThat(constants).hasSizeGreaterThan(100);
    List<String> problems = new ArrayList<>();
    for (Message m : constants) {
      problems.addAll(problems(m));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void a_message_with_a_wrong_arity_or_an_unknown_key_is_refused_when_made() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Message.of("staffing.computed.target", 2))
        .isInstanceOf(dev.revops.core.InvalidValueException.class)
        .hasMessage("arity (2) must be 1, the number of arguments of staffing.computed.target");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Message.of("staffing.no.such.key", 0))
        .isInstanceOf(dev.revops.core.InvalidValueException.class)
        .hasMessage("key (staffing.no.such.key) must be a message key of revops");
    assertThat(problems(Message.parse("staffing.computed.target"))).isEmpty();
  }

  @Test
  void a_reason_refuses_a_non_number_where_its_pattern_formats_a_number() {
    // issue 13: the fuzzer made reasons that could be built but not rendered
    Message target = Message.parse("staffing.computed.target");
    assertThat(Messages.numericArguments(target.key())).isEqualTo(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Reason.computed(target, "twelve"))
        .isInstanceOf(dev.revops.core.InvalidValueException.class)
        .hasMessage("args[0] (twelve) must be a number: message staffing.computed.target formats it as one");
    assertThat(Reason.computed(target, 12).message(Locale.ENGLISH)).contains("12");
  }

  @Test
  void parse_reads_the_arity_from_the_catalogue_and_refuses_unknown_keys() {
    assertThat(Message.parse("staffing.computed.target").arity()).isEqualTo(1);
    assertThat(Message.parse("staffing.computed.target")).hasToString("staffing.computed.target")
        .isEqualTo(Message.of("staffing.computed.target", 1));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Message.parse("nope"))
        .isInstanceOf(dev.revops.core.InvalidValueException.class).hasMessage("key (nope) must be a message key of revops");
  }
}
