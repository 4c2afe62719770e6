package org.seislens.ui.internal.qc;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.Ensemble;
import org.seislens.ui.internal.viewer.SeismicViewerView;

/**
 * Brings a trace or a gather of the dataset the viewer shows into the viewer: the Edits view's double click and the
 * map's click. The gather is found off the UI thread; the viewer is changed on it.
 */
final class GoTo {

    private GoTo() {
    }

    /**
     * Opens the gather of a trace (by the key of the gather shown, or the dataset's first ensemble key) and picks
     * the trace in it.
     *
     * @param page the workbench page
     * @param trace a trace index of the dataset the viewer shows
     * @return the job that finds the gather, or {@code null} when the viewer shows no dataset
     */
    static @Nullable Job trace(IWorkbenchPage page, long trace) {
        SeismicViewerView view = viewer(page);
        Dataset dataset = view == null ? null : view.dataset();
        if (view == null || dataset == null) {
            return null;
        }
        Ensemble shown = view.ensemble();
        List<String> keys = dataset.descriptor().ensembleKeys();
        String key = shown != null ? shown.key() : keys.isEmpty() ? null : keys.get(0);
        return schedule(view, NLS.bind(Messages.Job_goTo, Long.valueOf(trace)), monitor -> {
            if (key == null) {
                return new Found(null, trace);
            }
            long value = dataset.headers(new long[] { trace }, List.of(key), monitor).value(0, key);
            Ensemble e = dataset.ensemble(key, value, monitor);
            if (e == null) {
                return new Found(null, trace);
            }
            for (int i = 0; i < e.traceCount(); i++) {
                if (e.traceIndex(i) == trace) {
                    return new Found(e, i);
                }
            }
            return new Found(null, trace);
        });
    }

    /**
     * Opens a gather in the viewer.
     *
     * @param page the workbench page
     * @param key an indexed key
     * @param value its value
     * @return the job that finds the gather, or {@code null} when the viewer shows no dataset
     */
    static @Nullable Job gather(IWorkbenchPage page, String key, long value) {
        SeismicViewerView view = viewer(page);
        Dataset dataset = view == null ? null : view.dataset();
        if (view == null || dataset == null) {
            return null;
        }
        return schedule(view, NLS.bind(Messages.Job_goToGather, key, Long.valueOf(value)), monitor -> {
            Ensemble e = dataset.ensemble(key, value, monitor);
            if (e == null) {
                throw new DatasetException(dataset.descriptor().location(), "has no " + key + '=' + value); //$NON-NLS-1$
            }
            return new Found(e, -1);
        });
    }

    /** What to show: an ensemble (or the whole dataset) and the position to pick in it (or -1). */
    private record Found(@Nullable Ensemble ensemble, long position) {
    }

    private interface Finder {
        Found find(IProgressMonitor monitor) throws DatasetException;
    }

    private static Job schedule(SeismicViewerView view, String name, Finder finder) {
        Dataset dataset = view.dataset();
        Display display = view.getSite().getShell().getDisplay();
        Job job = Job.create(name, monitor -> {
            try {
                Found found = finder.find(monitor);
                display.asyncExec(() -> show(view, dataset, found));
                return Status.OK_STATUS;
            } catch (DatasetException e) {
                return (IStatus) Status.error(e.getMessage());
            }
        });
        job.schedule();
        return job;
    }

    private static void show(SeismicViewerView view, @Nullable Dataset dataset, Found found) {
        Dataset now = view.dataset();
        if (view.canvas().isDisposed() || dataset == null || now == null
                || !dataset.descriptor().location().equals(now.descriptor().location())) {
            return; // the viewer moved on to another dataset meanwhile
        }
        Ensemble e = found.ensemble();
        if (e == null && view.ensemble() != null) {
            return; // the trace's gather was not found: its position in the shown gather is unknown
        }
        long position = found.position();
        if (e != null && !e.equals(view.ensemble())) {
            view.showEnsemble(now, e);
            if (position >= 0) {
                // Showing a gather starts with no trace picked: pick once the gather is on screen.
                view.afterShown(e, () -> view.highlight(position));
            }
        } else if (position >= 0) {
            view.highlight(position);
        }
        view.getSite().getPage().activate(view);
    }

    private static @Nullable SeismicViewerView viewer(IWorkbenchPage page) {
        try {
            return (SeismicViewerView) page.showView(SeismicViewerView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            return null;
        }
    }
}
