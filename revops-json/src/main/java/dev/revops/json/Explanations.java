package dev.revops.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.revops.core.explain.Basis;
import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.LocalizedText;
import dev.revops.core.explain.Message;
import dev.revops.core.explain.Reason;
import dev.revops.core.explain.Source;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Explanations and reasons, written both structured (key, arguments, basis, source) and rendered
 * ({@code "text"} in the mapper's locale, English by default). The rendered text is ignored on
 * reading: it is recomputed from the structure.
 *
 * <p>Arguments keep their type: strings, integers (as integral numbers), decimals (as numbers with
 * a fraction or exponent), booleans, {@code {"money": "EUR 56000.00"}},
 * {@code {"decimal": "1.50"}} and {@code {"en": "...", "fr": "..."}} for texts in both languages.
 */
final class Explanations {

  private Explanations() {}

  static Locale locale(SerializerProvider provider) {
    Locale locale = provider.getLocale();
    return locale == null ? Locale.ENGLISH : locale;
  }

  static final class ReasonSerializer extends StdSerializer<Reason> {
    private static final long serialVersionUID = 1L;

    ReasonSerializer() {
      super(Reason.class);
    }

    @Override
    public void serialize(Reason value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("basis", value.basis().name());
      gen.writeStringField("key", value.key());
      gen.writeArrayFieldStart("args");
      for (Object arg : value.args()) {
        writeArg(arg, gen);
      }
      gen.writeEndArray();
      if (value.source().isPresent()) {
        gen.writeFieldName("source");
        provider.defaultSerializeValue(value.source().get(), gen);
      }
      gen.writeStringField("text", value.render(locale(provider)));
      gen.writeEndObject();
    }

    private static void writeArg(Object arg, JsonGenerator gen) throws IOException {
      if (arg instanceof String) {
        gen.writeString((String) arg);
      } else if (arg instanceof Long) {
        gen.writeNumber((Long) arg);
      } else if (arg instanceof Double) {
        gen.writeNumber((Double) arg);
      } else if (arg instanceof Boolean) {
        gen.writeBoolean((Boolean) arg);
      } else if (arg instanceof BigDecimal) {
        gen.writeStartObject();
        gen.writeStringField("decimal", ((BigDecimal) arg).toString());
        gen.writeEndObject();
      } else if (arg instanceof Money) {
        gen.writeStartObject();
        gen.writeStringField("money", arg.toString());
        gen.writeEndObject();
      } else {
        LocalizedText text = (LocalizedText) arg;
        gen.writeStartObject();
        gen.writeStringField("en", text.english());
        gen.writeStringField("fr", text.french());
        gen.writeEndObject();
      }
    }
  }

  static final class ReasonDeserializer extends StdDeserializer<Reason> {
    private static final long serialVersionUID = 1L;

    ReasonDeserializer() {
      super(Reason.class);
    }

    @Override
    public Reason deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.isExpectedStartObjectToken()) {
        return (Reason) ctxt.handleUnexpectedToken(Reason.class, p);
      }
      Basis basis = null;
      String key = null;
      List<Object> args = new ArrayList<>();
      Source source = null;
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken token = p.nextToken();
        switch (name) {
          case "basis":
            String b = expectText(p, ctxt, name, token);
            basis = Scalars.parseOrFail(ctxt, Basis.class, b, v -> {
              try {
                return Basis.valueOf(v);
              } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("basis (" + v + ") must be FACT, ASSUMPTION, RULE, INPUT or COMPUTED", e);
              }
            });
            break;
          case "key":
            key = expectText(p, ctxt, name, token);
            break;
          case "args":
            if (token != JsonToken.START_ARRAY) {
              ctxt.reportInputMismatch(Reason.class, "args of a reason must be an array");
            }
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
              try {
                args.add(readArg(p, ctxt));
              } catch (JsonMappingException e) {
                throw JsonMappingException.wrapWithPath(e, args, index);
              }
              index++;
            }
            break;
          case "source":
            source = ctxt.readValue(p, Source.class);
            break;
          case "text":
            p.skipChildren();
            break;
          default:
            ctxt.handleUnknownProperty(p, this, Reason.class, name);
        }
      }
      if (basis == null || key == null) {
        return ctxt.reportInputMismatch(Reason.class, "a reason needs \"basis\" and \"key\"");
      }
      try {
        Reason reason = Reason.of(basis, Message.parse(key), args.toArray());
        return source == null ? reason : reason.withSource(source);
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }

    private static String expectText(JsonParser p, DeserializationContext ctxt, String name, JsonToken token) throws IOException {
      if (token != JsonToken.VALUE_STRING) {
        return ctxt.reportInputMismatch(Reason.class, "%s of a reason must be a string", name);
      }
      return p.getText();
    }

    private static Object readArg(JsonParser p, DeserializationContext ctxt) throws IOException {
      switch (p.currentToken()) {
        case VALUE_STRING:
          return p.getText();
        case VALUE_NUMBER_INT:
          if (p.getNumberType() != JsonParser.NumberType.INT && p.getNumberType() != JsonParser.NumberType.LONG) {
            return ctxt.reportInputMismatch(Reason.class, "an integer argument must fit in 64 bits");
          }
          return p.getLongValue();
        case VALUE_NUMBER_FLOAT:
          return p.getDoubleValue();
        case VALUE_TRUE:
          return Boolean.TRUE;
        case VALUE_FALSE:
          return Boolean.FALSE;
        case START_OBJECT:
          String en = null;
          String fr = null;
          @Nullable Object value = null;
          for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken token = p.nextToken();
            if (token != JsonToken.VALUE_STRING) {
              return ctxt.reportInputMismatch(Reason.class, "argument field %s must be a string", name);
            }
            String text = p.getText();
            switch (name) {
              case "en":
                en = text;
                break;
              case "fr":
                fr = text;
                break;
              case "money":
                value = Scalars.parseOrFail(ctxt, Money.class, text, Money::parse);
                break;
              case "decimal":
                value = Scalars.parseOrFail(ctxt, BigDecimal.class, text, BigDecimal::new);
                break;
              default:
                return ctxt.reportInputMismatch(Reason.class, "unknown argument field %s", name);
            }
          }
          if (value != null) {
            return value;
          }
          if (en == null || fr == null) {
            return ctxt.reportInputMismatch(Reason.class, "a text argument needs \"en\" and \"fr\"");
          }
          final String english = en;
          final String french = fr;
          return Scalars.parseOrFail(ctxt, LocalizedText.class, english, e -> LocalizedText.of(e, french));
        default:
          return ctxt.reportInputMismatch(Reason.class, "unsupported argument (%s)", p.currentToken());
      }
    }
  }

  static final class ExplanationSerializer extends StdSerializer<Explanation> {
    private static final long serialVersionUID = 1L;

    ExplanationSerializer() {
      super(Explanation.class);
    }

    @Override
    public void serialize(Explanation value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      gen.writeFieldName("reasons");
      gen.writeStartArray();
      for (Reason reason : value.reasons()) {
        provider.defaultSerializeValue(reason, gen);
      }
      gen.writeEndArray();
      gen.writeStringField("text", value.render(locale(provider)));
      gen.writeEndObject();
    }
  }

  static final class ExplanationDeserializer extends StdDeserializer<Explanation> {
    private static final long serialVersionUID = 1L;

    ExplanationDeserializer() {
      super(Explanation.class);
    }

    @Override
    public Explanation deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.isExpectedStartObjectToken()) {
        return (Explanation) ctxt.handleUnexpectedToken(Explanation.class, p);
      }
      List<Reason> reasons = new ArrayList<>();
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken token = p.nextToken();
        if ("reasons".equals(name)) {
          if (token != JsonToken.START_ARRAY) {
            return ctxt.reportInputMismatch(Explanation.class, "reasons must be an array");
          }
          int index = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
              return ctxt.reportInputMismatch(Explanation.class, "reasons[%s] must not be null", index);
            }
            try {
              reasons.add(ctxt.readValue(p, Reason.class));
            } catch (JsonMappingException e) {
              throw JsonMappingException.wrapWithPath(JsonMappingException.wrapWithPath(e, reasons, index), Explanation.class, "reasons");
            }
            index++;
          }
        } else if ("text".equals(name)) {
          p.skipChildren();
        } else {
          ctxt.handleUnknownProperty(p, this, Explanation.class, name);
        }
      }
      return Explanation.of(reasons);
    }
  }
}
