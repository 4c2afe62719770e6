/**
 * The SeisLens preferences: cache limits, prefetch depth and display defaults, and where they take effect.
 */
@NonNullByDefault({ FIELD, RETURN_TYPE, TYPE_BOUND, TYPE_ARGUMENT })
package org.seislens.ui.internal.preferences;

import static org.eclipse.jdt.annotation.DefaultLocation.FIELD;
import static org.eclipse.jdt.annotation.DefaultLocation.RETURN_TYPE;
import static org.eclipse.jdt.annotation.DefaultLocation.TYPE_ARGUMENT;
import static org.eclipse.jdt.annotation.DefaultLocation.TYPE_BOUND;

import org.eclipse.jdt.annotation.NonNullByDefault;
