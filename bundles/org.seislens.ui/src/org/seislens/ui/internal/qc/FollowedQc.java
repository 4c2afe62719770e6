package org.seislens.ui.internal.qc;

import java.util.function.Consumer;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.seislens.ui.internal.viewer.SeismicViewerView;
import org.seislens.ui.internal.viewer.TraceSelection;

/**
 * What a QC view (Edits, QC Map) follows: the Seismic Viewer's selections, and the QC state of the dataset the
 * view shows, whose changes it listens to. The listener moves with the state; both are let go on {@link #dispose()}.
 * Used on the UI thread.
 */
final class FollowedQc {

    private final Consumer<DatasetQc.Change> changed;
    private @Nullable DatasetQc qc;
    private @Nullable IWorkbenchPage page;
    private @Nullable ISelectionListener selections;

    /**
     * @param changed told each change of the state shown
     */
    FollowedQc(Consumer<DatasetQc.Change> changed) {
        this.changed = changed;
    }

    /**
     * Follows the viewer's selections on a page, until {@link #dispose()}.
     *
     * @param on the view's page
     * @param shown told each section the viewer shows
     */
    void followViewer(IWorkbenchPage on, Consumer<TraceSelection> shown) {
        ISelectionListener l = (part, selection) -> {
            if (selection instanceof TraceSelection s) {
                shown.accept(s);
            }
        };
        page = on;
        selections = l;
        on.addSelectionListener(SeismicViewerView.ID, l);
    }

    /** @return the QC state shown, or {@code null} */
    @Nullable
    DatasetQc get() {
        return qc;
    }

    /**
     * Shows another state: its changes are told from now on, the old one's no longer.
     *
     * @param next the state
     */
    void set(DatasetQc next) {
        DatasetQc old = qc;
        if (old != null) {
            old.removeListener(changed);
        }
        qc = next;
        next.addListener(changed);
    }

    /** Stops following the viewer and listening to the state. */
    void dispose() {
        IWorkbenchPage p = page;
        ISelectionListener l = selections;
        if (p != null && l != null) {
            p.removeSelectionListener(SeismicViewerView.ID, l);
        }
        DatasetQc old = qc;
        if (old != null) {
            old.removeListener(changed);
        }
    }
}
