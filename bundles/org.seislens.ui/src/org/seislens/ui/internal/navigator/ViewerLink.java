package org.seislens.ui.internal.navigator;

import java.util.function.Consumer;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.seislens.core.Dataset;
import org.seislens.core.Ensemble;
import org.seislens.ui.SeisLensUi;
import org.seislens.ui.internal.viewer.SeismicViewerView;
import org.seislens.ui.internal.viewer.TraceSelection;

/**
 * The navigator's link to the Seismic Viewer of its page: it follows what the viewer shows (also a gather the
 * viewer opened by itself) and hands the viewer the gathers stepped to. Used on the UI thread.
 */
final class ViewerLink {

    private final IWorkbenchPage page;
    private final ISelectionListener listener;

    /**
     * Follows the viewer from now on, until {@link #dispose()}; told at once what it shows if it is open.
     *
     * @param page the navigator's page
     * @param shown told each section the viewer shows
     */
    ViewerLink(IWorkbenchPage page, Consumer<TraceSelection> shown) {
        this.page = page;
        this.listener = (part, selection) -> {
            if (selection instanceof TraceSelection picked) {
                shown.accept(picked);
            }
        };
        page.addPostSelectionListener(SeisLensUi.VIEW_VIEWER, listener);
        if (viewer() instanceof SeismicViewerView v && v.selection().getSelection() instanceof TraceSelection now) {
            shown.accept(now);
        }
    }

    private @Nullable IViewPart viewer() {
        return page.findView(SeisLensUi.VIEW_VIEWER);
    }

    /**
     * Shows a gather stepped to in the viewer, then starts the prefetch once it is on screen; without a viewer,
     * starts the prefetch at once.
     *
     * @param d the dataset
     * @param e the gather
     * @param player told to prefetch the processed gathers while the viewer applies a chain
     * @param prefetch starts the prefetch of the gathers ahead
     */
    void show(Dataset d, Ensemble e, GatherPlayer player, Runnable prefetch) {
        if (viewer() instanceof SeismicViewerView v) {
            v.showEnsemble(d, e);
            if (v.dataset() == d) {
                // With a chain applied, the gathers ahead are prefetched processed.
                player.prefetchFrom(v.processedDataset());
            }
            v.afterShown(e, prefetch);
        } else {
            prefetch.run();
        }
    }

    /** Stops following the viewer. */
    void dispose() {
        page.removePostSelectionListener(SeisLensUi.VIEW_VIEWER, listener);
    }
}
