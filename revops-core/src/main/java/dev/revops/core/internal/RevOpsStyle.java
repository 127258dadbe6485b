package dev.revops.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style shared by every value type of revops.
 *
 * <p>Generated implementations are package-private: users see one type per concept, build inputs
 * with the factories and builders written on that type, and get results only from calculators (the
 * JSON adapter reaches the generated builders reflectively, through the same checks). A builder
 * missing a required attribute throws {@link dev.revops.core.MissingValueException} naming it.
 * Collections are
 * JDK unmodifiable collections ({@code jdkOnly}): a builder's {@code putX} replaces an entry already
 * there (from {@code from()} or an earlier put), and a null element, key or value is refused with a
 * {@link NullPointerException} naming the attribute ({@code "cohorts element"}).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    typeBuilder = "Generator",
    builder = "generator",
    typeInnerBuilder = "UnusedInnerBuilder",
    throwForInvalidImmutableState = dev.revops.core.MissingValueException.class,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
public @interface RevOpsStyle {}
