package org.seislens.ui.internal.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.test.support.Ui;
import org.seislens.ui.internal.render.Viewport;

/**
 * Pointer gestures on the viewer's canvas, notified to its listeners (posted pointer events are unreliable
 * under Xvfb): a drag with the first button pans by the dragged pixels; a drag with Shift held zooms to the
 * dragged rectangle; other buttons do nothing.
 */
class ViewerGestureTest {

    private static final int TRACES = 4000;
    private static final int SAMPLES = 1500;

    @TempDir
    static Path dir;
    private static Path dataset;

    private SeismicViewerView view;

    @BeforeAll
    static void importStripes() throws Exception {
        dataset = StripeSurvey.importInto(dir, TRACES, SAMPLES);
    }

    @BeforeEach
    void openViewer() throws Exception {
        view = StripeSurvey.showViewer();
        StripeSurvey.open(view, dataset);
    }

    private void mouse(int type, int x, int y, int button, int stateMask) {
        Ui.run(() -> {
            Event e = new Event();
            e.x = x;
            e.y = y;
            e.button = button;
            e.stateMask = stateMask;
            view.canvas().notifyListeners(type, e);
        });
    }

    private Viewport viewport() {
        return Ui.call(() -> view.controller().viewport());
    }

    /** Zooms to 1:1 and then in by 1.25 twice, so that pixels and traces differ and the view can pan anywhere. */
    private void zoomIn() {
        Ui.run(view::zoomOneToOne);
        for (int i = 0; i < 2; i++) {
            Ui.run(() -> {
                Event key = new Event();
                key.character = '=';
                view.canvas().notifyListeners(SWT.KeyDown, key);
            });
        }
        Ui.waitUntil("zoomed in", () -> view.isSettled());
        assertEquals(1.5625, viewport().pixelsPerTrace(), 1e-9);
    }

    @Test
    void dragWithTheFirstButtonPansByTheDraggedAmount() {
        zoomIn();
        Rectangle plot = Ui.call(view::plotArea);
        Viewport before = viewport();
        int x0 = plot.x + plot.width / 2;
        int y0 = plot.y + plot.height / 2;
        mouse(SWT.MouseDown, x0, y0, 1, 0);
        mouse(SWT.MouseMove, x0 - 60, y0 - 20, 0, SWT.BUTTON1);
        Viewport during = viewport();
        assertEquals(before.trace0() + 60 / before.pixelsPerTrace(), during.trace0(), 1e-9,
                "the content follows the pointer while dragging");
        mouse(SWT.MouseMove, x0 - 150, y0 - 40, 0, SWT.BUTTON1);
        // the release comes 20 and 5 pixels further: the window system may fold the last motion into it
        mouse(SWT.MouseUp, x0 - 170, y0 - 45, 1, SWT.BUTTON1);
        Viewport after = viewport();
        assertEquals(before.trace0() + 170 / before.pixelsPerTrace(), after.trace0(), 1e-9,
                "dragging 170 pixels left shows traces 170 pixels' worth later");
        assertEquals(before.sample0() + 45 / before.pixelsPerSample(), after.sample0(), 1e-9,
                "dragging 45 pixels up shows samples 45 pixels' worth later");
        assertEquals(before.pixelsPerTrace(), after.pixelsPerTrace(), "a pan keeps the scale");
        assertEquals(before.pixelsPerSample(), after.pixelsPerSample());

        mouse(SWT.MouseMove, x0, y0, 0, 0);
        assertEquals(after, viewport(), "moving after the release does not pan");
        Ui.waitUntil("the panned view is drawn", () -> view.isSettled());
        assertEquals(after, viewport());
    }

    @Test
    void dragWithAnotherButtonDoesNothing() {
        zoomIn();
        Rectangle plot = Ui.call(view::plotArea);
        Viewport before = viewport();
        int x0 = plot.x + plot.width / 2;
        int y0 = plot.y + plot.height / 2;
        mouse(SWT.MouseDown, x0, y0, 3, 0);
        mouse(SWT.MouseMove, x0 - 100, y0 - 100, 0, SWT.BUTTON3);
        mouse(SWT.MouseUp, x0 - 100, y0 - 100, 3, SWT.BUTTON3);
        assertEquals(before, viewport());
    }

    @Test
    void shiftDragZoomsToTheDraggedRectangle() {
        Rectangle plot = Ui.call(view::plotArea);
        Viewport before = viewport();
        assertTrue(before.pixelsPerTrace() < 1, "the whole survey is shown at first: " + before);
        // from (200, 100) to (500, 300) in plot pixels, dragged up-left to down-right
        int x0 = plot.x + 200;
        int y0 = plot.y + 100;
        int x1 = plot.x + 500;
        int y1 = plot.y + 300;
        mouse(SWT.MouseDown, x0, y0, 1, SWT.SHIFT);
        mouse(SWT.MouseMove, x0 + 120, y0 + 70, 0, SWT.SHIFT | SWT.BUTTON1);
        mouse(SWT.MouseMove, x1, y1, 0, SWT.SHIFT | SWT.BUTTON1);
        assertEquals(before, viewport(), "the view stays while the band is dragged");
        mouse(SWT.MouseUp, x1, y1, 1, SWT.SHIFT | SWT.BUTTON1);
        Viewport after = viewport();

        double traceWidth = 1 / before.pixelsPerTrace(); // one pixel's worth before the zoom
        double sampleHeight = 1 / before.pixelsPerSample();
        assertEquals(before.traceAt(200), after.trace0(), traceWidth, "left edge: " + after);
        assertEquals(before.sampleAt(100), after.sample0(), sampleHeight, "top edge: " + after);
        assertEquals(before.traceAt(500), after.traceAt(plot.width), traceWidth, "right edge: " + after);
        assertEquals(before.sampleAt(300), after.sampleAt(plot.height), sampleHeight, "bottom edge: " + after);
        assertEquals(before.pixelsPerTrace() * plot.width / 300, after.pixelsPerTrace(), 1e-9);
        assertEquals(before.pixelsPerSample() * plot.height / 200, after.pixelsPerSample(), 1e-9);

        Ui.waitUntil("the zoomed view is drawn", () -> view.isSettled());
        assertEquals(after, viewport());
        assertEquals(Ui.call(() -> LoadPolicy.DEFAULT.request(view.controller().visibleWindow(), 0, TRACES,
                SAMPLES)), Ui.call(() -> view.controller().loaded()), "the zoomed window is loaded with padding");
    }
}
