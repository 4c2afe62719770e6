package org.seislens.ui.internal.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
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
import org.seislens.ui.internal.render.ColourMaps;
import org.seislens.ui.internal.render.DisplaySettings;
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
        assertEquals(1000, Ui.call(() -> colourBar(PanelKind.RAW).saturation()), 1e-3);
        assertEquals(100, Ui.call(() -> colourBar(PanelKind.PROCESSED).saturation()), 1e-3);
        assertEquals(100, Ui.call(() -> colourBar(PanelKind.DIFFERENCE).saturation()), 1e-3,
                "the difference is drawn on the processed scale, not its own (900)");

        // Pixels: a +1000 stripe is white raw, white processed (+100 at clip 100) and black in the difference.
        Rectangle plot = Ui.call(view::plotArea);
        int x = plot.x + 10; // trace 0 or so: +1000
        int y = plot.y + plot.height / 2;
        assertEquals(new RGB(255, 255, 255), pixel(PanelKind.RAW, x, y));
        assertEquals(new RGB(255, 255, 255), pixel(PanelKind.PROCESSED, x, y));
        assertEquals(new RGB(0, 0, 0), pixel(PanelKind.DIFFERENCE, x, y));
    }

    private ColourBar colourBar(PanelKind kind) {
        return view.parts().panels().panel(kind).colourBar();
    }

    private RGB pixel(PanelKind kind, int x, int y) {
        ImageData image = Screenshots.capture(Ui.call(() -> view.canvas(kind)));
        return Screenshots.rgb(image, x, y);
    }

    @Test
    void theHeaderCurveStripIsDrawnAboveEachPanelsPlot() {
        Canvas strip = Ui.call(() -> view.parts().curveStrip().control());
        RGB background = Ui.call(() -> strip.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND).getRGB());
        Ui.run(strip::update);
        ImageData shot = Screenshots.capture(strip);
        int y = shot.height / 2;
        List<PanelKind> shown = Ui.call(view::panels);
        for (PanelKind kind : shown) {
            // The plot's left edge, from where the panel's canvas lies on the screen.
            int left = Ui.call(() -> view.canvas(kind).toDisplay(view.plotArea().x, 0).x - strip.toDisplay(0, 0).x);
            assertTrue(left > 0 && left < shot.width, kind + " plot at " + left);
            assertNotEquals(background, Screenshots.rgb(shot, left + 3, y), kind + ": the curve's plot above it");
            if (kind != shown.get(0)) {
                assertEquals(background, Screenshots.rgb(shot, left - 3, y), kind + ": nothing above its axis");
            }
        }
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
        pointAt(PanelKind.PROCESSED, 10);
        String readout = Ui.call(view::readoutText);
        assertTrue(readout.contains("trace 10 ") && readout.contains("raw 1000.00")
                && readout.contains("processed 100.000") && readout.contains("difference -900.000"), readout);
        pointAt(PanelKind.DIFFERENCE, 275); // stripe 5: -1000
        readout = Ui.call(view::readoutText);
        assertTrue(readout.contains("trace 275 ") && readout.contains("raw -1000.00")
                && readout.contains("processed -100.000") && readout.contains("difference 900.000"), readout);
    }

    /** Moves the pointer over the middle of a trace, half way down, in one panel. */
    private void pointAt(PanelKind kind, long trace) {
        Ui.run(() -> {
            Rectangle plot = view.plotArea();
            Viewport v = view.controller().viewport();
            Event e = new Event();
            e.x = plot.x + (int) Math.floor(v.xOf(trace + 0.5));
            e.y = plot.y + plot.height / 2;
            view.canvas(kind).notifyListeners(SWT.MouseMove, e);
        });
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

    @Test
    void theViewMenusCompareCommandChoosesThePanels() {
        Ui.run(() -> {
            ICommandService commands = view.getSite().getService(ICommandService.class);
            IHandlerService handlers = view.getSite().getService(IHandlerService.class);
            try {
                handlers.executeCommand(ParameterizedCommand.generateCommand(
                        commands.getCommand("org.seislens.ui.commands.compareMode"),
                        Map.of("org.seislens.ui.commands.value", "RAW_PROCESSED")), null);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        Ui.waitUntil("two panels are drawn", () -> view.isSettled()
                && view.panels().equals(List.of(PanelKind.RAW, PanelKind.PROCESSED)));
        assertEquals(Messages.Compare_rawProcessed, Ui.call(() -> view.parts().toolbar().compare().getText()),
                "the toolbar follows the menu");
    }

    /**
     * Writes the screenshot of compare mode on a real survey, when asked with {@code -Dseislens.demoDataset=<dir>}
     * and {@code -Dseislens.screenshot=<png>} (through {@code seislens.testVmArgs}): the first shot gather with
     * {@code agc 500 ms + bandpass 5-10-60-80}, the pointer on a trace so that the readout and the linked cursor
     * show. Skipped otherwise: the demo survey is 1.25 GB and lives outside the repository.
     */
    @Test
    void drawsCompareModeOnTheDemoSurveyForTheScreenshot() throws Exception {
        String demo = System.getProperty("seislens.demoDataset");
        String png = System.getProperty("seislens.screenshot");
        assumeTrue(demo != null && png != null, "-Dseislens.demoDataset and -Dseislens.screenshot not given");
        Job open = Ui.call(() -> view.open(Path.of(demo)));
        assertTrue(open.join(60_000, null));
        assertTrue(open.getResult().isOK(), open.getResult().toString());
        Ui.waitUntil("the first gather is shown", () -> view.ensemble() != null && view.isSettled());
        ProcessingChain chain = new ProcessingChain(List.of(new ProcessingStep("agc", true, Map.of("window_ms", 500.0)),
                new ProcessingStep("bandpass", true, Map.of("f1", 5.0, "f2", 10.0, "f3", 60.0, "f4", 80.0))));
        org.eclipse.swt.graphics.Point size = Ui.call(
                () -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell().getSize());
        try {
            Ui.run(() -> {
                try {
                    view.setChain(chain);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
                view.settings().setDisplay(DisplaySettings.DEFAULT.withColourMap(ColourMaps.SEISMIC));
                view.settings().setCompareMode(CompareMode.RAW_PROCESSED_DIFFERENCE);
                PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell().setSize(1040, 600);
            });
            Ui.waitUntil("three panels are drawn", () -> view.isSettled() && view.panels().size() == 3,
                    java.time.Duration.ofSeconds(120));
            pointAt(PanelKind.PROCESSED, 180);
            Ui.run(() -> view.highlight(180));
            Ui.waitUntil("the pick is drawn", view::isSettled);
            assertTrue(Ui.call(view::readoutText).contains("difference"), Ui.call(view::readoutText));
            for (PanelKind kind : PanelKind.values()) {
                assertTrue(Ui.call(() -> view.parts().panels().panel(kind).colourBar().saturation()) > 0,
                        kind + " has a colour bar");
            }
            ImageData shot = Screenshots.capture(Ui.call(() -> view.parts().toolbar().control().getParent()));
            Files.createDirectories(Path.of(png).toAbsolutePath().getParent());
            Screenshots.savePng(indexed(shot), Path.of(png));
            System.out.printf("Compare mode screenshot: %s (%d x %d, %d bytes)%n", png, shot.width, shot.height,
                    Files.size(Path.of(png)));
            reportEditToScreen(chain);
        } finally {
            Ui.run(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell().setSize(size));
        }
    }

    /**
     * Reports (does not assert) what compare mode costs: the time from a chain edit (another AGC window each
     * time) to the new pictures on screen, one processed panel against three panels, alternated.
     */
    private void reportEditToScreen(ProcessingChain chain) {
        List<CompareMode> modes = List.of(CompareMode.PROCESSED, CompareMode.RAW_PROCESSED_DIFFERENCE);
        long[][] times = new long[2][15];
        for (int round = 0; round < 5; round++) {
            for (int m = 0; m < 2; m++) {
                CompareMode mode = modes.get(m);
                Ui.run(() -> view.settings().setCompareMode(mode));
                Ui.waitUntil("the mode is drawn", view::isSettled, java.time.Duration.ofSeconds(120));
                for (int i = 0; i < 3; i++) {
                    // a window not used before: nothing processed is served from the cache
                    double window = 300 + 100 * m + 10 * round + i;
                    ProcessingChain edited = new ProcessingChain(List.of(
                            new ProcessingStep("agc", true, Map.of("window_ms", window)), chain.steps().get(1)));
                    long start = System.nanoTime();
                    Ui.run(() -> {
                        try {
                            view.setChain(edited);
                        } catch (Exception e) {
                            throw new AssertionError(e);
                        }
                    });
                    while (!Ui.call(view::isSettled)) {
                        Thread.onSpinWait();
                    }
                    times[m][round * 3 + i] = System.nanoTime() - start;
                }
            }
        }
        for (int m = 0; m < 2; m++) {
            java.util.Arrays.sort(times[m]);
            System.out.printf("Compare mode: chain edit to %s on screen (%s), 15 edits: min %.1f ms, median %.1f ms, "
                    + "max %.1f ms%n", modes.get(m), Ui.call(view::displayedWindow).bounds(), times[m][0] / 1e6,
                    times[m][7] / 1e6, times[m][14] / 1e6);
        }
    }

    /** The picture with its 256 most frequent colours, each other pixel as the nearest of them: a smaller PNG. */
    private static ImageData indexed(ImageData image) {
        Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int y = 0; y < image.height; y++) {
            for (int x = 0; x < image.width; x++) {
                counts.merge(rgb(image, x, y), 1, Integer::sum);
            }
        }
        List<Integer> common = counts.entrySet().stream().sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
                .limit(256).map(Map.Entry::getKey).toList();
        RGB[] colours = common.stream().map(c -> new RGB(c >> 16 & 0xFF, c >> 8 & 0xFF, c & 0xFF)).toArray(RGB[]::new);
        ImageData out = new ImageData(image.width, image.height, 8, new org.eclipse.swt.graphics.PaletteData(colours));
        Map<Integer, Integer> nearest = new java.util.HashMap<>();
        for (int y = 0; y < image.height; y++) {
            for (int x = 0; x < image.width; x++) {
                out.setPixel(x, y, nearest.computeIfAbsent(rgb(image, x, y), c -> {
                    int best = 0;
                    long bestDistance = Long.MAX_VALUE;
                    for (int i = 0; i < colours.length; i++) {
                        long dr = (c >> 16 & 0xFF) - colours[i].red;
                        long dg = (c >> 8 & 0xFF) - colours[i].green;
                        long db = (c & 0xFF) - colours[i].blue;
                        long d = dr * dr + dg * dg + db * db;
                        if (d < bestDistance) {
                            bestDistance = d;
                            best = i;
                        }
                    }
                    return best;
                }));
            }
        }
        return out;
    }

    private static int rgb(ImageData image, int x, int y) {
        RGB c = Screenshots.rgb(image, x, y);
        return c.red << 16 | c.green << 8 | c.blue;
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
