package dev.revops.examples.cli;

import dev.revops.json.RevOpsJson;
import dev.revops.json.RevOpsJsonException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a JSON input from a file, or from standard input for {@code -}, naming the file in errors. */
final class Inputs {

  private Inputs() {}

  /** A failure on an input, reported as one line: the file, the JSON Pointer and the rule. */
  static final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInput(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static <T> T read(RevOpsJson json, String file, InputStream stdin, Class<T> type) {
    try {
      if ("-".equals(file)) {
        return json.read(stdin, type);
      }
      Path path = Path.of(file);
      if (!Files.isRegularFile(path)) {
        throw new BadInput(file + ": no such file", new java.io.FileNotFoundException(file));
      }
      return json.read(path, type);
    } catch (RevOpsJsonException e) {
      throw new BadInput(("-".equals(file) ? "<stdin>" : file) + ": " + e.getMessage(), e);
    }
  }
}
