package dev.revops.core.org;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.revops.core.explain.Localizable;
import dev.revops.core.explain.Messages;
import dev.revops.core.internal.Checks;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A business function ("métier") that Ops support, such as support or prospecting.
 *
 * <p>The constants name the functions the source mentions, plus marketing and finance. The type
 * is open, explicitly: users declare their own with
 * {@link #ofCustom(String, Department, String, String)}, and {@link #parse(CharSequence)} knows only
 * the predefined codes, so a typing error ({@code "SALSE"}) is refused instead of creating a
 * function. Two functions are equal when they agree on everything that describes them: code,
 * department and both names; a custom function can never be equal to a predefined one, whose
 * codes it may not reuse. {@code toString()} returns the code.
 *
 * <pre>{@code
 * BusinessFunction.parse("support") == BusinessFunction.SUPPORT;   // true
 * BusinessFunction renewals =
 *     BusinessFunction.ofCustom("RENEWALS", Department.SALES, "Renewals", "Renouvellements");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BusinessFunction implements Localizable, Comparable<BusinessFunction> {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** Prospecting: outbound and inbound lead qualification (SDR, BDR). */
  public static final BusinessFunction PROSPECTING = predefined("PROSPECTING", Department.SALES);
  /** Sales: account executives closing deals. */
  public static final BusinessFunction SALES = predefined("SALES", Department.SALES);
  /** Account management: growing and renewing existing customers. */
  public static final BusinessFunction ACCOUNT_MANAGEMENT = predefined("ACCOUNT_MANAGEMENT", Department.SALES);
  /** Customer success: adoption, retention and satisfaction of customers. */
  public static final BusinessFunction CUSTOMER_SUCCESS = predefined("CUSTOMER_SUCCESS", Department.CUSTOMER);
  /** Onboarding: getting new customers live. */
  public static final BusinessFunction ONBOARDING = predefined("ONBOARDING", Department.CUSTOMER);
  /** Support: answering customers' requests, often in several tiers. */
  public static final BusinessFunction SUPPORT = predefined("SUPPORT", Department.CUSTOMER);
  /** Back office: administrative processing behind the customer-facing teams. */
  public static final BusinessFunction BACK_OFFICE = predefined("BACK_OFFICE", Department.CUSTOMER);
  /** Marketing: demand generation and campaigns. */
  public static final BusinessFunction MARKETING = predefined("MARKETING", Department.MARKETING);
  /** Finance: accounting, billing, financial planning. */
  public static final BusinessFunction FINANCE = predefined("FINANCE", Department.FINANCE);

  private static final ImmutableMap<String, BusinessFunction> PREDEFINED = ImmutableList.of(
          PROSPECTING, SALES, ACCOUNT_MANAGEMENT, CUSTOMER_SUCCESS, ONBOARDING, SUPPORT,
          BACK_OFFICE, MARKETING, FINANCE)
      .stream()
      .collect(ImmutableMap.toImmutableMap(BusinessFunction::code, Function.identity()));

  private final String code;
  private final Department department;
  private final String englishName;
  private final String frenchName;
  /** Computed once: functions are map keys in every staffing call. */
  private final int hash;

  private BusinessFunction(String code, Department department, String englishName, String frenchName) {
    this.code = code;
    this.department = department;
    this.englishName = englishName;
    this.frenchName = frenchName;
    this.hash = Objects.hash(code, department, englishName, frenchName);
  }

  private static BusinessFunction predefined(String code, Department department) {
    return new BusinessFunction(code, department,
        Messages.text("function." + code, Locale.ENGLISH),
        Messages.text("function." + code, Locale.FRENCH));
  }

  /**
   * Declares a user-defined (custom) business function.
   *
   * @param code  the code: upper-case letters, digits and underscores, starting with a letter,
   *     at most 64 characters, and not the code of a predefined function; not null
   * @param department  the department it belongs to, not null
   * @param englishName  the English name, not null, not blank
   * @param frenchName  the French name, not null, not blank
   * @return the new instance, never null
   * @throws IllegalArgumentException if the code is malformed or predefined, or a name is blank
   */
  public static BusinessFunction ofCustom(String code, Department department, String englishName,
      String frenchName) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(englishName, "englishName");
    Objects.requireNonNull(frenchName, "frenchName");
    checkCode(code);
    if (PREDEFINED.containsKey(code)) {
      throw Checks.invalid("code", code, "is a predefined business function: use BusinessFunction." + code);
    }
    Checks.check(!englishName.isBlank(), "englishName", englishName, "must not be blank");
    Checks.check(!frenchName.isBlank(), "frenchName", frenchName, "must not be blank");
    return new BusinessFunction(code, department, englishName.strip(), frenchName.strip());
  }

  /**
   * Obtains a predefined business function from its code, the inverse of {@link #toString()} for
   * the predefined functions. The code is matched ignoring case and surrounding spaces.
   *
   * <p>Only predefined codes are known: a custom function is declared with
   * {@link #ofCustom(String, Department, String, String)}, never by parsing, so that a misspelt
   * code is an error rather than a new function.
   *
   * @param text  the code, not null
   * @return the predefined function, never null
   * @throws dev.revops.core.InvalidValueException if the text is not the code of a predefined
   *     function; the message lists the known codes
   */
  public static BusinessFunction parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (text instanceof String exact) {
      BusinessFunction found = PREDEFINED.get(exact); // a code as written: no copy to strip or upper-case
      if (found != null) {
        return found;
      }
    }
    String code = Ascii.toUpperCase(text.toString().strip());
    BusinessFunction known = PREDEFINED.get(code);
    if (known == null) {
      throw Checks.invalid("function", text, "must be one of " + String.join(", ", PREDEFINED.keySet())
          + " (declare other functions with BusinessFunction.ofCustom)");
    }
    return known;
  }

  /**
   * Returns the predefined functions, in the order of their declaration.
   *
   * @return the predefined functions, never null
   */
  public static List<BusinessFunction> predefined() {
    return PREDEFINED.values().asList();
  }

  private static void checkCode(String code) {
    Checks.check(CODE.matcher(code).matches(),
        "code", code, "must be 1 to 64 upper-case letters, digits or underscores, starting with a letter");
  }

  /**
   * The code identifying this function, such as {@code SUPPORT}.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * The department this function belongs to.
   *
   * @return the department, never null
   */
  public Department department() {
    return department;
  }

  /**
   * Returns true if this is one of the predefined constants.
   *
   * @return whether the function is predefined
   */
  public boolean isPredefined() {
    return PREDEFINED.containsKey(code);
  }

  @Override
  public String displayName(Locale locale) {
    return Messages.isFrench(locale) ? frenchName : englishName;
  }

  /**
   * Compares functions by code.
   *
   * @param other  the other function, not null
   * @return negative, zero or positive as this code sorts before, equal to or after the other
   */
  /**
   * Compares by code, then department, then English and French names: consistent with
   * {@link #equals(Object)}.
   *
   * @param other  the other function, not null
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(BusinessFunction other) {
    int byCode = code.compareTo(Objects.requireNonNull(other, "other").code);
    if (byCode != 0) {
      return byCode;
    }
    int byDepartment = department.compareTo(other.department);
    if (byDepartment != 0) {
      return byDepartment;
    }
    int byEnglish = englishName.compareTo(other.englishName);
    return byEnglish != 0 ? byEnglish : frenchName.compareTo(other.frenchName);
  }

  /**
   * Equal when code, department and both names are equal.
   *
   * @param other  the other object, null gives false
   * @return whether the functions are the same
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof BusinessFunction that)) {
      return false;
    }
    return code.equals(that.code) && department == that.department && englishName.equals(that.englishName)
        && frenchName.equals(that.frenchName);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * Returns the code, which {@link #parse(CharSequence)} accepts.
   *
   * @return the code, never null
   */
  @Override
  public String toString() {
    return code;
  }
}
