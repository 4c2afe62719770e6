package org.seislens.ui.internal.viewer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;

/**
 * How the viewer reads a window: normally {@link Dataset#window}; tests put a controlled reader in between
 * to hold a load back and watch it being cancelled.
 */
@FunctionalInterface
public interface WindowReader {

    /** Reads straight from the dataset. */
    WindowReader DIRECT = Dataset::window;

    /**
     * @param dataset the dataset
     * @param bounds the window
     * @param monitor cancellation
     * @return the samples
     * @throws DatasetException if the storage cannot be read
     */
    WindowData read(Dataset dataset, WindowBounds bounds, IProgressMonitor monitor) throws DatasetException;
}
