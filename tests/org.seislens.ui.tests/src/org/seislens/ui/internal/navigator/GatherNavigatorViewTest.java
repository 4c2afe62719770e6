package org.seislens.ui.internal.navigator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISelectionService;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.DataCache;
import org.seislens.core.Dataset;
import org.seislens.core.Ensemble;
import org.seislens.core.InvalidChainException;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingStep;
import org.seislens.core.TraceHeaders;
import org.seislens.core.WindowBounds;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.test.support.Ui;
import org.seislens.test.support.Widgets;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.Imports;
import org.seislens.ui.internal.handlers.GatherStepHandler;
import org.seislens.ui.internal.headers.TraceHeaderView;
import org.seislens.ui.internal.viewer.SeismicViewerView;

/**
 * Drives the gather navigator, the viewer and the trace header table together in the running workbench, on
 * a generated shot-sorted survey: stepping on field_record (contiguous gathers) and on cdp (gathers whose
 * traces lie all over the dataset), jumping, keys, play, prefetch, header rows and the header curve.
 */
class GatherNavigatorViewTest {

    /**
     * 12 shots x 128 channels of 400 samples: each shot fills one stored chunk of 128 traces, so a gather is
     * cached only when it was read or prefetched itself. CDPs have a fold of up to 32.
     */
    private static final SurveyGeometry GEOMETRY = new SurveyGeometry(12, 128, 400, 2000, 50.0, 25.0, 3);

    @TempDir
    static Path dir;
    private static Path datasetDir;
    private static ServiceTracker<DataCache, DataCache> caches;

    private SeismicViewerView viewer;
    private GatherNavigatorView navigator;
    private TraceHeaderView headerView;

    @BeforeAll
    static void importSurvey() throws Exception {
        datasetDir = Imports.survey(dir.resolve("shots.sgy"), GEOMETRY, dir.resolve("shots.seislens"));
        BundleContext context = FrameworkUtil.getBundle(GatherNavigatorViewTest.class).getBundleContext();
        caches = new ServiceTracker<>(context, DataCache.class, null);
        caches.open();
    }

    @AfterAll
    static void closeTracker() {
        caches.close();
    }

    @BeforeEach
    void openViews() throws Exception {
        Ui.waitUntil("a workbench window is open", () -> PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0);
        Ui.run(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
            page.resetPerspective();
            try {
                viewer = (SeismicViewerView) page.showView(SeisLensUi.VIEW_VIEWER);
                navigator = (GatherNavigatorView) page.showView(SeisLensUi.VIEW_GATHERS);
                headerView = (TraceHeaderView) page.showView(SeisLensUi.VIEW_HEADERS);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
        Job open = Ui.call(() -> viewer.open(datasetDir));
        open.join(30_000, null);
        Ui.waitUntil("the dataset is shown", () -> viewer.dataset() != null && viewer.isSettled());
        Ui.waitUntil("the navigator follows the viewer", () -> navigator.isReady()
                && "field_record".equals(navigator.key()));
    }

    private Dataset dataset() {
        Dataset d = Ui.call(viewer::dataset);
        assertNotNull(d);
        return d;
    }

    private void join(Job job) throws InterruptedException {
        assertNotNull(job, "the navigator started no job");
        job.join(30_000, null);
    }

    /** Waits until the viewer shows an ensemble, loaded and drawn, and checks it against the index. */
    private Ensemble assertShown(String key, long ordinal) throws Exception {
        Ui.waitUntil("the viewer shows " + key + " #" + ordinal, () -> {
            Ensemble e = viewer.ensemble();
            return e != null && e.key().equals(key) && e.ordinal() == ordinal && viewer.isSettled();
        });
        Ensemble expected = dataset().ensembleAt(key, ordinal, new NullProgressMonitor());
        Ensemble shown = Ui.call(viewer::ensemble);
        assertEquals(expected, shown);
        assertEquals(new WindowBounds(0, expected.traceCount(), 0, GEOMETRY.samples()),
                Ui.call(() -> viewer.controller().loaded()), "the whole gather is loaded, in gather positions");
        assertEquals(ordinal, Ui.call(() -> (long) navigator.table().getSelectionIndex()));
        return expected;
    }

    private void press(String text) {
        Ui.run(() -> {
            Button b = Widgets.find(navigator.table().getParent(), Button.class, x -> text.equals(x.getText()));
            assertNotNull(b, "no button " + text);
            b.notifyListeners(SWT.Selection, new Event());
        });
    }

    @Test
    void stepsThroughShotGathersWithButtonsJumpAndKeys() throws Exception {
        assertEquals(GEOMETRY.shots(), (int) Ui.call(navigator::rowCount));
        press("|<");
        assertShown("field_record", 0);
        press(">");
        Ensemble second = assertShown("field_record", 1);
        assertEquals(GEOMETRY.channels(), second.traceCount());
        press(">");
        assertShown("field_record", 2);
        press("<");
        assertShown("field_record", 1);
        press(">|");
        assertShown("field_record", GEOMETRY.shots() - 1);

        long value = dataset().ensembleAt("field_record", 5, new NullProgressMonitor()).value();
        Ui.run(() -> {
            Text jump = Widgets.find(navigator.table().getParent(), Text.class, t -> true);
            assertNotNull(jump);
            jump.setText(Long.toString(value));
            jump.notifyListeners(SWT.DefaultSelection, new Event());
        });
        assertShown("field_record", 5);
        assertEquals(null, Ui.call(() -> navigator.jumpTo("123456789")), "no such value: no step");

        Ui.run(() -> {
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(GatherStepHandler.NEXT,
                        null);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertShown("field_record", 6);
    }

    @Test
    void oneRowPickedStepsToItSeveralOnlyChooseGathers() throws Exception {
        Ui.run(() -> {
            navigator.table().setSelection(2);
            navigator.table().notifyListeners(SWT.Selection, new Event());
        });
        assertShown("field_record", 2);
        int steps = Ui.call(navigator::stepsShown);
        boolean stepping = Ui.call(() -> {
            navigator.table().setSelection(new int[] { 9, 2, 5 });
            navigator.table().notifyListeners(SWT.Selection, new Event());
            return navigator.isStepping();
        });
        assertFalse(stepping, "several rows selected: no step");
        assertEquals(steps, (int) Ui.call(navigator::stepsShown));
        assertEquals(2, Ui.call(viewer::ensemble).ordinal(), "the viewer keeps its gather");
        List<Ensemble> expected = List.of(dataset().ensembleAt("field_record", 2, new NullProgressMonitor()),
                dataset().ensembleAt("field_record", 5, new NullProgressMonitor()),
                dataset().ensembleAt("field_record", 9, new NullProgressMonitor()));
        assertEquals(expected, Ui.call(navigator::selectedGathers));

        press(">");
        assertShown("field_record", 3);
        assertEquals(List.of(dataset().ensembleAt("field_record", 3, new NullProgressMonitor())),
                Ui.call(navigator::selectedGathers), "stepping selects the one gather shown");
    }

    /** The navigator's selection as the workbench's selection service has it, or {@code null}. */
    private static List<Object> published(ISelectionService service) {
        ISelection s = Ui.call(() -> service.getSelection(SeisLensUi.VIEW_GATHERS));
        return s instanceof IStructuredSelection structured ? List.copyOf(structured.toList()) : null;
    }

    private List<Object> chosen(String key, long... ordinals) throws Exception {
        List<Object> gathers = new ArrayList<>();
        for (long ordinal : ordinals) {
            gathers.add(new SelectedGather(dataset().descriptor().location(),
                    dataset().ensembleAt(key, ordinal, new NullProgressMonitor())));
        }
        return gathers;
    }

    @Test
    void theChosenGathersAreTheNavigatorsWorkbenchSelectionAndSteppingResetsIt() throws Exception {
        ISelectionService service = Ui.call(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0]
                .getSelectionService());
        List<ISelection> heard = new CopyOnWriteArrayList<>();
        ISelectionListener listener = (part, selection) -> heard.add(selection);
        Ui.run(() -> service.addSelectionListener(SeisLensUi.VIEW_GATHERS, listener));
        try {
            Ui.run(() -> {
                navigator.table().setSelection(2);
                navigator.table().notifyListeners(SWT.Selection, new Event());
            });
            assertShown("field_record", 2);
            assertEquals(chosen("field_record", 2), published(service), "one row picked: the gather shown");

            // Read while another part is active: the service keeps each part's own selection.
            Ui.run(() -> viewer.getSite().getPage().activate(viewer));
            heard.clear();
            Ui.run(() -> {
                navigator.table().setSelection(new int[] { 9, 2, 5 });
                navigator.table().notifyListeners(SWT.Selection, new Event());
            });
            List<Object> several = chosen("field_record", 2, 5, 9);
            assertEquals(several, published(service), "several rows: the gathers in the key's order");
            Ui.waitUntil("the selection's listeners are told", () -> !heard.isEmpty());
            assertEquals(several, ((IStructuredSelection) heard.get(heard.size() - 1)).toList());
            assertEquals(2, Ui.call(viewer::ensemble).ordinal(), "choosing gathers steps nowhere");

            press(">");
            assertShown("field_record", 3);
            assertEquals(chosen("field_record", 3), published(service), "stepping resets it to the gather shown");
            assertEquals(chosen("field_record", 3),
                    ((IStructuredSelection) heard.get(heard.size() - 1)).toList(), "and tells the listeners");

            // A selection set from outside chooses those rows without stepping.
            StructuredSelection fourAndSeven = new StructuredSelection(chosen("field_record", 4, 7));
            Ui.run(() -> navigator.getSite().getSelectionProvider().setSelection(fourAndSeven));
            assertEquals(chosen("field_record", 4, 7), published(service));
            assertEquals(3, Ui.call(viewer::ensemble).ordinal());

            join(Ui.call(() -> navigator.setKey("cdp")));
            Ui.waitUntil("the cdp index is listed", () -> navigator.isReady() && navigator.rowCount() > 0);
            assertEquals(List.of(), published(service), "another key: nothing chosen");
        } finally {
            Ui.run(() -> service.removeSelectionListener(SeisLensUi.VIEW_GATHERS, listener));
        }
    }

    @Test
    void gatherKeysAreBoundWhileTheViewerOrTheNavigatorIsActive() throws Exception {
        String[][] expected = { { GatherStepHandler.NEXT, "Alt+PageDown" },
                { GatherStepHandler.PREVIOUS, "Alt+PageUp" }, { GatherStepHandler.FIRST, "Alt+Home" },
                { GatherStepHandler.LAST, "Alt+End" } };
        for (org.eclipse.ui.IViewPart part : new org.eclipse.ui.IViewPart[] { viewer, navigator }) {
            Ui.run(() -> part.getSite().getPage().activate(part));
            for (String[] binding : expected) {
                // Formatted for the platform; the active binding is what a key press runs, so a conflict with
                // a platform binding (as Alt+arrows had with history navigation) would show as null here.
                String formatted = Ui.call(() -> PlatformUI.getWorkbench()
                        .getService(org.eclipse.ui.keys.IBindingService.class)
                        .getBestActiveBindingFormattedFor(binding[0]));
                assertEquals(binding[1], formatted, binding[0] + " in " + part.getTitle());
            }
        }
    }

    @Test
    void aGatherTheViewerOpensByItselfIsSelectedInTheNavigator() throws Exception {
        // As when the viewer is restored, or opens an ensemble from its own dialog.
        long value = dataset().ensembleAt("field_record", 7, new NullProgressMonitor()).value();
        join(Ui.call(() -> viewer.openEnsemble("field_record", value)));
        Ui.waitUntil("the navigator selects the gather", () -> navigator.table().getSelectionIndex() == 7
                && navigator.shown() != null && navigator.shown().ordinal() == 7);
        press(">");
        assertShown("field_record", 8);
    }

    @Test
    void cdpGathersAreShownFromTheirTraceListsWithTheirHeaders() throws Exception {
        join(Ui.call(() -> navigator.setKey("cdp")));
        Ui.waitUntil("the cdp index is listed", () -> navigator.isReady() && navigator.rowCount() > 0);
        Dataset d = dataset();
        assertEquals(d.ensembleCount("cdp"), (long) Ui.call(navigator::rowCount));
        // A CDP in the middle of the line has traces from several shots.
        long ordinal = d.ensembleCount("cdp") / 2;
        join(Ui.call(() -> navigator.go(ordinal)));
        Ensemble cdp = assertShown("cdp", ordinal);
        assertFalse(cdp.isContiguous(), "a mid-line CDP of shot-sorted data is scattered");
        assertTrue(cdp.traceCount() > 1);
        assertArrayEquals(cdp.toTraceIndices(),
                Ui.call(() -> viewer.section().traceIndices(0, cdp.traceCount())));
        press(">");
        assertShown("cdp", ordinal + 1);
        press("<");
        assertShown("cdp", ordinal);
        long later = d.ensembleAt("cdp", ordinal + 5, new NullProgressMonitor()).value();
        join(Ui.call(() -> navigator.jumpTo(Long.toString(later))));
        assertShown("cdp", ordinal + 5);
        join(Ui.call(() -> navigator.go(ordinal)));
        assertShown("cdp", ordinal);

        // The header table lists exactly the gather's traces, with their header values.
        Ui.waitUntil("the header table shows the gather", () -> headerView.section() != null
                && headerView.section().equals(viewer.section()) && headerView.table().getItemCount() == cdp.traceCount());
        TraceHeaders expected = d.headers(cdp.toTraceIndices(), List.of("cdp", "offset"), new NullProgressMonitor());
        List<String> columns = Ui.call(headerView::columns);
        int cdpColumn = 2 + columns.indexOf("cdp");
        int offsetColumn = 2 + columns.indexOf("offset");
        for (int row = 0; row < cdp.traceCount(); row++) {
            int r = row;
            Ui.run(() -> headerView.table().getItem(r).getText()); // asks the virtual table for the row
            Ui.waitUntil("row " + r + " is read", () -> headerView.rowTexts(r) != null
                    && !headerView.rowTexts(r)[1].isEmpty());
            String[] texts = Ui.call(() -> headerView.rowTexts(r));
            assertEquals(Long.toString(cdp.traceIndex(row)), texts[1]);
            assertEquals(Long.toString(cdp.value()), texts[cdpColumn]);
            assertEquals(Long.toString(expected.value(row, "offset")), texts[offsetColumn]);
        }

        // Picking a row outlines the trace in the viewer; picking in the viewer selects the row.
        Ui.run(() -> {
            headerView.table().setSelection(1);
            headerView.table().notifyListeners(SWT.Selection, new Event());
        });
        Ui.waitUntil("the viewer outlines row 1", () -> viewer.highlighted() == 1);
        Ui.run(() -> viewer.highlight(0));
        Ui.waitUntil("the table selects row 0", () -> headerView.selected() == 0
                && headerView.table().getSelectionIndex() == 0);
    }

    @Test
    void theHeaderCurveDrawsTheChosenHeaderOfTheShownTraces() throws Exception {
        press("|<");
        Ensemble shot = assertShown("field_record", 0);
        Ui.run(() -> viewer.settings().setCurveKey("offset"));
        Ui.waitUntil("offsets are loaded for the curve", () -> viewer.loadedHeaders() != null
                && viewer.loadedHeaders().columns().contains("offset"));
        assertEquals("offset", Ui.call(viewer::curveKey));
        TraceHeaders shown = Ui.call(viewer::loadedHeaders);
        TraceHeaders expected = dataset().headers(shot.toTraceIndices(), List.of("offset"), new NullProgressMonitor());
        assertEquals(shot.traceCount(), shown.rowCount());
        for (int row = 0; row < shot.traceCount(); row++) {
            assertEquals(row, shown.traceIndex(row), "rows are gather positions");
            assertEquals(expected.value(row, "offset"), shown.value(row, "offset"));
        }
        assertTrue(expected.value(0, "offset") < 0 && expected.value(shot.traceCount() - 1, "offset") > 0,
                "a split spread");
    }

    @Test
    void theNextGathersArePrefetchedSoTheNextStepIsServedFromMemory() throws Exception {
        // Only the viewer and the navigator read: the header table's page reads would count lookups too.
        Ui.run(() -> headerView.getSite().getPage().hideView(headerView));
        caches.getService().invalidateAll(); // other tests may have read every gather already
        press("|<");
        assertShown("field_record", 0);
        press(">");
        assertShown("field_record", 1);
        Dataset d = dataset();
        int samples = GEOMETRY.samples();
        Ensemble next = d.ensembleAt("field_record", 2, new NullProgressMonitor());
        Ensemble ahead = d.ensembleAt("field_record", 1 + GatherStepper.DEFAULT_DEPTH, new NullProgressMonitor());
        Ensemble beyond = d.ensembleAt("field_record", 2 + GatherStepper.DEFAULT_DEPTH, new NullProgressMonitor());
        Ui.waitUntil("the gathers ahead are prefetched", () -> d.isCached(next.toTraceIndices(), 0, samples)
                && d.isCached(ahead.toTraceIndices(), 0, samples));
        assertFalse(d.isCached(beyond.toTraceIndices(), 0, samples), "only the gathers ahead are prefetched");
        DataCache cache = caches.getService();
        long misses = cache.statistics().misses();
        press(">");
        assertShown("field_record", 2);
        // The viewer's request for gather 2 is one new window assembled from cached chunks: at most one miss
        // for the window itself and none for its two chunks (prefetches count no lookups).
        long newMisses = cache.statistics().misses() - misses;
        assertTrue(newMisses <= 1, newMisses + " misses: the gather's chunks were not all cached");
        Ui.waitUntil("the prefetch moved one gather on", () -> d.isCached(beyond.toTraceIndices(), 0, samples));
    }

    @Test
    void withAChainAppliedTheProcessedGathersAheadArePrefetched() throws Exception {
        ProcessingChain chain = new ProcessingChain(List.of(ProcessingStep.of("agc", Map.of("window_ms", 100.0))));
        caches.getService().invalidateAll();
        try {
            Ui.run(() -> {
                try {
                    viewer.setChain(chain);
                } catch (InvalidChainException e) {
                    throw new AssertionError(e);
                }
            });
            press("|<");
            assertShown("field_record", 0);
            press(">");
            assertShown("field_record", 1);
            Dataset raw = dataset();
            Dataset processed = Ui.call(viewer::processedDataset);
            assertNotNull(processed);
            int samples = GEOMETRY.samples();
            Ensemble next = raw.ensembleAt("field_record", 2, new NullProgressMonitor());
            Ensemble ahead = raw.ensembleAt("field_record", 1 + GatherStepper.DEFAULT_DEPTH, new NullProgressMonitor());
            Ui.waitUntil("the processed gathers ahead are prefetched",
                    () -> processed.isCached(next.toTraceIndices(), 0, samples)
                            && processed.isCached(ahead.toTraceIndices(), 0, samples));
        } finally {
            Ui.run(() -> {
                try {
                    viewer.setChain(null);
                } catch (InvalidChainException e) {
                    throw new AssertionError(e);
                }
            });
        }
    }

    @Test
    void playStepsForwardsAtTheChosenRateAndStops() throws Exception {
        press("|<");
        assertShown("field_record", 0);
        int before = Ui.call(navigator::stepsShown);
        Ui.run(() -> {
            navigator.setRate(20);
            navigator.setPlaying(true);
        });
        Ui.waitUntil("play shows three more gathers", () -> navigator.stepsShown() >= before + 3);
        Ui.run(() -> navigator.setPlaying(false));
        long stoppedAt = Ui.call(() -> navigator.shown().ordinal());
        assertTrue(stoppedAt >= 3);
        Ui.waitUntil("the viewer caught up", () -> !navigator.isStepping() && viewer.ensemble() != null
                && viewer.ensemble().ordinal() == navigator.shown().ordinal() && viewer.isSettled());
        long settled = Ui.call(() -> navigator.shown().ordinal());
        Thread.sleep(300); // at 20 per second, six steps would have happened by now if play went on
        assertEquals(settled, Ui.call(() -> navigator.shown().ordinal()), "play stopped");
        assertFalse(Ui.call(navigator::isPlaying));
    }
}
