package dev.revops.json;

import org.jspecify.annotations.Nullable;

/**
 * Every failure to read or write revops JSON: malformed JSON, a wrong type, an unknown or missing
 * key, a value that breaks a rule of revops-core, a document over the size limits. It names where
 * ({@link #pointer()}, a JSON Pointer such as {@code /org/teams/2/headcount}), what was expected
 * and what was found, and the rule.
 */
public final class RevOpsJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String problem;

  RevOpsJsonException(String pointer, String problem, @Nullable Throwable cause) {
    super((pointer.isEmpty() ? "(document)" : pointer) + ": " + problem, cause);
    this.pointer = pointer;
    this.problem = problem;
  }

  /**
   * Where the problem is, as a JSON Pointer (RFC 6901); empty for the whole document.
   *
   * @return the pointer, never null
   */
  public String pointer() {
    return pointer;
  }

  /**
   * What is wrong: expected and found, or the rule broken.
   *
   * @return the description, never null
   */
  public String problem() {
    return problem;
  }
}
