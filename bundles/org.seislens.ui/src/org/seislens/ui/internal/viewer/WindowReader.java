package org.seislens.ui.internal.viewer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.WindowBounds;

/**
 * How the viewer reads a window into an array of its own: normally {@link Dataset#readWindow}; tests put a
 * controlled reader in between to hold a load back and watch it being cancelled.
 */
@FunctionalInterface
public interface WindowReader {

    /** Reads straight from the dataset. */
    WindowReader DIRECT = Dataset::readWindow;

    /**
     * @param dataset the dataset
     * @param bounds the window
     * @param destination receives the window's samples, trace after trace
     * @param monitor cancellation
     * @throws DatasetException if the storage cannot be read
     */
    void read(Dataset dataset, WindowBounds bounds, float[] destination, IProgressMonitor monitor)
            throws DatasetException;
}
