package dev.revops.core.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.revops.core.stage.StageSignals;
import dev.revops.core.stage.ReportingLine;
import dev.revops.core.stage.OpsTeam;
import dev.revops.core.stage.OpsOrgChart;
import dev.revops.core.stage.LeaderLevel;
import dev.revops.core.stage.CorporateExecutive;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.OpsSpecialty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for the stage package, shared with revops-json through the test jar. */
public final class StageGen {

  private StageGen() {}

  /** Reporting lines of every kind. */
  public static Gen<ReportingLine> lines() {
    Gen<ReportingLine> business = Generate.pick(BusinessFunction.predefined()).zip(integers().between(0, 3),
        (function, dotted) -> dotted == 0 ? ReportingLine.ofBusinessHeadWithDottedLineToOps(function)
            : ReportingLine.ofBusinessHead(function));
    Gen<ReportingLine> executive = Generate.enumValues(CorporateExecutive.class).map(ReportingLine::ofExecutive);
    Gen<ReportingLine> leader = Generate.enumValues(LeaderLevel.class).zip(booleans().all(),
        (level, committee) -> committee ? ReportingLine.ofOpsLeaderOnCommittee(level) : ReportingLine.ofOpsLeader(level));
    return business.mix(executive, 33).mix(leader, 33);
  }

  /** Ops teams (unnamed: the chart generator names them). */
  public static Gen<OpsTeam> teams(Gen<ReportingLine> lines) {
    return Generate.enumValues(OpsSpecialty.class).zip(integers().between(0, 40), lines,
        lists().of(OrgGen.functions()).ofSizeBetween(1, 3),
        (specialty, headcount, line, serves) -> OpsTeam.builder().name("team").specialty(specialty)
            .headcount(headcount).reportingLine(line).addAllServes(serves).build());
  }

  /** Charts of 0 to 8 teams with any reporting lines. */
  public static Gen<OpsOrgChart> charts() {
    return charts(teams(lines()), 0, 8);
  }

  /** Charts of {@code min} to {@code max} teams from the given generator, named Team 0, Team 1... */
  public static Gen<OpsOrgChart> charts(Gen<OpsTeam> teams, int min, int max) {
    return lists().of(teams).ofSizeBetween(min, max).map(list -> {
      List<OpsTeam> named = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        named.add(OpsTeam.builder().from(list.get(i)).name("Team " + i).build());
      }
      return OpsOrgChart.of(named);
    });
  }

  /** Signals with every combination of symptoms known true, known false or unknown, company sizes known or not. */
  public static Gen<StageSignals> signals() {
    Gen<Optional<Boolean>> b = integers().between(0, 2).map(i -> i == 0 ? Optional.<Boolean>empty() : Optional.of(i == 1));
    return b.zip(b, b, b, (conflicts, budget, touch, mandate) -> StageSignals.builder()
            .businessPrioritiesCrowdOutCompanyProjects(conflicts).noBudgetAccess(budget)
            .losingTouchWithField(touch).strategicTransformationMandate(mandate))
        .zip(b, integers().between(-1, 2_000), (builder, tooling, size) -> {
          builder.sharedTooling(tooling);
          if (size >= 0) {
            builder.companySize(size);
          }
          return builder.build();
        });
  }

  /** Signals with every symptom known to be absent (size known or not). */
  public static Gen<StageSignals> quietSignals() {
    return integers().between(-1, 2_000).zip(booleans().all(), (size, tooling) -> {
      StageSignals.Builder builder = StageSignals.builder().sharedTooling(true).nothingElseObserved();
      if (size >= 0) {
        builder.companySize(size);
      }
      return builder.build();
    });
  }
}
