package org.seislens.store.internal.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Publishes a dataset written into a local directory to a prefix in object storage. Objects cannot be renamed,
 * so visibility hangs on one object: the dataset's metadata file is uploaded last, and readers open nothing
 * without it. In order: a {@link WriteMarker} (rewritten while the upload lasts), the old metadata file and then
 * every other object under the prefix deleted, every file uploaded ({@link S3Upload}, a few at once, so memory
 * stays at a few parts), the metadata file, and the marker deleted. A write that stops anywhere before the
 * metadata file leaves objects a reader would not open, beside a marker that tells a cleanup
 * ({@link S3Leftovers}) whose they are; one that fails in this process deletes what it uploaded.
 */
public final class S3Publisher {

    /** Files uploaded at once. */
    static final int PARALLEL_FILES = 4;
    /** How long a stopped publish waits for its uploads to end (their connections are closed at once). */
    private static final long UPLOADS_STOP_SECONDS = 10;

    private S3Publisher() {
    }

    /**
     * What is stored under a dataset prefix.
     */
    public enum State {
        /** Nothing. */
        EMPTY,
        /** A dataset's metadata file, with no writer at work. */
        DATASET,
        /** A writer's marker, its writer possibly running. */
        BEING_WRITTEN,
        /** What a writer that died left: a marker whose writer is gone, other objects but no metadata file. */
        LEFT_OVER,
        /** A dataset beside the marker of a writer that died just before deleting it (or just after writing it). */
        DATASET_WITH_DEAD_MARKER,
        /** Objects that are neither a dataset nor a write of one. */
        OTHER
    }

    /**
     * @param target a dataset location in object storage
     * @param metadataName the dataset's metadata file name
     * @return what is stored there
     * @throws IOException if the listing fails (the bucket does not exist, the credentials are refused, …)
     */
    public static State state(Path target, String metadataName) throws IOException {
        S3Path p = (S3Path) target.toAbsolutePath();
        S3FileSystem fs = p.getFileSystem();
        String prefix = p.key() + "/"; //$NON-NLS-1$
        S3Listing listing = S3Listing.of(fs.client(), fs.bucket(), prefix, "/"); //$NON-NLS-1$
        S3Listing.Entry marker = null;
        boolean metadata = false;
        for (S3Listing.Entry e : listing.objects()) {
            if (e.key().equals(prefix + WriteMarker.NAME)) {
                marker = e;
            } else if (e.key().equals(prefix + metadataName)) {
                metadata = true;
            }
        }
        if (marker != null) {
            WriteMarker m;
            try {
                m = WriteMarker.parse(fs.client().get(fs.bucket(), marker.key(), 0, 4096).bytes());
            } catch (NoSuchFileException e) {
                // Its writer finished (or a cleanup removed it) since the listing: look again.
                return state(target, metadataName);
            }
            if (m != null && m.writerMayBeAlive(marker.modified(), Instant.now())) {
                return State.BEING_WRITTEN;
            }
            return metadata ? State.DATASET_WITH_DEAD_MARKER : State.LEFT_OVER;
        }
        if (metadata) {
            return State.DATASET;
        }
        return listing.objects().isEmpty() && listing.prefixes().isEmpty() ? State.EMPTY : State.OTHER;
    }

    /**
     * Uploads a dataset, replacing whatever is under the target prefix; the caller has decided that it may.
     *
     * @param staged the local dataset directory
     * @param target the dataset location in object storage
     * @param metadataName the name of the file uploaded last, whose presence makes the dataset visible
     * @param monitor progress and cancellation
     * @throws IOException if a file cannot be read or a request fails; what was uploaded is deleted again
     */
    public static void publish(Path staged, Path target, String metadataName, IProgressMonitor monitor)
            throws IOException {
        S3Path p = (S3Path) target.toAbsolutePath();
        S3FileSystem fs = p.getFileSystem();
        S3Client client = fs.client();
        String bucket = fs.bucket();
        String prefix = p.key() + "/"; //$NON-NLS-1$
        List<Path> files;
        try (Stream<Path> walk = Files.walk(staged)) {
            // Hidden entries at the top (the draft's lock file, scratch files) are the writer's, not the dataset's.
            files = walk.filter(f -> Files.isRegularFile(f) && !staged.relativize(f).toString().equals(metadataName)
                    && !staged.relativize(f).getName(0).toString().startsWith(".")).toList(); //$NON-NLS-1$
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Uploading to " + target, files.size() + 2); //$NON-NLS-1$
        WriteMarker marker = WriteMarker.ofThisProcess();
        client.put(bucket, prefix + WriteMarker.NAME, marker.bytes());
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_FILES, r -> {
            Thread t = new Thread(r, "SeisLens upload to " + target) { //$NON-NLS-1$
                @Override
                public void interrupt() {
                    // Cancel: a part in flight stops now, not when the server answers or the read times out.
                    super.interrupt();
                    client.abort(this);
                }
            };
            t.setDaemon(true);
            return t;
        });
        boolean published = false;
        try {
            client.delete(bucket, prefix + metadataName);
            List<Future<?>> deletions = new ArrayList<>();
            for (S3Listing.Entry old : S3Listing.of(client, bucket, prefix, null).objects()) {
                if (!old.key().equals(prefix + WriteMarker.NAME)) {
                    deletions.add(pool.submit(() -> {
                        client.delete(bucket, old.key());
                        return null;
                    }));
                }
            }
            awaitAll(deletions, client, bucket, prefix, marker, progress.split(1));
            List<Future<?>> uploads = new ArrayList<>();
            for (Path f : files) {
                String key = prefix + staged.relativize(f).toString().replace('\\', '/');
                uploads.add(pool.submit(() -> {
                    S3Upload.file(client, bucket, key, f);
                    return null;
                }));
            }
            awaitAll(uploads, client, bucket, prefix, marker, progress);
            S3Upload.file(client, bucket, prefix + metadataName, staged.resolve(metadataName));
            published = true;
            client.delete(bucket, prefix + WriteMarker.NAME);
            progress.split(1);
        } finally {
            pool.shutdownNow();
            awaitUploads(pool);
            fs.forgetSizes(prefix);
            if (!published) {
                deleteQuietly(client, bucket, prefix);
            }
        }
    }

    /** Waits until the uploads still running stopped, so none lands after the cleanup deleted what was sent. */
    private static void awaitUploads(ExecutorService pool) {
        try {
            pool.awaitTermination(UPLOADS_STOP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for every task, one progress tick each, rewriting the marker every {@link WriteMarker#REFRESH}. */
    private static void awaitAll(List<Future<?>> tasks, S3Client client, String bucket, String prefix,
            WriteMarker marker, SubMonitor progress) throws IOException {
        long refreshed = System.nanoTime();
        for (Future<?> task : tasks) {
            while (true) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                if (System.nanoTime() - refreshed > WriteMarker.REFRESH.toNanos()) {
                    client.put(bucket, prefix + WriteMarker.NAME, marker.bytes());
                    refreshed = System.nanoTime();
                }
                try {
                    task.get(200, TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException e) {
                    // Refresh and look at the monitor, then wait on.
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new OperationCanceledException();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof IOException io ? io
                            : new IOException(e.getCause() == null ? e.toString() : e.getCause().toString(), e);
                }
            }
            progress.split(1);
        }
    }

    /**
     * Deletes every object under a prefix, as far as it can: what remains is found by a cleanup.
     *
     * @param client the client
     * @param bucket the bucket
     * @param prefix the prefix, ending with {@code /}
     */
    static void deleteQuietly(S3Client client, String bucket, String prefix) {
        try {
            deleteAll(client, bucket, prefix);
        } catch (IOException e) {
            // The marker is deleted last, so a cleanup still recognises what is left.
        }
    }

    /**
     * Deletes every object under a prefix, the writer's marker last.
     *
     * @param client the client
     * @param bucket the bucket
     * @param prefix the prefix, ending with {@code /}
     * @throws IOException if a request fails
     */
    static void deleteAll(S3Client client, String bucket, String prefix) throws IOException {
        for (S3Listing.Entry e : S3Listing.of(client, bucket, prefix, null).objects()) {
            if (!e.key().equals(prefix + WriteMarker.NAME)) {
                client.delete(bucket, e.key());
            }
        }
        client.delete(bucket, prefix + WriteMarker.NAME);
    }
}
