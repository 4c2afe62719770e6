package org.seislens.ui.internal.qc;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.Rectangle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.QcService;
import org.seislens.core.QcThresholds;
import org.seislens.core.TraceEdit;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.segy.synthetic.SyntheticSurveyWriter;
import org.seislens.test.support.Ui;
import org.seislens.ui.internal.Imports;
import org.seislens.ui.internal.render.Viewport;
import org.seislens.ui.internal.viewer.SeismicViewerView;
import org.seislens.ui.internal.viewer.StripeSurvey;

/**
 * The survey of the Gather QC UI tests: a generated 2-D line of {@link #GEOMETRY} whose trace {@link #DEAD} is
 * made all zeros in the SEG-Y file before the import, so that QC flags it {@code dead}; and helpers that show a
 * gather in the viewer and read the edits file.
 */
final class QcSurvey {

    /** Six shots of 40 channels, 200 samples at 2 ms. */
    static final SurveyGeometry GEOMETRY = new SurveyGeometry(6, 40, 200, 2000, 50.0, 25.0, 5);
    /** The dead trace: channel 7 of the third shot (field_record 1003). */
    static final long DEAD = 2 * 40 + 7;

    private QcSurvey() {
    }

    /**
     * Writes the survey, kills {@link #DEAD} in the file and imports it.
     *
     * @param dir a temporary directory
     * @return the dataset directory
     * @throws Exception if writing or importing fails
     */
    static Path importInto(Path dir) throws Exception {
        Path segy = dir.resolve("line.sgy");
        assertTrue(SyntheticSurveyWriter.write(segy, GEOMETRY, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN,
                shot -> true));
        int traceBytes = 240 + 4 * GEOMETRY.samples();
        try (FileChannel ch = FileChannel.open(segy, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.allocate(4 * GEOMETRY.samples()), 3600L + DEAD * traceBytes + 240);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return Imports.importFile(segy, dir.resolve("line.seislens"));
    }

    /** @return the QC service that Declarative Services registered */
    static QcService service() {
        BundleContext context = FrameworkUtil.getBundle(QcSurvey.class).getBundleContext();
        ServiceTracker<QcService, QcService> tracker = new ServiceTracker<>(context, QcService.class, null);
        tracker.open();
        try {
            QcService qc = tracker.waitForService(20_000);
            assertNotNull(qc, "no QC service");
            return qc;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }

    /**
     * @param dataset a dataset directory
     * @return its edits file's edits
     * @throws Exception if it cannot be read
     */
    static List<TraceEdit> editsFile(Path dataset) throws Exception {
        return service().readEdits(dataset);
    }

    /**
     * Runs QC through the Run QC job and waits until the dataset's QC state has read the flags.
     *
     * @param dataset the dataset directory
     * @throws InterruptedException if interrupted
     */
    static void runQc(Path dataset) throws InterruptedException {
        RunQcJob job = new RunQcJob(dataset, QcThresholds.DEFAULTS);
        job.schedule();
        assertTrue(job.join(60_000, null), "QC runs within a minute");
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        DatasetQc qc = DatasetQc.of(dataset);
        Ui.waitUntil("the flags are read", () -> qc.attributes() != null && qc.loader().getState() == Job.NONE);
    }

    /**
     * Opens the dataset in the viewer and shows one shot.
     *
     * @param dataset the dataset directory
     * @param fieldRecord the shot
     * @return the viewer
     * @throws Exception if it cannot be shown
     */
    static SeismicViewerView showShot(Path dataset, long fieldRecord) throws Exception {
        SeismicViewerView view = StripeSurvey.showViewer();
        StripeSurvey.open(view, dataset);
        Job job = Ui.call(() -> view.openEnsemble("field_record", fieldRecord));
        assertNotNull(job);
        assertTrue(job.join(30_000, null));
        Ui.waitUntil("the shot is shown", () -> view.ensemble() != null
                && view.ensemble().value() == fieldRecord && view.isSettled());
        DatasetQc qc = DatasetQc.of(dataset);
        Ui.waitUntil("the QC files are read", () -> qc.loader().getState() == Job.NONE);
        return view;
    }

    /**
     * @param view the viewer
     * @param position a display position
     * @return the canvas x of the middle of that trace
     */
    static int xOf(SeismicViewerView view, long position) {
        return Ui.call(() -> {
            Rectangle plot = view.plotArea();
            Viewport v = view.controller().viewport();
            return plot.x + (int) Math.round(v.xOf(position + 0.5));
        });
    }
}
