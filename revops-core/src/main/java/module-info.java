/**
 * revops-core: pure domain models and calculators for building and running an Ops team.
 *
 * <p>Each concept lives in its own exported package: {@code org} (the business side),
 * {@code explain} (how every result explains itself) and the calculators built on them.
 * The module has no JSON and no I/O; see {@code dev.revops.json} for the Jackson adapter.
 */
module dev.revops.core {
  requires com.google.common;
  requires transitive org.joda.money;
  requires org.apache.commons.statistics.distribution;
  requires org.apache.commons.statistics.descriptive;
  requires org.apache.commons.numbers.gamma;
  requires static org.immutables.value;
  requires static org.jspecify;
  requires static com.google.errorprone.annotations;
  requires static java.compiler; // @Generated on Immutables sources (source retention)

  exports dev.revops.core;
  exports dev.revops.core.explain;
  exports dev.revops.core.org;
  exports dev.revops.core.staffing;
  exports dev.revops.core.pay;
  exports dev.revops.core.stage;
  exports dev.revops.core.fit;
  exports dev.revops.core.workload;
  exports dev.revops.core.plan;

  // The JSON adapter reads values through the package-private generated builders, so that a
  // document goes through the same checks as code. No other module gets reflective access.
  opens dev.revops.core.explain to dev.revops.json;
  opens dev.revops.core.org to dev.revops.json;
  opens dev.revops.core.staffing to dev.revops.json;
  opens dev.revops.core.pay to dev.revops.json;
  opens dev.revops.core.stage to dev.revops.json;
  opens dev.revops.core.fit to dev.revops.json;
  opens dev.revops.core.workload to dev.revops.json;
  opens dev.revops.core.plan to dev.revops.json;
}
