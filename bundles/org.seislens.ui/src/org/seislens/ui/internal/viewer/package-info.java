/**
 * The seismic viewer. {@link org.seislens.ui.internal.viewer.SeismicViewerView} only wires its parts:
 * <ul>
 * <li>{@link org.seislens.ui.internal.viewer.ViewerParts}: the controls and how the parts tell each other;
 * {@link org.seislens.ui.internal.viewer.ViewerToolbar} above,
 * {@link org.seislens.ui.internal.viewer.ReadoutBar} below;</li>
 * <li>{@link org.seislens.ui.internal.viewer.Panels}: the raw, processed and difference
 * {@link org.seislens.ui.internal.viewer.SectionPanel}s that the
 * {@link org.seislens.ui.internal.viewer.CompareMode} shows, each a
 * {@link org.seislens.ui.internal.viewer.SectionCanvas} (where pixels are painted: picture, axes,
 * {@link org.seislens.ui.internal.viewer.SectionOverlay}s, zoom rectangle, scroll bars) with its
 * {@link org.seislens.ui.internal.viewer.CanvasInput} (mouse, wheel, keys, scroll bars),
 * {@link org.seislens.ui.internal.viewer.ColourBar} and
 * {@link org.seislens.ui.internal.viewer.RenderJob};</li>
 * <li>{@link org.seislens.ui.internal.viewer.WindowLoader}: windowed loading of the
 * {@link org.seislens.ui.internal.viewer.LoadedWindows} off the UI thread, where a stale load is
 * cancelled;</li>
 * <li>{@link org.seislens.ui.internal.viewer.ViewportController} and
 * {@link org.seislens.ui.internal.viewer.LoadPolicy}: which window the viewport (shared by the panels)
 * needs;</li>
 * <li>{@link org.seislens.ui.internal.viewer.SectionOpener}: opening datasets and ensembles;
 * {@link org.seislens.ui.internal.viewer.ProcessedSamples}: the processing chain;</li>
 * <li>{@link org.seislens.ui.internal.viewer.TraceSelectionProvider}: the picked trace, shared with the Trace
 * Headers view; {@link org.seislens.ui.internal.viewer.LinkedCursor}: the pick and the cursor painted in
 * every panel;</li>
 * <li>{@link org.seislens.ui.internal.viewer.ViewerSettings}: what handlers and the toolbar change;
 * {@link org.seislens.ui.internal.viewer.ViewerState}: what the workbench remembers.</li>
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
