package org.seislens.ui.internal.spectrum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingStep;
import org.seislens.core.WindowBounds;
import org.seislens.test.support.Input;
import org.seislens.test.support.Screenshots;
import org.seislens.test.support.Ui;
import org.seislens.ui.internal.viewer.SeismicViewerView;
import org.seislens.ui.internal.viewer.StripeSurvey;
import org.seislens.ui.internal.Views;

/**
 * Drives the Amplitude Spectrum view in the running workbench beside the seismic viewer, on a survey of sines
 * (30 Hz everywhere, a weaker 90 Hz on the later half of each trace): the spectrum peaks at the sine, follows
 * the time range the viewer shows, and with a band-pass chain draws the processed curve and the corners.
 */
class SpectrumViewTest {

    private static final int TRACES = 300;
    private static final int SAMPLES = 2000;

    @TempDir
    static Path dir;
    private static Path dataset;

    private SeismicViewerView viewer;
    private SpectrumView view;

    @BeforeAll
    static void importSines() throws Exception {
        dataset = SineSurvey.importInto(dir, TRACES, SAMPLES);
    }

    @BeforeEach
    void openViews() throws Exception {
        viewer = StripeSurvey.showViewer();
        StripeSurvey.open(viewer, dataset);
        view = Views.showBeside(viewer, SpectrumView.ID, SpectrumView.class);
        Ui.waitUntil("the view is on screen", () -> view.chart().control().isVisible());
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

    /** Waits until the view shows the spectrum of what the viewer shows now, and returns it. */
    private SpectrumResult settled() {
        Ui.waitUntil("the spectrum of what the viewer shows is drawn", () -> {
            SpectrumResult r = view.shown();
            WindowBounds visible = viewer.controller().visibleWindow();
            // the view notices a change when the viewer repaints, which comes after the change: compare the pick
            // too, or the spectrum from before a pick would pass for its own
            return viewer.isSettled() && r != null && r.request().equals(view.wanted())
                    && r.request().picked() == (viewer.highlighted() >= 0)
                    && r.request().sampleStart() == visible.sampleStart()
                    && r.request().sampleEnd() == visible.sampleEnd();
        });
        return Ui.call(view::shown);
    }

    @Test
    void theSpectrumPeaksAtTheSineAndFollowsTheTimeRangeShown() {
        SpectrumResult whole = settled();
        assertNull(whole.processed(), "no chain: no processed curve");
        assertEquals(TRACES, whole.request().traceIndices().length, "every trace shown is averaged");
        assertEquals(0, whole.request().sampleStart());
        assertEquals(SAMPLES, whole.request().sampleEnd());
        double df = 1000 / (SAMPLES * SineSurvey.DT_MS);
        assertEquals(SineSurvey.FREQUENCY, whole.raw().peakFrequency(), df);
        double late = whole.raw().decibelsAt(SineSurvey.LATE_FREQUENCY);
        assertTrue(late > -30 && late < -6, "the weaker sine of the later half shows: " + late + " dB");
        assertEquals(1, Ui.call(() -> view.chart().control().getSeriesSet().getSeries().length));

        // One pixel per sample from the top: only the early half of the traces is shown, without the 90 Hz sine.
        Ui.run(viewer::zoomOneToOne);
        Ui.run(() -> Input.key(viewer.canvas(), SWT.HOME));
        SpectrumResult early = settled();
        assertEquals(0, early.request().sampleStart());
        assertTrue(early.request().sampleEnd() <= SAMPLES / 2, "only the early half shows: " + early.request());
        assertEquals(SineSurvey.FREQUENCY, early.raw().peakFrequency(), 1000 / (early.request().sampleEnd() * 2.0));
        assertTrue(early.raw().decibelsAt(SineSurvey.LATE_FREQUENCY) < -50,
                "no 90 Hz in the early half: " + early.raw().decibelsAt(SineSurvey.LATE_FREQUENCY) + " dB");

        Ui.run(() -> viewer.highlight(7));
        SpectrumResult picked = settled();
        assertTrue(picked.request().picked());
        assertEquals(7, picked.request().traceIndices()[0]);
        assertEquals(1, picked.request().traceIndices().length);
        Ui.run(() -> viewer.highlight(-1));
        Ui.run(viewer::zoomToFit);
    }

    @Test
    void aBandpassChainDrawsTheProcessedCurveAndTheCorners() throws Exception {
        ProcessingChain chain = new ProcessingChain(List.of(ProcessingStep.of("agc", Map.of("window_ms", 500.0)),
                ProcessingStep.of("bandpass", Map.of("f1", 5.0, "f2", 10.0, "f3", 60.0, "f4", 80.0))));
        Ui.run(() -> {
            try {
                viewer.setChain(chain);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        Ui.waitUntil("the processed spectrum is drawn", () -> {
            SpectrumResult r = view.shown();
            return r != null && r.processed() != null && viewer.isSettled() && r.request().equals(view.wanted());
        });
        SpectrumResult result = Ui.call(view::shown);
        AmplitudeSpectrum processed = result.processed();
        assertNotNull(processed);
        assertEquals(List.of(new BandpassCorners(5, 10, 60, 80)), result.corners());
        assertEquals(SineSurvey.FREQUENCY, processed.peakFrequency(), 1000 / (SAMPLES * SineSurvey.DT_MS));
        double raw90 = result.raw().decibelsAt(SineSurvey.LATE_FREQUENCY);
        double processed90 = processed.decibelsAt(SineSurvey.LATE_FREQUENCY);
        assertTrue(processed90 < raw90 - 30, "the band-pass removes 90 Hz: raw " + raw90 + ", processed " + processed90);

        List<Double> cornerLines = Ui.call(() -> {
            List<Double> xs = new ArrayList<>();
            for (ISeries<?> s : view.chart().control().getSeriesSet().getSeries()) {
                if (s.getId().startsWith(SpectrumChart.CORNER)) {
                    xs.add(Double.valueOf(s.getXSeries()[0]));
                }
            }
            return xs;
        });
        assertEquals(List.of(5.0, 10.0, 60.0, 80.0), cornerLines);
        // The 60 Hz corner is drawn: green pixels in its column of the plot. The chart paints on its own time
        // after the series change, so the plot is captured again for a few seconds until the line is there.
        int green = 0;
        long deadline = System.nanoTime() + 10_000_000_000L;
        do {
            green = greenPixelsAt60Hz();
            if (green <= 30) {
                Thread.sleep(100);
            }
        } while (green <= 30 && System.nanoTime() < deadline);
        assertTrue(green > 30, green + " green pixels where the 60 Hz corner is drawn");
        savePng("spectrum-sines.png");
    }

    private int greenPixelsAt60Hz() {
        return Ui.call(() -> {
            Chart chart = view.chart().control();
            chart.update();
            chart.getPlotArea().getControl().update();
            ImageData plot = Screenshots.capture(chart.getPlotArea().getControl());
            int x = chart.getAxisSet().getXAxis(0).getPixelCoordinate(60);
            int count = 0;
            for (int y = 0; y < plot.height; y++) {
                for (int dx = -1; dx <= 1; dx++) {
                    RGB rgb = Screenshots.rgb(plot, Math.max(0, Math.min(plot.width - 1, x + dx)), y);
                    if (rgb.green > 90 && rgb.red < 80 && rgb.blue < 80) {
                        count++;
                    }
                }
            }
            return Integer.valueOf(count);
        }).intValue();
    }

    /** Keeps a picture of the view in the build's output, for people reading the test report. */
    private void savePng(String name) throws Exception {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        ImageData picture = Ui.call(() -> Screenshots.capture(view.chart().control()));
        Screenshots.savePng(picture, out.resolve(name));
    }

    /**
     * A picture of the spectrum beside the viewer on a survey named by {@code -Dseislens.spectrumDemo=<dataset>}
     * (the 400-shot demo survey for the screenshot), written to {@code -Dseislens.spectrumPng=<file>}
     * (default {@code target/screenshots/spectrum-demo.png}); skipped without the survey, which is too big to
     * generate in every build.
     */
    @Test
    void screenshotOfTheDemoSurvey() throws Exception {
        String demo = System.getProperty("seislens.spectrumDemo");
        org.junit.jupiter.api.Assumptions.assumeTrue(demo != null && Files.isDirectory(Path.of(demo)),
                "no -Dseislens.spectrumDemo=<dataset> given");
        org.eclipse.core.runtime.jobs.Job open = Ui.call(() -> viewer.open(Path.of(demo)));
        assertTrue(open.join(60_000, null));
        Ui.waitUntil("a gather of the demo survey is shown",
                () -> viewer.ensemble() != null && viewer.isSettled());
        ProcessingChain chain = new ProcessingChain(List.of(ProcessingStep.of("agc", Map.of("window_ms", 500.0)),
                ProcessingStep.of("bandpass", Map.of("f1", 5.0, "f2", 10.0, "f3", 60.0, "f4", 80.0))));
        Ui.run(() -> {
            try {
                viewer.setChain(chain);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        Ui.waitUntil("the processed spectrum of the demo gather is drawn", () -> {
            SpectrumResult r = view.shown();
            return r != null && r.processed() != null && viewer.isSettled() && r.request().equals(view.wanted());
        });
        // The view maximised keeps what it drew; the picture is the view alone, at a size one can read.
        Ui.run(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
            page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        });
        Ui.waitUntil("the maximised view is laid out", () -> view.chart().control().getSize().x > 1000);
        ImageData picture = Screenshots.capture(view.chart().control());
        Ui.run(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
            page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        });
        Path png = Path.of(System.getProperty("seislens.spectrumPng", "target/screenshots/spectrum-demo.png"));
        Files.createDirectories(png.toAbsolutePath().getParent());
        Screenshots.savePng(picture.scaledTo(picture.width * 3 / 4, picture.height * 3 / 4), png);
        SpectrumResult r = Ui.call(view::shown);
        System.out.printf("Spectrum of %s: %d traces, raw peak %.1f Hz, processed peak %.1f Hz, picture %s (%d bytes)%n",
                r.request().section().title(), r.request().traceIndices().length, r.raw().peakFrequency(),
                r.processed().peakFrequency(), png, Files.size(png));
    }
}
