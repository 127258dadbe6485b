package dev.revops.core.stage;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import dev.revops.core.internal.Checks;
import dev.revops.core.org.BusinessFunction;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who an {@link OpsTeam} reports to: the head of a business function, a corporate executive, or
 * an Ops leader (at VP or C-level, seated at the executive committee or not).
 *
 * <pre>{@code
 * ReportingLine.ofBusinessHead(BusinessFunction.SALES);        // stage 1 pattern
 * ReportingLine.ofExecutive(CorporateExecutive.CFO);           // stage 2 pattern
 * ReportingLine.ofOpsLeaderOnCommittee(LeaderLevel.VP);             // stage 3 pattern
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportingLine implements Localizable {

  ReportingLine() {}

  /**
   * The kind of line.
   *
   * @return the kind, never null
   */
  public abstract ReportingKind kind();

  /**
   * The business function whose head the team reports to ({@link ReportingKind#BUSINESS_HEAD}).
   *
   * @return the function, empty for other kinds
   */
  public abstract Optional<BusinessFunction> function();

  /**
   * The corporate executive the team reports to ({@link ReportingKind#EXECUTIVE}).
   *
   * @return the executive, empty for other kinds
   */
  public abstract Optional<CorporateExecutive> executive();

  /**
   * The level of the Ops leader ({@link ReportingKind#OPS_LEADER}).
   *
   * @return the level, empty for other kinds
   */
  public abstract Optional<LeaderLevel> leaderLevel();

  /**
   * Whether the Ops leader sits at the executive committee ({@link ReportingKind#OPS_LEADER}).
   *
   * @return true if seated at the executive committee
   */
  @Value.Default
  public boolean atExecutiveCommittee() {
    return false;
  }

  /**
   * A line to the head of a business function.
   *
   * @param function  the function, not null
   * @return the line, never null
   */
  public static ReportingLine ofBusinessHead(BusinessFunction function) {
    return ImmutableReportingLine.generator().kind(ReportingKind.BUSINESS_HEAD).function(function).build();
  }

  /**
   * A line to a corporate executive.
   *
   * @param executive  the executive, not null
   * @return the line, never null
   */
  public static ReportingLine ofExecutive(CorporateExecutive executive) {
    return ImmutableReportingLine.generator().kind(ReportingKind.EXECUTIVE).executive(executive).build();
  }

  /**
   * A line to an Ops leader who does not sit at the executive committee.
   *
   * @param level  the leader's level, not null
   * @return the line, never null
   */
  public static ReportingLine ofOpsLeader(LeaderLevel level) {
    return ImmutableReportingLine.generator().kind(ReportingKind.OPS_LEADER).leaderLevel(level).build();
  }

  /**
   * A line to an Ops leader who sits at the executive committee (stage 3 when every team reports
   * to such a leader).
   *
   * @param level  the leader's level, not null
   * @return the line, never null
   */
  public static ReportingLine ofOpsLeaderOnCommittee(LeaderLevel level) {
    return ImmutableReportingLine.generator().kind(ReportingKind.OPS_LEADER).leaderLevel(level)
        .atExecutiveCommittee(true).build();
  }

  /**
   * Returns a builder, for readers such as the JSON adapter; prefer the factories.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportingLine}. Not thread-safe. */
  public static final class Builder {
    private final ImmutableReportingLine.Generator delegate = ImmutableReportingLine.generator();

    Builder() {}

    /**
     * Fill a builder with attribute values from the provided {@code ReportingLine} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder from(ReportingLine instance) {
      delegate.from(instance);
      return this;
    }

    /**
     * Initializes the value for the {@link ReportingLine#kind() kind} attribute.
     * @param kind The value for kind
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder kind(ReportingKind kind) {
      delegate.kind(kind);
      return this;
    }

    /**
     * Initializes the optional value {@link ReportingLine#function() function} to function.
     * @param function The value for function
     * @return {@code this} builder for chained invocation
     */
    public Builder function(BusinessFunction function) {
      delegate.function(function);
      return this;
    }

    /**
     * Initializes the optional value {@link ReportingLine#function() function} to function.
     * @param function The value for function
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder function(Optional<? extends BusinessFunction> function) {
      delegate.function(function);
      return this;
    }

    /**
     * Initializes the optional value {@link ReportingLine#executive() executive} to executive.
     * @param executive The value for executive
     * @return {@code this} builder for chained invocation
     */
    public Builder executive(CorporateExecutive executive) {
      delegate.executive(executive);
      return this;
    }

    /**
     * Initializes the optional value {@link ReportingLine#executive() executive} to executive.
     * @param executive The value for executive
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder executive(Optional<? extends CorporateExecutive> executive) {
      delegate.executive(executive);
      return this;
    }

    /**
     * Initializes the optional value {@link ReportingLine#leaderLevel() leaderLevel} to leaderLevel.
     * @param leaderLevel The value for leaderLevel
     * @return {@code this} builder for chained invocation
     */
    public Builder leaderLevel(LeaderLevel leaderLevel) {
      delegate.leaderLevel(leaderLevel);
      return this;
    }

    /**
     * Initializes the optional value {@link ReportingLine#leaderLevel() leaderLevel} to leaderLevel.
     * @param leaderLevel The value for leaderLevel
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder leaderLevel(Optional<? extends LeaderLevel> leaderLevel) {
      delegate.leaderLevel(leaderLevel);
      return this;
    }

    /**
     * Initializes the value for the {@link ReportingLine#atExecutiveCommittee() atExecutiveCommittee} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link ReportingLine#atExecutiveCommittee() atExecutiveCommittee}.</em>
     * @param atExecutiveCommittee The value for atExecutiveCommittee
     * @return {@code this} builder for use in a chained invocation
     */
    public Builder atExecutiveCommittee(boolean atExecutiveCommittee) {
      delegate.atExecutiveCommittee(atExecutiveCommittee);
      return this;
    }

    /**
     * Builds a new {@link ReportingLine ReportingLine}.
     * @return An immutable instance of ReportingLine
     * @throws dev.revops.core.MissingValueException if any required attributes are missing
     */
    public ReportingLine build() {
      return delegate.build();
    }
  }

  @Override
  public String displayName(Locale locale) {
    return switch (kind()) {
      case BUSINESS_HEAD ->
          Messages.format("line.businessHead", locale, List.of(function().orElseThrow().displayName(locale)));
      case EXECUTIVE -> Messages.format("line.executive", locale, List.of(executive().orElseThrow().displayName(locale)));
      case OPS_LEADER -> Messages.format(atExecutiveCommittee() ? "line.opsLeader.committee" : "line.opsLeader", locale,
          List.of(leaderLevel().orElseThrow().displayName(locale)));
    };
  }

  @Value.Check
  void check() {
    switch (kind()) {
      case BUSINESS_HEAD -> {
        Checks.check(function().isPresent(), "function", null, "must be given for a line to a business head");
        Checks.check(executive().isEmpty() && leaderLevel().isEmpty() && !atExecutiveCommittee(),
            "kind", kind(), "(a line to a business head) must not name an executive, a leader level or a committee seat");
      }
      case EXECUTIVE -> {
        Checks.check(executive().isPresent(), "executive", null, "must be given for a line to a corporate executive");
        Checks.check(function().isEmpty() && leaderLevel().isEmpty() && !atExecutiveCommittee(),
            "kind", kind(), "(a line to an executive) must not name a function, a leader level or a committee seat");
      }
      case OPS_LEADER -> {
        Checks.check(leaderLevel().isPresent(), "leaderLevel", null,
            "must be given for a line to an Ops leader (VP or C_LEVEL)");
        Checks.check(function().isEmpty() && executive().isEmpty(),
            "kind", kind(), "(a line to an Ops leader) must not name a function or an executive");
      }
    }
  }

  @Override
  public String toString() {
    return displayName(Locale.ENGLISH);
  }
}
