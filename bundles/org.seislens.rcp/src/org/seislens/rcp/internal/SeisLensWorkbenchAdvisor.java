package org.seislens.rcp.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
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
        Path path = pathArgument(arguments);
        if (path == null) {
            return;
        }
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getActivePage() == null) {
            return;
        }
        try {
            IViewPart view = window.getActivePage().showView(SeisLensUi.VIEW_VIEWER);
            if (view instanceof DatasetOpener opener) {
                opener.open(path);
            }
        } catch (PartInitException e) {
            ILog.of(getClass()).error("Cannot show the viewer for " + path, e); //$NON-NLS-1$
        }
    }

    /**
     * @param args application arguments
     * @return the first argument that names an existing file or directory and is not the value of an option
     *         (such as {@code -testproperties FILE}), or {@code null}
     */
    static @Nullable Path pathArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("-")) { //$NON-NLS-1$
                continue;
            }
            if (i > 0 && args[i - 1].startsWith("-")) { //$NON-NLS-1$
                continue;
            }
            Path path = Path.of(arg).toAbsolutePath();
            if (Files.exists(path)) {
                return path;
            }
        }
        return null;
    }

    /** @return the application arguments, for the parts that open files given on the command line */
    public String[] arguments() {
        return arguments.clone();
    }
}
