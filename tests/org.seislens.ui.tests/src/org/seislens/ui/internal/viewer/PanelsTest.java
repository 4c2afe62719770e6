package org.seislens.ui.internal.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetService;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingService;
import org.seislens.core.ProcessingStep;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;
import org.seislens.test.support.Screenshots;
import org.seislens.test.support.Ui;
import org.seislens.ui.internal.Services;
import org.seislens.ui.internal.render.Viewport;

/**
 * Compare mode in the running workbench, on the stripe survey (500 traces of +1000 or -1000, 1500 samples)
 * with the chain {@code scale 0.1}: the raw, processed and difference panels show exactly the windows read
 * through the dataset and processing services and their difference, the difference is drawn on the processed
 * panel's scale, zoom and pan in any panel move all of them, and the readout gives the three amplitudes.
 */
class PanelsTest {

    private static final int TRACES = 500;
    private static final int SAMPLES = 1500;
    private static final ProcessingChain SCALE = new ProcessingChain(
            List.of(new ProcessingStep("scale", true, Map.of("factor", 0.1))));

    @TempDir
    static Path dir;
    private static Path dataset;

    private SeismicViewerView view;

    @BeforeAll
    static void importStripes() throws Exception {
        dataset = StripeSurvey.importInto(dir, TRACES, SAMPLES);
    }

    @BeforeEach
    void compare() throws Exception {
        view = StripeSurvey.showViewer();
        StripeSurvey.open(view, dataset);
        Ui.run(() -> {
            try {
                view.setChain(SCALE);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            view.settings().setCompareMode(CompareMode.RAW_PROCESSED_DIFFERENCE);
        });
        Ui.waitUntil("three panels are drawn", () -> view.isSettled() && view.panels().size() == 3);
    }

    @AfterEach
    void single() {
        Ui.run(() -> {
            view.settings().setCompareMode(CompareMode.PROCESSED);
            try {
                view.setChain(null);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        Ui.waitUntil("one panel is drawn", () -> view.isSettled() && view.panels().size() == 1);
    }

    @Test
    void theThreePanelsShowTheServicesWindowsAndTheirDifference() throws Exception {
        assertEquals(List.of(PanelKind.RAW, PanelKind.PROCESSED, PanelKind.DIFFERENCE), Ui.call(view::panels));
        WindowData raw = Ui.call(() -> view.window(PanelKind.RAW));
        WindowData processed = Ui.call(() -> view.window(PanelKind.PROCESSED));
        WindowData difference = Ui.call(() -> view.window(PanelKind.DIFFERENCE));
        assertNotNull(raw);
        assertNotNull(processed);
        assertNotNull(difference);
        WindowBounds bounds = raw.bounds();
        assertEquals(new WindowBounds(0, TRACES, 0, SAMPLES), bounds, "the fitted view loads everything");
        assertEquals(bounds, processed.bounds());
        assertEquals(bounds, difference.bounds());
        try (Dataset stored = Services.require(DatasetService.class).open(dataset, new NullProgressMonitor())) {
            float[] expectedRaw = stored.window(bounds, new NullProgressMonitor()).samples();
            float[] expectedProcessed;
            try (Dataset scaled = Services.require(ProcessingService.class).open(stored, SCALE)) {
                expectedProcessed = scaled.window(bounds, new NullProgressMonitor()).samples();
            }
            float[] expectedDifference = new float[expectedRaw.length];
            for (int i = 0; i < expectedRaw.length; i++) {
                expectedDifference[i] = expectedProcessed[i] - expectedRaw[i];
            }
            assertArrayEquals(expectedRaw, raw.samples());
            assertArrayEquals(expectedProcessed, processed.samples());
            assertArrayEquals(expectedDifference, difference.samples());
        }
        assertEquals(-900f, difference.value(0, 10), 1e-3f, "processed 100 minus raw 1000");

        // Each panel's clip: raw and processed their own 99th percentile, the difference the processed one.
        assertEquals(1000, Ui.call(() -> view.colourBar(PanelKind.RAW).saturation()), 1e-3);
        assertEquals(100, Ui.call(() -> view.colourBar(PanelKind.PROCESSED).saturation()), 1e-3);
        assertEquals(100, Ui.call(() -> view.colourBar(PanelKind.DIFFERENCE).saturation()), 1e-3,
                "the difference is drawn on the processed scale, not its own (900)");

        // Pixels: a +1000 stripe is white raw, white processed (+100 at clip 100) and black in the difference.
        Rectangle plot = Ui.call(view::plotArea);
        int x = plot.x + 10; // trace 0 or so: +1000
        int y = plot.y + plot.height / 2;
        assertEquals(new RGB(255, 255, 255), pixel(PanelKind.RAW, x, y));
        assertEquals(new RGB(255, 255, 255), pixel(PanelKind.PROCESSED, x, y));
        assertEquals(new RGB(0, 0, 0), pixel(PanelKind.DIFFERENCE, x, y));
    }

    private RGB pixel(PanelKind kind, int x, int y) {
        ImageData image = Screenshots.capture(Ui.call(() -> view.canvas(kind)));
        return Screenshots.rgb(image, x, y);
    }

    @Test
    void zoomAndPanInOnePanelMoveAllAndEveryPanelIsRedrawn() {
        Canvas difference = Ui.call(() -> view.canvas(PanelKind.DIFFERENCE));
        key(difference, '1', 0);
        Ui.waitUntil("1:1 is drawn in every panel",
                () -> view.isSettled() && view.controller().viewport().pixelsPerTrace() == 1);
        key(Ui.call(() -> view.canvas(PanelKind.RAW)), (char) 0, SWT.ARROW_RIGHT);
        Ui.waitUntil("the pan is drawn in every panel", view::isSettled);
        Viewport v = Ui.call(() -> view.controller().viewport());
        assertTrue(v.trace0() > 0, "the raw panel's arrow key panned: " + v);
        // The first boundary between stripes (every 50 traces) in view: the same column in every panel.
        long boundary = ((long) Math.floor(v.trace0()) / 50 + 1) * 50;
        Rectangle plot = Ui.call(view::plotArea);
        int y = plot.y + plot.height / 2;
        int expected = plot.x + (int) Math.round(v.xOf(boundary));
        for (PanelKind kind : PanelKind.values()) {
            ImageData image = Screenshots.capture(Ui.call(() -> view.canvas(kind)));
            int edge = -1;
            for (int x = plot.x + 1; x < plot.x + plot.width && edge < 0; x++) {
                if (!Screenshots.rgb(image, x, y).equals(Screenshots.rgb(image, plot.x, y))) {
                    edge = x;
                }
            }
            assertEquals(expected, edge, 1, kind + ": the stripe edge where the shared viewport puts trace " + boundary);
        }
    }

    @Test
    void theReadoutGivesTheThreeAmplitudesWhicheverPanelThePointerIsIn() {
        Rectangle plot = Ui.call(view::plotArea);
        Ui.run(() -> {
            Event e = new Event();
            e.x = plot.x + 5;
            e.y = plot.y + plot.height / 2;
            view.canvas(PanelKind.PROCESSED).notifyListeners(SWT.MouseMove, e);
        });
        String readout = Ui.call(view::readoutText);
        assertTrue(readout.contains("raw 1000.00") && readout.contains("processed 100.000")
                && readout.contains("difference -900.000"), readout);
        String before = readout;
        Ui.run(() -> {
            Event e = new Event();
            e.x = plot.x + plot.width / 2; // trace 250: stripe 5, -1000
            e.y = plot.y + plot.height / 2;
            view.canvas(PanelKind.DIFFERENCE).notifyListeners(SWT.MouseMove, e);
        });
        readout = Ui.call(view::readoutText);
        assertNotEquals(before, readout);
        assertTrue(readout.contains("raw -1000.00") && readout.contains("difference 900.000"), readout);
    }

    @Test
    void aSinglePanelModeReadsOnlyWhatItShows() {
        Ui.run(() -> view.settings().setCompareMode(CompareMode.RAW));
        Ui.waitUntil("the raw panel alone is drawn", () -> view.isSettled() && view.panels().size() == 1);
        assertEquals(List.of(PanelKind.RAW), Ui.call(view::panels));
        assertEquals(StripeSurvey.AMPLITUDE, Ui.call(() -> view.window(PanelKind.RAW)).value(0, 0));
        assertEquals(null, Ui.call(() -> view.window(PanelKind.DIFFERENCE)), "nothing is read for hidden panels");
        Ui.run(() -> view.settings().setCompareMode(CompareMode.PROCESSED));
        Ui.waitUntil("the processed panel alone is drawn", () -> view.isSettled()
                && view.panels().equals(List.of(PanelKind.PROCESSED)));
        assertEquals(100f, Ui.call(view::displayedWindow).value(0, 0), 1e-3f);
        assertEquals(null, Ui.call(() -> view.window(PanelKind.RAW)));
    }

    private static void key(Canvas canvas, char character, int keyCode) {
        Ui.run(() -> {
            Event e = new Event();
            e.character = character;
            e.keyCode = keyCode;
            canvas.notifyListeners(SWT.KeyDown, e);
        });
    }
}
