package org.seislens.ide.probe;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.seislens.core.DatasetException;
import org.seislens.core.ImportOptions;
import org.seislens.core.ImportSummary;
import org.seislens.core.SegyImportService;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.segy.synthetic.SyntheticSurveyWriter;
import org.seislens.ui.DatasetOpener;
import org.seislens.ui.SeisLensUi;

/**
 * Writes a small synthetic shot survey as SEG-Y, imports it with the registered {@link SegyImportService}
 * and opens the dataset in the seismic viewer, as a user of the IDE would. Loaded only when SeisLens is
 * installed.
 */
final class DatasetCheck {

    /** Eight shots of 48 channels, 500 samples at 2 ms: small enough to import in a moment. */
    private static final SurveyGeometry SURVEY = new SurveyGeometry(8, 48, 500, 2000, 25.0, 12.5, 42);
    private static final long SHOW_TIMEOUT_MS = 60_000;

    private final IWorkbench workbench;
    private final BundleContext context;
    private final Path folder;

    DatasetCheck(IWorkbench workbench, BundleContext context, Path folder) {
        this.workbench = workbench;
        this.context = context;
        this.folder = folder;
    }

    Map<String, Object> run() throws IOException, DatasetException, InterruptedException, PartInitException {
        Map<String, Object> result = new LinkedHashMap<>();
        Files.createDirectories(folder);
        Path segy = folder.resolve("probe-survey.sgy"); //$NON-NLS-1$
        SyntheticSurveyWriter.write(segy, SURVEY, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN, shot -> true);
        result.put("segy", segy.toString()); //$NON-NLS-1$
        ServiceReference<SegyImportService> reference = context.getServiceReference(SegyImportService.class);
        result.put("importService", reference != null); //$NON-NLS-1$
        if (reference == null) {
            return result;
        }
        SegyImportService importer = context.getService(reference);
        try {
            ImportSummary summary = importer.importFile(segy, folder.resolve("probe-survey.seislens"), //$NON-NLS-1$
                    new ImportOptions(null, null, ImportOptions.DEFAULT_KEYS, true), new NullProgressMonitor());
            result.put("importedTraces", summary.traces()); //$NON-NLS-1$
            result.put("expectedTraces", SURVEY.traces()); //$NON-NLS-1$
            open(summary.dataset(), result);
        } finally {
            context.ungetService(reference);
        }
        return result;
    }

    /** Shows the viewer, opens the dataset in it and waits until the viewer shows it (its title names it). */
    private void open(Path dataset, Map<String, Object> result) throws InterruptedException {
        AtomicReference<IViewPart> viewer = new AtomicReference<>();
        AtomicReference<String> failure = new AtomicReference<>();
        workbench.getDisplay().syncExec(() -> {
            try {
                viewer.set(WorkbenchFacts.window(workbench).getActivePage().showView(SeisLensUi.VIEW_VIEWER));
            } catch (PartInitException e) {
                failure.set(e.getMessage());
            }
        });
        if (!(viewer.get() instanceof DatasetOpener opener)) {
            result.put("viewerError", failure.get() != null ? failure.get() : "the viewer is no DatasetOpener"); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        Job job = opener.open(dataset);
        job.join();
        IStatus status = job.getResult();
        result.put("openStatus", status == null ? "none" : status.isOK() ? "OK" : status.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String name = dataset.getFileName().toString().replace(".seislens", ""); //$NON-NLS-1$ //$NON-NLS-2$
        long deadline = System.currentTimeMillis() + SHOW_TIMEOUT_MS;
        AtomicReference<String> title = new AtomicReference<>(""); //$NON-NLS-1$
        // the viewer shows the dataset through an asyncExec after the job: wait for its title to change
        while (System.currentTimeMillis() < deadline) {
            workbench.getDisplay().syncExec(() -> title.set(viewer.get().getTitle()));
            if (title.get().contains(name)) {
                break;
            }
            Thread.sleep(50);
        }
        result.put("viewerTitle", title.get()); //$NON-NLS-1$
        result.put("shownInViewer", title.get().contains(name)); //$NON-NLS-1$
    }
}
