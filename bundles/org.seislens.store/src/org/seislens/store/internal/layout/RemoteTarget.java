package org.seislens.store.internal.layout;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

import org.seislens.core.DatasetException;
import org.seislens.core.DatasetExistsException;
import org.seislens.store.internal.storage.S3Publisher;
import org.seislens.store.internal.storage.Storage;
import org.seislens.store.internal.storage.WriteMarker;

/**
 * The rules of a local target for a dataset location in object storage: nothing there, or what a dead writer
 * left, may be written; a SeisLens dataset only when replacing is asked for; objects that are no dataset, and a
 * dataset another process is writing, never.
 */
public final class RemoteTarget {

    private RemoteTarget() {
    }

    /**
     * Checks a target before anything is written.
     *
     * @param target a dataset location in object storage
     * @param replace whether an existing dataset may be replaced
     * @throws DatasetExistsException if a dataset is there and {@code replace} is not set
     * @throws DatasetException if the target may not be written, or its bucket cannot be listed
     */
    public static void check(Path target, boolean replace) throws DatasetException {
        Storage.checkBucket(target);
        check(target, replace, "a dataset already exists here; it is not replaced"); //$NON-NLS-1$
    }

    /**
     * Checks a target again just before a draft is uploaded to it.
     *
     * @param target a dataset location in object storage
     * @param replace whether an existing dataset may be replaced
     * @throws DatasetExistsException if a dataset appeared meanwhile and {@code replace} is not set
     * @throws DatasetException if the target may not be written
     */
    static void checkPublishable(Path target, boolean replace) throws DatasetException {
        check(target, replace, "appeared while this dataset was written (another import finished first?); it is" //$NON-NLS-1$
                + " not replaced"); //$NON-NLS-1$
    }

    private static void check(Path target, boolean replace, String existsMessage) throws DatasetException {
        S3Publisher.State state;
        try {
            state = S3Publisher.state(target, DatasetLayout.METADATA);
        } catch (FileSystemException e) {
            throw new DatasetException(target, e.getReason() == null ? e.getMessage() : e.getReason(), e);
        } catch (IOException e) {
            throw new DatasetException(target, "cannot be listed: " + e.getMessage(), e); //$NON-NLS-1$
        }
        switch (state) {
            case EMPTY, LEFT_OVER -> {
                // Nothing, or objects of a write whose writer died: the upload deletes them first.
            }
            case DATASET, DATASET_WITH_DEAD_MARKER -> {
                if (!DatasetLayout.isDataset(target)) {
                    throw new DatasetException(target, "holds a " + DatasetLayout.METADATA //$NON-NLS-1$
                            + " that is not a SeisLens dataset's; it is never replaced"); //$NON-NLS-1$
                }
                if (!replace) {
                    throw new DatasetExistsException(target, existsMessage);
                }
            }
            case BEING_WRITTEN -> throw new DatasetException(target, "another SeisLens process is writing a" //$NON-NLS-1$
                    + " dataset here (its " + WriteMarker.NAME + " is recent); it is not replaced"); //$NON-NLS-1$ //$NON-NLS-2$
            case OTHER -> throw new DatasetException(target, "holds objects that are not a SeisLens dataset (no " //$NON-NLS-1$
                    + DatasetLayout.METADATA + "); they are never replaced"); //$NON-NLS-1$
        }
    }
}
