package dev.revops.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.DupDetector;
import com.fasterxml.jackson.core.json.JsonReadContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.google.common.collect.ImmutableSet;
import dev.revops.core.InvalidValueException;
import dev.revops.core.MissingValueException;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a revops value from a JSON object through its generated builder, one canonical
 * initialiser per key, so that every rule of core applies. Unknown keys go to Jackson's
 * unknown-property handling (an error in strict mode); a missing attribute or a broken domain rule
 * becomes a mapping error whose path is built from the {@link InvalidValueException}'s field path
 * (never from its message): the object for a missing attribute, the offending key (and the index
 * or key below it) for a broken rule.
 */
final class ValueDeserializer extends StdDeserializer<Object> implements ResolvableDeserializer {
  private static final long serialVersionUID = 1L;

  private final transient ValueType valueType;
  /** Per attribute: its type, its deserializer and, for arrays, its element type and deserializer. */
  private final transient Map<String, Binding> bindings = new HashMap<>();

  /** What reading one attribute needs, resolved once per mapper. */
  private static final class Binding {
    final JavaType type;
    final JsonDeserializer<Object> deserializer;
    final @Nullable JavaType contentType;
    final @Nullable JsonDeserializer<Object> contentDeserializer;

    Binding(JavaType type, JsonDeserializer<Object> deserializer, @Nullable JavaType contentType,
        @Nullable JsonDeserializer<Object> contentDeserializer) {
      this.type = type;
      this.deserializer = deserializer;
      this.contentType = contentType;
      this.contentDeserializer = contentDeserializer;
    }
  }

  ValueDeserializer(ValueType valueType) {
    super(valueType.type);
    this.valueType = valueType;
  }

  @Override
  public void resolve(DeserializationContext ctxt) throws JsonMappingException {
    for (ValueType.Attribute attribute : valueType.attributes.values()) {
      if (attribute.derived()) {
        continue;
      }
      bindings.put(attribute.name, bind(ctxt, attribute));
    }
  }

  private static Binding bind(DeserializationContext ctxt, ValueType.Attribute attribute) throws JsonMappingException {
    JavaType type = ctxt.getTypeFactory().constructType(attribute.genericType);
    JavaType content = type.isCollectionLikeType() ? type.getContentType() : null;
    return new Binding(type, ctxt.findRootValueDeserializer(type), content,
        content == null ? null : ctxt.findRootValueDeserializer(content));
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.isExpectedStartObjectToken()) {
      return ctxt.handleUnexpectedToken(valueType.type, p);
    }
    Object builder;
    try {
      builder = valueType.builderFactory.invoke(null);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw JsonMappingException.from(p, "cannot create a builder of " + valueType.type.getSimpleName(), e);
    }
    // revops notes the keys of this object itself, a bit per attribute; Jackson's strict detector,
    // which allocates a set for every object of more than three keys, is kept for the values below
    // (maps and documents inside a value rely on it), so it is lent back while a value is entered
    JsonReadContext own = p.getParsingContext() instanceof JsonReadContext c ? c : null;
    DupDetector dups = own == null ? null : own.getDupDetector();
    if (own == null || dups == null) {
      readAttributes(p, ctxt, builder, null, null);
    } else {
      own.withDupDetector(null);
      try {
        readAttributes(p, ctxt, builder, own, dups);
      } finally {
        own.withDupDetector(dups);
      }
    }
    try {
      return valueType.build.invoke(builder);
    } catch (InvocationTargetException e) {
      throw domainError(p, e.getCause() == null ? e : e.getCause(), null);
    } catch (IllegalAccessException e) {
      throw JsonMappingException.from(p, "cannot build " + valueType.type.getSimpleName(), e);
    }
  }

  private void readAttributes(JsonParser p, DeserializationContext ctxt, Object builder, @Nullable JsonReadContext own,
      @Nullable DupDetector dups) throws IOException {
    // the keys seen, by attribute index (a bit each; a type has far fewer than 64 attributes)
    long seen = 0;
    java.util.BitSet seenBeyond64 = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      if (own != null) {
        own.withDupDetector(dups); // the value's own context starts from it
      }
      p.nextToken();
      if (own != null) {
        own.withDupDetector(null);
      }
      ValueType.Attribute attribute = valueType.attributes.get(name);
      if (attribute == null) {
        ctxt.handleUnknownProperty(p, this, valueType.type, name);
        continue;
      }
      boolean repeated;
      if (attribute.index < 64) {
        repeated = (seen & (1L << attribute.index)) != 0;
        seen |= 1L << attribute.index;
      } else {
        seenBeyond64 = seenBeyond64 == null ? new java.util.BitSet() : seenBeyond64;
        repeated = seenBeyond64.get(attribute.index);
        seenBeyond64.set(attribute.index);
      }
      if (repeated) {
        throw MismatchedInputException.from(p, valueType.type,
            "duplicate key \"" + name + "\" in " + valueType.type.getSimpleName());
      }
      java.lang.reflect.Method initializer = attribute.initializer;
      if (initializer == null) {
        p.skipChildren();
        continue;
      }
      Object value;
      try {
        value = read(p, ctxt, attribute, binding(ctxt, attribute));
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, valueType.type, name);
      }
      try {
        initializer.invoke(builder, value);
      } catch (InvocationTargetException e) {
        throw domainError(p, e.getCause() == null ? e : e.getCause(), name);
      } catch (IllegalAccessException | IllegalArgumentException e) {
        throw JsonMappingException.from(p, "cannot set " + valueType.type.getSimpleName() + "." + name, e);
      }
    }
  }

  private Binding binding(DeserializationContext ctxt, ValueType.Attribute attribute) throws JsonMappingException {
    // Jackson resolves a deserializer before sharing it; one used unresolved binds on each read
    // instead of filling the map another thread may be reading
    Binding binding = bindings.get(attribute.name);
    return binding != null ? binding : bind(ctxt, attribute);
  }

  private static Object read(JsonParser p, DeserializationContext ctxt, ValueType.Attribute attribute, Binding binding)
      throws IOException {
    JavaType type = binding.type;
    Class<?> raw = type.getRawClass();
    boolean nullable = raw == Optional.class || raw == OptionalInt.class || raw == OptionalLong.class
        || raw == OptionalDouble.class;
    if (p.currentToken() == JsonToken.VALUE_NULL && !nullable) {
      throw MismatchedInputException.from(p, raw, attribute.name + " must not be null");
    }
    if (binding.contentDeserializer != null && binding.contentType != null && p.currentToken() == JsonToken.START_ARRAY) {
      return readCollection(p, ctxt, attribute, type, binding.contentType, binding.contentDeserializer);
    }
    Object value = p.currentToken() == JsonToken.VALUE_NULL
        ? binding.deserializer.getNullValue(ctxt) : binding.deserializer.deserialize(p, ctxt);
    if (value == null && raw == Optional.class) {
      return Optional.empty();
    }
    if (value == null) {
      throw MismatchedInputException.from(p, raw, attribute.name + " must not be null");
    }
    return value;
  }

  /**
   * Reads an array element by element, so that an error inside points at its index (the Guava
   * collection deserializers do not add it).
   */
  private static Object readCollection(JsonParser p, DeserializationContext ctxt, ValueType.Attribute attribute,
      JavaType type, JavaType content, JsonDeserializer<Object> elementDeserializer) throws IOException {
    List<Object> elements = new ArrayList<>();
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        throw JsonMappingException.wrapWithPath(
            MismatchedInputException.from(p, content.getRawClass(), attribute.name + "[" + index + "] must not be null"),
            elements, index);
      }
      try {
        elements.add(elementDeserializer.deserialize(p, ctxt));
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, elements, index);
      }
      index++;
    }
    if (Set.class.isAssignableFrom(type.getRawClass())) {
      return ImmutableSet.copyOf(elements);
    }
    return elements; // the builder copies it
  }

  /**
   * A rule of core broken while building. The path comes from the exception's field path when its
   * first segment is an attribute of this type, otherwise from the key being set (if any); a
   * missing attribute points at the object itself.
   */
  private JsonMappingException domainError(JsonParser p, Throwable cause, @Nullable String field) {
    String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
    if (cause instanceof MissingValueException) {
      message = valueType.type.getSimpleName() + ": " + message;
    }
    JsonMappingException e = JsonMappingException.from(p, message, cause);
    List<String> path = field == null ? List.of() : List.of(field);
    if (cause instanceof MissingValueException) {
      path = List.of();
    } else if (cause instanceof InvalidValueException
        && valueType.attributes.containsKey(((InvalidValueException) cause).path().get(0))) {
      path = ((InvalidValueException) cause).path();
    }
    for (int i = path.size() - 1; i >= 0; i--) {
      String segment = path.get(i);
      if (isIndex(segment)) {
        e.prependPath(valueType.type, Integer.parseInt(segment));
      } else {
        e.prependPath(valueType.type, segment);
      }
    }
    return e;
  }

  private static boolean isIndex(String segment) {
    if (segment.isEmpty() || segment.length() > 9) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
