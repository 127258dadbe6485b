package dev.revops.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style shared by every value type of revops.
 *
 * <p>Generated implementations are public (the JSON adapter binds to their builders) but the
 * builders' {@code build()} and the {@code with*} methods return the abstract type, so user code
 * never needs to name an {@code Immutable*} class. Collections are Guava immutable collections.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    overshadowImplementation = true,
    jdkOnly = false,
    defaults = @Value.Immutable(copy = true))
public @interface RevOpsStyle {}
