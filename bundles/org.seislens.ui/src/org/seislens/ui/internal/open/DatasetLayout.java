package org.seislens.ui.internal.open;

import java.nio.file.Files;
import java.nio.file.Path;

/** TEMPORARY until the core API lands. */
public final class DatasetLayout {
    private DatasetLayout() {
    }

    public static boolean isDataset(Path directory) {
        return Files.isRegularFile(directory.resolve("metadata.json")); //$NON-NLS-1$
    }

    public static Path defaultDatasetDirectory(Path segy) {
        Path fileName = segy.getFileName();
        String name = fileName == null ? "dataset" : fileName.toString(); //$NON-NLS-1$
        int dot = name.lastIndexOf('.');
        return segy.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".seislens"); //$NON-NLS-1$
    }
}
