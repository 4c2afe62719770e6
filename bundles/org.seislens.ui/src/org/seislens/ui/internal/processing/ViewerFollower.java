package org.seislens.ui.internal.processing;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.viewer.SeismicViewerView;

/**
 * Which seismic viewer the Processing view edits the chain of: the one active last on its page (the open one at
 * first), none once it closes. Tells the view whenever it follows another viewer or the followed viewer's chain
 * changes. Used on the UI thread, until {@link #dispose()}.
 */
final class ViewerFollower {

    private final IWorkbenchPage page;
    private final Runnable changed;
    private final Runnable chainListener;
    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            IWorkbenchPart part = ref.getPart(false);
            if (part instanceof SeismicViewerView v) {
                follow(v);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == viewer) {
                follow(null);
            }
        }
    };
    private @Nullable SeismicViewerView viewer;

    /**
     * Follows the page's viewer if one is open, and tells {@code changed} at once.
     *
     * @param page the view's page
     * @param changed told when the viewer followed or its chain changes
     */
    ViewerFollower(IWorkbenchPage page, Runnable changed) {
        this.page = page;
        this.changed = changed;
        this.chainListener = changed;
        page.addPartListener(partListener);
        follow(page.findView(SeisLensUi.VIEW_VIEWER) instanceof SeismicViewerView v ? v : null);
    }

    /** @return the viewer followed, or {@code null} */
    @Nullable
    SeismicViewerView viewer() {
        return viewer;
    }

    /** Follows another viewer (or none): its chain is shown and edited from now on. */
    private void follow(@Nullable SeismicViewerView followed) {
        SeismicViewerView previous = viewer;
        if (previous == followed && followed != null) {
            return;
        }
        if (previous != null) {
            previous.removeChainListener(chainListener);
        }
        viewer = followed;
        if (followed != null) {
            followed.addChainListener(chainListener);
        }
        changed.run();
    }

    /** Stops following. */
    void dispose() {
        page.removePartListener(partListener);
        SeismicViewerView v = viewer;
        if (v != null) {
            v.removeChainListener(chainListener);
        }
    }
}
