package dev.revops.json;

import static org.quicktheories.generators.SourceDSL.integers;

import dev.revops.core.fit.Candidate;
import dev.revops.core.pay.SalaryBenchmarks;
import dev.revops.core.staffing.MaturityPhase;
import dev.revops.core.stage.StageSignals;
import dev.revops.core.testing.FitGen;
import dev.revops.core.testing.StaffingGen;
import dev.revops.core.testing.StageGen;
import dev.revops.core.testing.Theories;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Mutated documents never make {@link RevOpsJson#read} throw anything but
 * {@link RevOpsJsonException}: truncations, deleted, duplicated and swapped characters, wrong
 * types, huge and negative numbers, very deep nesting, very long strings, unknown keys, nulls.
 * 4 × 25,000 = 100,000 generated documents per run.
 */
class RobustnessProperties extends JsonTestBase {

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
  private static final Pattern STRING = Pattern.compile("\"[^\"]*\"");
  private static final String[] NUMBERS = {"1e999", "-1", "-2147483649", "9223372036854775808", "0", "-0.0",
      "1e-400", "123456789012345678901234567890", "NaN", "0.000001", "2147483647", "true", "\"12\""};
  private static final String[] VALUES = {"null", "{}", "[]", "\"\"", "\"x\"", "0", "-5", "[null]", "{\"a\":null}", "1.5"};

  private static Gen<String> documents(Gen<?> values) {
    return values.map((Object v) -> JSON.write(v));
  }

  static String mutate(String doc, int op, int a, int b) {
    int n = doc.length();
    int i = Math.floorMod(a, Math.max(1, n));
    int j = Math.floorMod(b, Math.max(1, n));
    switch (Math.floorMod(op, 10)) {
      case 0:
        return doc.substring(0, i);
      case 1:
        return doc.substring(0, i) + doc.substring(Math.min(n, i + 1 + Math.floorMod(b, 3)));
      case 2:
        return doc.substring(0, i) + doc.charAt(i) + doc.substring(i);
      case 3: {
        char[] c = doc.toCharArray();
        char t = c[i];
        c[i] = c[j];
        c[j] = t;
        return new String(c);
      }
      case 4:
        return replaceNth(doc, NUMBER, b, NUMBERS[Math.floorMod(a, NUMBERS.length)]);
      case 5:
        return replaceNth(doc, STRING, b, VALUES[Math.floorMod(a, VALUES.length)]);
      case 6:
        return doc.substring(0, i) + "[".repeat(1000 + Math.floorMod(b, 5000)) + doc.substring(i);
      case 7:
        return replaceNth(doc, STRING, b, "\"" + "x".repeat(150_000) + "\"");
      case 8: {
        int brace = doc.indexOf('{', i);
        return brace < 0 ? doc : doc.substring(0, brace + 1) + "\"unexpected" + b + "\":[1,{\"z\":null}]," + doc.substring(brace + 1);
      }
      default:
        return replaceNth(doc, NUMBER, a, "null");
    }
  }

  private static String replaceNth(String doc, Pattern pattern, int which, String replacement) {
    Matcher m = pattern.matcher(doc);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty()) {
      return doc;
    }
    int[] s = spans.get(Math.floorMod(which, spans.size()));
    return doc.substring(0, s[0]) + replacement + doc.substring(s[1]);
  }

  private static <T> void fuzz(Gen<String> documents, Class<T> type) {
    Theories.theory(25_000).forAll(documents, integers().all(), integers().all(), integers().all())
        .check((doc, op, a, b) -> {
          String mutated = mutate(doc, op, a, b);
          try {
            return JSON.read(mutated, type) != null;
          } catch (RevOpsJsonException expected) {
            return !expected.getMessage().isBlank();
          } catch (Throwable other) {
            throw new AssertionError("read of a mutated " + type.getSimpleName() + " threw " + other, other);
          }
        });
  }

  @Test
  void mutated_companies() {
    fuzz(documents(StaffingGen.smallOrgs().zip(StaffingGen.phases(), Documents.Company::of)), Documents.Company.class);
  }

  @Test
  void mutated_org_charts() {
    fuzz(documents(StageGen.charts().zip(StageGen.signals(), (c, s) -> new Documents.OrgChart(1, c, s))), Documents.OrgChart.class);
  }

  @Test
  void mutated_hiring_documents() {
    Gen<List<Candidate>> candidates = org.quicktheories.generators.SourceDSL.lists().of(FitGen.candidates()).ofSizeBetween(0, 4);
    fuzz(documents(FitGen.roles().zip(candidates, (r, c) -> new Documents.Hiring(1, r, c))), Documents.Hiring.class);
  }

  @Test
  void mutated_benchmarks() {
    fuzz(documents(org.quicktheories.generators.Generate.constant(new Documents.Benchmark(1, SalaryBenchmarks.businessOpsNetworkFrance()))),
        Documents.Benchmark.class);
  }

  @Test
  void the_unmutated_documents_read_back() {
    Theories.theory(200).forAll(StaffingGen.smallOrgs(), StageGen.charts()).check((org, chart) ->
        JSON.read(JSON.write(Documents.Company.of(org, MaturityPhase.MATURE)), Documents.Company.class).org().equals(org)
            && JSON.read(JSON.write(new Documents.OrgChart(1, chart, StageSignals.empty())), Documents.OrgChart.class).chart().equals(chart));
  }
}
