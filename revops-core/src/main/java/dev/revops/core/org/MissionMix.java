package dev.revops.core.org;

import com.google.common.base.Ascii;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import dev.revops.core.InvalidValueException;
import dev.revops.core.internal.Checks;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How a role's work divides between the four {@link MissionFamily mission families}: a
 * non-negative weight per family, not all zero.
 *
 * <p>A Sales Ops role mostly about CRM administration and dashboards:
 * <pre>{@code
 * MissionMix mix = MissionMix.parse("TOOLS:0.5,DATA:0.3,PROCESS:0.2");
 * mix.share(MissionFamily.TOOLS);    // 0.5
 * mix.toString();                    // "PROCESS:0.2,TOOLS:0.5,DATA:0.3"
 * }</pre>
 *
 * <p>Weights are relative: {@code TOOLS:5,DATA:3,PROCESS:2} describes the same balance as the
 * example, but is a different value; {@link #normalized()} scales weights to sum to one. Families
 * with a zero weight are not stored. {@code toString()} lists the families in declaration order
 * with their weights, and {@link #parse(CharSequence)} reads it back exactly.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MissionMix {

  private final ImmutableMap<MissionFamily, Double> weights;
  private final double total;

  private MissionMix(ImmutableMap<MissionFamily, Double> weights, double total) {
    this.weights = weights;
    this.total = total;
  }

  /**
   * Obtains a mix from a weight per family; missing families weigh zero.
   *
   * @param weights  the weights, not null, no null key or value; each finite and >= 0, not all zero
   * @return the new instance, never null
   * @throws IllegalArgumentException if a weight is negative, NaN or infinite, or all are zero, or
   *     their sum is not finite
   */
  public static MissionMix of(Map<MissionFamily, ? extends Number> weights) {
    Objects.requireNonNull(weights, "weights");
    EnumMap<MissionFamily, Double> sorted = new EnumMap<>(MissionFamily.class);
    weights.forEach((family, weight) -> {
      Objects.requireNonNull(family, "weights key");
      Objects.requireNonNull(weight, "weights[" + family + "]");
      sorted.put(family, weight.doubleValue());
    });
    return create(sorted);
  }

  /**
   * Obtains a mix made of one family only.
   *
   * @param family  the family, not null
   * @return the new instance, never null
   */
  public static MissionMix of(MissionFamily family) {
    Objects.requireNonNull(family, "family");
    return create(new EnumMap<>(Map.of(family, 1.0)));
  }

  /**
   * Obtains a mix from its text form {@code FAMILY:weight,FAMILY:weight,...}, the inverse of
   * {@link #toString()}. Families are matched ignoring case, in any order, each at most once;
   * spaces around names, weights and commas are ignored.
   *
   * @param text  the text, not null
   * @return the mix, never null
   * @throws IllegalArgumentException if the text is malformed, names an unknown family twice or at
   *     all, or its weights break the rules of {@link #of(Map)}
   */
  public static MissionMix parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    EnumMap<MissionFamily, Double> map = new EnumMap<>(MissionFamily.class);
    for (String entry : Splitter.on(',').trimResults().split(text)) {
      List<String> parts = Splitter.on(':').trimResults().splitToList(entry);
      Checks.check(parts.size() == 2,
          "mix", entry, "must be of the form FAMILY:weight, as in TOOLS:0.5,DATA:0.5");
      MissionFamily family = family(parts.get(0));
      double weight;
      try {
        weight = Double.parseDouble(parts.get(1));
      } catch (NumberFormatException e) {
        InvalidValueException invalid = Checks.invalid("mix", entry, "must give " + family + " a decimal weight");
        invalid.initCause(e);
        throw invalid;
      }
      if (!(map.put(family, weight) == null)) {
        throw Checks.invalid("mix", text, "must name " + family + " at most once");
      }
    }
    return create(map);
  }

  private static MissionFamily family(String name) {
    for (MissionFamily family : MissionFamily.values()) {
      if (Ascii.equalsIgnoreCase(family.name(), name)) {
        return family;
      }
    }
    throw Checks.invalid("mix", name, "must name families among PROCESS, TOOLS, DATA, TRANSVERSAL");
  }

  private static MissionMix create(EnumMap<MissionFamily, Double> weights) {
    ImmutableMap.Builder<MissionFamily, Double> kept = ImmutableMap.builder();
    double total = 0;
    for (Map.Entry<MissionFamily, Double> e : weights.entrySet()) {
      double w = e.getValue();
      if (!(Double.isFinite(w) && w >= 0)) {
        throw Checks.invalid("weights." + e.getKey(), w, "must be a finite number >= 0");
      }
      if (w > 0) {
        kept.put(e.getKey(), w);
        total += w;
      }
    }
    Checks.check(total > 0, "weights", weights, "must not all be zero");
    Checks.check(Double.isFinite(total), "weights", total, "must add up to a finite total");
    return new MissionMix(kept.buildOrThrow(), total);
  }

  /**
   * The families with a positive weight, in declaration order, with their weights.
   *
   * @return the weights, never null, never empty
   */
  public Map<MissionFamily, Double> weights() {
    return weights;
  }

  /**
   * The weight of one family.
   *
   * @param family  the family, not null
   * @return the weight, zero if the family is not part of the mix
   */
  public double weight(MissionFamily family) {
    return weights.getOrDefault(Objects.requireNonNull(family, "family"), 0.0);
  }

  /**
   * The share of one family: its weight divided by the sum of weights.
   *
   * @param family  the family, not null
   * @return the share, from 0 to 1
   */
  public double share(MissionFamily family) {
    return weight(family) / total;
  }

  /**
   * The sum of the weights.
   *
   * @return the total weight, positive and finite
   */
  public double total() {
    return total;
  }

  /**
   * The family with the largest weight; ties go to the family declared first.
   *
   * @return the dominant family, never null
   */
  public MissionFamily dominant() {
    Map.Entry<MissionFamily, Double> best = weights.entrySet().iterator().next();
    for (Map.Entry<MissionFamily, Double> e : weights.entrySet()) {
      if (e.getValue() > best.getValue()) {
        best = e;
      }
    }
    return best.getKey();
  }

  /**
   * Returns this mix with its weights scaled to sum to one (within 1e-12). A family whose share
   * is too small to be represented as a {@code double} (a weight more than about 10<sup>308</sup>
   * times smaller than the total) has a share of zero and is dropped.
   *
   * @return the normalized mix, never null
   */
  public MissionMix normalized() {
    EnumMap<MissionFamily, Double> shares = new EnumMap<>(MissionFamily.class);
    weights.forEach((family, weight) -> shares.put(family, weight / total));
    return create(shares);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MissionMix && weights.equals(((MissionMix) other).weights);
  }

  @Override
  public int hashCode() {
    return weights.hashCode();
  }

  /**
   * Returns the text form, such as {@code PROCESS:0.2,TOOLS:0.5,DATA:0.3}, which
   * {@link #parse(CharSequence)} reads back to an equal mix.
   *
   * @return the text form, never null
   */
  @Override
  public String toString() {
    return weights.entrySet().stream()
        .map(e -> e.getKey().name() + ":" + e.getValue())
        .collect(Collectors.joining(","));
  }
}
