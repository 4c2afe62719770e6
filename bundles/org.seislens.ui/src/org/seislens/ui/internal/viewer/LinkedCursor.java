package org.seislens.ui.internal.viewer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.seislens.ui.internal.render.Viewport;

/**
 * The overlays the viewer itself paints over every panel: the picked trace (outlined in red) and, when panels
 * are compared, the linked cursor, a cross at the trace and sample under the pointer in whichever panel it
 * is, so that the same sample can be seen raw, processed and in the difference.
 */
final class LinkedCursor {

    private final TraceSelectionProvider selection;
    private double trace = Double.NaN;
    private double sample = Double.NaN;

    /**
     * @param selection the picked trace
     */
    LinkedCursor(TraceSelectionProvider selection) {
        this.selection = selection;
    }

    /**
     * @param traceCoordinate the trace coordinate under the pointer, or NaN when it is outside the plot
     * @param sampleCoordinate the sample coordinate under the pointer, or NaN
     * @return whether the cursor moved
     */
    boolean moveTo(double traceCoordinate, double sampleCoordinate) {
        boolean moved = Double.compare(trace, traceCoordinate) != 0 || Double.compare(sample, sampleCoordinate) != 0;
        trace = traceCoordinate;
        sample = sampleCoordinate;
        return moved;
    }

    /** @return the overlay that outlines the picked trace */
    SectionOverlay pick() {
        return this::paintPick;
    }

    /** @return the overlay that paints the cross of the linked cursor */
    SectionOverlay cursor() {
        return this::paintCursor;
    }

    private void paintPick(GC gc, Rectangle plot, Viewport v, Section section, PanelKind panel) {
        long picked = selection.position();
        if (picked >= 0) {
            int x0 = plot.x + (int) Math.floor(v.xOf(picked));
            int x1 = plot.x + (int) Math.ceil(v.xOf(picked + 1));
            gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_RED));
            gc.setLineWidth(2);
            gc.drawRectangle(x0 - 2, plot.y, Math.max(2, x1 - x0) + 3, plot.height);
        }
    }

    private void paintCursor(GC gc, Rectangle plot, Viewport v, Section section, PanelKind panel) {
        if (Double.isNaN(trace) || Double.isNaN(sample)) {
            return;
        }
        int x = plot.x + (int) Math.round(v.xOf(trace));
        int y = plot.y + (int) Math.round(v.yOf(sample));
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_YELLOW));
        gc.setLineWidth(1);
        gc.drawLine(x - 8, y, x + 8, y);
        gc.drawLine(x, y - 8, x, y + 8);
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
        gc.drawRectangle(x - 1, y - 1, 2, 2);
    }
}
