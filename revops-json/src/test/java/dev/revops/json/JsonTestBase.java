package dev.revops.json;

/** Shared helpers of the revops-json tests. */
abstract class JsonTestBase {

  static final RevOpsJson JSON = RevOpsJson.strict();

  /** Single quotes to double quotes, for readable inline JSON: {@code a2q("{'a':1}")}. */
  static String a2q(String json) {
    return json.replace('\'', '"');
  }

  static <T> T roundTrip(T value, Class<T> type) {
    return JSON.read(JSON.write(value), type);
  }
}
