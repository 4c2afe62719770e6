package org.seislens.rcp.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.seislens.ui.DatasetArguments;
import org.seislens.ui.DatasetOpener;
import org.seislens.ui.SeisLensUi;

/**
 * Opens the workbench on the Gather QC perspective, remembers the window layout between runs, and shows a
 * dataset directory or SEG-Y file named on the command line ({@code ./seislens <path>}) in the viewer.
 */
public class SeisLensWorkbenchAdvisor extends WorkbenchAdvisor {

    private final String[] arguments;

    /**
     * @param arguments the application arguments (paths to open, options)
     */
    public SeisLensWorkbenchAdvisor(String[] arguments) {
        this.arguments = arguments.clone();
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return SeisLensUi.PERSPECTIVE_GATHER_QC;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new SeisLensWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        super.postStartup();
        List<Path> paths = DatasetArguments.paths(arguments);
        if (paths.isEmpty()) {
            return;
        }
        // The viewer shows one dataset: the first path; a missing one is reported by the opening job.
        Path path = paths.get(0);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return;
        }
        try {
            DatasetOpener.openInViewer(window.getActivePage(), path);
        } catch (PartInitException e) {
            ILog.of(getClass()).error("Cannot show the viewer for " + path, e); //$NON-NLS-1$
        }
    }

    /** @return the application arguments, for the parts that open files given on the command line */
    public String[] arguments() {
        return arguments.clone();
    }
}
