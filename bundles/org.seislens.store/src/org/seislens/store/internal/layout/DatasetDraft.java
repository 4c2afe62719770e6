package org.seislens.store.internal.layout;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetExistsException;
import org.seislens.store.internal.storage.S3Publisher;
import org.seislens.store.internal.storage.Storage;

/**
 * A dataset being written: a hidden temporary sibling of the target directory, holding a lock file that this
 * process keeps locked until the draft is published or discarded, so that a later cleanup can tell a draft
 * whose writer died from one still being written. Publishing renames the draft into place atomically;
 * closing an unpublished draft deletes it. Nothing half-written is ever visible under the target's name.
 * <p>
 * A target in object storage, where nothing can be renamed, is drafted in a local staging directory
 * ({@link Storage#staging()}) and published by uploading it with its metadata.json last ({@link S3Publisher}).
 */
public final class DatasetDraft implements AutoCloseable {

    private final Path target;
    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private boolean finished;

    private DatasetDraft(Path target, Path directory, FileChannel lockChannel, FileLock lock) {
        this.target = target;
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Creates the hidden temporary sibling of a target and locks its lock file.
     *
     * @param target the dataset directory to write (absolute, normalised)
     * @return the draft
     * @throws IOException if the sibling cannot be created or locked
     */
    public static DatasetDraft create(Path target) throws IOException {
        Path directory;
        if (Storage.isRemote(target)) {
            Path name = target.getFileName();
            Path staging = Files.createDirectories(Storage.staging());
            directory = DatasetLayout.temporarySibling(staging.resolve(name == null ? "dataset" : name.toString())); //$NON-NLS-1$
        } else {
            directory = DatasetLayout.temporarySibling(target);
        }
        Files.createDirectory(directory);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(directory.resolve(DatasetLayout.LOCK), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IOException(directory + " is locked by another process"); //$NON-NLS-1$
            }
            return new DatasetDraft(target, directory, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            deleteTree(directory);
            throw e;
        }
    }

    /** @return the target directory the draft is published to */
    public Path target() {
        return target;
    }

    /** @return the draft's directory, to write the dataset's files into */
    public Path directory() {
        return directory;
    }

    /** @return the layout of the draft's directory */
    public DatasetLayout layout() {
        return new DatasetLayout(directory);
    }

    /**
     * Renames the draft into place. An existing target is replaced only when {@code replace} is set and the
     * target is a dataset directory ({@link DatasetLayout#isDataset}); anything else is never touched.
     *
     * @param replace whether an existing dataset may be replaced
     * @throws DatasetException naming the target if it exists and may not or cannot be replaced
     * @throws IOException if renaming fails
     */
    public void publish(boolean replace) throws DatasetException, IOException {
        publish(replace, new NullProgressMonitor());
    }

    /**
     * Publishes the draft ({@link #publish(boolean)}); for a target in object storage, uploads it.
     *
     * @param replace whether an existing dataset may be replaced
     * @param monitor progress and cancellation of an upload
     * @throws DatasetException naming the target if it exists and may not or cannot be replaced
     * @throws IOException if renaming or uploading fails
     */
    public void publish(boolean replace, IProgressMonitor monitor) throws DatasetException, IOException {
        if (finished) {
            throw new IllegalStateException("Draft " + directory + " is already published or discarded"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (Storage.isRemote(target)) {
            RemoteTarget.checkPublishable(target, replace);
            // The staging directory stays locked while it is uploaded, so no cleanup takes it meanwhile.
            S3Publisher.publish(directory, target, DatasetLayout.METADATA, monitor);
            close();
            return;
        }
        // Whether to replace is decided once: a target that appears after this check (another writer finishing
        // first) makes the plain rename below fail, and is never moved aside unless replacing was asked for.
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (exists && !replace) {
            throw new DatasetExistsException(target, "appeared while this dataset was written (another import" //$NON-NLS-1$
                    + " finished first?); it is not replaced"); //$NON-NLS-1$
        }
        if (exists && !DatasetLayout.isDataset(target)) {
            throw new DatasetException(target, "exists and is not a SeisLens dataset; it is not replaced"); //$NON-NLS-1$
        }
        // Deleting the lock file touches the draft directory, so a cleanup that goes by age leaves it alone.
        releaseLock();
        Files.deleteIfExists(directory.resolve(DatasetLayout.LOCK));
        if (exists) {
            Path old = DatasetLayout.replacedSibling(target);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            // Its age tells a cleanup that it was moved now, not when the old dataset was written.
            Files.setLastModifiedTime(old, FileTime.from(Instant.now()));
            Files.move(directory, target, StandardCopyOption.ATOMIC_MOVE);
            deleteQuietly(old);
        } else {
            try {
                Files.move(directory, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // A rename onto a directory that appeared meanwhile fails as a plain FileSystemException
                // ("Directory not empty") on Linux, not always as one of the specific subclasses.
                if (e instanceof FileAlreadyExistsException || e instanceof DirectoryNotEmptyException
                        || Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new DatasetExistsException(target, "appeared while this dataset was written (another" //$NON-NLS-1$
                            + " import finished first?); it is not replaced"); //$NON-NLS-1$
                }
                throw e;
            }
        }
        finished = true;
    }

    /**
     * Deletes the draft unless it was published.
     */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        finished = true;
        releaseLock();
        deleteQuietly(directory);
    }

    private void releaseLock() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            lockChannel.close();
        } catch (IOException e) {
            // Closing the channel releases the lock in any case.
        }
    }

    /**
     * @param dir a directory to delete with everything in it; nothing happens if it does not exist
     * @throws IOException if something cannot be deleted
     */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * @param dir a directory to delete, as far as possible
     */
    public static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            // Best effort: a leftover hidden directory is recognised and removed by a later cleanup.
        }
    }
}
