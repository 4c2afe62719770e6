package org.seislens.ui.internal.viewer;

import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.ui.part.ViewPart;
import org.seislens.core.TraceHeaders;
import org.seislens.core.WindowData;

/**
 * The seismic viewer's panels as other views, handlers and tests use them: the windows and headers shown, the
 * canvases to listen to and capture, the overlays painted over every panel, the curves offered above them, the
 * plot area, snapshots and the readout. {@link SeismicViewerView} is the view; this part of it only answers and
 * forwards to its {@link ViewerParts}.
 */
public abstract class ViewerPanelsPart extends ViewPart {

    /**
     * @return the viewer's parts
     * @throws IllegalStateException before the view's controls are created
     */
    abstract ViewerParts parts();

    /**
     * @return the window of samples shown (raw or processed), or {@code null} before the first load; its samples
     *         are read on the UI thread while it is shown (a later load may read into the same array)
     */
    public @Nullable WindowData displayedWindow() {
        return parts().loader().window();
    }

    /** @return the panels shown side by side, left to right */
    public List<PanelKind> panels() {
        return parts().panels().shown();
    }

    /**
     * @param kind a panel
     * @return the window of samples it shows (processed minus raw for the difference), or {@code null} when it
     *         is not loaded; its samples are read on the UI thread while it is shown (a later load may read into
     *         the same array)
     */
    public @Nullable WindowData window(PanelKind kind) {
        LoadedWindows w = parts().loader().windows();
        return w == null ? null : w.of(kind);
    }

    /**
     * @param kind a panel
     * @return its canvas (shown or not)
     */
    public Canvas canvas(PanelKind kind) {
        return parts().panels().panel(kind).canvas().control();
    }

    /**
     * Paints something over every panel from now on (the picked trace and the linked cursor are painted
     * first); the panels are repainted.
     *
     * @param overlay what to paint
     */
    public void addOverlay(SectionOverlay overlay) {
        parts().panels().overlays().add(overlay);
        parts().panels().redraw();
    }

    /**
     * @param overlay an overlay added before
     */
    public void removeOverlay(SectionOverlay overlay) {
        parts().panels().overlays().remove(overlay);
        parts().panels().redraw();
    }

    /** Repaints the overlays of every panel, after what they paint changed (the pictures are not rendered again). */
    public void overlaysChanged() {
        parts().panels().redraw();
    }

    /**
     * Offers more curves above the plot than the trace headers (the QC attributes), and offers them again when
     * their names change.
     *
     * @param source the curves, or {@code null} for none
     */
    public void setCurveSource(@Nullable CurveSource source) {
        parts().setCurveSource(source);
    }

    /** @return the headers loaded with the window, rows keyed by display position, or {@code null} */
    public @Nullable TraceHeaders loadedHeaders() {
        return parts().loader().headers();
    }

    /** @return the rectangle of the canvas where samples are drawn (the same in every panel) */
    public Rectangle plotArea() {
        return parts().panels().plotArea();
    }

    /**
     * Draws the current view, axes included, at a chosen plot size, on the UI thread.
     *
     * @param width plot width in pixels
     * @param height plot height in pixels
     * @return the picture
     */
    public ImageData snapshot(int width, int height) {
        return parts().panels().first().canvas().snapshot(width, height);
    }

    /** @return the canvas of the leftmost panel shown (the only one unless panels are compared) */
    public Canvas canvas() {
        return parts().panels().first().canvas().control();
    }

    /** @return the text under the plot that describes the sample under the pointer */
    public String readoutText() {
        return parts().readout().readoutText();
    }
}
