package org.seislens.store.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.seislens.core.SampleType;
import org.seislens.zarr.ZarrArray;

/**
 * Turns rows of traces into Zarr chunks on worker threads. The importer fills a slab (one chunk-row of
 * traces, all samples) and hands it over; a worker cuts it into chunks along the sample axis, compresses
 * and writes them, and adds the slab's samples to its statistics. A fixed pool of slabs bounds memory and
 * makes reading wait when compression falls behind.
 */
final class SampleSlabWriter implements AutoCloseable {

    private final ZarrArray array;
    private final SampleType type;
    private final int traceChunk;
    private final int sampleChunk;
    private final int samples;
    private final BlockingQueue<ByteBuffer> freeSlabs;
    private final ExecutorService workers;
    private final Deque<Future<AmplitudeStatistics>> pending = new ArrayDeque<>();
    private final AmplitudeStatistics statistics = new AmplitudeStatistics();
    private final ThreadLocal<ByteBuffer> chunkBuffers;

    SampleSlabWriter(ZarrArray array, SampleType type, int traceChunk, int sampleChunk, int samples, int threads,
            int slabCount) {
        this.array = array;
        this.type = type;
        this.traceChunk = traceChunk;
        this.sampleChunk = sampleChunk;
        this.samples = samples;
        int slabBytes = traceChunk * samples * type.byteSize();
        this.freeSlabs = new ArrayBlockingQueue<>(slabCount);
        for (int i = 0; i < slabCount; i++) {
            freeSlabs.add(ByteBuffer.allocateDirect(slabBytes).order(ByteOrder.LITTLE_ENDIAN));
        }
        int chunkBytes = traceChunk * sampleChunk * type.byteSize();
        this.chunkBuffers = ThreadLocal
                .withInitial(() -> ByteBuffer.allocateDirect(chunkBytes).order(ByteOrder.LITTLE_ENDIAN));
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "SeisLens import chunk writer"); //$NON-NLS-1$
            t.setDaemon(true);
            return t;
        });
    }

    /** @return the bytes of one slab */
    int slabBytes() {
        return traceChunk * samples * type.byteSize();
    }

    /**
     * @return an empty slab to fill, waiting while all slabs are being written
     * @throws IOException if a worker failed or the wait was interrupted
     */
    ByteBuffer takeSlab() throws IOException {
        collectFinished();
        try {
            ByteBuffer slab = freeSlabs.take();
            slab.clear();
            return slab;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for the chunk writers"); //$NON-NLS-1$
        }
    }

    /**
     * Hands a filled slab to a worker.
     *
     * @param slab a slab from {@link #takeSlab()}
     * @param chunkRow the slab's chunk index along the trace axis
     * @param traces number of traces in the slab (less than a chunk only for the last one)
     */
    void submit(ByteBuffer slab, long chunkRow, int traces) {
        pending.add(workers.submit(() -> writeSlab(slab, chunkRow, traces)));
    }

    private AmplitudeStatistics writeSlab(ByteBuffer slab, long chunkRow, int traces) throws IOException {
        try {
            AmplitudeStatistics stats = new AmplitudeStatistics();
            int size = type.byteSize();
            stats.add(slab, 0, traces * samples, type);
            ByteBuffer chunk = chunkBuffers.get();
            int columns = (samples + sampleChunk - 1) / sampleChunk;
            for (int c = 0; c < columns; c++) {
                int s0 = c * sampleChunk;
                int width = Math.min(sampleChunk, samples - s0);
                chunk.clear();
                for (int t = 0; t < traces; t++) {
                    chunk.put(chunk.position(), slab, (t * samples + s0) * size, width * size);
                    chunk.position(chunk.position() + width * size);
                }
                chunk.flip();
                // A full chunk, or the part of an edge chunk inside the array (Zarr pads it).
                array.writeChunk(new long[] { chunkRow, c }, chunk);
            }
            return stats;
        } finally {
            freeSlabs.add(slab);
        }
    }

    private void collectFinished() throws IOException {
        while (!pending.isEmpty() && pending.peekFirst().isDone()) {
            statistics.merge(result(pending.pollFirst()));
        }
    }

    /**
     * Waits for every slab to be written.
     *
     * @return the statistics of all samples written
     * @throws IOException if a worker failed
     */
    AmplitudeStatistics finish() throws IOException {
        while (!pending.isEmpty()) {
            statistics.merge(result(pending.pollFirst()));
        }
        return statistics;
    }

    private static AmplitudeStatistics result(Future<AmplitudeStatistics> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for the chunk writers"); //$NON-NLS-1$
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(cause);
        }
    }

    @Override
    public void close() {
        for (Future<AmplitudeStatistics> f : pending) {
            f.cancel(true);
        }
        workers.shutdownNow();
    }
}
