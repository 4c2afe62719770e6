/**
 * File &gt; Export &gt; SeisLens &gt; Dataset to SEG-Y and the viewer's Export Gather...: choose what to export
 * (all, the gather shown, a key range, the viewer's time range), raw or through the viewer's chain, the format,
 * byte order and file, and export in a cancellable user job.
 */
@NonNullByDefault({ FIELD, RETURN_TYPE, TYPE_BOUND, TYPE_ARGUMENT })
package org.seislens.ui.internal.export;

import static org.eclipse.jdt.annotation.DefaultLocation.FIELD;
import static org.eclipse.jdt.annotation.DefaultLocation.RETURN_TYPE;
import static org.eclipse.jdt.annotation.DefaultLocation.TYPE_ARGUMENT;
import static org.eclipse.jdt.annotation.DefaultLocation.TYPE_BOUND;

import org.eclipse.jdt.annotation.NonNullByDefault;
