package dev.revops.json;

import com.google.common.collect.ImmutableMap;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What the JSON binder knows of one revops value type: its attributes (in declaration order) with
 * their accessor, generic type and canonical builder initialiser, read once from the
 * Immutables-generated implementation.
 *
 * <p>An attribute is a field of the generated {@code ImmutableX} class that is neither static nor
 * transient (so lazy attributes are left out). Its canonical initialiser is the builder method of
 * the same name whose single parameter accepts the attribute's own type (the {@code Iterable} or
 * {@code Map} form for collections, the {@code Optional} form for optionals), so overloads such as
 * {@code addTeams}, {@code putX} or the plain form of an optional are never bound. An attribute
 * without an initialiser is derived: written, and ignored on reading.
 */
final class ValueType {

  private static final String CORE_PACKAGE = "dev.revops.core.";
  private static final Map<Class<?>, Optional<ValueType>> CACHE = new ConcurrentHashMap<>();

  final Class<?> type;
  final Class<?> implementation;
  final Method builderFactory;
  final Method build;
  final ImmutableMap<String, Attribute> attributes;

  /** One attribute of a value type. */
  static final class Attribute {
    final String name;
    final Method accessor;
    final Type genericType;
    final @Nullable Method initializer;
    /** The attribute's position in its type, for a reader to note which keys it saw. */
    final int index;

    Attribute(String name, Method accessor, Type genericType, @Nullable Method initializer, int index) {
      this.index = index;
      this.name = name;
      this.accessor = accessor;
      this.genericType = genericType;
      this.initializer = initializer;
    }

    boolean derived() {
      return initializer == null;
    }
  }

  private ValueType(Class<?> type, Class<?> implementation, Method builderFactory, Method build,
      ImmutableMap<String, Attribute> attributes) {
    this.type = type;
    this.implementation = implementation;
    this.builderFactory = builderFactory;
    this.build = build;
    this.attributes = attributes;
  }

  /** The value type for a class (the abstract type or its generated implementation), if it is one. */
  static Optional<ValueType> of(Class<?> raw) {
    return CACHE.computeIfAbsent(raw, ValueType::inspect);
  }

  private static Optional<ValueType> inspect(Class<?> raw) {
    Class<?> type = raw;
    if (type.getSimpleName().startsWith("Immutable") && type.getSuperclass() != null
        && type.getName().startsWith(CORE_PACKAGE)) {
      type = type.getSuperclass();
    }
    if (!type.getName().startsWith(CORE_PACKAGE) || !Modifier.isAbstract(type.getModifiers())
        || type.isInterface() || type.getEnclosingClass() != null) {
      return Optional.empty();
    }
    Class<?> implementation;
    try {
      implementation = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(), false,
          type.getClassLoader());
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
    try {
      Method factory = implementation.getDeclaredMethod("generator");
      factory.setAccessible(true);
      Class<?> builderClass = factory.getReturnType();
      Method build = builderClass.getMethod("build");
      build.setAccessible(true);
      Map<String, Attribute> attributes = new LinkedHashMap<>();
      for (Field field : implementation.getDeclaredFields()) {
        int mod = field.getModifiers();
        if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || field.isSynthetic()) {
          continue;
        }
        Method accessor;
        try {
          accessor = type.getMethod(field.getName());
        } catch (NoSuchMethodException e) {
          continue;
        }
        Class<?> attributeType = accessor.getReturnType();
        attributes.put(field.getName(), new Attribute(field.getName(), accessor, accessor.getGenericReturnType(),
            initializer(builderClass, field.getName(), attributeType), attributes.size()));
      }
      return Optional.of(new ValueType(type, implementation, factory, build, ImmutableMap.copyOf(attributes)));
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  private static @Nullable Method initializer(Class<?> builderClass, String name, Class<?> attributeType) {
    Method best = null;
    for (Method m : builderClass.getMethods()) {
      if (!m.getName().equals(name) || m.getParameterCount() != 1 || m.isVarArgs()) {
        continue;
      }
      Class<?> parameter = m.getParameterTypes()[0];
      if (accepts(parameter, attributeType)) {
        if (best == null || best.getParameterTypes()[0].isAssignableFrom(parameter)) {
          best = m;
        }
      }
    }
    if (best != null) {
      best.setAccessible(true);
    }
    return best;
  }

  private static boolean accepts(Class<?> parameter, Class<?> attributeType) {
    if (parameter.isPrimitive() || attributeType.isPrimitive()) {
      return parameter.equals(attributeType);
    }
    return parameter.isAssignableFrom(attributeType);
  }
}
