package org.seislens.zarr.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Assembles a region of an array from the chunks it touches, one chunk after the other or, given an
 * executor, with chunks decoded in parallel (decoding, not I/O, dominates reads of compressed
 * arrays, so a 1000 x 1000 window reads about twice as fast on two cores).
 * <p>
 * Parallel reads share the chunks through a counter: the calling thread takes chunks too, so the
 * read completes even when the executor is saturated, and helper tasks that start late find nothing
 * left. Distinct chunks fill disjoint parts of the target, so the sinks need no locking.
 */
public final class RegionReader {

    /** Decodes one chunk of the array. */
    @FunctionalInterface
    public interface ChunkDecoder {
        /**
         * Decodes a chunk into {@code target}.
         *
         * @param chunkCoords the chunk's index along each dimension
         * @param worker the calling thread's worker
         * @param target receives the decoded chunk (position to limit)
         * @return {@code false} when the chunk is not stored
         * @throws IOException when the chunk is corrupt or cannot be read
         */
        boolean decode(long[] chunkCoords, ChunkWorker worker, ByteBuffer target) throws IOException;
    }

    private final long[] chunkShape;
    private final ChunkWorkerPool workers;
    private final ChunkDecoder decoder;

    /**
     * Creates a reader for one array.
     *
     * @param chunkShape the chunk extent per dimension
     * @param workers the array's worker pool
     * @param decoder decodes the array's chunks
     */
    public RegionReader(long[] chunkShape, ChunkWorkerPool workers, ChunkDecoder decoder) {
        this.chunkShape = chunkShape.clone();
        this.workers = workers;
        this.decoder = decoder;
    }

    /**
     * Reads a region, already checked to lie inside the array.
     *
     * @param start the region's first index along each dimension
     * @param regionShape the region's extent along each dimension
     * @param sinks creates a sink per thread taking part; sinks write into disjoint parts of the
     *            target
     * @param executor runs helper tasks, or {@code null} to read on the calling thread only
     * @param parallelism the most threads to use, the calling thread included
     * @throws IOException when a chunk is corrupt or cannot be read
     */
    public void read(long[] start, int[] regionShape, Supplier<RegionSink> sinks, @Nullable Executor executor,
            int parallelism) throws IOException {
        Region region = new Region(start, regionShape, chunkShape);
        if (region.chunkCount == 0) {
            return;
        }
        int helpers = executor == null ? 0 : Math.min(parallelism - 1, region.chunkCount - 1);
        if (helpers <= 0 || executor == null) {
            ChunkWorker worker = workers.acquire();
            try {
                RegionSink sink = sinks.get();
                for (int i = 0; i < region.chunkCount; i++) {
                    readChunk(region, i, worker, sink);
                }
            } finally {
                workers.release(worker);
            }
            return;
        }
        Shared shared = new Shared(region.chunkCount);
        for (int h = 0; h < helpers; h++) {
            try {
                executor.execute(() -> work(region, sinks, shared));
            } catch (RejectedExecutionException e) {
                break;
            }
        }
        work(region, sinks, shared);
        try {
            shared.finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading a region", e);
        }
        Throwable failure = shared.failure.get();
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
    }

    /** Takes chunks until none is left; every claimed chunk is counted, read or not, so waiting ends. */
    private void work(Region region, Supplier<RegionSink> sinks, Shared shared) {
        if (shared.next.get() >= region.chunkCount) {
            return;
        }
        ChunkWorker worker = null;
        try {
            worker = workers.acquire();
        } catch (RuntimeException e) {
            // Still claim and count chunks below, so that the caller's wait ends.
            shared.failure.compareAndSet(null, e);
        }
        RegionSink sink = sinks.get();
        try {
            int i;
            while ((i = shared.next.getAndIncrement()) < region.chunkCount) {
                try {
                    if (worker != null && shared.failure.get() == null) {
                        readChunk(region, i, worker, sink);
                    }
                } catch (IOException | RuntimeException | Error e) {
                    shared.failure.compareAndSet(null, e);
                } finally {
                    if (shared.done.incrementAndGet() == region.chunkCount) {
                        shared.finished.countDown();
                    }
                }
            }
        } finally {
            if (worker != null) {
                workers.release(worker);
            }
        }
    }

    private void readChunk(Region region, int index, ChunkWorker worker, RegionSink sink) throws IOException {
        int rank = chunkShape.length;
        long[] coords = new long[rank];
        long[] box = new long[rank];
        long[] inChunk = new long[rank];
        long[] inRegion = new long[rank];
        int rest = index;
        for (int d = rank - 1; d >= 0; d--) {
            coords[d] = region.first[d] + rest % region.counts[d];
            rest /= region.counts[d];
        }
        for (int d = 0; d < rank; d++) {
            long chunkStart = coords[d] * chunkShape[d];
            long low = Math.max(region.start[d], chunkStart);
            long high = Math.min(region.start[d] + region.shape[d], chunkStart + chunkShape[d]);
            box[d] = high - low;
            inChunk[d] = low - chunkStart;
            inRegion[d] = low - region.start[d];
        }
        ByteBuffer decoded = worker.decodedBuffer();
        sink.useChunk(decoder.decode(coords, worker, decoded) ? decoded : null);
        BoxCopy.forEachRun(box, chunkShape, inChunk, region.shape, inRegion, sink);
    }

    /** The chunks a region touches, numbered in C order. */
    private static final class Region {
        final long[] start;
        final long[] shape;
        final long[] first;
        final int[] counts;
        final int chunkCount;

        Region(long[] start, int[] regionShape, long[] chunkShape) {
            int rank = chunkShape.length;
            this.start = start.clone();
            this.shape = new long[rank];
            this.first = new long[rank];
            this.counts = new int[rank];
            long total = 1;
            for (int d = 0; d < rank; d++) {
                shape[d] = regionShape[d];
                if (regionShape[d] == 0) {
                    total = 0;
                    continue;
                }
                first[d] = start[d] / chunkShape[d];
                long last = (start[d] + regionShape[d] - 1) / chunkShape[d];
                counts[d] = (int) (last - first[d] + 1);
                total *= counts[d];
            }
            // A region holds at most 2^31 bytes, so it touches fewer chunks than that.
            this.chunkCount = (int) total;
        }
    }

    /** What the threads of one parallel read share. */
    private static final class Shared {
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        final AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
        final CountDownLatch finished = new CountDownLatch(1);

        Shared(int chunkCount) {
            if (chunkCount == 0) {
                finished.countDown();
            }
        }
    }
}
