package org.seislens.store.internal.importer;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.seislens.core.SampleType;
import org.seislens.segy.SegyLayout;
import org.seislens.segy.TraceBatch;
import org.seislens.zarr.io.ZarrArray;

/**
 * Turns slabs of traces into Zarr chunks on worker threads. The importer reads one slab (a chunk-row of
 * traces, or one band of its chunks along the sample axis, see {@link SlabPlan}) into a {@link TraceBatch}
 * and hands it over; a worker has the SEG-Y bundle decode it chunk by chunk to the storage type, adds each
 * chunk to its statistics, compresses and writes it. A fixed pool of batches bounds memory and makes reading
 * wait when the workers fall behind.
 */
final class SampleSlabWriter implements AutoCloseable {

    private final ZarrArray array;
    private final SlabPlan plan;
    private final SampleType type;
    private final BlockingQueue<TraceBatch> freeSlabs;
    private final ExecutorService workers;
    private final Deque<Future<AmplitudeStatistics>> pending = new ArrayDeque<>();
    private final AmplitudeStatistics statistics = new AmplitudeStatistics();
    private final ThreadLocal<ByteBuffer> chunkBuffers;

    SampleSlabWriter(ZarrArray array, SegyLayout layout, SlabPlan plan, SampleType type, int threads,
            int slabCount) {
        this.array = array;
        this.plan = plan;
        this.type = type;
        this.freeSlabs = new ArrayBlockingQueue<>(slabCount);
        for (int i = 0; i < slabCount; i++) {
            freeSlabs.add(new TraceBatch(layout, plan.slabTraces(), plan.bandSamples()));
        }
        int chunkBytes = plan.slabTraces() * plan.sampleChunk() * type.byteSize();
        this.chunkBuffers = ThreadLocal
                .withInitial(() -> ByteBuffer.allocateDirect(chunkBytes).order(ByteOrder.LITTLE_ENDIAN));
        this.workers = ImportThreads.pool(threads, "Import chunks"); //$NON-NLS-1$
    }

    /**
     * @return an empty slab to read into, waiting while all slabs are being written
     * @throws IOException if a worker failed or the wait was interrupted
     */
    TraceBatch takeSlab() throws IOException {
        collectFinished();
        try {
            return freeSlabs.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for the chunk writers"); //$NON-NLS-1$
        }
    }

    /**
     * Hands a filled slab to a worker.
     *
     * @param slab a slab from {@link #takeSlab()}, read with the plan's trace and sample ranges
     * @param chunkRow the slab's chunk index along the trace axis
     * @param firstChunk the chunk index along the sample axis of the slab's first sample
     */
    void submit(TraceBatch slab, long chunkRow, int firstChunk) {
        pending.add(workers.submit(() -> writeSlab(slab, chunkRow, firstChunk)));
    }

    /**
     * Decodes the slab chunk by chunk straight into one chunk buffer (no decoded copy of the whole slab), adds
     * each chunk to the statistics while it is in the processor's cache, and writes it.
     */
    private AmplitudeStatistics writeSlab(TraceBatch raw, long chunkRow, int firstChunk) throws IOException {
        AmplitudeStatistics stats = new AmplitudeStatistics();
        try {
            int traces = raw.size();
            int width = raw.sampleCount();
            ByteBuffer chunk = chunkBuffers.get();
            int sampleChunk = plan.sampleChunk();
            for (int s0 = 0, c = firstChunk; s0 < width; s0 += sampleChunk, c++) {
                int columns = Math.min(sampleChunk, width - s0);
                chunk.clear();
                int bytes = raw.decodeSamples(chunk, 0, s0, columns);
                chunk.limit(bytes);
                stats.add(chunk, 0, traces * columns, type);
                // A full chunk, or the part of an edge chunk inside the array (Zarr pads it). The draft
                // directory is published whole, so chunks need no atomic replacement of their own.
                array.writeNewChunk(new long[] { chunkRow, c }, chunk);
            }
        } finally {
            freeSlabs.add(raw);
        }
        return stats;
    }

    private void collectFinished() throws IOException {
        while (!pending.isEmpty() && pending.peekFirst().isDone()) {
            statistics.merge(ImportThreads.result(pending.pollFirst()));
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
            statistics.merge(ImportThreads.result(pending.pollFirst()));
        }
        return statistics;
    }

    @Override
    public void close() {
        ImportThreads.stop(workers, pending);
    }
}
