package org.seislens.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.seislens.ui.internal.viewer.SeismicViewerView;

/**
 * Finds the seismic viewer a command acts on.
 */
final class Viewers {

    private Viewers() {
    }

    /**
     * @param event the command's event
     * @return the viewer of the active page, or {@code null} when it is not open
     * @throws ExecutionException if there is no workbench window
     */
    static @Nullable SeismicViewerView find(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        IViewPart view = page == null ? null : page.findView(SeismicViewerView.ID);
        return view instanceof SeismicViewerView viewer ? viewer : null;
    }

    /**
     * @param window a workbench window
     * @return the viewer, opened and activated
     * @throws ExecutionException if it cannot be opened
     */
    static SeismicViewerView show(IWorkbenchWindow window) throws ExecutionException {
        try {
            return (SeismicViewerView) window.getActivePage().showView(SeismicViewerView.ID);
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
    }
}
