package org.seislens.store.internal.layout;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.DatasetException;
import org.seislens.store.internal.storage.S3Leftovers;
import org.seislens.store.internal.storage.Storage;

/**
 * Tells and removes what interrupted writes left beside datasets: hidden temporary siblings
 * ({@link DatasetLayout#isTemporarySibling}) whose lock file no running process holds, and datasets an
 * interrupted publish moved aside ({@link DatasetLayout#replacedSibling}), which are put back when nothing
 * took their name. A writer
 * ({@link DatasetDraft}) holds the lock from just after creating its directory until it publishes or discards
 * it; a directory without a lock file is a leftover only once it is older than {@link #UNLOCKED_GRACE}, so a
 * writer between creating its directory and locking is never taken for one.
 */
public final class Leftovers {

    /** How old a temporary sibling without a lock file must be to count as a leftover. */
    public static final Duration UNLOCKED_GRACE = Duration.ofMinutes(5);

    private Leftovers() {
    }

    /**
     * Removes every leftover in a directory.
     *
     * @param parent the directory that holds datasets
     * @param monitor progress and cancellation
     * @return the leftovers removed
     * @throws DatasetException naming the directory or the leftover that cannot be listed or removed
     */
    public static List<Path> remove(Path parent, IProgressMonitor monitor) throws DatasetException {
        if (Storage.isRemote(parent)) {
            return removeRemote(parent, monitor);
        }
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent,
                p -> DatasetLayout.isTemporarySibling(p) || DatasetLayout.replacedTarget(p) != null)) {
            for (Path p : entries) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    candidates.add(p);
                }
            }
        } catch (NoSuchFileException e) {
            throw new DatasetException(parent, "does not exist", e); //$NON-NLS-1$
        } catch (IOException e) {
            throw new DatasetException(parent, "cannot be listed: " + e.getMessage(), e); //$NON-NLS-1$
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Removing leftovers in " + parent, candidates.size()); //$NON-NLS-1$
        List<Path> removed = new ArrayList<>();
        for (Path candidate : candidates) {
            progress.split(1);
            try {
                if (removeIfLeftover(candidate)) {
                    removed.add(candidate);
                }
            } catch (IOException e) {
                throw new DatasetException(candidate, "is left over from an interrupted write but cannot be removed: " //$NON-NLS-1$
                        + e.getMessage(), e);
            }
        }
        return removed;
    }

    /**
     * In object storage: the objects of writes whose writer died ({@link S3Leftovers}), and the local staging
     * directories of such writes that no running process holds.
     */
    private static List<Path> removeRemote(Path parent, IProgressMonitor monitor) throws DatasetException {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        List<Path> removed = new ArrayList<>();
        try {
            removed.addAll(S3Leftovers.remove(parent, DatasetLayout.METADATA, progress.split(1)));
        } catch (FileSystemException e) {
            throw new DatasetException(parent, e.getReason() == null ? e.getMessage() : e.getReason(), e);
        } catch (IOException e) {
            throw new DatasetException(parent, "cannot be cleaned up: " + e.getMessage(), e); //$NON-NLS-1$
        }
        Path staging = Storage.staging();
        if (Files.isDirectory(staging)) {
            removed.addAll(remove(staging, progress.split(1)));
        }
        return removed;
    }

    /**
     * @param directory a hidden temporary sibling
     * @return whether it is a leftover: its lock file is not locked by any running process, or it has none
     *         and is older than {@link #UNLOCKED_GRACE}
     * @throws IOException if the lock file cannot be opened
     */
    public static boolean isLeftover(Path directory) throws IOException {
        Path lockFile = directory.resolve(DatasetLayout.LOCK);
        if (!Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            return olderThanGrace(directory);
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        }
    }

    private static boolean removeIfLeftover(Path directory) throws IOException {
        Path replaced = DatasetLayout.replacedTarget(directory);
        if (replaced != null) {
            return restoreOrRemove(directory, replaced);
        }
        Path lockFile = directory.resolve(DatasetLayout.LOCK);
        if (!Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            if (!olderThanGrace(directory)) {
                return false;
            }
            DatasetDraft.deleteTree(directory);
            return true;
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            return false; // Published or discarded meanwhile.
        }
        try (channel) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                return false;
            }
            // Deleted while locked, so no other cleanup removes it at the same time to any harm.
            DatasetDraft.deleteTree(directory);
            return true;
        }
    }

    /**
     * A replaced dataset is moved aside just before the new one is renamed into place and deleted right after.
     * Found later, the publish was interrupted: when nothing took the dataset's name it is put back,
     * otherwise it is the old copy and goes.
     */
    private static boolean restoreOrRemove(Path old, Path target) throws IOException {
        if (!olderThanGrace(old)) {
            return false;
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            DatasetDraft.deleteTree(old);
            return true;
        }
        Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
        return false;
    }

    /** @return the lock, or {@code null} when a running process (this one included) holds it */
    private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static boolean olderThanGrace(Path directory) throws IOException {
        Instant modified = Files.getLastModifiedTime(directory, LinkOption.NOFOLLOW_LINKS).toInstant();
        return modified.isBefore(Instant.now().minus(UNLOCKED_GRACE));
    }
}
