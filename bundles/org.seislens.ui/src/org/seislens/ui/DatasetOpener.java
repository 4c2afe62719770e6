package org.seislens.ui;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * A part that shows datasets: the seismic viewer implements it, so that the product's command line, the
 * Datasets view and the import wizard can open a path without knowing the viewer's class.
 */
public interface DatasetOpener {

    /**
     * Opens a dataset directory, or imports a SEG-Y or Seismic Unix file into a sibling {@code <name>.seislens}
     * directory first, registers the dataset in the Datasets view, then shows it: the first gather of its first
     * indexed key (selected in the gather navigator), or all its traces when it has no ensemble index. Returns
     * at once; the work runs in a job.
     *
     * @param path a dataset directory or a SEG-Y file
     * @return the job doing it
     */
    Job open(Path path);

    /**
     * Shows the viewer of a page and opens a path in it. Call on the UI thread.
     *
     * @param page the workbench page
     * @param path a dataset directory or a SEG-Y file
     * @return the viewer's job, or {@code null} when the page's viewer is not a dataset opener
     * @throws PartInitException if the viewer cannot be created
     */
    static @Nullable Job openInViewer(IWorkbenchPage page, Path path) throws PartInitException {
        IViewPart view = page.showView(SeisLensUi.VIEW_VIEWER);
        return view instanceof DatasetOpener opener ? opener.open(path) : null;
    }
}
