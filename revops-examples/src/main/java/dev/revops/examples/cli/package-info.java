/** The {@code revops} command-line interface. */
@NullMarked
package dev.revops.examples.cli;

import org.jspecify.annotations.NullMarked;
