package dev.revops.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one validation failure of revops: a value broke a rule. It names the field (as a path such
 * as {@code teams[2].headcount}), the rejected value and the rule, so that a caller can show it,
 * and an adapter can point at it, without reading the message.
 *
 * <p>{@code BusinessTeam.of(BusinessFunction.SALES, -3)} throws one with field {@code headcount},
 * value {@code -3}, rule {@code must be >= 0} and the message {@code headcount (-3) must be >= 0}.
 *
 * <p>It extends {@link IllegalArgumentException}, so code that catches that keeps working. Named
 * subclasses mark the failures a caller may want to handle on their own:
 * {@link MissingValueException} (a builder was not given a required value) and
 * {@code dev.revops.core.pay.InsufficientDataException} (too few salaries to publish).
 *
 * <p>The field path uses attribute names (the names the JSON adapter uses as keys), {@code .} between
 * a parent and its attribute, {@code [i]} for the i-th element (from 0) of a list and
 * {@code [key]} for the entry of a map whose key is not a plain name ({@code points[P65.6]}).
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_VALUE_TEXT = 200;

  private final String field;
  private final List<String> path;
  private final String valueText;
  private final String rule;
  /** The rejected value itself; not serialised (it may not be serialisable). */
  private final transient @Nullable Object value;

  /**
   * Creates an exception for a value that broke a rule.
   *
   * @param field  the field path, such as {@code headcount} or {@code teams[2].headcount}, not null
   * @param value  the rejected value, null if the value was absent
   * @param rule  the rule in plain words, such as {@code must be >= 0}, not null
   * @throws InvalidValueException if the field is not a path of names and indices
   */
  public InvalidValueException(String field, @Nullable Object value, String rule) {
    this(field, parsePath(Objects.requireNonNull(field, "field")), value, rule);
  }

  private InvalidValueException(String field, List<String> path, @Nullable Object value, String rule) {
    super(field + " (" + shown(value) + ") " + Objects.requireNonNull(rule, "rule"));
    this.field = field;
    this.path = List.copyOf(path);
    this.value = value;
    this.valueText = shown(value);
    this.rule = rule;
  }

  /**
   * Constructor for subclasses that write their own message.
   *
   * @param path  the field path as segments, not null, not empty
   * @param value  the rejected value, null if absent
   * @param rule  the rule, not null
   * @param message  the message, not null
   */
  protected InvalidValueException(List<String> path, @Nullable Object value, String rule, String message) {
    super(Objects.requireNonNull(message, "message"));
    if (path.isEmpty()) {
      throw new InvalidValueException("path", path, "must name at least one field");
    }
    this.field = fieldOf(path);
    this.path = List.copyOf(path);
    this.value = value;
    this.valueText = shown(value);
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /**
   * The path of the field, as written in the message: names joined by {@code .}, list indices in
   * brackets ({@code teams[2].headcount}).
   *
   * @return the field path, never null
   */
  public String field() {
    return field;
  }

  /**
   * The path of the field as segments: attribute names, list indices as decimal strings and map
   * keys ({@code ["teams", "2", "headcount"]}). A JSON Pointer is these segments, escaped, joined
   * by {@code /}.
   *
   * @return the segments, unmodifiable, never empty
   */
  public List<String> path() {
    return path;
  }

  /**
   * The rejected value, as given; null if it was absent, or after deserialisation of this exception.
   *
   * @return the value, or null
   */
  public @Nullable Object value() {
    return value;
  }

  /**
   * The rejected value as shown in the message (at most 200 characters; {@code missing} for an
   * absent value).
   *
   * @return the text, never null
   */
  public String valueText() {
    return valueText;
  }

  /**
   * The rule that the value broke, in plain words ({@code must be >= 0}).
   *
   * @return the rule, never null
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the same failure seen from a parent: its field path is prefixed by the parent's path.
   * {@code e.within("teams[2]")} of a failure on {@code headcount} is a failure on
   * {@code teams[2].headcount}.
   *
   * @param parent  the parent's field path, not null
   * @return the failure with the longer path, never null
   */
  public InvalidValueException within(String parent) {
    List<String> longer = new ArrayList<>(parsePath(Objects.requireNonNull(parent, "parent")));
    longer.addAll(path);
    String joined = parent + (field.startsWith("[") ? "" : ".") + field;
    InvalidValueException moved = new InvalidValueException(joined, longer, value, rule);
    moved.initCause(this);
    return moved;
  }

  static String fieldOf(List<String> path) {
    StringBuilder out = new StringBuilder();
    for (String segment : path) {
      if (!isName(segment)) {
        out.append('[').append(segment).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(segment);
      }
    }
    return out.toString();
  }

  private static boolean isName(String segment) {
    if (segment.isEmpty() || !Character.isJavaIdentifierStart(segment.charAt(0))) {
      return false;
    }
    for (int i = 1; i < segment.length(); i++) {
      if (!Character.isJavaIdentifierPart(segment.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static InvalidValueException notAPath(String field) {
    return new InvalidValueException("field", field, "must be a path of names and [key] parts");
  }

  /** Splits {@code teams[2].headcount} into {@code teams, 2, headcount}. */
  static List<String> parsePath(String field) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = field.length();
    while (i < n) {
      char c = field.charAt(i);
      if (c == '[') {
        int close = field.indexOf(']', i);
        String key = close < 0 ? "" : field.substring(i + 1, close);
        if (key.isEmpty()) {
          throw notAPath(field);
        }
        out.add(key);
        i = close + 1;
      } else if (c == '.' && !out.isEmpty() && i + 1 < n && field.charAt(i + 1) != '.'
          && field.charAt(i + 1) != '[') {
        i++;
      } else {
        int end = i;
        while (end < n && field.charAt(end) != '.' && field.charAt(end) != '[') {
          end++;
        }
        if (end == i) {
          throw notAPath(field);
        }
        out.add(field.substring(i, end));
        i = end;
      }
    }
    if (out.isEmpty()) {
      throw new InvalidValueException("field", field, "must name at least one field");
    }
    return out;
  }

  static String shown(@Nullable Object value) {
    String text;
    if (value == null) {
      text = "missing";
    } else if (value instanceof java.util.Collection<?> || value instanceof java.util.Map<?, ?>) {
      text = shownElements(value instanceof java.util.Map<?, ?> map ? map.entrySet() : (java.util.Collection<?>) value,
          value instanceof java.util.Map<?, ?> ? '{' : '[', value instanceof java.util.Map<?, ?> ? '}' : ']');
    } else {
      text = value.toString();
    }
    return text.length() <= MAX_VALUE_TEXT ? text : text.substring(0, MAX_VALUE_TEXT - 1) + "…";
  }

  /** The first elements of a large collection: enough to fill the message, not the whole of it. */
  private static String shownElements(java.util.Collection<?> elements, char open, char close) {
    StringBuilder out = new StringBuilder().append(open);
    for (Object element : elements) {
      if (out.length() > MAX_VALUE_TEXT) {
        return out.append(", …").toString();
      }
      out.append(out.length() > 1 ? ", " : "").append(element);
    }
    return out.append(close).toString();
  }
}
