package dev.revops.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.revops.core.pay.Confidence;
import dev.revops.core.pay.EmpiricalSalaryDistribution;
import dev.revops.core.pay.ExperienceCurve;
import dev.revops.core.pay.LogNormalSalaryDistribution;
import dev.revops.core.pay.Percentile;
import dev.revops.core.pay.QuantilePointsSalaryDistribution;
import dev.revops.core.pay.SalaryDistribution;
import java.io.IOException;
import java.util.List;

/**
 * Write-only summaries of the computed pay objects: a distribution's kind, parameters, P10 to P90,
 * confidence, warnings and explanation; an experience curve's anchors and explanation. They are
 * results, not inputs: rebuild them from their inputs (a benchmark, salaries, quantile points).
 */
final class Summaries {

  private static final List<Percentile> POINTS =
      List.of(Percentile.P10, Percentile.P25, Percentile.P50, Percentile.P75, Percentile.P90);

  private Summaries() {}

  static final class DistributionSerializer extends StdSerializer<SalaryDistribution> {
    private static final long serialVersionUID = 1L;

    DistributionSerializer() {
      super(SalaryDistribution.class);
    }

    @Override
    public void serialize(SalaryDistribution value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      if (value instanceof LogNormalSalaryDistribution) {
        LogNormalSalaryDistribution d = (LogNormalSalaryDistribution) value;
        gen.writeStringField("kind", "LOG_NORMAL");
        gen.writeNumberField("mu", d.mu());
        gen.writeNumberField("sigma", d.sigma());
        gen.writeNumberField("plausibleSigmaLow", d.plausibleSigmaLow());
        if (d.plausibleSigmaHigh().isPresent()) {
          gen.writeNumberField("plausibleSigmaHigh", d.plausibleSigmaHigh().getAsDouble());
        }
        gen.writeNumberField("sampleSize", d.sampleSize());
        gen.writeFieldName("maximum");
        provider.defaultSerializeValue(d.maximum(), gen);
      } else if (value instanceof EmpiricalSalaryDistribution) {
        EmpiricalSalaryDistribution d = (EmpiricalSalaryDistribution) value;
        gen.writeStringField("kind", "EMPIRICAL");
        gen.writeNumberField("sampleSize", d.size());
        gen.writeStringField("method", d.method().name());
      } else {
        QuantilePointsSalaryDistribution d = (QuantilePointsSalaryDistribution) value;
        gen.writeStringField("kind", "QUANTILE_POINTS");
        gen.writeStringField("upperTail", d.upperTail().name());
        gen.writeFieldName("points");
        provider.defaultSerializeValue(d.points(), gen);
      }
      gen.writeStringField("currency", value.currency().getCode());
      gen.writeStringField("confidence", value.confidence().name());
      if (value.confidence() != Confidence.NONE) {
        gen.writeObjectFieldStart("percentiles");
        for (Percentile p : POINTS) {
          gen.writeFieldName(p.toString());
          provider.defaultSerializeValue(value.salaryAt(p), gen);
        }
        gen.writeEndObject();
      }
      gen.writeFieldName("warnings");
      provider.defaultSerializeValue(value.warnings(), gen);
      gen.writeFieldName("explanation");
      provider.defaultSerializeValue(value.explanation(), gen);
      gen.writeEndObject();
    }
  }

  static final class CurveSerializer extends StdSerializer<ExperienceCurve> {
    private static final long serialVersionUID = 1L;

    CurveSerializer() {
      super(ExperienceCurve.class);
    }

    @Override
    public void serialize(ExperienceCurve value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      gen.writeFieldName("anchors");
      provider.defaultSerializeValue(value.anchors(), gen);
      gen.writeFieldName("explanation");
      provider.defaultSerializeValue(value.explanation(), gen);
      gen.writeEndObject();
    }
  }
}
