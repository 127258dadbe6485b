package dev.revops.core.staffing;

import dev.revops.core.testing.StaffingGen;

import static dev.revops.core.testing.Theories.theory;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ApportionmentProperties {

  private static int floorSeats(Apportionment method, long[] weights) {
    return method.givesEveryGroupASeat() ? weights.length : 0;
  }

  @Test
  void every_method_hands_out_exactly_the_seats() {
    theory(3_000).forAll(StaffingGen.methods(), StaffingGen.weights(30, 1_000_000), integers().between(0, 5_000))
        .check((method, weights, extra) -> {
          int seats = floorSeats(method, weights) + extra;
          int[] result = method.apportion(seats, weights);
          return result.length == weights.length && Arrays.stream(result).asLongStream().sum() == seats
              && Arrays.stream(result).allMatch(s -> s >= 0);
        });
  }

  @Test
  void divisor_methods_are_house_monotone() {
    theory(3_000).forAll(StaffingGen.divisorMethods(), StaffingGen.weights(20, 10_000), integers().between(0, 600))
        .check((method, weights, extra) -> {
          int seats = floorSeats(method, weights) + extra;
          int[] before = method.apportion(seats, weights);
          int[] after = method.apportion(seats + 1, weights);
          for (int i = 0; i < weights.length; i++) {
            if (after[i] < before[i]) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void divisor_methods_equal_the_brute_force_reference() {
    // up to 600 seats over as few as one group: past 16 seats a group the closed-form search places most of them
    theory(3_000).forAll(StaffingGen.divisorMethods(), StaffingGen.weights(8, 1_000), integers().between(0, 600))
        .check((method, weights, extra) -> {
          int seats = floorSeats(method, weights) + extra;
          long[] expected = ApportionmentReference.divisor(method, seats, weights);
          long[] actual = Arrays.stream(method.apportion(seats, weights)).asLongStream().toArray();
          return Arrays.equals(expected, actual);
        });
  }

  @Test
  void huntington_hill_equals_brute_force_when_seats_far_outnumber_groups() {
    // seats > 16 × groups: the divisor search places most seats before the heap
    theory(1_000).forAll(StaffingGen.weights(6, 1_000_000), integers().between(30, 3_000))
        .check((weights, seats) -> Arrays.equals(
            ApportionmentReference.divisor(Apportionment.HUNTINGTON_HILL, seats, weights),
            Arrays.stream(Apportionment.HUNTINGTON_HILL.apportion(seats, weights)).asLongStream().toArray()));
  }

  @Test
  void divisor_methods_stay_exact_for_huge_weights_and_seats() {
    theory(500).forAll(StaffingGen.divisorMethods(), StaffingGen.hugeWeights(8), longs().between(0, Long.MAX_VALUE / 4))
        .check((method, weights, extra) -> {
          long seats = floorSeats(method, weights) + extra;
          long[] result = method.apportion(seats, weights, 0);
          long sum = 0;
          for (long s : result) {
            sum = Math.addExact(sum, s);
          }
          return sum == seats && ApportionmentReference.isDivisorAllocation(method, weights, result, 0);
        });
  }

  @Test
  void minimum_each_is_respected_and_the_rest_follows_the_method() {
    theory(2_000).forAll(StaffingGen.divisorMethods(), StaffingGen.weights(10, 5_000), integers().between(0, 4), integers().between(0, 400))
        .check((method, weights, minimum, extra) -> {
          long positive = Arrays.stream(weights).filter(w -> w > 0).count();
          long floors = method.givesEveryGroupASeat()
              ? positive * Math.max(1, minimum) + (weights.length - positive) : positive * minimum;
          long seats = floors + extra;
          long[] result = method.apportion(seats, weights, minimum);
          return Arrays.stream(result).sum() == seats
              && ApportionmentReference.isDivisorAllocation(method, weights, result, minimum);
        });
  }

  @Test
  void hamilton_stays_within_quota() {
    theory(2_000).forAll(StaffingGen.weights(20, 100_000), integers().between(0, 10_000))
        .check((weights, seats) -> {
          int[] result = Apportionment.HAMILTON.apportion(seats, weights);
          double total = Arrays.stream(weights).sum();
          for (int i = 0; i < weights.length; i++) {
            double quota = seats * (weights[i] / total);
            if (result[i] < Math.floor(quota) - 1e-9 || result[i] > Math.ceil(quota) + 1e-9) {
              return false;
            }
          }
          return true;
        });
  }
}
