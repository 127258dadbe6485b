package dev.revops.core.stage;

import static com.google.common.base.Preconditions.checkArgument;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
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
 * ReportingLine.toBusinessHead(BusinessFunction.SALES);        // stage 1 pattern
 * ReportingLine.toExecutive(CorporateExecutive.CFO);           // stage 2 pattern
 * ReportingLine.toOpsLeader(LeaderLevel.VP, true);             // stage 3 pattern
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
  public static ReportingLine toBusinessHead(BusinessFunction function) {
    return ImmutableReportingLine.builder().kind(ReportingKind.BUSINESS_HEAD).function(function).build();
  }

  /**
   * A line to a corporate executive.
   *
   * @param executive  the executive, not null
   * @return the line, never null
   */
  public static ReportingLine toExecutive(CorporateExecutive executive) {
    return ImmutableReportingLine.builder().kind(ReportingKind.EXECUTIVE).executive(executive).build();
  }

  /**
   * A line to an Ops leader.
   *
   * @param level  the leader's level, not null
   * @param atExecutiveCommittee  whether the leader sits at the executive committee
   * @return the line, never null
   */
  public static ReportingLine toOpsLeader(LeaderLevel level, boolean atExecutiveCommittee) {
    return ImmutableReportingLine.builder().kind(ReportingKind.OPS_LEADER).leaderLevel(level)
        .atExecutiveCommittee(atExecutiveCommittee).build();
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
  public static final class Builder extends ImmutableReportingLine.Builder {
    Builder() {}
  }

  @Override
  public String displayName(Locale locale) {
    switch (kind()) {
      case BUSINESS_HEAD:
        return Messages.format("line.businessHead", locale, List.of(function().orElseThrow().displayName(locale)));
      case EXECUTIVE:
        return Messages.format("line.executive", locale, List.of(executive().orElseThrow().displayName(locale)));
      default:
        return Messages.format(atExecutiveCommittee() ? "line.opsLeader.committee" : "line.opsLeader", locale,
            List.of(leaderLevel().orElseThrow().displayName(locale)));
    }
  }

  @Value.Check
  void check() {
    switch (kind()) {
      case BUSINESS_HEAD:
        checkArgument(function().isPresent(), "function (missing) must be given for a line to a business head");
        checkArgument(executive().isEmpty() && leaderLevel().isEmpty() && !atExecutiveCommittee(),
            "a line to a business head (%s) must not name an executive, a leader level or a committee seat", this);
        break;
      case EXECUTIVE:
        checkArgument(executive().isPresent(), "executive (missing) must be given for a line to a corporate executive");
        checkArgument(function().isEmpty() && leaderLevel().isEmpty() && !atExecutiveCommittee(),
            "a line to an executive (%s) must not name a function, a leader level or a committee seat", this);
        break;
      default:
        checkArgument(leaderLevel().isPresent(), "leaderLevel (missing) must be given for a line to an Ops leader (VP or C_LEVEL)");
        checkArgument(function().isEmpty() && executive().isEmpty(),
            "a line to an Ops leader (%s) must not name a function or an executive", this);
        break;
    }
  }

  @Override
  public String toString() {
    return displayName(Locale.ENGLISH);
  }
}
