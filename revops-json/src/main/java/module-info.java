/**
 * revops-json: the Jackson 2 adapter for revops-core.
 *
 * <p>Register {@link dev.revops.json.RevOpsModule} on an {@code ObjectMapper} (or let
 * {@code findAndRegisterModules()} find it through the service loader).
 */
module dev.revops.json {
  requires transitive dev.revops.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.google.common;
  requires com.fasterxml.jackson.datatype.guava;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires static org.jspecify;

  exports dev.revops.json;

  provides com.fasterxml.jackson.databind.Module with dev.revops.json.RevOpsModule;
}
