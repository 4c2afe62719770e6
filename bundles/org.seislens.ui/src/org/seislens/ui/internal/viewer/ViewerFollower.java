package org.seislens.ui.internal.viewer;

import java.util.function.Consumer;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.seislens.ui.SeisLensUi;

/**
 * Which seismic viewer a view that works on the viewer's picture follows (the Processing view, the Amplitude
 * Spectrum): the one active last on its page (the open one at first), none once it closes. Tells the view whenever
 * it follows another viewer or the followed viewer's chain changes; the view may hang listeners of its own on the
 * viewer followed. Used on the UI thread, until {@link #dispose()}.
 */
public final class ViewerFollower {

    private final IWorkbenchPage page;
    private final Runnable changed;
    private final Consumer<SeismicViewerView> attach;
    private final Consumer<SeismicViewerView> detach;
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
     * Follows the page's viewer if one is open.
     *
     * @param page the view's page
     * @param changed told when the viewer followed or its chain changes
     */
    public ViewerFollower(IWorkbenchPage page, Runnable changed) {
        this(page, changed, v -> {
            // nothing more to listen to
        }, v -> {
            // nothing more to stop listening to
        });
    }

    /**
     * Follows the page's viewer if one is open.
     *
     * @param page the view's page
     * @param changed told when the viewer followed or its chain changes
     * @param attach hangs the view's own listeners on a viewer it starts following
     * @param detach takes them off a viewer it stops following (its controls may be disposed already)
     */
    public ViewerFollower(IWorkbenchPage page, Runnable changed, Consumer<SeismicViewerView> attach,
            Consumer<SeismicViewerView> detach) {
        this.page = page;
        this.changed = changed;
        this.attach = attach;
        this.detach = detach;
        page.addPartListener(partListener);
        follow(page.findView(SeisLensUi.VIEW_VIEWER) instanceof SeismicViewerView v ? v : null);
    }

    /** @return the viewer followed, or {@code null} */
    public @Nullable SeismicViewerView viewer() {
        return viewer;
    }

    /** Follows another viewer (or none) and says so. */
    private void follow(@Nullable SeismicViewerView followed) {
        if (!let(followed)) {
            return;
        }
        changed.run();
    }

    /** @return whether the viewer followed changed */
    private boolean let(@Nullable SeismicViewerView followed) {
        SeismicViewerView previous = viewer;
        if (previous == followed) {
            return false;
        }
        if (previous != null) {
            previous.removeChainListener(changed);
            detach.accept(previous);
        }
        viewer = followed;
        if (followed != null) {
            followed.addChainListener(changed);
            attach.accept(followed);
        }
        return true;
    }

    /** Stops following, without telling the view (which is going). */
    public void dispose() {
        page.removePartListener(partListener);
        let(null);
    }
}
