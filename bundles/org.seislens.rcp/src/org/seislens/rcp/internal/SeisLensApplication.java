package org.seislens.rcp.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the SeisLens workbench. Arguments that are not Eclipse options (for instance a dataset or SEG-Y
 * path) stay available through {@link IApplicationContext#ARGUMENTS}.
 */
public class SeisLensApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            Display.setAppName("SeisLens"); //$NON-NLS-1$
            Object arguments = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
            String[] args = arguments instanceof String[] a ? a : new String[0];
            int code = PlatformUI.createAndRunWorkbench(display, new SeisLensWorkbenchAdvisor(args));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
