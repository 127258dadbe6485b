package dev.revops.core.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ApportionmentTest {

  static Stream<Arguments> examples() {
    long[] abc = {50, 30, 20};
    return Stream.of(
        // the source's customer service: four equal functions, five Ops: the tie goes to the first
        Arguments.of(Apportionment.HUNTINGTON_HILL, 5, new long[] {25, 25, 25, 25}, new int[] {2, 1, 1, 1}),
        Arguments.of(Apportionment.HUNTINGTON_HILL, 5, abc, new int[] {2, 2, 1}),
        Arguments.of(Apportionment.ADAMS, 5, abc, new int[] {2, 2, 1}),
        Arguments.of(Apportionment.DHONDT, 5, abc, new int[] {3, 1, 1}),
        // Webster: after 50, 30, 20, 16.7 the next priorities tie at 10 (50/5 and 30/3): A first
        Arguments.of(Apportionment.WEBSTER, 5, abc, new int[] {3, 1, 1}),
        Arguments.of(Apportionment.WEBSTER, 6, abc, new int[] {3, 2, 1}),
        // Hamilton: quotas 2.5, 1.5, 1.0; the remainders of A and B tie: A first
        Arguments.of(Apportionment.HAMILTON, 5, abc, new int[] {3, 1, 1}),
        Arguments.of(Apportionment.DHONDT, 0, abc, new int[] {0, 0, 0}),
        Arguments.of(Apportionment.WEBSTER, 3, new long[] {0, 7, 0}, new int[] {0, 3, 0}),
        Arguments.of(Apportionment.HUNTINGTON_HILL, 4, new long[] {0, 7, 0}, new int[] {1, 2, 1}),
        Arguments.of(Apportionment.DHONDT, 7, new long[] {1}, new int[] {7}));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void hand_computed_examples(Apportionment method, int seats, long[] weights, int[] expected) {
    assertThat(method.apportion(seats, weights)).containsExactly(expected);
  }

  @Test
  void hamilton_suffers_the_alabama_paradox() {
    long[] weights = {6, 6, 2};
    assertThat(Apportionment.HAMILTON.apportion(10, weights)).containsExactly(4, 4, 2);
    assertThat(Apportionment.HAMILTON.apportion(11, weights)).containsExactly(5, 5, 1);
    assertThat(Apportionment.HAMILTON.isHouseMonotone()).isFalse();
    assertThat(Apportionment.HUNTINGTON_HILL.apportion(10, weights)).containsExactly(4, 4, 2);
    assertThat(Apportionment.HUNTINGTON_HILL.apportion(11, weights)).containsExactly(5, 4, 2);
  }

  @ParameterizedTest
  @EnumSource(value = Apportionment.class, names = "HAMILTON", mode = EnumSource.Mode.EXCLUDE)
  void priorities_closer_than_floating_point_can_tell_are_ordered_exactly(Apportionment method) {
    // weights one part in 10^18 apart: their floating-point priorities coincide, the exact test decides
    long big = 1L << 62;
    long[] weights = {big - 1, big, big - 2, big + 1, 3, 3, 2};
    for (int seats = weights.length; seats <= 40; seats++) {
      assertThat(method.apportion(seats, weights)).as("%s, %d seats", method, seats)
          .containsExactly(Arrays.stream(ApportionmentReference.divisor(method, seats, weights))
              .mapToInt(Math::toIntExact).toArray());
    }
  }

  @Test
  void minimum_each_comes_first() {
    assertThat(Apportionment.DHONDT.apportion(10, new long[] {1000, 1, 0}, 2)).containsExactly(8, 2, 0);
    assertThat(Apportionment.HAMILTON.apportion(10, new long[] {3, 1, 0}, 2)).containsExactly(7, 3, 0);
    assertThat(Apportionment.HUNTINGTON_HILL.apportion(10, new long[] {3, 1, 0}, 2)).containsExactly(7, 2, 1);
  }

  @ParameterizedTest
  @EnumSource(Apportionment.class)
  void many_seats_go_fast_and_exactly(Apportionment method) {
    long[] weights = new long[1_000];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 1 + (i * 7_919L) % 10_007;
    }
    int[] seats = method.apportion(100_000, weights);
    assertThat(Arrays.stream(seats).asLongStream().sum()).isEqualTo(100_000);
    if (method.isHouseMonotone()) {
      long[] wide = Arrays.stream(seats).asLongStream().toArray();
      assertThat(ApportionmentReference.isDivisorAllocation(method, weights, wide, 0)).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Apportionment.class)
  void huge_weights_and_seats_do_not_overflow(Apportionment method) {
    long[] weights = {Long.MAX_VALUE, Long.MAX_VALUE - 1, 1, 3_037_000_500L};
    long seats = Long.MAX_VALUE / 2;
    long[] result = method.apportion(seats, weights, 0);
    assertThat(Arrays.stream(result).reduce(0, Math::addExact)).isEqualTo(seats);
    if (method.isHouseMonotone()) {
      assertThat(ApportionmentReference.isDivisorAllocation(method, weights, result, 0)).isTrue();
    }
  }

  @Test
  void describes_itself() {
    assertThat(Apportionment.HUNTINGTON_HILL.givesEveryGroupASeat()).isTrue();
    assertThat(Apportionment.ADAMS.givesEveryGroupASeat()).isTrue();
    assertThat(Apportionment.WEBSTER.givesEveryGroupASeat()).isFalse();
    assertThat(Apportionment.DHONDT.isHouseMonotone()).isTrue();
    assertThat(Apportionment.DHONDT.displayName(Locale.ENGLISH)).isEqualTo("D’Hondt / Jefferson");
    assertThat(Apportionment.HAMILTON.displayName(Locale.FRENCH)).isEqualTo("Hamilton (plus forts restes)");
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(Apportionment.WEBSTER, -1L, new long[] {1}, 0L, "seats (-1) must be >= 0"),
        Arguments.of(Apportionment.WEBSTER, 1L, new long[0], 0L, "weights ([]) must hold at least one group"),
        Arguments.of(Apportionment.WEBSTER, 1L, new long[] {1, -2}, 0L, "weights[1] (-2) must be >= 0"),
        Arguments.of(Apportionment.DHONDT, 1L, new long[] {0, 0}, 0L, "weights ([0, 0]) must not all be zero"),
        Arguments.of(Apportionment.DHONDT, 1L, new long[] {1}, -1L, "minimumEach (-1) must be >= 0"),
        Arguments.of(Apportionment.HUNTINGTON_HILL, 2L, new long[] {1, 2, 3}, 0L,
            "seats (2) must be at least 3 for HUNTINGTON_HILL, which gives each of the 3 groups a seat"),
        Arguments.of(Apportionment.ADAMS, 5L, new long[] {1, 2, 3}, 2L,
            "seats (5) must be at least 6 for ADAMS, which gives each of the 3 groups a seat and at least 2 to each group of positive weight"),
        Arguments.of(Apportionment.HAMILTON, 3L, new long[] {1, 2, 0}, 2L,
            "seats (3) must be at least 4 to give each of the 2 groups of positive weight 2 seats"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void rejects_bad_arguments(Apportionment method, long seats, long[] weights, long minimum, String message) {
    assertThatThrownBy(() -> method.apportion(seats, weights, minimum))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void rejects_null_weights() {
    assertThatThrownBy(() -> Apportionment.WEBSTER.apportion(1, null))
        .isInstanceOf(NullPointerException.class).hasMessage("weights");
  }
}
