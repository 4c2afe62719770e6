package org.seislens.ui.internal.viewer;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.seislens.ui.internal.render.Viewport;

/**
 * Something drawn over the samples of every panel of the viewer, after the picture and the axes: the picked
 * trace, the linked cursor, or marks another view adds (for example QC flags of traces). Add one with
 * {@link SeismicViewerView#addOverlay}; it is painted on the UI thread at each repaint, clipped to the plot,
 * in the order overlays were added, so it must be quick and read only what is in memory.
 */
@FunctionalInterface
public interface SectionOverlay {

    /**
     * Paints over one panel.
     *
     * @param gc where to paint, clipped to the plot
     * @param plot the rectangle of the canvas where samples are drawn
     * @param viewport what the plot shows: {@link Viewport#xOf} of a display position is its left edge
     *            relative to {@code plot.x}
     * @param section what is shown (display positions map to dataset traces through it)
     * @param panel which samples the panel shows
     */
    void paint(GC gc, Rectangle plot, Viewport viewport, Section section, PanelKind panel);
}
