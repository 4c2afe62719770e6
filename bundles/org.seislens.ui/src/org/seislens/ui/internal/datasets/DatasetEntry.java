package org.seislens.ui.internal.datasets;

import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.views.properties.IPropertySource;
import org.seislens.core.DatasetDescriptor;

/**
 * One row of the Datasets view: a known dataset directory and what was read of it.
 *
 * @param location the dataset directory
 * @param descriptor its descriptor, {@code null} while it is read or when it cannot be read
 * @param sizeOnDisk the bytes of its files, -1 when unknown
 * @param error why it cannot be read, or {@code null}
 */
public record DatasetEntry(Path location, @Nullable DatasetDescriptor descriptor, long sizeOnDisk,
        @Nullable String error) implements IAdaptable {

    /**
     * @param location a dataset directory not read yet
     * @return its row while it is read
     */
    static DatasetEntry reading(Path location) {
        return new DatasetEntry(location, null, -1, null);
    }

    /** @return the name shown: the descriptor's, else the directory name */
    public String name() {
        DatasetDescriptor d = descriptor;
        if (d != null) {
            return d.name();
        }
        Path file = location.getFileName();
        return file == null ? location.toString() : file.toString();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySource.class) {
            return adapter.cast(new DatasetPropertySource(this));
        }
        return null;
    }
}
