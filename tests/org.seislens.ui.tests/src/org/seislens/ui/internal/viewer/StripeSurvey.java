package org.seislens.ui.internal.viewer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.seislens.segy.BinaryHeader;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.SegyWriter;
import org.seislens.segy.TextEncoding;
import org.seislens.segy.TextualHeader;
import org.seislens.segy.TraceHeaderField;
import org.seislens.segy.WriterSettings;
import org.seislens.test.support.Ui;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.Imports;
import org.seislens.ui.internal.render.DisplaySettings;

/**
 * The stripe survey of the viewer tests (the same as {@code SeismicViewerViewTest}'s): traces {@code t} with
 * {@code (t / 50) % 2 == 0} hold +1000, the others -1000; 2 ms samples; field_record {@code 1 + t / 100},
 * cdp {@code 1 + t}, offset {@code 25 * (t % 100)}. Also opens the viewer on it.
 */
public final class StripeSurvey {

    /** The absolute amplitude of every sample. */
    public static final float AMPLITUDE = 1000f;

    private StripeSurvey() {
    }

    /**
     * @param trace a trace index
     * @return the value of its samples
     */
    public static float stripe(long trace) {
        return (trace / 50) % 2 == 0 ? AMPLITUDE : -AMPLITUDE;
    }

    /**
     * Writes the survey as big-endian IEEE SEG-Y.
     *
     * @param segy the file
     * @param traces traces
     * @param sampleCount samples per trace
     * @throws Exception if writing fails
     */
    public static void write(Path segy, int traces, int sampleCount) throws Exception {
        ByteOrder order = ByteOrder.BIG_ENDIAN;
        try (SegyWriter writer = SegyWriter.create(segy,
                WriterSettings.segy(SampleFormat.IEEE_FLOAT32, order, sampleCount))) {
            writer.writeTextualHeader(TextualHeader.encode("C 1 STRIPES FOR THE VIEWER TESTS", TextEncoding.EBCDIC));
            writer.writeBinaryHeader(BinaryHeader.standard(order, SampleFormat.IEEE_FLOAT32, sampleCount, 2000));
            ByteBuffer header = ByteBuffer.allocate(TraceHeaderField.HEADER_BYTES).order(order);
            float[] samples = new float[sampleCount];
            for (int t = 0; t < traces; t++) {
                Arrays.fill(samples, stripe(t));
                TraceHeaderField.TRACE_SEQUENCE_FILE.set(header, 0, t + 1);
                TraceHeaderField.FIELD_RECORD.set(header, 0, 1 + t / 100);
                TraceHeaderField.CDP.set(header, 0, 1 + t);
                TraceHeaderField.OFFSET.set(header, 0, 25 * (t % 100));
                TraceHeaderField.SAMPLE_COUNT.set(header, 0, sampleCount);
                TraceHeaderField.SAMPLE_INTERVAL.set(header, 0, 2000);
                writer.writeTrace(header, samples, 0);
            }
            writer.commit();
        }
    }

    /**
     * Writes the survey and imports it through the registered import service.
     *
     * @param dir where the SEG-Y file and the dataset go
     * @param traces traces
     * @param sampleCount samples per trace
     * @return the dataset directory {@code stripes.seislens}
     * @throws Exception if writing or importing fails
     */
    public static Path importInto(Path dir, int traces, int sampleCount) throws Exception {
        Path segy = dir.resolve("stripes.sgy");
        write(segy, traces, sampleCount);
        return Imports.importFile(segy, dir.resolve("stripes.seislens"));
    }

    /**
     * Shows the viewer maximised in the first workbench window.
     *
     * @return the viewer
     */
    public static SeismicViewerView showViewer() {
        Ui.waitUntil("a workbench window is open", () -> PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0);
        return Ui.call(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
            try {
                SeismicViewerView v = (SeismicViewerView) page.showView(SeisLensUi.VIEW_VIEWER);
                page.setPartState(page.getReference(v), IWorkbenchPage.STATE_MAXIMIZED);
                return v;
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
    }

    /**
     * Opens a dataset in the viewer with the default settings, all its traces, and waits until it is drawn.
     *
     * @param view the viewer
     * @param dataset the dataset directory
     * @throws InterruptedException if interrupted while waiting
     */
    public static void open(SeismicViewerView view, Path dataset) throws InterruptedException {
        int applied = Ui.call(() -> view.parts().loader().loadsApplied());
        Ui.run(() -> view.settings().setDisplay(DisplaySettings.DEFAULT));
        Ui.run(() -> view.parts().loader().setWindowReader(WindowReader.DIRECT));
        Job job = view.openAllTraces(dataset);
        assertTrue(job.join(30_000, null), "the dataset opens within 30 s");
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        Ui.waitUntil("the dataset is shown", () -> view.parts().loader().loadsApplied() > applied && view.isSettled());
    }
}
