package org.seislens.store.internal.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.seislens.core.DatasetException;
import org.seislens.core.DatasetExistsException;
import org.seislens.store.internal.layout.DatasetLayout;
import org.seislens.store.internal.layout.RemoteTarget;
import org.seislens.store.internal.storage.Storage;

/**
 * Decides, before anything is read or written, whether an import may write its dataset directory: a path
 * that does not exist, or, when replacing is allowed, a SeisLens dataset that does not hold the source. Anything
 * else at the target (a file, a symbolic link, a directory that is not a dataset) is never replaced; the
 * refusal names the path and why.
 */
public final class ImportTarget {

    private ImportTarget() {
    }

    /**
     * @param source the file to import
     * @param dataset the dataset directory asked for
     * @param replace whether an existing dataset may be replaced
     * @return the target, absolute and normalised
     * @throws DatasetExistsException if the target is a dataset and {@code replace} is not set
     * @throws DatasetException if the target exists and may not be replaced, or cannot be created
     */
    public static Path check(Path source, Path dataset, boolean replace) throws DatasetException {
        if (Storage.isRemote(dataset)) {
            // Objects cannot be renamed: the rules of object storage, where the source is never inside.
            RemoteTarget.check(dataset, replace);
            return dataset.toAbsolutePath();
        }
        Path target = dataset.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new DatasetException(target, "has no parent directory to write into"); //$NON-NLS-1$
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isSymbolicLink(target)) {
                throw new DatasetException(target, "is a symbolic link; it is not replaced (name the directory" //$NON-NLS-1$
                        + " it points to)"); //$NON-NLS-1$
            }
            if (!DatasetLayout.isDataset(target)) {
                throw new DatasetException(target, "exists and is not a SeisLens dataset (a directory with " //$NON-NLS-1$
                        + DatasetLayout.METADATA + " marked \"" + DatasetLayout.FORMAT + "\" and " //$NON-NLS-1$ //$NON-NLS-2$
                        + DatasetLayout.SAMPLES + "); it is never replaced"); //$NON-NLS-1$
            }
            if (!replace) {
                throw new DatasetExistsException(target, "a dataset already exists here; it is not replaced"); //$NON-NLS-1$
            }
            if (holds(target, source)) {
                throw new DatasetException(target, "holds the source file " + source //$NON-NLS-1$
                        + "; replacing the dataset would delete it, so it is not replaced"); //$NON-NLS-1$
            }
        }
        if (!Files.isDirectory(parent)) {
            throw new DatasetException(target, "cannot be created: " + parent + " is not a directory"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return target;
    }

    /**
     * @return whether {@code file} lies inside {@code directory}, following symbolic links on both sides; when
     *         a real path cannot be worked out (other than for a missing source), the answer is yes, so nothing
     *         is deleted on a doubt
     */
    private static boolean holds(Path directory, Path file) {
        try {
            return file.toRealPath().startsWith(directory.toRealPath());
        } catch (NoSuchFileException e) {
            // A missing source is refused as such when it is opened.
            return false;
        } catch (IOException | SecurityException e) {
            return true;
        }
    }
}
