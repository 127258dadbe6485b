package dev.revops.core.stage;

import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import dev.revops.core.org.BusinessFunction;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who an {@link OpsTeam} reports to: one of three cases, each with what it needs and nothing else.
 *
 * <pre>{@code
 * ReportingLine.ofBusinessHead(BusinessFunction.SALES);       // stage 1 pattern
 * ReportingLine.ofBusinessHeadWithDottedLineToOps(BusinessFunction.SALES); // re-embedded (stage 4)
 * ReportingLine.ofExecutive(CorporateExecutive.CFO);          // stage 2 pattern
 * ReportingLine.ofOpsLeaderOnCommittee(LeaderLevel.VP);       // stage 3 pattern
 * ReportingLine.ofOpsLeader(LeaderLevel.VP);                  // an Ops leader outside the committee
 * }</pre>
 *
 * <p>A caller that needs the details tests the case ({@code line instanceof
 * ReportingLine.ToOpsLeader leader}) or switches over {@link #kind()}. The implementations are
 * immutable and thread-safe.
 */
public sealed interface ReportingLine extends Localizable
    permits ReportingLine.ToBusinessHead, ReportingLine.ToExecutive, ReportingLine.ToOpsLeader {

  /**
   * A line to the head of a business function.
   *
   * @param function  the function, not null
   * @return the line, never null
   */
  static ReportingLine ofBusinessHead(BusinessFunction function) {
    return new ToBusinessHead(Objects.requireNonNull(function, "function"), false);
  }

  /**
   * A line to the head of a business function, with a dotted (functional) line to the Ops
   * leader: Ops re-embedded in the business while they stay part of the Ops department, as at
   * the hybrid stage. Beside a team under an Ops leader at the executive committee, such a team
   * reads as the hybrid pattern; without one, as embedded.
   *
   * @param function  the function, not null
   * @return the line, never null
   */
  static ReportingLine ofBusinessHeadWithDottedLineToOps(BusinessFunction function) {
    return new ToBusinessHead(Objects.requireNonNull(function, "function"), true);
  }

  /**
   * A line to a corporate executive.
   *
   * @param executive  the executive, not null
   * @return the line, never null
   */
  static ReportingLine ofExecutive(CorporateExecutive executive) {
    return new ToExecutive(Objects.requireNonNull(executive, "executive"));
  }

  /**
   * A line to an Ops leader who does not sit at the executive committee.
   *
   * @param level  the leader's level, not null
   * @return the line, never null
   */
  static ReportingLine ofOpsLeader(LeaderLevel level) {
    return new ToOpsLeader(Objects.requireNonNull(level, "level"), false);
  }

  /**
   * A line to an Ops leader who sits at the executive committee (stage 3 when every team reports
   * to such a leader).
   *
   * @param level  the leader's level, not null
   * @return the line, never null
   */
  static ReportingLine ofOpsLeaderOnCommittee(LeaderLevel level) {
    return new ToOpsLeader(Objects.requireNonNull(level, "level"), true);
  }

  /**
   * The kind of line, one constant per case.
   *
   * @return the kind, never null
   */
  ReportingKind kind();

  /** A line to the head of a business function, who created the need and hired the team. */
  final class ToBusinessHead implements ReportingLine {
    private final BusinessFunction function;
    private final boolean dottedLineToOps;

    private ToBusinessHead(BusinessFunction function, boolean dottedLineToOps) {
      this.function = function;
      this.dottedLineToOps = dottedLineToOps;
    }

    /**
     * Returns true if the team also has a dotted (functional) line to the Ops leader.
     *
     * @return whether the team is re-embedded from the Ops department
     */
    public boolean dottedLineToOps() {
      return dottedLineToOps;
    }

    /**
     * The business function whose head the team reports to.
     *
     * @return the function, never null
     */
    public BusinessFunction function() {
      return function;
    }

    @Override
    public ReportingKind kind() {
      return ReportingKind.BUSINESS_HEAD;
    }

    @Override
    public String displayName(Locale locale) {
      return Messages.format(dottedLineToOps ? "line.businessHead.dotted" : "line.businessHead", locale,
          List.of(function.displayName(locale)));
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof ToBusinessHead that && function.equals(that.function)
          && dottedLineToOps == that.dottedLineToOps;
    }

    @Override
    public int hashCode() {
      return 31 * function.hashCode() + Boolean.hashCode(dottedLineToOps);
    }

    @Override
    public String toString() {
      return displayName(Locale.ENGLISH);
    }
  }

  /** A line to a corporate executive (CFO, growth, COO, CEO). */
  final class ToExecutive implements ReportingLine {
    private final CorporateExecutive executive;

    private ToExecutive(CorporateExecutive executive) {
      this.executive = executive;
    }

    /**
     * The corporate executive the team reports to.
     *
     * @return the executive, never null
     */
    public CorporateExecutive executive() {
      return executive;
    }

    @Override
    public ReportingKind kind() {
      return ReportingKind.EXECUTIVE;
    }

    @Override
    public String displayName(Locale locale) {
      return Messages.format("line.executive", locale, List.of(executive.displayName(locale)));
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof ToExecutive that && executive == that.executive;
    }

    @Override
    public int hashCode() {
      return executive.hashCode();
    }

    @Override
    public String toString() {
      return displayName(Locale.ENGLISH);
    }
  }

  /** A line to an Ops leader at VP or C-level, seated at the executive committee or not. */
  final class ToOpsLeader implements ReportingLine {
    private final LeaderLevel level;
    private final boolean onExecutiveCommittee;

    private ToOpsLeader(LeaderLevel level, boolean onExecutiveCommittee) {
      this.level = level;
      this.onExecutiveCommittee = onExecutiveCommittee;
    }

    /**
     * The level of the Ops leader.
     *
     * @return the level, never null
     */
    public LeaderLevel level() {
      return level;
    }

    /**
     * Whether the Ops leader sits at the executive committee.
     *
     * @return true if seated at the executive committee
     */
    public boolean onExecutiveCommittee() {
      return onExecutiveCommittee;
    }

    @Override
    public ReportingKind kind() {
      return ReportingKind.OPS_LEADER;
    }

    @Override
    public String displayName(Locale locale) {
      return Messages.format(onExecutiveCommittee ? "line.opsLeader.committee" : "line.opsLeader", locale,
          List.of(level.displayName(locale)));
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof ToOpsLeader that && level == that.level
          && onExecutiveCommittee == that.onExecutiveCommittee;
    }

    @Override
    public int hashCode() {
      return level.hashCode() * 2 + (onExecutiveCommittee ? 1 : 0);
    }

    @Override
    public String toString() {
      return displayName(Locale.ENGLISH);
    }
  }
}
