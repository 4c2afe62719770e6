package org.seislens.ui.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.ISelectionService;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.CacheLimits;
import org.seislens.core.DataCache;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetService;
import org.seislens.core.Ensemble;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.test.support.Ui;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.Imports;
import org.seislens.ui.internal.viewer.SeismicViewerView;

/**
 * The hot set in the running workbench: the gathers the viewer shows are recorded whichever part is active,
 * saved and read back, and the warm-up reads them into the shared cache, most recent first, within its budget.
 */
class HotSetTest {

    /** 10 shots x 128 channels x 300 samples: one shot per stored chunk row, 150 KB per gather. */
    private static final SurveyGeometry GEOMETRY = new SurveyGeometry(10, 128, 300, 2000, 50.0, 25.0, 3);
    private static final long GATHER_BYTES = 128L * 300 * Float.BYTES;

    @TempDir
    static Path dir;
    private static Path datasetDir;

    private SeismicViewerView viewer;
    private HotSetRecorder recorder;
    private ISelectionService selections;
    private DataCache cache;
    private CacheLimits limits;

    @BeforeAll
    static void importSurvey() throws Exception {
        datasetDir = Imports.survey(dir.resolve("shots.sgy"), GEOMETRY, dir.resolve("shots.seislens"));
    }

    @BeforeEach
    void openViewer() throws Exception {
        Ui.waitUntil("a workbench window is open", () -> PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0);
        recorder = new HotSetRecorder(new HotSet(List.of()));
        Ui.run(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
            page.resetPerspective();
            // a viewer left by an earlier test still shows its dataset: the recorder hears only this test's viewer
            IViewPart left = page.findView(SeisLensUi.VIEW_VIEWER);
            if (left != null) {
                page.hideView(left);
            }
            selections = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getSelectionService();
            selections.addSelectionListener(SeisLensUi.VIEW_VIEWER, recorder);
            try {
                viewer = (SeismicViewerView) page.showView(SeisLensUi.VIEW_VIEWER);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
        cache = PlatformUI.getWorkbench().getService(DataCache.class);
        assertNotNull(cache);
        limits = cache.limits();
        Job open = Ui.call(() -> viewer.open(datasetDir));
        open.join(30_000, null);
        Ui.waitUntil("the first gather is shown", () -> viewer.ensemble() != null && viewer.isSettled());
    }

    @AfterEach
    void stopRecording() {
        Ui.run(() -> selections.removeSelectionListener(SeisLensUi.VIEW_VIEWER, recorder));
        cache.setLimits(limits);
    }

    private long valueAt(long ordinal) throws Exception {
        Dataset d = Ui.call(viewer::dataset);
        return d.ensembleAt("field_record", ordinal, new NullProgressMonitor()).value();
    }

    /** Shows shots 3, 5, 1 and 3 again with the navigator active, after the first shot the open showed. */
    private List<Long> showShots() throws Exception {
        Ui.run(() -> {
            try {
                PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage().showView(SeisLensUi.VIEW_GATHERS);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
        for (long ordinal : new long[] { 3, 5, 1, 3 }) {
            long value = valueAt(ordinal);
            Job job = Ui.call(() -> viewer.openEnsemble("field_record", value));
            assertNotNull(job);
            job.join(30_000, null);
            Ui.waitUntil("shot " + ordinal + " is shown", () -> {
                Ensemble e = viewer.ensemble();
                return e != null && e.value() == value && viewer.isSettled();
            });
        }
        return List.of(valueAt(3), valueAt(1), valueAt(5), valueAt(0));
    }

    @Test
    void gathersShownAreRecordedMostRecentFirstAndSurviveSaving() throws Exception {
        List<Long> expected = showShots();
        HotSet hot = Ui.call(recorder::hotSet);
        List<Long> values = new ArrayList<>();
        for (HotSet.Gather g : hot.gathers()) {
            assertEquals("field_record", g.key());
            assertEquals(Ui.call(() -> viewer.dataset().descriptor().location().toString()), g.location());
            values.add(g.value());
        }
        assertEquals(expected, values, "most recent first, a gather shown twice once");

        Path file = dir.resolve("state/hot-set.xml");
        hot.save(file);
        assertEquals(hot, HotSet.load(file));
        assertFalse(Files.exists(file.resolveSibling("hot-set.xml.tmp")), "the temporary file was renamed");
        Files.writeString(file, "<hotSet><gather location='x' key='k' value='not a number'/>");
        assertTrue(HotSet.load(file).gathers().isEmpty(), "a damaged file is an empty hot set");
        assertTrue(HotSet.load(dir.resolve("none.xml")).gathers().isEmpty());

        HotSetRecorder next = new HotSetRecorder(hot);
        assertEquals(hot, next.hotSet(), "a new session starts from the saved gathers");
    }

    @Test
    void theWarmUpReadsTheSavedGathersIntoTheCacheWithinItsBudget() throws Exception {
        showShots();
        HotSet hot = Ui.call(recorder::hotSet);
        DatasetService datasets = PlatformUI.getWorkbench().getService(DatasetService.class);
        assertNotNull(datasets);
        Dataset d = Ui.call(viewer::dataset);
        int samples = GEOMETRY.samples();

        cache.invalidateAll();
        for (HotSet.Gather g : hot.gathers()) {
            Ensemble e = d.ensemble(g.key(), g.value(), new NullProgressMonitor());
            assertFalse(d.isCached(e.toTraceIndices(), 0, samples), "cleared before the warm-up");
        }
        WarmUpJob all = new WarmUpJob(hot, datasets, cache);
        all.schedule();
        assertTrue(all.join(60_000, null));
        assertEquals(hot.gathers().size(), all.warmed());
        for (HotSet.Gather g : hot.gathers()) {
            Ensemble e = d.ensemble(g.key(), g.value(), new NullProgressMonitor());
            assertTrue(d.isCached(e.toTraceIndices(), 0, samples), "gather " + g.value() + " is in memory");
        }

        // A budget for two and a half gathers (half of the cache's bytes): the two most recent are read.
        cache.setLimits(new CacheLimits(limits.maxEntries(), 5 * GATHER_BYTES + 1024));
        cache.invalidateAll();
        WarmUpJob some = new WarmUpJob(hot, datasets, cache);
        some.schedule();
        assertTrue(some.join(60_000, null));
        assertEquals(2, some.warmed());
        for (int i = 0; i < hot.gathers().size(); i++) {
            HotSet.Gather g = hot.gathers().get(i);
            Ensemble e = d.ensemble(g.key(), g.value(), new NullProgressMonitor());
            assertEquals(i < 2, d.isCached(e.toTraceIndices(), 0, samples), "gather #" + i + " of the hot set");
        }
    }

    @Test
    void theSessionIsCarriedByAStartupOfTheWorkbench() {
        boolean found = false;
        for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.startup")) {
            found |= SessionStartup.class.getName().equals(e.getAttribute("class"));
        }
        assertTrue(found, "SessionStartup is contributed to org.eclipse.ui.startup");
        assertTrue(SessionStartup.hotSetFile().toString().endsWith("org.seislens.ui/hot-set.xml"),
                SessionStartup.hotSetFile().toString());
    }
}
