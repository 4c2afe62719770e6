package org.seislens.ui.internal.wizards;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetService;
import org.seislens.core.ImportOptions;
import org.seislens.core.SegyImportService;
import org.seislens.core.SegyPreview;
import org.seislens.ui.DatasetOpener;
import org.seislens.ui.internal.Services;
import org.seislens.ui.internal.open.OpenDatasetJob;

/**
 * File &gt; Import &gt; SeisLens &gt; SEG-Y into a SeisLens dataset. The preview is read in a job whenever the
 * source or an override changes; Finish starts the import as a user job and closes the wizard.
 */
public class SegyImportWizard extends Wizard implements IImportWizard {

    /** Trace headers shown in the preview. */
    static final int PREVIEW_TRACES = 20;
    /** Typing pauses this long before a preview is read. */
    private static final long PREVIEW_DELAY_MILLIS = 250;

    private final PreviewJob previewJob = new PreviewJob();
    private final @Nullable DatasetService datasets = Services.find(PlatformUI.getWorkbench(), DatasetService.class);
    private final SourcePage sourcePage = new SourcePage(this::settingsChanged,
            source -> datasets == null ? null : datasets.defaultDatasetDirectory(source));
    private final PreviewPage previewPage = new PreviewPage();
    private @Nullable IWorkbenchWindow window;
    private @Nullable OpenDatasetJob importJob;
    private int generation;

    /** Creates the wizard; the workbench calls {@link #init(IWorkbench, IStructuredSelection)}. */
    public SegyImportWizard() {
        setWindowTitle(Messages.Wizard_title);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        window = workbench.getActiveWorkbenchWindow();
    }

    @Override
    public void addPages() {
        addPage(sourcePage);
        addPage(previewPage);
    }

    @Override
    public boolean canFinish() {
        return sourcePage.isPageComplete() && previewPage.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        Path source = sourcePage.source();
        Path dataset = sourcePage.destination();
        if (!canFinish() || source == null || dataset == null) {
            return false;
        }
        IWorkbenchWindow w = window;
        OpenDatasetJob job = OpenDatasetJob.importInto(source, dataset, sourcePage.options(),
                w != null ? w : PlatformUI.getWorkbench(), null);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult().isOK() && w != null && !w.getShell().isDisposed()) {
                    w.getShell().getDisplay().asyncExec(() -> showInViewer(w, dataset));
                }
            }
        });
        importJob = job;
        job.schedule();
        return true;
    }

    /** Shows the imported dataset in the viewer of the window the wizard was started from. */
    private static void showInViewer(IWorkbenchWindow w, Path dataset) {
        IWorkbenchPage page = w.getActivePage();
        if (w.getShell().isDisposed() || page == null) {
            return;
        }
        try {
            DatasetOpener.openInViewer(page, dataset);
        } catch (PartInitException e) {
            // the dataset is imported and listed; the viewer could not be shown
        }
    }

    @Override
    public void dispose() {
        previewJob.cancel();
        super.dispose();
    }

    /** Reads a new preview for the page's current source and overrides. Called on the UI thread. */
    private void settingsChanged() {
        generation++;
        previewJob.cancel();
        Path source = sourcePage.source();
        if (source == null || !java.nio.file.Files.isRegularFile(source)) {
            previewPage.failed(source == null ? Messages.Source_noFile : NLS.bind(Messages.Source_fileMissing, source));
            sourcePage.setPreviewProblem(null);
            return;
        }
        ImportOptions options = sourcePage.options();
        previewPage.reading(source);
        previewJob.request(new Request(generation, source, options, Services.find(PlatformUI.getWorkbench(),
                SegyImportService.class)));
        previewJob.schedule(PREVIEW_DELAY_MILLIS);
    }

    private void previewDone(Request request, @Nullable SegyPreview preview, @Nullable String problem) {
        if (request.generation() != generation || getShell() == null || getShell().isDisposed()) {
            return;
        }
        if (preview != null) {
            sourcePage.setColumns(preview.traceHeaderColumns());
            sourcePage.setPreviewProblem(null);
            previewPage.show(preview);
        } else {
            String message = problem == null ? "" : problem; //$NON-NLS-1$
            sourcePage.setPreviewProblem(message);
            previewPage.failed(message);
        }
        if (getContainer() != null && getContainer().getCurrentPage() != null) {
            getContainer().updateButtons();
            getContainer().updateMessage();
        }
    }

    private record Request(int generation, Path source, ImportOptions options, @Nullable SegyImportService service) {
    }

    /** Reads previews off the UI thread; only the latest request's result is shown. */
    private final class PreviewJob extends Job {

        private @Nullable Request request;

        PreviewJob() {
            super(Messages.Job_preview);
            setSystem(true);
        }

        synchronized void request(Request next) {
            request = next;
            setName(NLS.bind(Messages.Job_preview, next.source().getFileName()));
        }

        private synchronized @Nullable Request take() {
            return request;
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            Request r = take();
            if (r == null) {
                return Status.OK_STATUS;
            }
            SegyPreview preview = null;
            String problem = null;
            SegyImportService service = r.service();
            try {
                if (service == null) {
                    problem = NLS.bind(Messages.Error_noService, SegyImportService.class.getSimpleName());
                } else {
                    preview = service.preview(r.source(), r.options(), PREVIEW_TRACES, monitor);
                }
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (DatasetException e) {
                problem = e.getMessage();
            }
            SegyPreview p = preview;
            String m = problem;
            Display display = Display.getDefault();
            if (!display.isDisposed()) {
                display.asyncExec(() -> previewDone(r, p, m));
            }
            return Status.OK_STATUS;
        }
    }

    // ---- for tests

    SourcePage sourcePage() {
        return sourcePage;
    }

    PreviewPage previewPage() {
        return previewPage;
    }

    /** @return the import started by Finish, or {@code null} */
    @Nullable
    OpenDatasetJob importJob() {
        return importJob;
    }

    /** @return whether the latest preview request has been answered */
    boolean isPreviewSettled() {
        return previewJob.getState() == Job.NONE && (previewPage.preview() != null
                || previewPage.getErrorMessage() != null);
    }
}
