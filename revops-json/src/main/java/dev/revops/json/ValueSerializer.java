package dev.revops.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Writes a revops value as a JSON object of its attributes; absent optionals are left out. */
final class ValueSerializer extends StdSerializer<Object> {
  private static final long serialVersionUID = 1L;

  private final transient ValueType valueType;

  @SuppressWarnings("unchecked")
  ValueSerializer(ValueType valueType) {
    super((Class<Object>) valueType.type);
    this.valueType = valueType;
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject(value);
    for (ValueType.Attribute attribute : valueType.attributes.values()) {
      Object v;
      try {
        v = attribute.accessor.invoke(value);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw JsonMappingException.from(provider, "cannot read " + valueType.type.getSimpleName() + "." + attribute.name, e);
      }
      if (v == null || isAbsent(v)) {
        continue;
      }
      gen.writeFieldName(attribute.name);
      provider.defaultSerializeValue(v, gen);
    }
    gen.writeEndObject();
  }

  private static boolean isAbsent(Object v) {
    return v instanceof Optional && ((Optional<?>) v).isEmpty()
        || v instanceof OptionalInt && ((OptionalInt) v).isEmpty()
        || v instanceof OptionalLong && ((OptionalLong) v).isEmpty()
        || v instanceof OptionalDouble && ((OptionalDouble) v).isEmpty();
  }
}
