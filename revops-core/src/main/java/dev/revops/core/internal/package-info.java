/**
 * Checks shared by every package of revops-core. Not exported: not part of the API.
 */
@NullMarked
package dev.revops.core.internal;

import org.jspecify.annotations.NullMarked;
