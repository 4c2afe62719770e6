/**
 * The seismic viewer. {@link org.seislens.ui.internal.viewer.SeismicViewerView} only wires its parts:
 * <ul>
 * <li>{@link org.seislens.ui.internal.viewer.SectionCanvas}: where pixels are painted (picture, axes, pick,
 * zoom rectangle, scroll bars);</li>
 * <li>{@link org.seislens.ui.internal.viewer.CanvasInput}: mouse, wheel, keys and scroll bars;</li>
 * <li>{@link org.seislens.ui.internal.viewer.WindowLoader}: windowed loading off the UI thread, where a stale
 * load is cancelled, and the {@link org.seislens.ui.internal.viewer.RenderJob};</li>
 * <li>{@link org.seislens.ui.internal.viewer.ViewportController} and
 * {@link org.seislens.ui.internal.viewer.LoadPolicy}: which window the viewport needs;</li>
 * <li>{@link org.seislens.ui.internal.viewer.TraceSelectionProvider}: the picked trace, shared with the Trace
 * Headers view;</li>
 * <li>{@link org.seislens.ui.internal.viewer.ViewerSettings}: what handlers change;
 * {@link org.seislens.ui.internal.viewer.ViewerState}: what the workbench remembers;</li>
 * <li>{@link org.seislens.ui.internal.viewer.ViewerParts}: the controls and how the parts tell each other.</li>
 * </ul>
 * Parameters are left out of the non-null default: views override platform methods whose parameters carry no
 * null annotations.
 */
@NonNullByDefault({ FIELD, RETURN_TYPE, TYPE_BOUND, TYPE_ARGUMENT })
package org.seislens.ui.internal.viewer;

import static org.eclipse.jdt.annotation.DefaultLocation.FIELD;
import static org.eclipse.jdt.annotation.DefaultLocation.RETURN_TYPE;
import static org.eclipse.jdt.annotation.DefaultLocation.TYPE_ARGUMENT;
import static org.eclipse.jdt.annotation.DefaultLocation.TYPE_BOUND;

import org.eclipse.jdt.annotation.NonNullByDefault;
