package org.seislens.ui.internal.processing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.Dataset;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingService;
import org.seislens.core.ProcessingStep;
import org.seislens.core.WindowData;
import org.seislens.test.support.Screenshots;
import org.seislens.test.support.Ui;
import org.seislens.test.support.Widgets;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.Services;
import org.seislens.ui.internal.viewer.SeismicViewerView;
import org.seislens.ui.internal.viewer.StripeSurvey;
import org.seislens.ui.internal.Views;

/**
 * Drives the Processing view in the running workbench beside the seismic viewer, on the stripe survey of the
 * viewer tests (500 traces of constant +1000 or -1000, 1500 samples of 2 ms): steps added from the palette
 * and edited in their fields change what the viewer shows, and what it shows is the window the processing
 * service computes.
 */
class ProcessingViewTest {

    private static final int TRACES = 500;
    private static final int SAMPLES = 1500;

    @TempDir
    static Path dir;
    private static Path dataset;

    private SeismicViewerView viewer;
    private ProcessingView view;

    @BeforeAll
    static void importStripes() throws Exception {
        dataset = StripeSurvey.importInto(dir, TRACES, SAMPLES);
    }

    @BeforeEach
    void openViews() throws Exception {
        viewer = StripeSurvey.showViewer();
        StripeSurvey.open(viewer, dataset);
        view = Views.showBeside(viewer, SeisLensUi.VIEW_PROCESSING, ProcessingView.class);
        Ui.waitUntil("the view follows the viewer", () -> view.viewer() == viewer);
    }

    @AfterEach
    void clearChain() throws Exception {
        Ui.run(() -> {
            try {
                viewer.setChain(null);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        Ui.waitUntil("the raw samples are shown", viewer::isSettled);
    }

    private void add(String op) {
        Ui.run(() -> {
            Combo palette = Widgets.find(view.table().getParent(), Combo.class, c -> true);
            assertNotNull(palette);
            palette.select(Arrays.asList(palette.getItems()).indexOf(op));
            press(Messages.Processing_add);
        });
    }

    private void press(String label) {
        Button button = Widgets.find(view.table().getParent(), Button.class, b -> label.equals(b.getText()));
        assertNotNull(button, label);
        assertTrue(button.isEnabled(), label + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** Types into a parameter field of the selected step; returns with the viewer's new load pending. */
    private void type(String name, String text) {
        Ui.run(() -> {
            Text field = view.field(name);
            assertNotNull(field, name);
            field.setText(text);
        });
    }

    private void settle() {
        Ui.waitUntil("the viewer shows the processed window", viewer::isSettled);
    }

    private WindowData expected(ProcessingChain chain, WindowData shown) throws Exception {
        ProcessingService service = Services.require(ProcessingService.class);
        Dataset raw = Ui.call(viewer::dataset);
        Dataset processed = service.open(raw, chain);
        return processed.window(shown.bounds(), new NullProgressMonitor());
    }

    @Test
    void editingTheMuteTimeChangesThePixelsAndShowsTheServicesWindow() throws Exception {
        add("mute");
        type("velocity_m_s", "1000000");
        type("taper_ms", "0");
        type("t0_ms", "200");
        settle();
        ProcessingChain first = Ui.call(viewer::chain);
        assertEquals(List.of(new ProcessingStep("mute", true,
                Map.of("velocity_m_s", 1e6, "t0_ms", 200.0, "taper_ms", 0.0))), first.steps());
        ImageData before = capture();
        WindowData shownBefore = Ui.call(viewer::displayedWindow);
        assertArrayEquals(expected(first, shownBefore).samples(), shownBefore.samples());
        // 600 ms is sample 300: kept with t0 200 ms, muted with t0 1000 ms
        assertEquals(StripeSurvey.stripe(shownBefore.bounds().traceStart()),
                shownBefore.value(shownBefore.bounds().traceStart(), 300));

        type("t0_ms", "1000");
        settle();
        ProcessingChain second = Ui.call(viewer::chain);
        assertEquals(1000.0, second.steps().get(0).parameters().get("t0_ms"));
        WindowData shownAfter = Ui.call(viewer::displayedWindow);
        assertArrayEquals(expected(second, shownAfter).samples(), shownAfter.samples());
        assertEquals(0f, shownAfter.value(shownAfter.bounds().traceStart(), 300));
        // The picture is drawn by a job after the window is shown: capture again until it is, within seconds.
        long deadline = System.nanoTime() + 5_000_000_000L;
        int differing;
        do {
            differing = differingPixels(before, capture());
        } while (differing <= 1000 && System.nanoTime() < deadline);
        assertTrue(differing > 1000, differing + " pixels differ: the muted rows must be drawn differently");
    }

    /** The viewer's canvas as on screen, once the paints pending are done. */
    private ImageData capture() {
        return Ui.call(() -> {
            viewer.canvas().update();
            return Screenshots.capture(viewer.canvas());
        });
    }

    private static int differingPixels(ImageData a, ImageData b) {
        int count = 0;
        for (int y = 0; y < Math.min(a.height, b.height); y++) {
            for (int x = 0; x < Math.min(a.width, b.width); x++) {
                if (a.getPixel(x, y) != b.getPixel(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void invalidValuesAreNamedInlineAndUndoRedoRestoreEdits() throws Exception {
        add("scale");
        settle();
        type("factor", "2");
        settle();
        ProcessingChain scaled = Ui.call(viewer::chain);
        type("factor", "two");
        assertTrue(Ui.call(view::message).contains("factor"), Ui.call(view::message));
        assertEquals(scaled, Ui.call(viewer::chain), "a value that is not a number is not applied");
        add("bandpass");
        settle();
        type("f4", "600");
        String nyquist = Ui.call(view::message);
        assertTrue(nyquist.contains("f4") && nyquist.contains("Nyquist"), nyquist);
        assertEquals(2, Ui.call(viewer::chain).steps().size());
        assertEquals(80.0, Ui.call(viewer::chain).steps().get(1).parameters().get("f4"),
                "a corner above Nyquist is not applied");

        Ui.run(() -> press(Messages.Processing_undo));
        settle();
        assertEquals(scaled, Ui.call(viewer::chain));
        Ui.run(() -> press(Messages.Processing_redo));
        settle();
        assertEquals(List.of("scale", "bandpass"),
                Ui.call(viewer::chain).steps().stream().map(ProcessingStep::op).toList());

        Ui.run(() -> {
            view.table().setSelection(1);
            press(Messages.Processing_up);
        });
        settle();
        assertEquals(List.of("bandpass", "scale"),
                Ui.call(viewer::chain).steps().stream().map(ProcessingStep::op).toList());
        Ui.run(() -> {
            view.table().getItem(0).setChecked(false);
            Event e = new Event();
            e.detail = SWT.CHECK;
            e.item = view.table().getItem(0);
            view.table().notifyListeners(SWT.Selection, e);
        });
        settle();
        assertEquals(false, Ui.call(viewer::chain).steps().get(0).enabled());
        WindowData shown = Ui.call(viewer::displayedWindow);
        assertEquals(2 * StripeSurvey.stripe(shown.bounds().traceStart()), shown.value(shown.bounds().traceStart(), 10),
                "only the scale runs");

        Path saved = dir.resolve("chain.json");
        ChainFiles.save(Services.require(ProcessingService.class), Ui.call(viewer::chain), saved);
        assertEquals(Ui.call(viewer::chain), Services.require(ProcessingService.class).readChain(saved));
        assertTrue(Files.readString(saved).contains("bandpass"));

        Ui.run(() -> {
            view.table().setSelection(0);
            press(Messages.Processing_remove);
            view.table().setSelection(0);
            press(Messages.Processing_remove);
        });
        settle();
        assertNull(Ui.call(viewer::chain), "an empty chain shows the raw samples");
        assertNull(Ui.call(viewer::processedDataset));
    }

    /**
     * Reports (does not assert) the time from a parameter edit to the processed 500-trace window drawn:
     * AGC's window alternated between 400 and 500 ms.
     */
    @Test
    void reportsTheTimeFromAnEditToThePictureOnScreen() {
        add("agc");
        settle();
        long[] times = new long[15];
        for (int i = 0; i < times.length; i++) {
            String value = i % 2 == 0 ? "400" : "500";
            long start = System.nanoTime();
            type("window_ms", value);
            while (!Ui.call(viewer::isSettled)) {
                Thread.onSpinWait();
            }
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        WindowData shown = Ui.call(viewer::displayedWindow);
        System.out.printf("Processing view: edit to processed %d x %d window on screen, median %.1f ms, min %.1f, max %.1f%n",
                shown.bounds().traceCount(), shown.bounds().sampleCount(), times[times.length / 2] / 1e6,
                times[0] / 1e6, times[times.length - 1] / 1e6);
        assertNotEquals(0, shown.bounds().traceCount());
    }
}
