package org.seislens.ui.internal.viewer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.DatasetException;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;

/**
 * The reading of one load of the viewer, on its job's thread: its windows are read into arrays of the viewer's
 * {@link SampleArrays}, and the arrays go back there when the load is not shown after all.
 */
final class WindowLoad {

    private final SampleArrays arrays;
    private final WindowReader reader;
    private final WindowBounds bounds;
    private final List<float[]> taken = new ArrayList<>(3);

    /**
     * @param arrays where the arrays come from
     * @param reader how windows of a dataset are read
     * @param bounds the display positions and samples of the load
     */
    WindowLoad(SampleArrays arrays, WindowReader reader, WindowBounds bounds) {
        this.arrays = arrays;
        this.reader = reader;
        this.bounds = bounds;
    }

    /**
     * @param section what to read from
     * @param monitor cancellation
     * @return the samples of the load's bounds
     * @throws DatasetException if the storage cannot be read
     */
    WindowData read(Section section, IProgressMonitor monitor) throws DatasetException {
        return section.read(reader, bounds, this::take, monitor);
    }

    /**
     * @param raw the stored samples, or {@code null}
     * @param processed the processed samples, or {@code null}
     * @return the windows, with their difference when both are given
     */
    LoadedWindows windows(@Nullable WindowData raw, @Nullable WindowData processed) {
        if (raw == null || processed == null) {
            return new LoadedWindows(raw, processed, null);
        }
        return new LoadedWindows(raw, processed, LoadedWindows.difference(raw, processed, take(raw.samples().length)));
    }

    /**
     * Gives the arrays back: the load is not shown. A read that failed or was cancelled through its monitor has
     * returned after every thread reading for it stopped writing; one whose thread was interrupted may not have,
     * so its arrays are left to the collector.
     */
    void drop() {
        boolean written = !Thread.currentThread().isInterrupted();
        for (float[] array : taken) {
            if (written) {
                arrays.give(array);
            } else {
                arrays.forget(array);
            }
        }
        taken.clear();
    }

    private float[] take(int length) {
        float[] array = arrays.take(length);
        taken.add(array);
        return array;
    }
}
