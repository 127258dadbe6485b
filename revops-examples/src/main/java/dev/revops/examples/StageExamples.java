package dev.revops.examples;

import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.OpsSpecialty;
import dev.revops.core.stage.OpsOrgChart;
import dev.revops.core.stage.OpsTeam;
import dev.revops.core.stage.ReportingLine;

/** Example org charts shared by the walkthrough, the CLI and the report. */
public final class StageExamples {

  private StageExamples() {}

  /**
   * A start-up at stage 1: Sales Ops under the Head of Sales, CS Ops under the Head of CS.
   *
   * @return the chart, never null
   */
  public static OpsOrgChart startUp() {
    return OpsOrgChart.of(
        OpsTeam.of("Sales Ops", OpsSpecialty.SALES_OPS, 2, ReportingLine.ofBusinessHead(BusinessFunction.SALES),
            BusinessFunction.SALES, BusinessFunction.PROSPECTING),
        OpsTeam.of("CS Ops", OpsSpecialty.CUSTOMER_OPS, 2, ReportingLine.ofBusinessHead(BusinessFunction.CUSTOMER_SUCCESS),
            BusinessFunction.CUSTOMER_SUCCESS));
  }
}
