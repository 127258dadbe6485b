package dev.revops.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WalkthroughTest {

  private static String run(Locale locale) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Walkthrough.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), locale);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void prints_the_two_source_organisations() {
    String out = run(Locale.ENGLISH);
    assertThat(out).contains("Customer service: 100 people, 4 business functions",
        "Sales: 100 people, 2 business functions", "(3 tiers)", "Prospecting", "Back office");
  }

  @Test
  void prints_in_french() {
    assertThat(run(Locale.FRENCH)).contains("Service client : 100 personnes, 4 métiers", "Prospection", "(3 niveaux)");
  }
}
