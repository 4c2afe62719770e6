package org.seislens.store.internal.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Removes what interrupted writes left in object storage ({@link S3Publisher}): under a prefix, and under each
 * prefix one level below it, the objects beside a {@link WriteMarker} whose writer is gone and no metadata file.
 * A complete dataset beside a dead writer's marker keeps its objects; only the marker goes.
 */
public final class S3Leftovers {

    private S3Leftovers() {
    }

    /**
     * @param parent a prefix that holds datasets, or a dataset's prefix
     * @param metadataName the dataset's metadata file name
     * @param monitor progress and cancellation
     * @return the dataset prefixes whose objects were removed
     * @throws IOException if a listing or a deletion fails
     */
    public static List<Path> remove(Path parent, String metadataName, IProgressMonitor monitor) throws IOException {
        S3Path p = (S3Path) parent.toAbsolutePath();
        S3FileSystem fs = p.getFileSystem();
        List<Path> candidates = new ArrayList<>();
        if (!p.key().isEmpty()) {
            candidates.add(p);
        }
        String prefix = p.key().isEmpty() ? "" : p.key() + "/"; //$NON-NLS-1$ //$NON-NLS-2$
        for (String sub : S3Listing.of(fs.client(), fs.bucket(), prefix, "/").prefixes()) { //$NON-NLS-1$
            candidates.add(S3Path.parse(fs, sub, true));
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Removing leftovers in " + parent, candidates.size()); //$NON-NLS-1$
        List<Path> removed = new ArrayList<>();
        for (Path candidate : candidates) {
            progress.split(1);
            String key = ((S3Path) candidate).key() + "/"; //$NON-NLS-1$
            switch (S3Publisher.state(candidate, metadataName)) {
                case LEFT_OVER -> {
                    S3Publisher.deleteAll(fs.client(), fs.bucket(), key);
                    fs.forgetSizes(key);
                    removed.add(candidate);
                }
                case DATASET_WITH_DEAD_MARKER -> fs.client().delete(fs.bucket(), key + WriteMarker.NAME);
                default -> {
                    // A dataset, a write in progress, nothing, or objects that are not ours: left alone.
                }
            }
        }
        return removed;
    }
}
