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
  void the_check_catches_a_wrong_arity_and_a_missing_key() {
    assertThat(problems(Message.of("staffing.computed.target", 2)))
        .containsExactly("staffing.computed.target declares 2 arguments, its en pattern takes 1",
            "staffing.computed.target declares 2 arguments, its fr pattern takes 1");
    assertThat(problems(Message.of("staffing.no.such.key", 0))).containsExactly("staffing.no.such.key is in no catalogue");
    assertThat(problems(Message.parse("staffing.computed.target"))).isEmpty();
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
