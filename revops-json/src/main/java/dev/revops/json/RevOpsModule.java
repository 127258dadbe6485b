package dev.revops.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.MissionMix;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * The Jackson module for revops values.
 *
 * <p>Scalar values are written as their canonical text and read back through their public
 * {@code parse} factory, so that validation lives in revops-core: a {@link BusinessFunction} as
 * its code ({@code "SUPPORT"}), a {@link MissionMix} as {@code "PROCESS:0.2,TOOLS:0.5,DATA:0.3"}.
 * The module depends on the Guava and Jdk8 modules, which Jackson registers with it. It does not
 * use jackson-datatype-joda-money: that module's descriptor requires a module named
 * {@code joda.money}, while Joda-Money 1.0.x is the module {@code org.joda.money}, so it cannot be
 * resolved on the module path.
 *
 * <p>{@link #getModuleName()} is the simple class name, so a second registration on the same
 * mapper is ignored.
 */
public final class RevOpsModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public RevOpsModule() {
    super(RevOpsModule.class.getSimpleName(), PackageVersion.VERSION);
    scalar(BusinessFunction.class, BusinessFunction::parse);
    scalar(MissionMix.class, MissionMix::parse);
  }

  private <T> void scalar(Class<T> type, Function<String, T> parse) {
    addSerializer(type, new StdScalarSerializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.toString());
      }
    });
    addDeserializer(type, new StdScalarDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
          @SuppressWarnings("unchecked")
          T unexpected = (T) ctxt.handleUnexpectedToken(type, p);
          return unexpected;
        }
        String text = p.getText();
        try {
          return parse.apply(text);
        } catch (IllegalArgumentException e) {
          throw ctxt.weirdStringException(text, type, e.getMessage());
        }
      }
    });
  }

  @Override
  public String getModuleName() {
    return RevOpsModule.class.getSimpleName();
  }

  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new GuavaModule(), new Jdk8Module());
  }
}
