package org.seislens.ui.internal.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;
import org.seislens.test.support.Input;
import org.seislens.test.support.Screenshots;
import org.seislens.test.support.Ui;
import org.seislens.ui.internal.render.ClipMode;
import org.seislens.ui.internal.render.ColourMaps;
import org.seislens.ui.internal.render.DisplayMode;
import org.seislens.ui.internal.render.DisplaySettings;
import org.seislens.ui.internal.render.Viewport;

/**
 * Drives the seismic viewer in the running SeisLens workbench with real input events, on a dataset
 * imported from a generated SEG-Y file of constant stripes: traces {@code t} with {@code (t / 50) % 2 == 0}
 * hold +1000, the others -1000.
 */
class SeismicViewerViewTest {

    private static final int TRACES = 4000;
    private static final int SAMPLES = 1500;
    private static final float AMPLITUDE = StripeSurvey.AMPLITUDE;

    @TempDir
    static Path dir;
    private static Path dataset;

    private SeismicViewerView view;
    private Canvas canvas;

    @BeforeAll
    static void importStripes() throws Exception {
        dataset = StripeSurvey.importInto(dir, TRACES, SAMPLES);
    }

    private static float stripe(long trace) {
        return StripeSurvey.stripe(trace);
    }

    @BeforeEach
    void openViewer() throws Exception {
        view = StripeSurvey.showViewer();
        canvas = Ui.call(view::canvas);
        StripeSurvey.open(view, dataset);
    }

    @AfterEach
    void restore() {
        Ui.run(() -> view.parts().loader().setWindowReader(WindowReader.DIRECT));
    }

    private WindowBounds expectedRequest() {
        return Ui.call(() -> LoadPolicy.DEFAULT.request(view.controller().visibleWindow(), 0, TRACES, SAMPLES));
    }

    /** Zooms to one pixel per trace and sample with the '1' key, then waits for the new window. */
    private void oneToOne() {
        Input.key(canvas, '1');
        Ui.waitUntil("1:1 is shown", () -> view.isSettled() && view.controller().viewport().pixelsPerTrace() == 1);
    }

    @Test
    void loadsTheVisibleWindowWithTenPercentPadding() {
        assertEquals(new WindowBounds(0, TRACES, 0, SAMPLES), Ui.call(() -> view.controller().loaded()),
                "the whole dataset fits in the view at first");
        oneToOne();
        WindowBounds visible = Ui.call(() -> view.controller().visibleWindow());
        WindowBounds loaded = Ui.call(() -> view.controller().loaded());
        assertTrue(visible.traceCount() < TRACES / 2, "zoomed in: " + visible);
        assertEquals(expectedRequest(), loaded);
        assertEquals(visible.traceStart() - (long) Math.ceil(visible.traceCount() * 0.1), loaded.traceStart());
        assertEquals(visible.traceEnd() + (long) Math.ceil(visible.traceCount() * 0.1), loaded.traceEnd());
        assertTrue(Ui.call(() -> view.parts().readout().cacheText())
                .matches("Cache: \\d+ entries, .* MB, hit rate \\d+ %"),
                Ui.call(() -> view.parts().readout().cacheText()));
    }

    @Test
    void smallPanLoadsNothingAndALargePanLoadsOnce() {
        oneToOne();
        int started = Ui.call(() -> view.parts().loader().loadsStarted());
        WindowBounds loaded = Ui.call(() -> view.controller().loaded());
        double trace0 = Ui.call(() -> view.controller().viewport().trace0());
        int width = Ui.call(() -> view.controller().viewport().width());
        // A posted pointer drag did not reach the canvas's pan under Xvfb in this harness (to be looked
        // into); the arrow key pans by 5 % of the view through the same controller path.
        Input.key(canvas, SWT.ARROW_RIGHT);
        Ui.waitUntil("the pan is drawn", view::isSettled);
        assertEquals(trace0 + 0.05 * width, Ui.call(() -> view.controller().viewport().trace0()), 1e-9,
                "the view panned by 5 %");
        assertEquals(started, Ui.call(() -> view.parts().loader().loadsStarted()), "a small pan needs no load");
        assertEquals(loaded, Ui.call(() -> view.controller().loaded()));

        Input.key(canvas, SWT.PAGE_DOWN); // one view to the right
        Ui.waitUntil("the large pan is loaded", view::isSettled);
        assertEquals(started + 1, Ui.call(() -> view.parts().loader().loadsStarted()), "a large pan loads once");
        assertEquals(expectedRequest(), Ui.call(() -> view.controller().loaded()));
        assertTrue(Ui.call(() -> view.controller().viewport().trace0()) > trace0 + 400);
    }

    @Test
    void aLargePanReadsIntoTheArrayOfAWindowNoLongerShown() {
        oneToOne();
        WindowData first = Ui.call(() -> view.window(PanelKind.RAW));
        Input.key(canvas, SWT.PAGE_DOWN);
        Ui.waitUntil("the pan is loaded and the first window's array waits", () -> view.isSettled()
                && !view.controller().loaded().equals(first.bounds()) && view.parts().loader().arrays().idle() == 1);
        WindowData second = Ui.call(() -> view.window(PanelKind.RAW));
        assertStripes(second);
        Input.key(canvas, SWT.PAGE_UP);
        Ui.waitUntil("the pan back is loaded",
                () -> view.isSettled() && !view.controller().loaded().equals(second.bounds()));
        WindowData again = Ui.call(() -> view.window(PanelKind.RAW));
        // A window of the first one's size (the page to the right may have been cut at the survey's end).
        assertSame(first.samples(), again.samples(), "read into the array of the window shown first");
        assertStripes(again);
        Ui.waitUntil("the shown window's array is in use and the one before waits",
                () -> view.parts().loader().arrays().inUse() == 1 && view.parts().loader().arrays().idle() == 1);
    }

    private static void assertStripes(WindowData window) {
        WindowBounds b = window.bounds();
        for (long t = b.traceStart(); t < b.traceEnd(); t++) {
            for (int s = b.sampleStart(); s < b.sampleEnd(); s += 7) {
                if (window.value(t, s) != StripeSurvey.stripe(t)) {
                    assertEquals(StripeSurvey.stripe(t), window.value(t, s), "trace " + t + " sample " + s);
                }
            }
        }
    }

    @Test
    void aNewerLoadCancelsAStaleOne() throws Exception {
        oneToOne();
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        AtomicInteger heldBack = new AtomicInteger();
        AtomicInteger sawCancel = new AtomicInteger();
        Ui.run(() -> view.parts().loader().setWindowReader((d, bounds, destination, monitor) -> {
            if (first.getAndSet(false)) {
                heldBack.incrementAndGet();
                // Hold this load until the viewer cancels it (or the test gives up on it).
                while (!monitor.isCanceled()) {
                    try {
                        if (release.await(20, TimeUnit.MILLISECONDS)) {
                            break;
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
                if (monitor.isCanceled()) {
                    sawCancel.incrementAndGet();
                    throw new OperationCanceledException();
                }
            }
            d.readWindow(bounds, destination, monitor);
        }));
        int started = Ui.call(() -> view.parts().loader().loadsStarted());
        int applied = Ui.call(() -> view.parts().loader().loadsApplied());
        int cancelled = Ui.call(() -> view.parts().loader().loadsCancelled());
        Input.key(canvas, SWT.PAGE_DOWN);
        Ui.waitUntil("the first load is held back", () -> heldBack.get() == 1);
        WindowBounds stale = Ui.call(() -> view.controller().pending().bounds());
        Input.key(canvas, SWT.HOME);
        try {
            Ui.waitUntil("the stale load is cancelled and the newer one shown",
                    () -> view.parts().loader().loadsCancelled() == cancelled + 1 && view.isSettled());
        } finally {
            release.countDown();
        }
        assertEquals(1, sawCancel.get(), "the held-back load saw its monitor cancelled");
        assertEquals(started + 2, Ui.call(() -> view.parts().loader().loadsStarted()));
        assertEquals(applied + 1, Ui.call(() -> view.parts().loader().loadsApplied()), "only the newer load is shown");
        WindowBounds loaded = Ui.call(() -> view.controller().loaded());
        assertEquals(expectedRequest(), loaded);
        assertTrue(!loaded.equals(stale), "the stale window is not shown");
        assertEquals(0, loaded.traceStart(), "Home shows the first traces");
    }

    @Test
    void stripesHaveTheColoursOfTheMapEnds() throws Exception {
        oneToOne();
        for (ColourMaps map : new ColourMaps[] { ColourMaps.GREY, ColourMaps.SEISMIC }) {
            Ui.run(() -> view.settings().setDisplay(
                    DisplaySettings.DEFAULT.withColourMap(map).withClip(ClipMode.ABSOLUTE, AMPLITUDE)));
            Ui.waitUntil("the new colours are drawn", view::isSettled);
            Rectangle plot = Ui.call(view::plotArea);
            Viewport v = Ui.call(() -> view.controller().viewport());
            long first = (long) Math.ceil(v.trace0()) + 2;
            int firstX = plot.x + (int) v.xOf(first + 0.5);
            int firstExpected = map.map().rgb(stripe(first) > 0 ? 255 : 0);
            // The window system may show the new frame a little after the view has drawn it.
            Ui.waitUntil("the screen shows the " + map + " frame", () -> {
                RGB c = Screenshots.rgb(Screenshots.capture(canvas), firstX, plot.y + plot.height / 2);
                return (c.red << 16 | c.green << 8 | c.blue) == firstExpected;
            });
            ImageData pixels = Screenshots.capture(canvas);
            int y = plot.y + plot.height / 2;
            int checked = 0;
            for (long t = (long) Math.ceil(v.trace0()) + 2; v.xOf(t + 1) < plot.width - 2; t += 25) {
                if (t % 50 == 0 || t % 50 == 49) {
                    continue; // stay off stripe edges
                }
                int x = plot.x + (int) v.xOf(t + 0.5);
                int expected = map.map().rgb(stripe(t) > 0 ? 255 : 0);
                RGB c = Screenshots.rgb(pixels, x, y);
                if ((c.red << 16 | c.green << 8 | c.blue) != expected) {
                    Screenshots.savePng(pixels, dir.resolve("stripes-" + map + ".png"));
                }
                assertEquals(expected, c.red << 16 | c.green << 8 | c.blue, map + " at trace " + t + ", x " + x);
                checked++;
            }
            assertTrue(checked > 10, "checked " + checked + " traces");
        }
    }

    @Test
    void wiggleModeAndTheReadout() throws Exception {
        oneToOne();
        Input.key(canvas, SWT.END);
        Ui.waitUntil("the end is shown", view::isSettled);
        // zoom in with a rubber band: shift-drag is not posted by Input, so zoom by the controller's keys
        for (int i = 0; i < 8; i++) {
            Input.key(canvas, '=');
        }
        Ui.waitUntil("zoomed in", () -> view.isSettled() && view.controller().viewport().pixelsPerTrace() > 5);
        Ui.run(() -> view.settings().setDisplay(DisplaySettings.DEFAULT.withMode(DisplayMode.WIGGLE_VARIABLE_AREA)
                .withClip(ClipMode.ABSOLUTE, AMPLITUDE)));
        Ui.waitUntil("wiggles are drawn", view::isSettled);
        Rectangle plot = Ui.call(view::plotArea);
        Viewport v = Ui.call(() -> view.controller().viewport());
        long t = (long) Math.ceil(v.traceAt(plot.width / 2.0));
        while (stripe(t) < 0 || t % 50 == 49) {
            t++;
        }
        long trace = t;
        int y = plot.y + plot.height / 2;
        int baseline = plot.x + (int) Math.ceil(v.xOf(trace + 0.5));
        // The window system may show the new frame a little after the view has drawn it: the variable
        // density frame before it is white there, the wiggle frame black (the positive lobe filled).
        Ui.waitUntil("the positive lobe of trace " + trace + " is filled on screen",
                () -> new RGB(0, 0, 0).equals(Screenshots.rgb(Screenshots.capture(canvas), baseline + 1, y)));
        ImageData pixels = Screenshots.capture(canvas);
        Screenshots.savePng(pixels, dir.resolve("wiggle.png"));
        assertEquals(new RGB(0, 0, 0), Screenshots.rgb(pixels, baseline + 1, y));
        // Posted pointer events landed off the canvas under Xvfb in some runs, so the move is notified.
        int px = baseline + 1;
        Ui.run(() -> {
            org.eclipse.swt.widgets.Event move = new org.eclipse.swt.widgets.Event();
            move.x = px;
            move.y = y;
            canvas.notifyListeners(SWT.MouseMove, move);
        });
        String readout = Ui.call(view::readoutText);
        assertTrue(readout.contains("trace " + trace), readout);
        assertTrue(readout.contains("field_record " + (1 + trace / 100)), readout);
        assertTrue(readout.contains("amplitude 1000.00"), readout);
    }
}
