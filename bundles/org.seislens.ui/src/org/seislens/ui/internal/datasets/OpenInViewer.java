package org.seislens.ui.internal.datasets;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.seislens.ui.DatasetOpener;
import org.seislens.ui.SeisLensUi;

/**
 * Shows a dataset (or a SEG-Y file, which the viewer imports first) in the seismic viewer of a page, and
 * remembers the dataset as known once it is open.
 */
public final class OpenInViewer {

    private OpenInViewer() {
    }

    /**
     * Call on the UI thread.
     *
     * @param page the workbench page whose viewer shows it
     * @param path a dataset directory or a SEG-Y file
     * @param known where to remember the dataset once it is open
     * @return the viewer's job, or {@code null} when the viewer cannot be shown
     * @throws PartInitException if the viewer cannot be created
     */
    public static @Nullable Job open(IWorkbenchPage page, Path path, KnownDatasets known) throws PartInitException {
        IViewPart view = page.showView(SeisLensUi.VIEW_VIEWER);
        if (!(view instanceof DatasetOpener opener)) {
            return null;
        }
        Path dataset = Files.isRegularFile(path) ? importedSibling(path) : path;
        Job job = opener.open(path);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult().isOK()) {
                    known.add(dataset);
                }
            }
        });
        // The job may have ended before the listener was added; adding twice is harmless.
        IStatus result = job.getResult();
        if (result != null && result.isOK()) {
            known.add(dataset);
        }
        return job;
    }

    /**
     * @param file a SEG-Y or Seismic Unix file
     * @return the dataset directory the viewer imports it into: {@code <name>.seislens} beside it
     */
    public static Path importedSibling(Path file) {
        Path fileName = file.getFileName();
        String name = fileName == null ? "dataset" : fileName.toString(); //$NON-NLS-1$
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".seislens"); //$NON-NLS-1$
    }
}
