package org.seislens.ui.internal.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.Dataset;
import org.seislens.core.Ensemble;
import org.seislens.core.ImportOptions;
import org.seislens.core.SegyImportService;
import org.seislens.test.support.Ui;
import org.seislens.ui.DatasetOpener;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.Services;
import org.seislens.ui.internal.navigator.GatherNavigatorView;
import org.seislens.ui.internal.viewer.SeismicViewerView;
import org.seislens.ui.internal.viewer.StripeSurvey;

/**
 * Opening a dataset with an ensemble index shows its first gather, selected in the gather navigator, whichever
 * way it is opened (the product's command line and the Datasets view go through {@link DatasetOpener}); a
 * dataset without one shows all its traces.
 */
class FirstGatherTest {

    @TempDir
    static Path dir;
    /** The stripe survey, field_record {@code 1 + t / 100} and cdp indexed: shots of 100 traces. */
    private static Path indexed;
    /** The same survey imported with no ensemble index. */
    private static Path plain;

    private SeismicViewerView viewer;
    private GatherNavigatorView navigator;

    @BeforeAll
    static void importSurveys() throws Exception {
        indexed = StripeSurvey.importInto(dir, 350, 120);
        SegyImportService importer = Services.find(PlatformUI.getWorkbench(), SegyImportService.class);
        assertNotNull(importer, "no SEG-Y import service");
        plain = dir.resolve("plain.seislens");
        importer.importFile(dir.resolve("stripes.sgy"), plain, new ImportOptions(null, null, List.of(), false),
                new NullProgressMonitor());
    }

    @BeforeEach
    void showViews() {
        Ui.waitUntil("a workbench window is open", () -> PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0);
        Ui.run(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
            page.resetPerspective();
            try {
                viewer = (SeismicViewerView) page.showView(SeisLensUi.VIEW_VIEWER);
                navigator = (GatherNavigatorView) page.showView(SeisLensUi.VIEW_GATHERS);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
    }

    private static void join(Job job) throws InterruptedException {
        assertNotNull(job, "nothing was opened");
        assertTrue(job.join(60_000, null), "the dataset opens within 60 s");
        assertTrue(job.getResult().isOK(), job.getResult().toString());
    }

    /** Waits until the viewer shows the first shot of a dataset and the navigator has it selected. */
    private void assertFirstShotShown(Path location) throws Exception {
        Ui.waitUntil(location + " is shown", () -> {
            Dataset d = viewer.dataset();
            Ensemble e = viewer.ensemble();
            return d != null && d.descriptor().location().equals(location) && e != null && viewer.isSettled();
        });
        Dataset d = Ui.call(viewer::dataset);
        Ensemble expected = d.ensembleAt("field_record", 0, new NullProgressMonitor());
        assertEquals(1, expected.value());
        assertEquals(100, expected.traceCount());
        assertEquals(expected, Ui.call(viewer::ensemble));
        assertEquals(100, Ui.call(() -> viewer.controller().traceEnd()), "one shot across the view, not 350 traces");
        Ui.waitUntil("the navigator selects the shown shot", () -> navigator.isReady()
                && "field_record".equals(navigator.key()) && navigator.table().getSelectionIndex() == 0);
        assertEquals(expected, Ui.call(navigator::shown));
    }

    @Test
    void theCommandLinePathOpensOnTheFirstGather() throws Exception {
        join(Ui.call(() -> {
            try {
                return DatasetOpener.openInViewer(PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage(),
                        indexed);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        }));
        assertFirstShotShown(indexed);
    }

    @Test
    void anotherDatasetOpensOnItsFirstGatherToo() throws Exception {
        join(Ui.call(() -> viewer.openAllTraces(indexed)));
        Ui.waitUntil("all traces are shown", () -> viewer.dataset() != null && viewer.isSettled());
        assertNull(Ui.call(viewer::ensemble), "openAllTraces shows the whole dataset");
        assertEquals(350, Ui.call(() -> viewer.controller().traceEnd()));

        // A dataset without an index shows all its traces; one with an index, its first gather.
        join(Ui.call(() -> viewer.open(plain)));
        Ui.waitUntil("the plain dataset is shown", () -> viewer.dataset() != null
                && viewer.dataset().descriptor().location().equals(plain) && viewer.isSettled());
        assertNull(Ui.call(viewer::ensemble));
        assertEquals(350, Ui.call(() -> viewer.controller().traceEnd()));
        assertNull(OpenDatasetJob.firstGather(Ui.call(viewer::dataset), new NullProgressMonitor()));

        join(Ui.call(() -> viewer.open(indexed)));
        assertFirstShotShown(indexed);
    }
}
