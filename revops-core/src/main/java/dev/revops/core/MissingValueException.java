package dev.revops.core;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A builder was asked to build before it was given every required value.
 *
 * <p>{@code OpsRole.builder().specialty(OpsSpecialty.SALES_OPS).build()} throws one naming
 * {@code level} and {@code mix}: {@code level, mix (not set) must be given}. {@link #field()} is the
 * first missing attribute and {@link #missing()} lists them all.
 *
 * <p>Thrown by the builders of revops (the generated builders call the public constructor).
 */
public final class MissingValueException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  private final List<String> missing;

  /**
   * Creates an exception naming the attributes that were not set.
   *
   * @param missing  the names of the missing attributes, not null, at least one
   */
  public MissingValueException(String... missing) {
    super(List.of(first(missing)), null, "must be given",
        String.join(", ", Arrays.asList(missing)) + " (not set) must be given");
    this.missing = List.of(missing);
  }

  private static String first(String[] missing) {
    Objects.requireNonNull(missing, "missing");
    if (missing.length == 0) {
      throw new InvalidValueException("missing", "none", "must name at least one attribute");
    }
    for (int i = 0; i < missing.length; i++) {
      Objects.requireNonNull(missing[i], "missing[" + i + "]");
    }
    return missing[0];
  }

  /**
   * The names of every required attribute that was not set, in declaration order.
   *
   * @return the names, unmodifiable, never empty
   */
  public List<String> missing() {
    return missing;
  }
}
