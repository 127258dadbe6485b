package dev.revops.json;

import com.google.common.reflect.ClassPath;
import dev.revops.core.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.joda.money.BigMoney;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;

/**
 * Issue 13: calls every public constructor and method of the exported packages of revops-core and
 * revops-json with edge values, hostile documents and valid values, and reports every call that
 * breaks the promise: only a {@link NullPointerException} naming its parameter (when a null was
 * passed), an {@link InvalidValueException} naming field, value and rule, a
 * {@link RevOpsJsonException} from the JSON facade, or a declared checked exception may leave a
 * public method; no call may take more than a second; no result may hold NaN, an infinity or a
 * negative count.
 *
 * <p>Values come from a pool by type. The pool starts from the generators of the property tests
 * ({@link Samples#byType()}) and grows with every value the API returns, so that later calls reach
 * builders half filled, results fed back into calculators and documents written by the library.
 * Everything is drawn from one seeded random on one thread: a seed replays the same calls.
 */
final class ApiFuzzer {

  /** The longest a call may take. */
  static final long SLOW_CALL_NANOS = 1_000_000_000L;

  /**
   * A parameter or field path, as {@code teams[2].headcount}, or the attribute of a builder, as
   * {@code cohorts element}; the key a builder quotes may hold any character, line breaks included,
   * or none (an empty map key of the fuzzer's edge strings once read as an undocumented failure).
   */
  private static final Pattern NAME = Pattern.compile(
      "[A-Za-z][A-Za-z0-9]*(\\[[^\\]]+\\])*(\\.[A-Za-z][A-Za-z0-9]*(\\[[^\\]]+\\])*)*( element| key| value( for key: .*)?| entry)?",
      Pattern.DOTALL);
  private static final int POOL_SIZE = 24;
  private static final int MAX_FINDINGS = 40;
  /** Results whose accessors may legitimately be negative (a change, not a count). */
  private static final Set<String> SIGNED = Set.of();

  private final long seed;
  private final SplittableRandom random;
  private final SeededSource source;
  private final Map<Class<?>, Gen<?>> gens;
  private final List<Executable> targets;
  private final Map<Class<?>, List<Object>> pool = new LinkedHashMap<>();
  private final Map<Type, List<Class<?>>> assignable = new HashMap<>();
  private final Map<Class<?>, List<Method>> accessors = new HashMap<>();
  private final Map<String, Finding> findings = new LinkedHashMap<>();
  private final Map<Executable, int[]> callsByTarget = new HashMap<>();
  private final Map<Executable, Long> nanosByTarget = new HashMap<>();
  private final Path scratch;
  private final List<String> documents = new ArrayList<>();

  private long calls;
  private long refused;
  private long skipped;
  private long slowest;
  private @Nullable Executable slowestTarget;
  /** The call in progress, for the watchdog: rendered only when it runs too long. */
  private volatile @Nullable Object[] current;
  private volatile long startedAt;

  // per call
  private boolean passedNull;
  private @Nullable Class<?> documentType;

  ApiFuzzer(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
    this.source = new SeededSource(random.split());
    this.gens = Samples.byType();
    this.targets = targets();
    try {
      this.scratch = Files.createTempDirectory("revops-fuzz");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // load the JSON mappers before the first timed call: class loading is not what the guard is for
    RevOpsJson.lenient().read(RevOpsJson.strict().write(dev.revops.core.pay.SalaryBenchmarks.businessOpsNetworkFrance()),
        dev.revops.core.pay.SalaryBenchmark.class);
    // every constant of the public enums, so that methods on them (and on the interfaces they
    // implement) have receivers
    for (Class<?> type : publicTypes()) {
      if (type.isEnum()) {
        for (Object constant : type.getEnumConstants()) {
          offer(constant);
        }
      }
    }
    for (int round = 0; round < 8; round++) {
      for (Map.Entry<Class<?>, Gen<?>> gen : gens.entrySet()) {
        offer(gen.getValue().generate(source));
      }
      // the documents and distributions no generator of the property tests makes directly
      offer(Documents.Company.of((dev.revops.core.org.BusinessOrg) pick(dev.revops.core.org.BusinessOrg.class), null));
      offer(new Documents.OrgChart(1, (dev.revops.core.stage.OpsOrgChart) pick(dev.revops.core.stage.OpsOrgChart.class),
          (dev.revops.core.stage.StageSignals) pick(dev.revops.core.stage.StageSignals.class)));
      offer(new Documents.Hiring(1, (dev.revops.core.fit.OpsRole) pick(dev.revops.core.fit.OpsRole.class),
          List.of((dev.revops.core.fit.Candidate) pick(dev.revops.core.fit.Candidate.class))));
      offer(new Documents.Benchmark(1, (dev.revops.core.pay.SalaryBenchmark) pick(dev.revops.core.pay.SalaryBenchmark.class)));
      offer(new Documents.Support(1, (dev.revops.core.workload.SupportProfile) pick(dev.revops.core.workload.SupportProfile.class)));
      offer(new Documents.Plan(1, (dev.revops.core.plan.PlanInput) pick(dev.revops.core.plan.PlanInput.class),
          List.of((dev.revops.core.plan.PlanScenario) pick(dev.revops.core.plan.PlanScenario.class))));
      try {
        offer(dev.revops.core.pay.SalaryDistributions.quantilePoints(dev.revops.core.testing.PayGen.quantilePoints()
            .generate(source), pickOf(dev.revops.core.pay.QuantilePointsSalaryDistribution.UpperTail.values())));
      } catch (InvalidValueException tailOverflows) {
        // points whose tail leaves some percentile without a finite salary are refused: draw again next round
      }
    }
  }

  /** One kind of failure, counted, with the first call that showed it. */
  static final class Finding {
    final String kind;
    final String call;
    final String detail;
    final long index;
    int count = 1;

    Finding(String kind, String call, String detail, long index) {
      this.kind = kind;
      this.call = call;
      this.detail = detail;
      this.index = index;
    }

    @Override
    public String toString() {
      return kind + " (x" + count + ", first at call " + index + ")\n    call: " + printable(call) + "\n    " + printable(detail);
    }

    /** Control characters and lone surrogates as escapes, so that a report survives terminals and XML. */
    private static String printable(String text) {
      StringBuilder out = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean control = c < 0x20 && c != '\n' || c == 0x7f || Character.isSurrogate(c)
            && !(Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
            && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
        out.append(control ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
      return out.toString();
    }
  }

  // ---------------------------------------------------------------------------------------- targets

  /** Every public constructor and method of the exported packages, in a stable order. */
  static List<Executable> targets() {
    Set<Executable> found = new LinkedHashSet<>();
    for (Class<?> type : publicTypes()) {
      if (!Modifier.isAbstract(type.getModifiers()) && !type.isInterface()) {
        found.addAll(Arrays.asList(type.getConstructors()));
      }
      for (Method method : type.getMethods()) {
        if (method.isBridge() || method.isSynthetic()) {
          continue;
        }
        boolean ours = method.getDeclaringClass().getName().startsWith("dev.revops.");
        boolean objectMethod = Set.of("equals", "hashCode", "toString").contains(method.getName());
        boolean enumValueOf = type.isEnum() && method.getName().equals("valueOf") && method.getParameterCount() == 1;
        if ((ours || objectMethod) && !enumValueOf) {
          found.add(method);
        }
      }
    }
    List<Executable> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparing(Executable::toGenericString));
    return sorted;
  }

  /** The public classes, nested ones included, of the packages the two modules export. */
  static List<Class<?>> publicTypes() {
    ClassLoader loader = ApiFuzzer.class.getClassLoader();
    List<Class<?>> types = new ArrayList<>();
    try {
      ClassPath classPath = ClassPath.from(loader);
      for (String pkg : exportedPackages()) {
        for (ClassPath.ClassInfo info : classPath.getTopLevelClasses(pkg)) {
          if (!info.getSimpleName().equals("package-info")) {
            collect(info.load(), types);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    types.sort(Comparator.comparing(Class::getName));
    return types;
  }

  private static void collect(Class<?> type, List<Class<?>> into) {
    if (Modifier.isPublic(type.getModifiers()) && !type.isAnnotation()) {
      into.add(type);
      for (Class<?> nested : type.getDeclaredClasses()) {
        collect(nested, into); // not getClasses(): an enum would bring java.lang.Enum.EnumDesc
      }
    }
  }

  /** The packages exported by revops-core and revops-json, read from their module descriptors. */
  static Set<String> exportedPackages() {
    Set<String> packages = new java.util.TreeSet<>();
    try {
      Enumeration<URL> descriptors = ApiFuzzer.class.getClassLoader().getResources("module-info.class");
      while (descriptors.hasMoreElements()) {
        try (InputStream in = descriptors.nextElement().openStream()) {
          ModuleDescriptor descriptor = ModuleDescriptor.read(in);
          if (descriptor.name().startsWith("dev.revops.")) {
            descriptor.exports().stream().filter(e -> !e.isQualified()).forEach(e -> packages.add(e.source()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return packages;
  }

  // ---------------------------------------------------------------------------------------- running

  /** Makes the given number of calls (draws whose arguments cannot be made are not counted). */
  void run(long count) {
    while (calls < count) {
      Executable target = targets.get(random.nextInt(targets.size()));
      long before = System.nanoTime();
      callOnce(target);
      nanosByTarget.merge(target, System.nanoTime() - before, Long::sum);
    }
  }

  /** The targets that took the most time in all, with their share, for tuning the fuzzer. */
  String costliest(int count) {
    long total = nanosByTarget.values().stream().mapToLong(Long::longValue).sum();
    StringBuilder s = new StringBuilder();
    nanosByTarget.entrySet().stream().sorted(Map.Entry.<Executable, Long>comparingByValue().reversed()).limit(count)
        .forEach(e -> s.append(String.format("%n  %5.1f %% %s", 100.0 * e.getValue() / total, name(e.getKey()))));
    return s.toString();
  }

  private void callOnce(Executable target) {
    passedNull = false;
    documentType = null;
    Object receiver = null;
    if (target instanceof Method m && !Modifier.isStatic(m.getModifiers())) {
      receiver = pick(m.getDeclaringClass());
      if (receiver == null) {
        skipped++;
        return;
      }
    }
    Type[] types = target.getGenericParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Arg arg = value(types[i], target, 0);
      if (arg == Arg.NONE) {
        skipped++;
        return;
      }
      args[i] = arg.value;
    }
    calls++;
    callsByTarget.computeIfAbsent(target, t -> new int[1])[0]++;
    startedAt = System.nanoTime();
    current = new Object[] {target, receiver, args};
    Object result;
    try {
      result = target instanceof Method m ? m.invoke(receiver, args) : ((Constructor<?>) target).newInstance(args);
    } catch (InvocationTargetException e) {
      long took = System.nanoTime() - startedAt;
      current = null;
      timed(target, receiver, args, took);
      Throwable thrown = e.getCause();
      if (documented(thrown, target)) {
        refused++;
        offer(thrown); // so that the exceptions' own accessors are called too
      } else {
        find("undocumented " + thrown.getClass().getSimpleName() + " from " + name(target),
            target, receiver, args, stackOf(thrown));
      }
      return;
    } catch (IllegalAccessException | InstantiationException e) {
      throw new AssertionError("cannot call " + target, e);
    }
    long took = System.nanoTime() - startedAt;
    current = null;
    timed(target, receiver, args, took);
    // an exception's accessors give back what its thrower passed: not a result of revops
    String problem = Throwable.class.isAssignableFrom(target.getDeclaringClass()) ? null
        : inspect(result, name(target), 0);
    if (problem != null) {
      find("bad result from " + name(target), target, receiver, args, problem);
    }
    offer(result);
  }

  private void timed(Executable target, @Nullable Object receiver, Object[] args, long took) {
    if (took > slowest) {
      slowest = took;
      slowestTarget = target;
    }
    if (took > SLOW_CALL_NANOS) {
      find("slow call to " + name(target), target, receiver, args, "took " + took / 1_000_000 + " ms");
    }
  }

  /** Whether a failure is one the API documents, named as it promises. */
  private boolean documented(Throwable thrown, Executable target) {
    if (thrown instanceof NullPointerException) {
      // a builder refuses, when it builds, a null nested in a collection it was given earlier
      boolean nullGivenEarlier = passedNull || isBuilder(target.getDeclaringClass()) && target.getName().equals("build");
      return nullGivenEarlier && thrown.getMessage() != null && NAME.matcher(thrown.getMessage()).matches();
    }
    if (thrown instanceof InvalidValueException invalid) {
      return !invalid.field().isBlank() && !invalid.rule().isBlank() && invalid.getMessage() != null;
    }
    if (thrown instanceof RevOpsJsonException json) {
      return target.getDeclaringClass() == RevOpsJson.class && !json.problem().isBlank();
    }
    if (thrown instanceof UncheckedIOException && Arrays.asList(target.getParameterTypes()).contains(Path.class)) {
      return true; // a file that cannot be read or written: documented on the methods taking a Path
    }
    if (!(thrown instanceof RuntimeException) && !(thrown instanceof Error)) {
      for (Class<?> declared : target.getExceptionTypes()) {
        if (declared.isInstance(thrown)) {
          return true;
        }
      }
    }
    return false;
  }

  private void find(String kind, Executable target, @Nullable Object receiver, Object[] args, String detail) {
    Finding known = findings.get(kind);
    if (known != null) {
      known.count++;
    } else if (findings.size() < MAX_FINDINGS) {
      findings.put(kind, new Finding(kind, describe(target, receiver, args), detail, calls));
    }
  }

  // ---------------------------------------------------------------------------------------- results

  /** A problem found in a result, or null: NaN, an infinity, a negative count, a failing accessor. */
  private @Nullable String inspect(@Nullable Object value, String path, int depth) {
    if (value == null || depth > 4) {
      return null;
    }
    if (value instanceof Double d) {
      return Double.isFinite(d) ? null : path + " is " + d;
    }
    if (value instanceof Float f) {
      return Float.isFinite(f) ? null : path + " is " + f;
    }
    if (value instanceof OptionalDouble d) {
      return d.isPresent() ? inspect(d.getAsDouble(), path, depth) : null;
    }
    if (value instanceof Optional<?> o) {
      return o.isPresent() ? inspect(o.get(), path, depth) : null;
    }
    if (value instanceof Collection<?> c) {
      int i = 0;
      for (Object element : c) {
        String problem = inspect(element, path + "[" + i + "]", depth + 1);
        if (problem != null || ++i > 50) {
          return problem;
        }
      }
      return null;
    }
    if (value instanceof Map<?, ?> map) {
      int i = 0;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String problem = inspect(entry.getKey(), path + ".key", depth + 1);
        if (problem == null) {
          problem = inspect(entry.getValue(), path + "[" + entry.getKey() + "]", depth + 1);
        }
        if (problem != null || ++i > 50) {
          return problem;
        }
      }
      return null;
    }
    if (value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
      return inspect(Arrays.asList((Object[]) value), path, depth);
    }
    if (!isOurs(value.getClass()) || value.getClass().isEnum() || isBuilder(value.getClass())
        || value instanceof Throwable) {
      return null;
    }
    for (Method accessor : accessors(publicType(value.getClass()))) {
      Object part;
      try {
        part = accessor.invoke(value);
      } catch (InvocationTargetException e) {
        if (documented(e.getCause(), accessor)) {
          continue; // a documented refusal, such as the percentiles of too small a sample
        }
        return path + "." + accessor.getName() + "() throws " + stackOf(e.getCause());
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      }
      String at = path + "." + accessor.getName();
      if ((part instanceof Integer || part instanceof Long) && ((Number) part).longValue() < 0
          && !SIGNED.contains(accessor.getDeclaringClass().getSimpleName() + "." + accessor.getName())) {
        return at + " is negative: " + part;
      }
      String problem = inspect(part, at, depth + 1);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  /** The public no-argument instance methods of a value that read it (not builders, withers, renderers). */
  private List<Method> accessors(Class<?> type) {
    return accessors.computeIfAbsent(type, t -> {
      List<Method> found = new ArrayList<>();
      for (Method m : t.getMethods()) {
        String name = m.getName();
        if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class
            && m.getDeclaringClass().getName().startsWith("dev.revops.")
            && Modifier.isPublic(m.getDeclaringClass().getModifiers())
            && !name.equals("hashCode") && !name.equals("toString") && !name.startsWith("with")
            && !name.startsWith("to") && !name.equals("builder")) {
          found.add(m);
        }
      }
      found.sort(Comparator.comparing(Method::getName));
      return found;
    });
  }

  /** The public class a value is seen as: generated implementations are package-private. */
  static Class<?> publicType(Class<?> type) {
    Class<?> seen = type;
    while (!Modifier.isPublic(seen.getModifiers()) && seen.getSuperclass() != null) {
      seen = seen.getSuperclass();
    }
    if (seen == Object.class || seen.isEnum() && seen != type) {
      for (Class<?> face : type.getInterfaces()) {
        if (Modifier.isPublic(face.getModifiers())) {
          return face;
        }
      }
    }
    return seen;
  }

  private static boolean isOurs(Class<?> type) {
    return type.getName().startsWith("dev.revops.");
  }

  private static boolean isBuilder(Class<?> type) {
    return type.getSimpleName().endsWith("Builder") || type.getSimpleName().equals("Generator");
  }

  // ---------------------------------------------------------------------------------------- the pool

  /** Keeps a returned value (and the elements of a returned collection) for later calls. */
  private void offer(@Nullable Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Collection<?> c) {
      int i = 0;
      for (Object element : c) {
        if (i++ >= 4) {
          break;
        }
        offer(element);
      }
      return;
    }
    if (value instanceof Optional<?> o) {
      o.ifPresent(this::offer);
      return;
    }
    Class<?> type = value.getClass();
    if (!isOurs(type) && !(value instanceof Money) && !(value instanceof BigMoney)) {
      return;
    }
    List<Object> values = pool.get(type);
    if (values == null) {
      values = new ArrayList<>();
      pool.put(type, values);
      assignable.clear();
    }
    int size = isBuilder(type) ? 6 : POOL_SIZE;
    if (values.size() < size) {
      values.add(value);
    } else {
      values.set(random.nextInt(size), value);
    }
  }

  /** A pooled value of the given type, or a generated one, or null if there is none. */
  private @Nullable Object pick(Class<?> type) {
    List<Class<?>> classes = assignable.computeIfAbsent(type, t -> {
      List<Class<?>> found = new ArrayList<>();
      for (Class<?> c : pool.keySet()) {
        if (type.isAssignableFrom(c)) {
          found.add(c);
        }
      }
      return found;
    });
    Gen<?> gen = gens.get(type);
    if (gen != null && (classes.isEmpty() || random.nextInt(8) == 0)) {
      return gen.generate(source);
    }
    if (classes.isEmpty()) {
      return null;
    }
    List<Object> values = pool.get(classes.get(random.nextInt(classes.size())));
    return values.get(random.nextInt(values.size()));
  }

  // ---------------------------------------------------------------------------------------- arguments

  /** An argument, or {@link #NONE} when the fuzzer cannot make a value of the type. */
  private record Arg(@Nullable Object value) {
    static final Arg NONE = new Arg(new Object());
  }

  private Arg value(Type declared, Executable target, int depth) {
    // "? extends List<X>" is made as a List<X>: its upper bound, with its own type arguments
    Type type = declared;
    while (type instanceof WildcardType w) {
      type = w.getUpperBounds()[0];
    }
    Class<?> raw = rawType(type);
    if (!raw.isPrimitive() && random.nextInt(depth == 0 ? 40 : 200) == 0) {
      passedNull = true;
      return new Arg(null);
    }
    if (raw.isPrimitive() || Number.class.isAssignableFrom(raw) && raw.getName().startsWith("java.lang")
        || raw == Boolean.class || raw == Character.class) {
      return new Arg(primitive(raw));
    }
    if (raw == String.class || raw == CharSequence.class) {
      return new Arg(isOurs(target.getDeclaringClass()) && target.getDeclaringClass().getPackageName().equals("dev.revops.json")
          ? jsonText() : text());
    }
    if (raw == BigDecimal.class) {
      return new Arg(decimal());
    }
    if (raw == BigInteger.class) {
      return new Arg(decimal().toBigInteger());
    }
    if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      return new Arg(constants[random.nextInt(constants.length)]);
    }
    if (raw == Class.class) {
      return new Arg(typeArgument());
    }
    if (raw == Locale.class) {
      return new Arg(pickOf(Locale.ENGLISH, Locale.FRENCH, Locale.ROOT, Locale.GERMAN, Locale.CANADA_FRENCH,
          Locale.forLanguageTag("fr-FR"), Locale.forLanguageTag("xx")));
    }
    if (raw == CurrencyUnit.class) {
      return new Arg(currency());
    }
    if (raw == java.time.Duration.class) {
      return new Arg(pickOf(java.time.Duration.ZERO, java.time.Duration.ofSeconds(-1), java.time.Duration.ofSeconds(20),
          java.time.Duration.ofMinutes(30), java.time.Duration.ofNanos(1), java.time.Duration.ofDays(36_500),
          java.time.Duration.ofSeconds(Long.MAX_VALUE, 999_999_999), java.time.Duration.ofSeconds(Long.MIN_VALUE)));
    }
    if (raw == java.time.YearMonth.class) {
      return new Arg(pickOf(java.time.YearMonth.of(2027, 1), java.time.YearMonth.of(2027, 4), java.time.YearMonth.of(2026, 12),
          java.time.YearMonth.of(2028, 12), java.time.YearMonth.of(-999_999_999, 1), java.time.YearMonth.of(999_999_999, 12),
          java.time.YearMonth.of(1970, 1)));
    }
    if (raw == Money.class) {
      return new Arg(money());
    }
    if (raw == Path.class) {
      return new Arg(path());
    }
    if (raw == Reader.class) {
      return new Arg(new StringReader(jsonText()));
    }
    if (raw == InputStream.class) {
      return new Arg(new ByteArrayInputStream(jsonText().getBytes(StandardCharsets.UTF_8)));
    }
    if (raw == Writer.class) {
      return new Arg(new StringWriter());
    }
    if (raw == OutputStream.class) {
      return new Arg(new ByteArrayOutputStream());
    }
    if (raw.isArray() || type instanceof GenericArrayType) {
      Type component = type instanceof GenericArrayType g ? g.getGenericComponentType() : raw.getComponentType();
      int size = size(depth);
      Object array = Array.newInstance(rawType(component), size);
      for (int i = 0; i < size; i++) {
        Arg element = value(component, target, depth + 1);
        if (element == Arg.NONE) {
          return Arg.NONE;
        }
        if (element.value == null && rawType(component).isPrimitive()) {
          continue;
        }
        Array.set(array, i, element.value);
      }
      return new Arg(array);
    }
    if (raw == List.class || raw == Collection.class || raw == Iterable.class || raw == Set.class) {
      Type element = typeArgument(type, 0);
      int size = size(depth);
      Collection<Object> values = raw == Set.class ? new LinkedHashSet<>() : new ArrayList<>();
      for (int i = 0; i < size; i++) {
        Arg arg = value(element, target, depth + 1);
        if (arg == Arg.NONE) {
          return Arg.NONE;
        }
        values.add(arg.value);
      }
      return new Arg(values);
    }
    if (raw == Map.class || raw == SortedMap.class || raw == NavigableMap.class) {
      Type keyType = typeArgument(type, 0);
      Type valueType = typeArgument(type, 1);
      int size = size(depth);
      Map<Object, Object> values = raw == Map.class ? new LinkedHashMap<>() : new TreeMap<>();
      for (int i = 0; i < size; i++) {
        Arg key = value(keyType, target, depth + 1);
        Arg val = value(valueType, target, depth + 1);
        if (key == Arg.NONE || val == Arg.NONE) {
          return Arg.NONE;
        }
        if (key.value == null && raw != Map.class) {
          continue;
        }
        values.put(key.value, val.value);
      }
      return new Arg(values);
    }
    if (raw == com.fasterxml.jackson.databind.Module.SetupContext.class) {
      return new Arg(setupContext());
    }
    if (raw == Map.Entry.class) {
      Arg key = value(typeArgument(type, 0), target, depth + 1);
      Arg val = value(typeArgument(type, 1), target, depth + 1);
      if (key == Arg.NONE || val == Arg.NONE) {
        return Arg.NONE;
      }
      return new Arg(new java.util.AbstractMap.SimpleImmutableEntry<>(key.value, val.value));
    }
    if (raw == Optional.class) {
      if (random.nextBoolean()) {
        return new Arg(Optional.empty());
      }
      Arg inner = value(typeArgument(type, 0), target, depth + 1);
      return inner == Arg.NONE || inner.value == null ? new Arg(Optional.empty()) : new Arg(Optional.of(inner.value));
    }
    if (raw == OptionalDouble.class) {
      return new Arg(random.nextBoolean() ? OptionalDouble.empty() : OptionalDouble.of(aDouble()));
    }
    if (raw == OptionalInt.class) {
      return new Arg(random.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(anInt()));
    }
    if (raw == OptionalLong.class) {
      return new Arg(random.nextBoolean() ? OptionalLong.empty() : OptionalLong.of(aLong()));
    }
    if (raw == Object.class) {
      Object any = pick(Object.class);
      return new Arg(any != null && random.nextInt(4) > 0 ? any : primitive(pickOf(int.class, double.class, String.class)));
    }
    Object pooled = pick(raw);
    return pooled == null ? Arg.NONE : new Arg(pooled);
  }

  /** The context Jackson gives a module being registered on a new mapper. */
  private static com.fasterxml.jackson.databind.Module.SetupContext setupContext() {
    List<com.fasterxml.jackson.databind.Module.SetupContext> captured = new ArrayList<>();
    new com.fasterxml.jackson.databind.ObjectMapper().registerModule(
        new com.fasterxml.jackson.databind.module.SimpleModule("capture") {
          private static final long serialVersionUID = 1L;

          @Override
          public void setupModule(SetupContext context) {
            captured.add(context);
          }
        });
    return captured.get(0);
  }

  private static Class<?> rawType(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof GenericArrayType g) {
      return Array.newInstance(rawType(g.getGenericComponentType()), 0).getClass();
    }
    if (type instanceof WildcardType w) {
      return rawType(w.getUpperBounds()[0]);
    }
    if (type instanceof TypeVariable<?> v) {
      return rawType(v.getBounds()[0]);
    }
    throw new AssertionError("unexpected type " + type);
  }

  private static Type typeArgument(Type type, int index) {
    return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
  }

  private int size(int depth) {
    int roll = random.nextInt(100);
    if (depth > 0) {
      return roll < 10 ? 0 : 1 + random.nextInt(4);
    }
    if (roll < 10) {
      return 0;
    }
    if (roll < 97) {
      return 1 + random.nextInt(6);
    }
    return roll < 99 ? 1_000 : 10_000;
  }

  @SafeVarargs
  private <T> T pickOf(T... values) {
    return values[random.nextInt(values.length)];
  }

  private Object primitive(Class<?> type) {
    if (type == int.class || type == Integer.class) {
      return anInt();
    }
    if (type == long.class || type == Long.class) {
      return aLong();
    }
    if (type == double.class || type == Double.class) {
      return aDouble();
    }
    if (type == float.class || type == Float.class) {
      return (float) aDouble();
    }
    if (type == boolean.class || type == Boolean.class) {
      return random.nextBoolean();
    }
    if (type == short.class || type == Short.class) {
      return (short) anInt();
    }
    if (type == byte.class || type == Byte.class) {
      return (byte) anInt();
    }
    if (type == char.class || type == Character.class) {
      return (char) random.nextInt(0x3000);
    }
    if (type == String.class) {
      return text();
    }
    if (type == Number.class) {
      return primitive(pickOf(int.class, long.class, double.class));
    }
    throw new AssertionError("unexpected primitive " + type);
  }

  private int anInt() {
    return switch (random.nextInt(6)) {
      case 0 -> pickOf(0, 1, -1, 2, 3, 10, 12, 15, 20, 100, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 1);
      case 1 -> random.nextInt();
      case 2 -> random.nextInt(100_000);
      default -> random.nextInt(30);
    };
  }

  private long aLong() {
    return switch (random.nextInt(4)) {
      case 0 -> pickOf(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, (long) Integer.MAX_VALUE + 1, 1L << 53);
      case 1 -> random.nextLong();
      default -> random.nextLong(1_000);
    };
  }

  private double aDouble() {
    return switch (random.nextInt(5)) {
      case 0 -> pickOf(0.0, -0.0, 1.0, -1.0, 0.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
          Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, 1e300, 1e-9, 1 - 1e-16, 100.0, 99.99);
      case 1 -> Double.longBitsToDouble(random.nextLong());
      case 2 -> random.nextDouble() * 100;
      default -> random.nextDouble();
    };
  }

  private BigDecimal decimal() {
    return switch (random.nextInt(4)) {
      case 0 -> pickOf(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE.negate(), new BigDecimal("0.005"),
          new BigDecimal("1E+400"), new BigDecimal("1E-400"), new BigDecimal("1E+999999999"),
          new BigDecimal("1E-999999999"), new BigDecimal("-1E+999999999"), new BigDecimal("45000.00"),
          new BigDecimal("1E+308"), new BigDecimal("123456789012345678901234567890.123"));
      case 1 -> BigDecimal.valueOf(random.nextLong(), random.nextInt(-30, 30));
      default -> BigDecimal.valueOf(random.nextInt(20_000, 300_000));
    };
  }

  private CurrencyUnit currency() {
    return pickOf(CurrencyUnit.EUR, CurrencyUnit.EUR, CurrencyUnit.USD, CurrencyUnit.JPY, CurrencyUnit.of("BHD"));
  }

  private Money money() {
    BigDecimal amount = random.nextInt(4) == 0 ? decimal() : BigDecimal.valueOf(random.nextInt(0, 300_000));
    if (amount.abs().compareTo(new BigDecimal("1E+1000")) > 0 || amount.scale() > 1000) {
      amount = BigDecimal.valueOf(random.nextInt(0, 300_000));
    }
    return Money.of(currency(), amount, java.math.RoundingMode.HALF_EVEN);
  }

  private Class<?> typeArgument() {
    if (random.nextInt(4) == 0) {
      return pickOf(String.class, Object.class, int.class, Map.class, List.class, Money.class, RevOpsJson.class,
          dev.revops.core.pay.SalaryBenchmarks.class, dev.revops.core.fit.FitPolicy.Builder.class, Void.class,
          int[].class, Documents.class);
    }
    if (documentType != null && random.nextInt(4) > 0) {
      return documentType;
    }
    List<Class<?>> keys = new ArrayList<>(gens.keySet());
    keys.add(Documents.Company.class);
    keys.add(Documents.OrgChart.class);
    keys.add(Documents.Hiring.class);
    keys.add(Documents.Benchmark.class);
    keys.add(Documents.Support.class);
    keys.add(Documents.Plan.class);
    return keys.get(random.nextInt(keys.size()));
  }

  private String text() {
    return switch (random.nextInt(6)) {
      case 0 -> pickOf("", " ", "a", "x".repeat(100_001), "é", "\u0000", "\uD800", "null", "-1", "NaN",
          "P75", "P0", "P100", "P65.6", "P-1", "EUR 45000", "EUR 1e999999999", "USD -3", "45000 EUR", "EUR",
          "sales", "SALES", "Sales", "customer-success", "CUSTOM_1", "with space", "a.b", "teams[0]");
      case 1 -> enumName();
      case 2 -> Long.toString(random.nextLong(-10, 1_000_000));
      case 3 -> jsonText();
      default -> identifier();
    };
  }

  private String enumName() {
    List<Class<?>> enums = new ArrayList<>();
    for (Class<?> c : pool.keySet()) {
      if (c.isEnum()) {
        enums.add(c);
      }
    }
    for (Class<?> c : gens.keySet()) {
      if (c.isEnum()) {
        enums.add(c);
      }
    }
    if (enums.isEmpty()) {
      return "SENIOR";
    }
    Object[] constants = enums.get(random.nextInt(enums.size())).getEnumConstants();
    Object constant = constants[random.nextInt(constants.length)];
    String name = ((Enum<?>) constant).name();
    return random.nextBoolean() ? name : name.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static final String IDENTIFIER_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.é ";

  private String identifier() {
    int length = 1 + random.nextInt(12);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(IDENTIFIER_CHARS.charAt(random.nextInt(IDENTIFIER_CHARS.length())));
    }
    return s.toString();
  }

  /** A JSON text: a document written by the library, mutated or not, or a hostile one. */
  private String jsonText() {
    int roll = random.nextInt(10);
    if (roll < 2) {
      return pickOf("", "{}", "[]", "null", "1", "\"x\"", "{\"schemaVersion\":1}", "[".repeat(10_000),
          "{\"a\":".repeat(100) + "1" + "}".repeat(100), "{\"currency\":\"EUR\",\"amount\":1e999999999}",
          "{\"currency\":\"EUR\",\"amount\":\"1e999999999\"}", "\"EUR 1e999999999\"", "\"EUR -1e-999999999\"",
          "{\"schemaVersion\":1,\"org\":{\"teams\":[{\"function\":\"SALES\",\"headcount\":1e9}]}}",
          "{\"amount\":" + "9".repeat(101) + "}", "\"" + "x".repeat(100_001) + "\"");
    }
    String written = document();
    if (written == null) {
      return "{}";
    }
    return roll < 6 ? written : mutate(written);
  }

  private @Nullable String document() {
    if (!documents.isEmpty() && random.nextInt(3) > 0) {
      return documents.get(random.nextInt(documents.size()));
    }
    Class<?> type = typeArgument();
    Object value = isOurs(type) ? pick(type) : null;
    if (value == null) {
      return null;
    }
    try {
      String written = RevOpsJson.strict().write(value);
      documentType = publicType(value.getClass());
      if (documents.size() < 64 && written.length() < 200_000) {
        documents.add(written);
      }
      return written;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static final String[] TOKENS = {"null", "-1", "0", "1e999999999", "-1e-999999999", "\"\"", "[]", "{}",
      "\"x\"", "0.5", "NaN", "9999999999", "true", "\"SALSE\"", "3.7", "1E+400", "\"EUR 1E+400\"", "{\"x\":1}"};

  private String mutate(String json) {
    StringBuilder s = new StringBuilder(json);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && s.length() > 0; e++) {
      int at = random.nextInt(s.length());
      switch (random.nextInt(5)) {
        case 0 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(8)));
        case 1 -> s.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
        case 2 -> {
          // replace the value after a colon
          int colon = s.indexOf(":", at);
          if (colon >= 0) {
            int end = colon + 1;
            while (end < s.length() && ",}]".indexOf(s.charAt(end)) < 0) {
              end++;
            }
            s.replace(colon + 1, end, TOKENS[random.nextInt(TOKENS.length)]);
          }
        }
        case 3 -> s.setLength(at);
        default -> {
          int end = Math.min(s.length(), at + random.nextInt(64));
          s.insert(end, s.substring(at, end));
        }
      }
    }
    return s.toString();
  }

  private Path path() {
    try {
      return switch (random.nextInt(4)) {
        case 0 -> scratch.resolve("missing.json");
        case 1 -> scratch;
        default -> {
          Path file = scratch.resolve("doc" + random.nextInt(4) + ".json");
          Files.write(file, jsonText().getBytes(StandardCharsets.UTF_8));
          yield file;
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------------------------------- reports

  private static String name(Executable target) {
    String owner = target.getDeclaringClass().getSimpleName();
    return target instanceof Constructor<?> ? "new " + owner + paramsOf(target) : owner + "." + target.getName() + paramsOf(target);
  }

  private static String paramsOf(Executable target) {
    StringBuilder s = new StringBuilder("(");
    for (Class<?> p : target.getParameterTypes()) {
      s.append(s.length() > 1 ? ", " : "").append(p.getSimpleName());
    }
    return s.append(')').toString();
  }

  private static String describe(Executable target, @Nullable Object receiver, Object[] args) {
    StringBuilder s = new StringBuilder(name(target));
    if (receiver != null) {
      s.append(" on ").append(shortly(receiver));
    }
    s.append(" with [");
    for (int i = 0; i < args.length; i++) {
      s.append(i > 0 ? ", " : "").append(shortly(args[i]));
    }
    return s.append(']').toString();
  }

  private static String shortly(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    String text;
    try {
      if (value.getClass().isArray()) {
        int length = Array.getLength(value);
        text = value.getClass().getComponentType().getSimpleName() + "[" + length + "]";
      } else if (value instanceof Collection<?> c) {
        text = value.getClass().getSimpleName() + " of " + c.size() + ": " + c;
      } else if (value instanceof Map<?, ?> m) {
        text = "map of " + m.size() + ": " + m;
      } else {
        text = value.toString();
      }
    } catch (RuntimeException e) {
      text = value.getClass().getName() + " (toString throws " + e + ")";
    }
    return text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + " chars)" : text;
  }

  private static String stackOf(Throwable thrown) {
    StringBuilder s = new StringBuilder(thrown.toString());
    StackTraceElement[] stack = thrown.getStackTrace();
    for (int i = 0; i < Math.min(8, stack.length); i++) {
      s.append("\n        at ").append(stack[i]);
    }
    return s.toString();
  }

  long seed() {
    return seed;
  }

  long calls() {
    return calls;
  }

  long refused() {
    return refused;
  }

  long skipped() {
    return skipped;
  }

  Collection<Finding> findings() {
    return findings.values();
  }

  List<Executable> allTargets() {
    return targets;
  }

  /** The targets called fewer than the given number of times. */
  List<String> rarelyCalled(int atLeast) {
    List<String> rare = new ArrayList<>();
    for (Executable target : targets) {
      int[] count = callsByTarget.get(target);
      if (count == null || count[0] < atLeast) {
        rare.add(name(target) + " (" + (count == null ? 0 : count[0]) + " calls)");
      }
    }
    return rare;
  }

  String slowest() {
    return slowestTarget == null ? "none" : name(slowestTarget) + " in " + slowest / 1_000_000 + " ms";
  }

  /** The call in progress and how long it has run, for the watchdog; null between calls. */
  @Nullable String running(long now) {
    Object[] call = current;
    return call == null ? null
        : (now - startedAt) / 1_000_000 + " ms into " + describe((Executable) call[0], call[1], (Object[]) call[2]);
  }
}
