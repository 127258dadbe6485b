/**
 * Runnable examples reproducing the source's worked examples. Run {@link
 * dev.revops.examples.Walkthrough} (the default main class of {@code revops.jar}) to see them all.
 */
@NullMarked
package dev.revops.examples;

import org.jspecify.annotations.NullMarked;
