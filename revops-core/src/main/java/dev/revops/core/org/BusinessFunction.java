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
 * is open: users define their own with {@link #of(String, Department, String, String)}.
 * A function is identified by its {@linkplain #code() code} alone, as a currency is by its code:
 * two functions with the same code are equal, and {@code toString()} returns the code.
 *
 * <pre>{@code
 * BusinessFunction.parse("support") == BusinessFunction.SUPPORT;   // true
 * BusinessFunction renewals = BusinessFunction.of("RENEWALS", Department.SALES, "Renewals", "Renouvellements");
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

  private BusinessFunction(String code, Department department, String englishName, String frenchName) {
    this.code = code;
    this.department = department;
    this.englishName = englishName;
    this.frenchName = frenchName;
  }

  private static BusinessFunction predefined(String code, Department department) {
    return new BusinessFunction(code, department,
        Messages.text("function." + code, Locale.ENGLISH),
        Messages.text("function." + code, Locale.FRENCH));
  }

  /**
   * Obtains a user-defined business function.
   *
   * @param code  the code: upper-case letters, digits and underscores, starting with a letter,
   *     at most 64 characters, and not the code of a predefined function; not null
   * @param department  the department it belongs to, not null
   * @param englishName  the English name, not null, not blank
   * @param frenchName  the French name, not null, not blank
   * @return the new instance, never null
   * @throws IllegalArgumentException if the code is malformed or predefined, or a name is blank
   */
  public static BusinessFunction of(String code, Department department, String englishName, String frenchName) {
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
   * Obtains a business function from its code, the inverse of {@link #toString()}.
   *
   * <p>The code is matched ignoring case and surrounding spaces. A predefined code returns the
   * constant; any other well-formed code returns a user-defined function in
   * {@link Department#OTHER} whose English and French names are the code in words
   * ({@code "KEY_ACCOUNTS"} becomes "Key accounts").
   *
   * @param text  the code, not null
   * @return the function, never null
   * @throws IllegalArgumentException if the text is not a well-formed code
   */
  public static BusinessFunction parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String code = Ascii.toUpperCase(text.toString().strip());
    BusinessFunction known = PREDEFINED.get(code);
    if (known != null) {
      return known;
    }
    checkCode(code);
    String words = Ascii.toLowerCase(code).replace('_', ' ');
    String name = Ascii.toUpperCase(words.substring(0, 1)) + words.substring(1);
    return new BusinessFunction(code, Department.OTHER, name, name);
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
  @Override
  public int compareTo(BusinessFunction other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof BusinessFunction && code.equals(((BusinessFunction) other).code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
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
