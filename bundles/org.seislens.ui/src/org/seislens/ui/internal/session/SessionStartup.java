package org.seislens.ui.internal.session;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;
import org.seislens.core.DataCache;
import org.seislens.core.DatasetService;
import org.seislens.ui.SeisLensUi;

/**
 * Carries the hot set across restarts: records the gathers the viewers show, saves them at exit, and at the
 * next start, once the restored views have asked for their own gathers, warms the shared cache with them in
 * a background job (the earlier tool this replaces lost its cache at every restart).
 */
public class SessionStartup implements IStartup {

    /** Delay before the warm-up, so that the gathers restored views show are read first. */
    static final long WARM_UP_DELAY_MS = 1500;

    private static final String FILE = "hot-set.xml"; //$NON-NLS-1$

    /** @return where the hot set is kept: the UI bundle's state location in the workspace */
    public static Path hotSetFile() {
        return Platform.getStateLocation(FrameworkUtil.getBundle(SessionStartup.class)).toPath().resolve(FILE);
    }

    @Override
    public void earlyStartup() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        Path file = hotSetFile();
        HotSet saved = HotSet.load(file);
        HotSetRecorder recorder = new HotSetRecorder(saved);
        // Part-specific listening: the viewers' sections arrive whichever part is active (the navigator moves
        // the viewer while it has the focus itself).
        workbench.getDisplay().asyncExec(() -> {
            for (IWorkbenchWindow w : workbench.getWorkbenchWindows()) {
                w.getSelectionService().addSelectionListener(SeisLensUi.VIEW_VIEWER, recorder);
            }
            workbench.addWindowListener(new IWindowListener() {
                @Override
                public void windowOpened(IWorkbenchWindow window) {
                    window.getSelectionService().addSelectionListener(SeisLensUi.VIEW_VIEWER, recorder);
                }

                @Override
                public void windowClosed(IWorkbenchWindow window) {
                    window.getSelectionService().removeSelectionListener(SeisLensUi.VIEW_VIEWER, recorder);
                }

                @Override
                public void windowActivated(IWorkbenchWindow window) {
                    // nothing to do
                }

                @Override
                public void windowDeactivated(IWorkbenchWindow window) {
                    // nothing to do
                }
            });
        });
        workbench.addWorkbenchListener(new IWorkbenchListener() {
            @Override
            public boolean preShutdown(IWorkbench w, boolean forced) {
                try {
                    recorder.hotSet().save(file);
                } catch (IOException e) {
                    Platform.getLog(SessionStartup.class).warn("The gathers to warm at the next start were not saved: " //$NON-NLS-1$
                            + e.getMessage());
                }
                return true;
            }

            @Override
            public void postShutdown(IWorkbench w) {
                // saved in preShutdown, while the workbench still runs
            }
        });
        DatasetService datasets = workbench.getService(DatasetService.class);
        DataCache cache = workbench.getService(DataCache.class);
        if (!saved.gathers().isEmpty() && datasets != null && cache != null) {
            new WarmUpJob(saved, datasets, cache).schedule(WARM_UP_DELAY_MS);
        }
    }
}
