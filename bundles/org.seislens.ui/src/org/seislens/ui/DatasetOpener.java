package org.seislens.ui;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;

/**
 * A part that shows datasets: the seismic viewer implements it, so that the product can open a path given
 * on its command line without knowing the viewer's class.
 */
public interface DatasetOpener {

    /**
     * Opens a dataset directory, or imports a SEG-Y or Seismic Unix file into a sibling {@code <name>.seislens}
     * directory first, then shows it. Returns at once; the work runs in a job.
     *
     * @param path a dataset directory or a SEG-Y file
     * @return the job doing it
     */
    Job open(Path path);
}
