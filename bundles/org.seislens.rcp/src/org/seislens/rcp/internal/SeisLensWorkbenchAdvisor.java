package org.seislens.rcp.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.seislens.ui.SeisLensUi;

/**
 * Opens the workbench on the Gather QC perspective and remembers the window layout between runs.
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

    /** @return the application arguments, for the parts that open files given on the command line */
    public String[] arguments() {
        return arguments.clone();
    }
}
