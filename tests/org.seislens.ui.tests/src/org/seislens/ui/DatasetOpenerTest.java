package org.seislens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.IProgressConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.Dataset;
import org.seislens.test.support.Ui;
import org.seislens.ui.internal.viewer.SeismicViewerView;
import org.seislens.ui.internal.viewer.StripeSurvey;

/**
 * What the product does with a path on its command line: {@link DatasetOpener#open} of the viewer, obtained
 * from the workbench page as the advisor does, on a dataset directory, a SEG-Y file and a missing path.
 */
class DatasetOpenerTest {

    @TempDir
    static Path dir;
    private static Path dataset;

    @TempDir
    Path work;

    private DatasetOpener opener;
    private SeismicViewerView view;
    /** Keeps the workbench from prompting about failed open jobs, which would take the focus from later tests. */
    private final IJobChangeListener noPrompt = new JobChangeAdapter() {
        @Override
        public void scheduled(IJobChangeEvent event) {
            event.getJob().setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
        }
    };

    @BeforeAll
    static void importStripes() throws Exception {
        dataset = StripeSurvey.importInto(dir, 300, 200);
    }

    @BeforeEach
    void showViewer() {
        Ui.waitUntil("a workbench window is open", () -> PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0);
        opener = Ui.call(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
            try {
                return (DatasetOpener) page.showView(SeisLensUi.VIEW_VIEWER);
            } catch (PartInitException e) {
                throw new AssertionError(e);
            }
        });
        view = (SeismicViewerView) opener;
        Job.getJobManager().addJobChangeListener(noPrompt);
    }

    @AfterEach
    void stopListening() {
        Job.getJobManager().removeJobChangeListener(noPrompt);
    }

    private static IStatus run(Job job) throws InterruptedException {
        assertTrue(job.join(60_000, null), "the job ends within 60 s");
        return job.getResult();
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }

    private void waitUntilShown(Path location, long traces) {
        Ui.waitUntil(location + " is shown", () -> {
            Dataset d = view.dataset();
            return d != null && d.descriptor().location().equals(location) && view.isSettled();
        });
        assertEquals(traces, Ui.call(() -> view.dataset().descriptor().traceCount()));
        // The stripes are indexed by field_record, shots of 100 traces: the first one is shown.
        assertEquals(100, Ui.call(() -> view.controller().traceEnd()));
        assertEquals(1, Ui.call(() -> view.ensemble().value()));
    }

    @Test
    void opensADatasetDirectory() throws Exception {
        IStatus status = run(opener.open(dataset));
        assertTrue(status.isOK(), status.toString());
        waitUntilShown(dataset, 300);
    }

    @Test
    void aDatasetDroppedOnTheViewerIsShown() throws Exception {
        assertEquals(null, Ui.call(() -> view.dropped(new String[0])), "an empty drop does nothing");
        IStatus status = run(Ui.call(() -> view.dropped(new String[] { dataset.toString(), "/ignored" })));
        assertTrue(status.isOK(), status.toString());
        waitUntilShown(dataset, 300);
        assertEquals(1, Ui.call(() -> org.eclipse.swt.dnd.DropTarget.class.isInstance(
                view.canvas().getData(org.eclipse.swt.dnd.DND.DROP_TARGET_KEY)) ? 1 : 0),
                "the canvas accepts drops");
    }

    @Test
    void importsASegyFileBesideItOnceAndShowsIt() throws Exception {
        Path segy = work.resolve("survey.sgy");
        StripeSurvey.write(segy, 250, 120);
        Path imported = work.resolve("survey.seislens");

        IStatus status = run(opener.open(segy));
        assertTrue(status.isOK(), status.toString());
        assertTrue(Files.isRegularFile(imported.resolve("metadata.json")), "imported beside the file");
        assertEquals(List.of(imported, segy), list(work), "nothing else is left beside it");
        waitUntilShown(imported, 250);
        Object directory = Files.readAttributes(imported, BasicFileAttributes.class).fileKey();
        long modified = Files.getLastModifiedTime(imported.resolve("metadata.json")).toMillis();

        assertTrue(run(opener.open(dataset)).isOK()); // show another one in between
        waitUntilShown(dataset, 300);
        status = run(opener.open(segy));
        assertTrue(status.isOK(), status.toString());
        waitUntilShown(imported, 250);
        assertEquals(directory, Files.readAttributes(imported, BasicFileAttributes.class).fileKey(),
                "the second open reuses the imported directory");
        assertEquals(modified, Files.getLastModifiedTime(imported.resolve("metadata.json")).toMillis());
        assertEquals(List.of(imported, segy), list(work));
    }

    @Test
    void aMissingPathIsAnErrorThatNamesItAndCreatesNothing() throws Exception {
        StripeSurvey.open(view, dataset);
        Dataset shown = Ui.call(view::dataset);
        Path missing = work.resolve("nowhere").resolve("survey.sgy");
        List<Path> before = list(work);

        IStatus status = run(opener.open(missing));
        assertEquals(IStatus.ERROR, status.getSeverity(), status.toString());
        assertTrue(status.getMessage().contains(missing.toString()), status.getMessage());
        assertFalse(Files.exists(missing.getParent()), "nothing is created");
        assertEquals(before, list(work));
        assertSame(shown, Ui.call(view::dataset), "the shown dataset stays");
    }
}
