package dev.revops.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.Reason;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.MissionMix;
import dev.revops.core.pay.ExperienceCurve;
import dev.revops.core.pay.Percentile;
import dev.revops.core.pay.SalaryDistribution;
import dev.revops.core.stage.ReportingLine;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The Jackson module for revops values.
 *
 * <p><b>Value types</b> (organisations, policies, org charts, candidates, benchmarks,
 * recommendations, diagnoses, assessments...): every Immutables value of revops-core is written as
 * an object of its attributes and read through its generated builder, binding only each
 * attribute's canonical initialiser; absent optionals are left out; unknown keys fail in strict
 * mode; core's validation runs on every value read. The binding is found by introspecting the
 * generated class once, so a new value type of core is covered without a hand-written mix-in that
 * could drift from it (a test lists every value type and checks it round-trips).
 *
 * <p><b>Scalars</b> call the public factories of core: a {@link BusinessFunction} as its code (an
 * object for a user-defined one), a {@link MissionMix} and a {@link Percentile} as their text
 * ({@code "TOOLS:0.5,DATA:0.5"}, {@code "P75"}; a percentile is also read from a number), a
 * {@link Money} as {@code {"currency":"EUR","amount":56000.00}}, a {@link CurrencyUnit} as its code.
 * {@link Explanation}s and {@link Reason}s are written structured and rendered in the mapper's
 * locale. Salary distributions and experience curves are written as summaries only.
 *
 * <p>The module depends on the Guava and Jdk8 modules, which Jackson registers with it. It does not
 * use jackson-datatype-joda-money: that module's descriptor requires a module named
 * {@code joda.money}, while Joda-Money 1.0.x is the module {@code org.joda.money}, so it cannot be
 * resolved on the module path. {@link #getModuleName()} is the simple class name, so a second
 * registration on the same mapper is ignored.
 */
public final class RevOpsModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public RevOpsModule() {
    super(RevOpsModule.class.getSimpleName(), PackageVersion.VERSION);
    addSerializer(BusinessFunction.class, new Scalars.FunctionSerializer());
    addDeserializer(BusinessFunction.class, new Scalars.FunctionDeserializer());
    addSerializer(MissionMix.class, Scalars.textSerializer(MissionMix.class));
    addDeserializer(MissionMix.class, Scalars.textDeserializer(MissionMix.class, MissionMix::parse));
    addSerializer(Percentile.class, Scalars.textSerializer(Percentile.class));
    addDeserializer(Percentile.class, Scalars.percentileDeserializer());
    addKeySerializer(Percentile.class, new com.fasterxml.jackson.databind.ser.std.StdKeySerializers.StringKeySerializer());
    addKeyDeserializer(Percentile.class, new com.fasterxml.jackson.databind.KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, com.fasterxml.jackson.databind.DeserializationContext ctxt)
          throws java.io.IOException {
        try {
          return Percentile.parse(key);
        } catch (IllegalArgumentException e) {
          return ctxt.handleWeirdKey(Percentile.class, key, e.getMessage());
        }
      }
    });
    addSerializer(java.time.YearMonth.class, Scalars.textSerializer(java.time.YearMonth.class));
    addDeserializer(java.time.YearMonth.class, Scalars.textDeserializer(java.time.YearMonth.class, Scalars::parseMonth));
    addKeySerializer(java.time.YearMonth.class, new Scalars.TextKeySerializer<>(java.time.YearMonth.class));
    addKeyDeserializer(java.time.YearMonth.class, new com.fasterxml.jackson.databind.KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, com.fasterxml.jackson.databind.DeserializationContext ctxt)
          throws java.io.IOException {
        try {
          return Scalars.parseMonth(key);
        } catch (IllegalArgumentException e) {
          return ctxt.handleWeirdKey(java.time.YearMonth.class, key, e.getMessage());
        }
      }
    });
    addSerializer(Money.class, new Scalars.MoneySerializer());
    addDeserializer(Money.class, new Scalars.MoneyDeserializer());
    addSerializer(CurrencyUnit.class, Scalars.currencySerializer());
    addDeserializer(CurrencyUnit.class, Scalars.currencyDeserializer());
    addSerializer(Reason.class, new Explanations.ReasonSerializer());
    addDeserializer(Reason.class, new Explanations.ReasonDeserializer());
    addSerializer(Explanation.class, new Explanations.ExplanationSerializer());
    addDeserializer(Explanation.class, new Explanations.ExplanationDeserializer());
    addSerializer(ReportingLine.class, new ReportingLines.Serializer());
    addDeserializer(ReportingLine.class, new ReportingLines.Deserializer());
    addSerializer(SalaryDistribution.class, new Summaries.DistributionSerializer());
    addSerializer(ExperienceCurve.class, new Summaries.CurveSerializer());
  }

  @Override
  public void setupModule(SetupContext context) {
    java.util.Objects.requireNonNull(context, "context");
    // added first, so the explicit (de)serializers registered by super take precedence
    context.addSerializers(new ValueSerializers());
    context.addDeserializers(new ValueDeserializers());
    super.setupModule(context);
  }

  /** Finds the binder of revops value types not handled by an explicit serializer. */
  private static final class ValueSerializers extends Serializers.Base {
    @Override
    public @Nullable JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      return ValueType.of(type.getRawClass()).<JsonSerializer<?>>map(ValueSerializer::new).orElse(null);
    }
  }

  private static final class ValueDeserializers extends Deserializers.Base {
    @Override
    public @Nullable JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription beanDesc) {
      return ValueType.of(type.getRawClass()).<JsonDeserializer<?>>map(ValueDeserializer::new).orElse(null);
    }
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
