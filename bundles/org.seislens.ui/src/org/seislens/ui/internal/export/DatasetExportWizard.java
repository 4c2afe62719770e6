package org.seislens.ui.internal.export;

import java.nio.file.Path;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.seislens.core.ExportOptions;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingService;
import org.seislens.core.SegyExportService;
import org.seislens.ui.internal.Services;

/**
 * File &gt; Export &gt; SeisLens &gt; Dataset to SEG-Y: what to export (from what the viewer shows), then the
 * format and file; Finish starts the export as a cancellable user job ({@link ExportJob}) and closes the wizard.
 */
public class DatasetExportWizard extends Wizard implements IExportWizard {

    private ViewerContext context = ViewerContext.NONE;
    private ContentPage.Scope scope = ContentPage.Scope.ALL;
    private @Nullable ContentPage contentPage;
    private final TargetPage targetPage = new TargetPage();
    private @Nullable ExportJob job;

    /** Creates the wizard; the workbench calls {@link #init(IWorkbench, IStructuredSelection)}. */
    public DatasetExportWizard() {
        setWindowTitle(Messages.Wizard_title);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        context = ViewerContext.of(workbench.getActiveWorkbenchWindow());
    }

    /**
     * Starts the wizard on given choices instead of the active viewer's, as Export Gather... does.
     *
     * @param shown what the viewer shows
     * @param initial the scope chosen at first
     */
    void init(ViewerContext shown, ContentPage.Scope initial) {
        this.context = shown;
        this.scope = initial;
    }

    @Override
    public void addPages() {
        ContentPage page = new ContentPage(context, scope);
        contentPage = page;
        addPage(page);
        addPage(targetPage);
    }

    @Override
    public boolean performFinish() {
        ContentPage content = contentPage;
        Path dataset = content == null ? null : content.datasetPath();
        Path target = targetPage.target();
        if (content == null || dataset == null || target == null || !canFinish()) {
            return false;
        }
        SegyExportService exporter = Services.find(PlatformUI.getWorkbench(), SegyExportService.class);
        if (exporter == null) {
            targetPage.setErrorMessage(NLS.bind(Messages.Job_noService, SegyExportService.class.getSimpleName()));
            return false;
        }
        ProcessingChain chain = content.applyChain() ? context.chain() : null;
        ExportOptions options = content.options(targetPage.formatCode(), targetPage.byteOrder(), targetPage.force(),
                null);
        ExportJob j = new ExportJob(exporter,
                chain == null ? null : Services.find(PlatformUI.getWorkbench(), ProcessingService.class), dataset,
                target, options, chain);
        job = j;
        j.schedule();
        return true;
    }

    /** @return the export Finish started, or {@code null} */
    public @Nullable ExportJob job() {
        return job;
    }

    /** @return the first page, for tests */
    @Nullable
    ContentPage contentPage() {
        return contentPage;
    }

    /** @return the second page, for tests */
    TargetPage targetPage() {
        return targetPage;
    }
}
