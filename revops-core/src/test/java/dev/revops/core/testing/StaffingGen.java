package dev.revops.core.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.revops.core.staffing.StaffingPolicy;
import dev.revops.core.staffing.OpsRounding;
import dev.revops.core.staffing.MaturitySignals;
import dev.revops.core.staffing.MaturityPhase;
import dev.revops.core.staffing.Apportionment;
import dev.revops.core.org.BusinessOrg;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for the staffing package, shared with revops-json through the test jar. */
public final class StaffingGen {

  private StaffingGen() {}

  /** The three phases. */
  public static Gen<MaturityPhase> phases() {
    return Generate.enumValues(MaturityPhase.class);
  }

  /** Every apportionment method. */
  public static Gen<Apportionment> methods() {
    return Generate.enumValues(Apportionment.class);
  }

  /** The four house-monotone (divisor) methods. */
  public static Gen<Apportionment> divisorMethods() {
    return Generate.pick(List.of(Apportionment.HUNTINGTON_HILL, Apportionment.WEBSTER,
        Apportionment.DHONDT, Apportionment.ADAMS));
  }

  /** Organisations of up to 12 teams with small headcounts (0 to 400 people each). */
  public static Gen<BusinessOrg> smallOrgs() {
    return OrgGen.orgs(OrgGen.teams(OrgGen.smallHeadcounts()), 12);
  }

  /** Organisations of up to 12 teams with any headcounts, up to {@code Integer.MAX_VALUE} each. */
  public static Gen<BusinessOrg> anyOrgs() {
    return OrgGen.orgs();
  }

  /** Signals covering every rule of the phase assessment. */
  public static Gen<MaturitySignals> signals() {
    return doubles().between(0, 12).zip(doubles().between(-0.9, 2.0), booleans().all(),
        (age, growth, prior) -> MaturitySignals.builder().opsAgeYears(age).headcountGrowth(growth)
            .priorOpsSupport(prior).build());
  }

  /** Valid policies: ordered ratios, floors, tier weights, roundings and methods. */
  public static Gen<StaffingPolicy> policies() {
    Gen<double[]> ratios = doubles().between(1, 30).zip(doubles().between(0, 20), doubles().between(0, 20),
        (a, b, c) -> new double[] {a, a + b, a + b + c});
    return ratios.zip(integers().between(1, 3), integers().between(0, 200),
            Generate.enumValues(OpsRounding.class),
            (r, floor, tiers, rounding) -> StaffingPolicy.builder()
                .emergingStaffPerOps(r[0]).structuringStaffPerOps(r[1]).matureStaffPerOps(r[2])
                .minimumOpsPerFunction(floor).extraTierWeightPercent(tiers).rounding(rounding))
        .zip(methods(), (builder, method) -> builder.apportionment(method).build());
  }

  /** Weights of 1 to {@code maxGroups} groups, zeros included, at least one positive. */
  public static Gen<long[]> weights(int maxGroups, long maxWeight) {
    return lists().of(longs().between(0, maxWeight).mix(Generate.constant(0L), 15))
        .ofSizeBetween(1, maxGroups)
        .assuming(l -> l.stream().anyMatch(w -> w > 0))
        .map(l -> l.stream().mapToLong(Long::longValue).toArray());
  }

  /** Weights with huge values near {@code Long.MAX_VALUE} mixed in. */
  public static Gen<long[]> hugeWeights(int maxGroups) {
    return lists().of(longs().between(1, Long.MAX_VALUE)
            .mix(Generate.pick(List.of(1L, Long.MAX_VALUE, Long.MAX_VALUE - 1, 3_037_000_500L)), 30))
        .ofSizeBetween(1, maxGroups)
        .map(l -> l.stream().mapToLong(Long::longValue).toArray());
  }
}
