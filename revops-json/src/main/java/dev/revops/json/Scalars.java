package dev.revops.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.revops.core.InvalidValueException;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.Department;
import dev.revops.core.pay.Percentile;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Serializers and deserializers of the scalar-like values. Each deserializer calls the public
 * factory of core, so validation lives in one place.
 */
final class Scalars {

  private Scalars() {}

  /** A value written as its canonical text and read back by a parse function. */
  static <T> JsonSerializer<T> textSerializer(Class<T> type) {
    return new StdSerializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.toString());
      }
    };
  }

  static <T> JsonDeserializer<T> textDeserializer(Class<T> type, Function<String, T> parse) {
    return new StdDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
          @SuppressWarnings("unchecked")
          T unexpected = (T) ctxt.handleUnexpectedToken(type, p);
          return unexpected;
        }
        return parseOrFail(ctxt, type, p.getText(), parse);
      }
    };
  }

  static <T> T parseOrFail(DeserializationContext ctxt, Class<T> type, String text, Function<String, T> parse)
      throws IOException {
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      throw ctxt.weirdStringException(text, type, e.getMessage());
    }
  }

  /** A percentile: {@code "P75"} on writing; {@code "P75"}, {@code "75"} or the number 75 on reading. */
  static JsonDeserializer<Percentile> percentileDeserializer() {
    return new StdDeserializer<Percentile>(Percentile.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public Percentile deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
          double value = p.getDoubleValue();
          try {
            return Percentile.of(value);
          } catch (IllegalArgumentException e) {
            throw ctxt.weirdNumberException(value, Percentile.class, e.getMessage());
          }
        }
        if (p.hasToken(JsonToken.VALUE_STRING)) {
          return parseOrFail(ctxt, Percentile.class, p.getText(), Percentile::parse);
        }
        return (Percentile) ctxt.handleUnexpectedToken(Percentile.class, p);
      }
    };
  }

  /** Money as {@code {"currency":"EUR","amount":56000.00}}; also read from {@code "EUR 56000"}. */
  static final class MoneySerializer extends StdSerializer<Money> {
    private static final long serialVersionUID = 1L;

    MoneySerializer() {
      super(Money.class);
    }

    @Override
    public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      BigDecimal amount = value.getAmount();
      String problem = magnitudeProblem(amount);
      if (problem != null) {
        throw JsonMappingException.from(provider, problem);
      }
      gen.writeStartObject();
      gen.writeStringField("currency", value.getCurrencyUnit().getCode());
      gen.writeFieldName("amount");
      String plain = amount.toPlainString();
      if (plain.length() <= RevOpsJson.MAX_NUMBER_LENGTH) {
        gen.writeNumber(amount);
      } else {
        String scientific = amount.stripTrailingZeros().toString();
        if (scientific.length() <= RevOpsJson.MAX_NUMBER_LENGTH) {
          gen.writeNumber(amount.stripTrailingZeros());   // 1E+300: read back as the same amount
        } else {
          gen.writeString(plain);                          // many significant digits: a string, read back exactly
        }
      }
      gen.writeEndObject();
    }
  }

  static final class MoneyDeserializer extends StdDeserializer<Money> {
    private static final long serialVersionUID = 1L;

    MoneyDeserializer() {
      super(Money.class);
    }

    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        return parseOrFail(ctxt, Money.class, p.getText(), Scalars::parseMoney);
      }
      if (!p.isExpectedStartObjectToken()) {
        return (Money) ctxt.handleUnexpectedToken(Money.class, p);
      }
      String currency = null;
      BigDecimal amount = null;
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken token = p.nextToken();
        if ("currency".equals(name) && token == JsonToken.VALUE_STRING) {
          currency = p.getText();
        } else if ("amount".equals(name) && (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT)) {
          amount = p.getDecimalValue();
        } else if ("amount".equals(name) && token == JsonToken.VALUE_STRING) {
          amount = parseOrFail(ctxt, BigDecimal.class, p.getText(), Scalars::parseDecimal);
        } else if ("currency".equals(name) || "amount".equals(name)) {
          ctxt.reportInputMismatch(Money.class, "%s of an amount has the wrong type (%s)", name, token);
        } else {
          ctxt.handleUnknownProperty(p, this, Money.class, name);
        }
      }
      if (currency == null || amount == null) {
        return ctxt.reportInputMismatch(Money.class, "an amount needs \"currency\" and \"amount\"");
      }
      String problem = magnitudeProblem(amount);
      if (problem != null) {
        JsonMappingException e = ctxt.weirdNumberException(amount, Money.class, problem);
        e.prependPath(Money.class, "amount");
        throw e;
      }
      try {
        return Money.of(CurrencyUnit.of(currency), amount);
      } catch (IllegalCurrencyException e) {
        throw ctxt.weirdStringException(currency, CurrencyUnit.class, "currency (" + currency + ") must be an ISO 4217 code");
      } catch (ArithmeticException e) {
        throw ctxt.weirdNumberException(amount, Money.class, "amount (" + amount.toPlainString()
            + ") must have at most " + CurrencyUnit.of(currency).getDecimalPlaces() + " decimals for " + currency);
      }
    }
  }

  /** A decimal from text; a malformed one is refused with the house form. */
  static BigDecimal parseDecimal(String text) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidValueException("amount", text, "must be a decimal number");
    }
  }

  /** The most digits an amount may have before its decimal point (amounts up to 10^1000). */
  static final int MAX_AMOUNT_INTEGER_DIGITS = 1_000;
  /** The most digits an amount may have after its decimal point. */
  static final int MAX_AMOUNT_SCALE = 100;

  /**
   * Why an amount is out of the range revops reads and writes, or null if it is within it. Checked
   * from precision and scale, so that {@code 1e999999999} is refused at once instead of being
   * expanded to a billion digits.
   */
  static @Nullable String magnitudeProblem(BigDecimal amount) {
    long integerDigits = (long) amount.precision() - amount.scale();
    if (integerDigits > MAX_AMOUNT_INTEGER_DIGITS) {
      return "amount (" + shortText(amount) + ") must have at most " + MAX_AMOUNT_INTEGER_DIGITS
          + " digits before the decimal point";
    }
    if (amount.scale() > MAX_AMOUNT_SCALE) {
      return "amount (" + shortText(amount) + ") must have at most " + MAX_AMOUNT_SCALE + " decimals";
    }
    return null;
  }

  /** An amount as short text: its scientific form, which never expands the exponent. */
  private static String shortText(BigDecimal amount) {
    String text = amount.toString();
    return text.length() <= 40 ? text : text.substring(0, 20) + "…" + text.substring(text.length() - 12);
  }

  /** {@code "EUR 56000"}: the currency code, spaces, the amount, with the amount's magnitude checked first. */
  static Money parseMoney(String text) {
    String trimmed = text.strip();
    int space = trimmed.indexOf(' ');
    if (space < 0) {
      throw new InvalidValueException("amount", text, "must be a currency code and an amount, as in EUR 56000");
    }
    String code = trimmed.substring(0, space);
    BigDecimal amount;
    try {
      amount = new BigDecimal(trimmed.substring(space + 1).strip());
    } catch (NumberFormatException e) {
      throw new InvalidValueException("amount", text, "must be a currency code and an amount, as in EUR 56000");
    }
    String problem = magnitudeProblem(amount);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    CurrencyUnit currency;
    try {
      currency = CurrencyUnit.of(code);
    } catch (IllegalCurrencyException e) {
      throw new InvalidValueException("currency", code, "must be an ISO 4217 code");
    }
    try {
      return Money.of(currency, amount);
    } catch (ArithmeticException e) {
      throw new InvalidValueException("amount", amount.toPlainString(),
          "must have at most " + currency.getDecimalPlaces() + " decimals for " + currency.getCode());
    }
  }

  /** A map key written as its canonical text. */
  static final class TextKeySerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    TextKeySerializer(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeFieldName(value.toString());
    }
  }

  /** Parses a month written as in ISO 8601, {@code 2027-01}. */
  static java.time.YearMonth parseMonth(String text) {
    try {
      return java.time.YearMonth.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidValueException("month", text, "must be a year and a month, as in 2027-01");
    }
  }

  static JsonDeserializer<CurrencyUnit> currencyDeserializer() {
    return textDeserializer(CurrencyUnit.class, code -> {
      try {
        return CurrencyUnit.of(code);
      } catch (IllegalCurrencyException e) {
        throw new IllegalArgumentException("currency (" + code + ") must be an ISO 4217 code", e);
      }
    });
  }

  static JsonSerializer<CurrencyUnit> currencySerializer() {
    return new StdSerializer<CurrencyUnit>(CurrencyUnit.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(CurrencyUnit value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.getCode());
      }
    };
  }

  /**
   * A business function: its code for a predefined one; an object with code, department and
   * names for a user-defined one, so nothing is lost.
   */
  static final class FunctionSerializer extends StdSerializer<BusinessFunction> {
    private static final long serialVersionUID = 1L;

    FunctionSerializer() {
      super(BusinessFunction.class);
    }

    @Override
    public void serialize(BusinessFunction value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (value.isPredefined()) {
        gen.writeString(value.code());
        return;
      }
      gen.writeStartObject();
      gen.writeStringField("code", value.code());
      gen.writeStringField("department", value.department().name());
      gen.writeStringField("english", value.displayName(Locale.ENGLISH));
      gen.writeStringField("french", value.displayName(Locale.FRENCH));
      gen.writeEndObject();
    }
  }

  private static boolean isPredefined(String text) {
    String code = text.strip();
    return BusinessFunction.predefined().stream().anyMatch(f -> f.code().equalsIgnoreCase(code));
  }

  /** A custom function in department OTHER named after its code ("KEY_ACCOUNTS": "Key accounts"). */
  private static BusinessFunction lenientCustom(String text) {
    String code = text.strip().toUpperCase(Locale.ROOT);
    String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
    String name = words.isEmpty() ? code : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    return BusinessFunction.ofCustom(code, Department.OTHER, name, name);
  }

  static final class FunctionDeserializer extends StdDeserializer<BusinessFunction> {
    private static final long serialVersionUID = 1L;
    private static final Set<String> KEYS = Set.of("code", "department", "english", "french");

    FunctionDeserializer() {
      super(BusinessFunction.class);
    }

    @Override
    public BusinessFunction deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        String text = p.getText();
        if (!ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) && !isPredefined(text)) {
          // lenient mode: an unknown code is taken as a custom function of department OTHER
          return parseOrFail(ctxt, BusinessFunction.class, text, Scalars::lenientCustom);
        }
        return parseOrFail(ctxt, BusinessFunction.class, text, BusinessFunction::parse);
      }
      if (!p.isExpectedStartObjectToken()) {
        return (BusinessFunction) ctxt.handleUnexpectedToken(BusinessFunction.class, p);
      }
      JsonNode tree = ctxt.readTree(p);
      if (!(tree instanceof ObjectNode)) {
        return ctxt.reportInputMismatch(BusinessFunction.class, "a business function is a code or an object");
      }
      return fromNode(p, ctxt, (ObjectNode) tree);
    }

    private BusinessFunction fromNode(JsonParser p, DeserializationContext ctxt, ObjectNode node) throws IOException {
      for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
        String name = names.next();
        if (!KEYS.contains(name)) {
          ctxt.handleUnknownProperty(p, this, BusinessFunction.class, name);
        }
      }
      String code = text(ctxt, node, "code");
      String department = text(ctxt, node, "department");
      String english = text(ctxt, node, "english");
      String french = text(ctxt, node, "french");
      Department dept = parseOrFail(ctxt, Department.class, department, d -> {
        try {
          return Department.valueOf(d);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("department (" + d + ") must be one of SALES, CUSTOMER, MARKETING, FINANCE, OTHER", e);
        }
      });
      try {
        return BusinessFunction.ofCustom(code, dept, english, french);
      } catch (IllegalArgumentException e) {
        throw ctxt.weirdStringException(code, BusinessFunction.class, e.getMessage());
      }
    }

    private static String text(DeserializationContext ctxt, ObjectNode node, String name) throws IOException {
      JsonNode value = node.get(name);
      if (value == null || !value.isTextual()) {
        return ctxt.reportInputMismatch(BusinessFunction.class, "a business function needs a text \"%s\"", name);
      }
      return value.asText();
    }
  }
}
