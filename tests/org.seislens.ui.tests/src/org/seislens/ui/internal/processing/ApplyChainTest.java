package org.seislens.ui.internal.processing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
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
import org.seislens.test.support.Ui;
import org.seislens.ui.internal.Services;
import org.seislens.ui.internal.datasets.KnownDatasets;
import org.seislens.ui.internal.viewer.SeismicViewerView;
import org.seislens.ui.internal.viewer.StripeSurvey;

/**
 * "Apply Chain to Dataset" in the running workbench: the job writes the same dataset as the processing service's
 * batch, the viewer then shows it (raw) and the Datasets view lists it, its provenance reads as the chain; a
 * cancelled job leaves nothing.
 */
class ApplyChainTest {

    private static final int TRACES = 300;
    private static final int SAMPLES = 700;
    private static final ProcessingChain CHAIN = new ProcessingChain(
            List.of(ProcessingStep.of("agc", Map.of("window_ms", 500.0)),
                    ProcessingStep.of("bandpass", Map.of("f1", 5.0, "f2", 10.0, "f3", 60.0, "f4", 80.0)),
                    ProcessingStep.of("scale", Map.of("factor", 3.0))));

    @TempDir
    static Path dir;
    private static Path dataset;

    private SeismicViewerView viewer;

    @BeforeAll
    static void importStripes() throws Exception {
        dataset = StripeSurvey.importInto(dir, TRACES, SAMPLES);
    }

    @BeforeEach
    void openViewer() throws Exception {
        viewer = StripeSurvey.showViewer();
        Ui.run(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
            page.setPartState(page.getReference(viewer), IWorkbenchPage.STATE_RESTORED);
        });
        StripeSurvey.open(viewer, dataset);
        Ui.run(() -> {
            try {
                viewer.setChain(CHAIN);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @AfterEach
    void clearChain() {
        Ui.run(() -> {
            try {
                viewer.setChain(null);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void theJobWritesTheBatchResultAndTheViewerOpensIt() throws Exception {
        Path target = dir.resolve("applied.seislens");
        ApplyChainJob job = Ui.call(() -> ApplyChain.start(viewer, target, false));
        assertTrue(job.isUser(), "a user job, with progress and a cancel button");
        assertTrue(job.join(120_000, null), "the job ends within 2 minutes");
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
        assertNotNull(job.summary());
        assertEquals(TRACES, job.summary().traces());

        DatasetService datasets = Services.require(DatasetService.class);
        ProcessingService processing = Services.require(ProcessingService.class);
        Path batch = dir.resolve("batch.seislens");
        WindowBounds all = new WindowBounds(0, TRACES, 0, SAMPLES);
        try (Dataset raw = datasets.open(dataset, new NullProgressMonitor())) {
            processing.process(raw, CHAIN, batch, false, new NullProgressMonitor());
        }
        try (Dataset applied = datasets.open(target, new NullProgressMonitor());
                Dataset expected = datasets.open(batch, new NullProgressMonitor())) {
            float[] got = applied.window(all, new NullProgressMonitor()).samples();
            assertArrayEquals(expected.window(all, new NullProgressMonitor()).samples(), got);
            assertTrue(got[0] != 0 && got[0] != StripeSurvey.stripe(0), "processed samples: " + got[0]);
        }

        Ui.waitUntil("the viewer shows the new dataset", () -> {
            Dataset shown = viewer.dataset();
            return shown != null && shown.descriptor().location().equals(target.toAbsolutePath().normalize())
                    && viewer.isSettled();
        });
        assertEquals(null, Ui.call(viewer::chain), "shown as it is, not processed again");
        assertTrue(new KnownDatasets().paths().contains(target.toAbsolutePath().normalize()),
                "the Datasets view lists it");
        String provenance = Provenance.describe(target, processing);
        assertEquals("agc window_ms=500 | bandpass f1=5 f2=10 f3=60 f4=80 | scale factor=3", provenance);
        assertEquals(null, Provenance.describe(dataset, processing), "an imported dataset has no processing");
    }

    @Test
    void aCancelledJobLeavesNothing() throws Exception {
        Path target = dir.resolve("cancelled.seislens");
        ApplyChainJob job = new ApplyChainJob(Services.require(DatasetService.class),
                Services.require(ProcessingService.class), dataset, CHAIN, target, false, written -> {
                    throw new AssertionError("a cancelled job writes nothing");
                });
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertEquals(IStatus.CANCEL, job.run(cancelled).getSeverity());
        assertFalse(Files.exists(target), "nothing at " + target);
        try (var siblings = Files.list(dir)) {
            assertEquals(List.of(), siblings.filter(p -> p.getFileName().toString().contains("cancelled")).toList(),
                    "no temporary sibling left");
        }
    }
}
