package dev.revops.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's Java example is the body of {@link ReadmeExample}, and it runs. */
class ReadmeExampleTest {

  @Test
  void readme_shows_the_compiled_example() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String source = Files.readString(Path.of("src/main/java/dev/revops/examples/ReadmeExample.java"));
    String body = source.substring(source.indexOf("// README:start") + "// README:start".length(), source.indexOf("// README:end"));
    List<String> lines = body.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    assertThat(lines).hasSizeGreaterThanOrEqualTo(8);
    for (String line : lines) {
      assertThat(readme).as("README line").contains(line);
    }
  }

  @Test
  void the_example_runs() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      ReadmeExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("4 to 5 Ops", "Plancher : 4 à couvrir", "P65.6");
  }
}
