package dev.revops.examples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.BusinessOrg;
import dev.revops.core.org.BusinessTeam;
import dev.revops.json.Documents;
import dev.revops.json.RevOpsJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading a company document of 100 to 100,000 teams. BENCHMARKS.md divides each score by the
 * teams: a flat cost per team means a time linear in the document's size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonReadBenchmark {

  /** The plain-Jackson equivalent of a team: no validation. */
  public record PlainTeam(String function, int headcount, int tiers, String name) {}

  /** The plain-Jackson equivalent of an organisation. */
  public record PlainOrg(List<PlainTeam> teams) {}

  /** The plain-Jackson equivalent of a company document. */
  public record PlainCompany(int schemaVersion, PlainOrg org, String phase) {}

  /** Teams in the document. */
  @Param({"100", "1000", "10000", "100000"})
  public int teams;

  final RevOpsJson revops = RevOpsJson.strict();
  final ObjectMapper plain = JsonMapper.builder().build();
  String json = "";

  /** The document, written by revops. */
  @Setup
  public void setUp() {
    List<BusinessTeam> list = new ArrayList<>();
    for (int i = 0; i < teams; i++) {
      list.add(BusinessTeam.of(BusinessFunction.predefined().get(i % 9), 1 + i % 97).withTiers(1 + i % 3).withName("Team " + i));
    }
    json = revops.write(Documents.Company.of(BusinessOrg.of(list), dev.revops.core.staffing.MaturityPhase.MATURE));
  }

  /** revops: strict, validated, every value built through its builder. */
  @Benchmark
  public Documents.Company revops() {
    return revops.read(json, Documents.Company.class);
  }

  /** Plain Jackson into records, no validation. */
  @Benchmark
  public PlainCompany plainJackson() throws Exception {
    return plain.readValue(json, PlainCompany.class);
  }
}
