package dev.revops.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.revops.core.explain.Explanation;
import dev.revops.core.explain.Reason;
import dev.revops.core.org.BusinessFunction;
import dev.revops.core.org.MissionMix;
import dev.revops.core.pay.Percentile;
import dev.revops.core.stage.ReportingLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes revops values as JSON, strictly, with limits, and with one exception type.
 *
 * <pre>{@code
 * RevOpsJson json = RevOpsJson.strict();
 * Documents.Company company = json.read(Path.of("company.json"), Documents.Company.class);
 * String out = json.write(StaffingCalculator.withDefaults().recommend(company.org(), MaturityPhase.MATURE));
 * }</pre>
 *
 * <p>Strict by default: unknown keys, duplicate keys, trailing content, nulls for numbers and
 * numbers for enums are rejected; {@link #lenient()} ignores unknown keys. No default typing,
 * never a class name in JSON. Reading is bounded by {@link StreamReadConstraints}: documents of at
 * most {@value #MAX_DOCUMENT_LENGTH} characters, nested at most {@value #MAX_NESTING_DEPTH} deep,
 * strings of at most {@value #MAX_STRING_LENGTH} characters and numbers of at most
 * {@value #MAX_NUMBER_LENGTH} digits. Every failure, whatever its cause, is a
 * {@link RevOpsJsonException} with a JSON Pointer.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RevOpsJson {

  /**
   * Longest document read by default, in characters (10 million: a company of about 140,000
   * teams written compact); {@link #withMaxDocumentLength(long)} changes it.
   */
  public static final long MAX_DOCUMENT_LENGTH = 10_000_000L;
  /** Deepest nesting read. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** Longest string read, in characters. */
  public static final int MAX_STRING_LENGTH = 100_000;
  /** Longest number read, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  private final JsonMapper mapper;

  private RevOpsJson(JsonMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * A strict instance, writing explanations in English.
   *
   * @return the instance, never null
   */
  public static RevOpsJson strict() {
    return new RevOpsJson(builder(true, Locale.ENGLISH).build());
  }

  /**
   * A lenient instance: unknown keys are ignored. Every other rule holds.
   *
   * @return the instance, never null
   */
  public static RevOpsJson lenient() {
    return new RevOpsJson(builder(false, Locale.ENGLISH).build());
  }

  /**
   * A copy of this instance that renders the text of explanations in another language.
   *
   * @param locale  the language, not null
   * @return the instance, never null
   */
  public RevOpsJson withLocale(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return new RevOpsJson(mapper.rebuild().defaultLocale(locale).build());
  }

  /**
   * A copy of this instance that writes indented JSON, for people to read (the CLI does), or
   * compact JSON again. Compact is the default: indentation can double a document's size and push
   * a large one past {@link #MAX_DOCUMENT_LENGTH}.
   *
   * @param indent  whether to indent the output
   * @return the instance, never null
   */
  public RevOpsJson withIndentation(boolean indent) {
    return new RevOpsJson(mapper.rebuild().configure(SerializationFeature.INDENT_OUTPUT, indent).build());
  }

  /**
   * A copy of this instance that reads documents up to another length. The limit bounds the memory
   * and time one document can cost (a reader of untrusted input keeps it near the largest
   * document it expects); what {@link #write(Object)} writes compact is read back whenever it fits.
   *
   * @param characters  the longest document read, in characters, at least 1
   * @return the instance, never null
   * @throws dev.revops.core.InvalidValueException if {@code characters} is below 1
   */
  public RevOpsJson withMaxDocumentLength(long characters) {
    if (characters < 1) {
      throw new dev.revops.core.InvalidValueException("maxDocumentLength", characters, "must be at least 1 character");
    }
    JsonMapper copy = mapper.copy();
    copy.getFactory().setStreamReadConstraints(
        copy.getFactory().streamReadConstraints().rebuild().maxDocumentLength(characters).build());
    return new RevOpsJson(copy);
  }

  /**
   * The longest document this instance reads.
   *
   * @return the limit, in characters
   */
  public long maxDocumentLength() {
    return mapper.getFactory().streamReadConstraints().getMaxDocumentLength();
  }

  /**
   * A preconfigured builder, to make your own mapper with the settings of {@link #strict()}: limits,
   * duplicate-key and trailing-token checks, unknown keys refused, explanations rendered in English.
   * Change them with Jackson's own settings, e.g.
   * {@code .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)} for the lenient
   * mode and {@code .defaultLocale(Locale.FRENCH)} for French texts.
   *
   * @return a new builder, never null
   */
  public static JsonMapper.Builder mapperBuilder() {
    return builder(true, Locale.ENGLISH);
  }

  private static JsonMapper.Builder builder(boolean strict, Locale locale) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new RevOpsModule())
        .defaultLocale(locale)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  /**
   * The underlying mapper, for integration with frameworks.
   *
   * @return a copy of the mapper, never null
   */
  public JsonMapper mapper() {
    return mapper.copy();
  }

  /**
   * Reads a value from JSON text.
   *
   * @param <T>  the type
   * @param json  the JSON, not null
   * @param type  the class to read, not null
   * @return the value, never null
   * @throws RevOpsJsonException if the JSON is malformed or breaks a rule
   */
  public <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return read(type, () -> mapper.readValue(json, type));
  }

  /**
   * Reads a value from a reader (not closed).
   *
   * @param <T>  the type
   * @param json  the reader, not null
   * @param type  the class to read, not null
   * @return the value, never null
   * @throws RevOpsJsonException if the JSON is malformed, breaks a rule or cannot be read
   */
  public <T> T read(Reader json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return read(type, () -> mapper.readValue(json, type));
  }

  /**
   * Reads a value from a stream of UTF-8 JSON (not closed).
   *
   * @param <T>  the type
   * @param json  the stream, not null
   * @param type  the class to read, not null
   * @return the value, never null
   * @throws RevOpsJsonException if the JSON is malformed, breaks a rule or cannot be read
   */
  public <T> T read(InputStream json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return read(type, () -> mapper.readValue(json, type));
  }

  /**
   * Reads a value from a UTF-8 JSON file.
   *
   * @param <T>  the type
   * @param file  the file, not null
   * @param type  the class to read, not null
   * @return the value, never null
   * @throws RevOpsJsonException if the file is missing, unreadable, malformed, or breaks a rule
   */
  public <T> T read(Path file, Class<T> type) {
    Objects.requireNonNull(file, "file");
    return read(type, () -> {
      try (InputStream in = Files.newInputStream(file)) {
        return mapper.readValue(in, type);
      } catch (NoSuchFileException e) {
        throw new RevOpsJsonException("", "file " + file + " does not exist", e);
      }
    });
  }

  /** One read from some input. */
  private interface Reading<T> {
    @Nullable T read() throws IOException;
  }

  /** The types read by explicit codecs rather than through their generated builders. */
  private static final Set<Class<?>> EXPLICIT = Set.of(BusinessFunction.class, MissionMix.class, Percentile.class,
      Money.class, CurrencyUnit.class, Reason.class, Explanation.class, ReportingLine.class);

  /**
   * Whether {@code read} accepts a target: a value type of revops-core, an enum of revops-core, a
   * document of {@link Documents}, or an array of one of these. Anything else (a calculator, a class of constants, a builder,
   * a JDK type) is refused, so that reading never builds what it was not meant to.
   */
  static boolean readable(Class<?> type) {
    return EXPLICIT.contains(type) || ValueType.of(type).isPresent()
        || (type.isEnum() && type.getName().startsWith("dev.revops.core."))
        || (type.isRecord() && type.getEnclosingClass() == Documents.class)
        || (type.isArray() && readable(type.getComponentType()));
  }

  /** Runs a read, turning every failure and a JSON {@code null} into a {@link RevOpsJsonException}. */
  private static <T> T read(Class<T> type, Reading<T> reading) {
    Objects.requireNonNull(type, "type");
    if (!readable(type)) {
      throw new RevOpsJsonException("", "cannot read a " + type.getName()
          + ": revops reads its value types (org, staffing, stage, fit, pay, explain) and the Documents only", null);
    }
    try {
      return checkNotNull(reading.read());
    } catch (IOException | RuntimeException e) {
      throw translate(e);
    }
  }

  /**
   * Writes a value as JSON: compact, unless this instance is {@link #withIndentation(boolean)
   * indented}. What it writes, {@link #read(String, Class)} reads back within the limits, for any
   * value that fits them when compact.
   *
   * @param value  the value, not null
   * @return the JSON, never null
   * @throws RevOpsJsonException if the value cannot be written
   */
  public String write(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return mapper.writeValueAsString(value);
    } catch (IOException | RuntimeException e) {
      throw translate(e);
    }
  }

  /**
   * Writes a value to a file atomically: to a temporary file beside it, then renamed.
   *
   * @param value  the value, not null
   * @param file  the file, not null
   * @throws RevOpsJsonException if the value cannot be written
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Object value, Path file) {
    String json = write(value);
    Objects.requireNonNull(file, "file");
    Path dir = file.toAbsolutePath().getParent();
    try {
      Path tmp = Files.createTempFile(dir, ".revops-", ".json.tmp");
      try {
        Files.writeString(tmp, json);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static <T> T checkNotNull(@Nullable T value) {
    if (value == null) {
      throw new RevOpsJsonException("", "expected a JSON object, found null", null);
    }
    return value;
  }

  /** Turns any failure into a {@link RevOpsJsonException} with a JSON Pointer. */
  static RevOpsJsonException translate(Throwable e) {
    if (e instanceof RevOpsJsonException) {
      return (RevOpsJsonException) e;
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof StreamConstraintsException) {
        // a limit of the whole document, wherever the reader was when it reached it
        return new RevOpsJsonException("", describe(cause), e);
      }
    }
    String pointer = e instanceof JsonMappingException ? pointer((JsonMappingException) e) : "";
    return new RevOpsJsonException(pointer, describe(e), e);
  }

  private static String pointer(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      sb.append('/');
      if (ref.getFieldName() != null) {
        sb.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else if (ref.getIndex() >= 0) {
        sb.append(ref.getIndex());
      }
    }
    return sb.toString();
  }

  private static String describe(Throwable e) {
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      return "unknown key \"" + u.getPropertyName() + "\""
          + (u.getKnownPropertyIds() == null ? "" : "; expected one of " + u.getKnownPropertyIds());
    }
    if (e instanceof InvalidFormatException) {
      InvalidFormatException f = (InvalidFormatException) e;
      return "found " + quote(f.getValue()) + ", expected " + simple(f.getTargetType()) + ": " + original(f);
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException m = (MismatchedInputException) e;
      return "expected " + simple(m.getTargetType()) + ": " + original(m);
    }
    if (e instanceof StreamConstraintsException) {
      return "document over the limits: " + original((JacksonException) e);
    }
    if (e instanceof JacksonException) {
      JacksonException j = (JacksonException) e;
      Throwable cause = j.getCause();
      if (cause instanceof IllegalArgumentException || cause instanceof ArithmeticException
          || cause instanceof org.joda.money.CurrencyMismatchException) {
        return String.valueOf(cause.getMessage());
      }
      JsonLocation at = j.getLocation();
      return original(j) + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /**
   * Jackson's message without its location suffix (the pointer and, for syntax errors, the line
   * and column are reported from the exception's own fields).
   */
  private static String original(JacksonException e) {
    String message = e.getOriginalMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  private static String quote(@Nullable Object value) {
    return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
  }

  private static String simple(@Nullable Class<?> type) {
    return type == null ? "a value" : type.getSimpleName();
  }

}
