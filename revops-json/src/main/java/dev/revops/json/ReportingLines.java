package dev.revops.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.stage.CorporateExecutive;
import dev.revops.core.stage.LeaderLevel;
import dev.revops.core.stage.ReportingKind;
import dev.revops.core.stage.ReportingLine;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JSON of a {@link ReportingLine}: an object with its {@code kind} and the fields of that kind
 * only, {@code {"kind":"BUSINESS_HEAD","function":"SALES"}},
 * {@code {"kind":"EXECUTIVE","executive":"CFO"}},
 * {@code {"kind":"OPS_LEADER","leaderLevel":"VP","atExecutiveCommittee":true}} (the org-chart
 * schema). A field of another kind is an unknown key (an error in strict mode).
 */
final class ReportingLines {

  private ReportingLines() {}

  static final class Serializer extends StdSerializer<ReportingLine> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(ReportingLine.class);
    }

    @Override
    public void serialize(ReportingLine line, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("kind", line.kind().name());
      switch (line.kind()) {
        case BUSINESS_HEAD -> {
          ReportingLine.ToBusinessHead head = (ReportingLine.ToBusinessHead) line;
          provider.defaultSerializeField("function", head.function(), gen);
          gen.writeBooleanField("dottedLineToOps", head.dottedLineToOps());
        }
        case EXECUTIVE -> gen.writeStringField("executive", ((ReportingLine.ToExecutive) line).executive().name());
        case OPS_LEADER -> {
          ReportingLine.ToOpsLeader leader = (ReportingLine.ToOpsLeader) line;
          gen.writeStringField("leaderLevel", leader.level().name());
          gen.writeBooleanField("atExecutiveCommittee", leader.onExecutiveCommittee());
        }
      }
      gen.writeEndObject();
    }
  }

  static final class Deserializer extends StdDeserializer<ReportingLine> {
    private static final long serialVersionUID = 1L;

    Deserializer() {
      super(ReportingLine.class);
    }

    @Override
    public ReportingLine deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.isExpectedStartObjectToken()) {
        return (ReportingLine) ctxt.handleUnexpectedToken(ReportingLine.class, p);
      }
      ObjectNode node = (ObjectNode) ctxt.readTree(p);
      ReportingKind kind = constant(ctxt, node, "kind", ReportingKind.class);
      Set<String> keys = switch (kind) {
        case BUSINESS_HEAD -> Set.of("kind", "function", "dottedLineToOps");
        case EXECUTIVE -> Set.of("kind", "executive");
        case OPS_LEADER -> Set.of("kind", "leaderLevel", "atExecutiveCommittee");
      };
      for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
        String name = names.next();
        if (name.equals("atExecutiveCommittee") && kind != ReportingKind.OPS_LEADER) {
          // revops 0.1 wrote "atExecutiveCommittee": false on every line: accepted, true is not
          if (committee(ctxt, node)) {
            throw pathed(ctxt, name, "atExecutiveCommittee (true) must be false for a line of kind " + kind
                + ": only an Ops leader sits at the executive committee");
          }
        } else if (!keys.contains(name) && ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
          throw UnrecognizedPropertyException.from(p, ReportingLine.class, name, List.copyOf(keys));
        }
      }
      return switch (kind) {
        case BUSINESS_HEAD -> flag(ctxt, node, "dottedLineToOps")
            ? ReportingLine.ofBusinessHeadWithDottedLineToOps(function(ctxt, node))
            : ReportingLine.ofBusinessHead(function(ctxt, node));
        case EXECUTIVE -> ReportingLine.ofExecutive(constant(ctxt, node, "executive", CorporateExecutive.class));
        case OPS_LEADER -> committee(ctxt, node)
            ? ReportingLine.ofOpsLeaderOnCommittee(constant(ctxt, node, "leaderLevel", LeaderLevel.class))
            : ReportingLine.ofOpsLeader(constant(ctxt, node, "leaderLevel", LeaderLevel.class));
      };
    }

    private static BusinessFunction function(DeserializationContext ctxt, ObjectNode node) throws IOException {
      JsonNode value = required(ctxt, node, "function");
      try {
        return ctxt.readTreeAsValue(value, BusinessFunction.class);
      } catch (JsonMappingException e) {
        e.prependPath(ReportingLine.class, "function");
        throw e;
      }
    }

    private static boolean committee(DeserializationContext ctxt, ObjectNode node) throws IOException {
      return flag(ctxt, node, "atExecutiveCommittee");
    }

    /** An optional boolean field, false when absent. */
    private static boolean flag(DeserializationContext ctxt, ObjectNode node, String name) throws IOException {
      JsonNode value = node.get(name);
      if (value == null) {
        return false;
      }
      if (!value.isBoolean()) {
        throw pathed(ctxt, name, name + " (" + value + ") must be true or false");
      }
      return value.booleanValue();
    }

    private static <E extends Enum<E>> E constant(DeserializationContext ctxt, ObjectNode node, String name,
        Class<E> type) throws IOException {
      JsonNode value = required(ctxt, node, name);
      String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      if (value.isTextual()) {
        for (E constant : type.getEnumConstants()) {
          if (constant.name().equals(value.textValue())) {
            return constant;
          }
        }
      }
      throw pathed(ctxt, name, name + " (" + value + ") must be one of " + allowed);
    }

    private static JsonNode required(DeserializationContext ctxt, ObjectNode node, String name) throws IOException {
      JsonNode value = node.get(name);
      if (value == null || value.isNull()) {
        String kind = node.has("kind") ? " of kind " + node.get("kind").asText() : "";
        throw JsonMappingException.from(ctxt, "a reporting line" + kind + " needs \"" + name + "\"");
      }
      return value;
    }

    private static JsonMappingException pathed(DeserializationContext ctxt, String name, String message) {
      JsonMappingException e = JsonMappingException.from(ctxt, message);
      e.prependPath(ReportingLine.class, name);
      return e;
    }

    @Override
    public boolean isCachable() {
      return true;
    }

  }
}
