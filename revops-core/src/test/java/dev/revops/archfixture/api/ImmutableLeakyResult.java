package dev.revops.archfixture.api;

/** Test fixture: a public generated-looking type (breaks "generated types are not public"). */
public final class ImmutableLeakyResult {
  private ImmutableLeakyResult() {}
}
