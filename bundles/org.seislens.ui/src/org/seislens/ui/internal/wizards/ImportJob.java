package org.seislens.ui.internal.wizards;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.seislens.core.DatasetException;
import org.seislens.core.ImportOptions;
import org.seislens.core.ImportSummary;
import org.seislens.core.SegyImportService;
import org.seislens.ui.internal.datasets.KnownDatasets;
import org.seislens.ui.internal.datasets.OpenInViewer;
import org.seislens.ui.internal.viewer.ServiceLookup;

/**
 * The import the wizard started: a cancellable user job through the import service. On success the dataset
 * joins the known datasets and is shown in the viewer; on failure the error names the file and the cause
 * (the service leaves nothing behind).
 */
final class ImportJob extends Job {

    private final Path source;
    private final Path dataset;
    private final ImportOptions options;
    private final KnownDatasets known;
    private final @Nullable IWorkbenchWindow window;
    private volatile @Nullable ImportSummary summary;

    ImportJob(Path source, Path dataset, ImportOptions options, KnownDatasets known,
            @Nullable IWorkbenchWindow window) {
        super(NLS.bind(Messages.Job_import, source.getFileName(), dataset.getFileName()));
        this.source = source;
        this.dataset = dataset;
        this.options = options;
        this.known = known;
        this.window = window;
        setUser(true);
        setRule(new DatasetRule(dataset));
    }

    /** Two imports into the same dataset directory never run at once. */
    private record DatasetRule(Path dataset) implements ISchedulingRule {

        @Override
        public boolean contains(@Nullable ISchedulingRule rule) {
            return equals(rule);
        }

        @Override
        public boolean isConflicting(@Nullable ISchedulingRule rule) {
            return equals(rule);
        }
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try (ServiceLookup services = new ServiceLookup()) {
            summary = services.require(SegyImportService.class).importFile(source, dataset, options, monitor);
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (DatasetException | IllegalStateException e) {
            // The message names the file and the cause; no stack trace for the user.
            return Status.error(NLS.bind(Messages.Error_import, source.getFileName(), e.getMessage()));
        }
        known.add(dataset);
        IWorkbenchWindow w = window;
        if (w != null) {
            Display display = w.getShell().getDisplay();
            display.asyncExec(() -> show(w));
        }
        return Status.OK_STATUS;
    }

    private void show(IWorkbenchWindow w) {
        IWorkbenchPage page = w.getActivePage();
        if (w.getShell().isDisposed() || page == null) {
            return;
        }
        try {
            OpenInViewer.open(page, dataset, known);
        } catch (PartInitException e) {
            // the dataset is imported and listed; the viewer could not be shown
        }
    }

    /** @return what the import did, once it succeeded */
    @Nullable
    ImportSummary summary() {
        return summary;
    }

    /** @return the dataset directory written */
    Path dataset() {
        return dataset;
    }
}
