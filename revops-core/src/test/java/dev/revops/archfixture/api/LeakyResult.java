package dev.revops.archfixture.api;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** Test fixture: a public type that breaks every public-API rule once. Never used. */
public final class LeakyResult {

  private LeakyResult() {}

  /** Breaks "no Guava type in a public signature". */
  public ImmutableList<String> names() {
    return ImmutableList.of();
  }

  /** Breaks "no generated type in a public signature" (through a type argument). */
  public List<ImmutableLeakyResult> copies() {
    return List.of();
  }

  /** Breaks "factories follow the naming convention". */
  public static LeakyResult none() {
    return new LeakyResult();
  }
}
