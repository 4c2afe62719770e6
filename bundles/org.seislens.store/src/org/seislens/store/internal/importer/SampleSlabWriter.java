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
import org.seislens.segy.SampleCodec;
import org.seislens.segy.SampleFormat;
import org.seislens.zarr.io.ZarrArray;

/**
 * Turns rows of traces into Zarr chunks on worker threads. The importer copies the raw samples of one
 * chunk-row of traces into a slab and hands it over; a worker decodes them to the storage type, adds them
 * to its statistics, cuts the row into chunks along the sample axis, compresses and writes them. A fixed
 * pool of slabs bounds memory and makes reading wait when the workers fall behind.
 */
final class SampleSlabWriter implements AutoCloseable {

    private final ZarrArray array;
    private final SampleFormat format;
    private final SampleType type;
    private final int traceChunk;
    private final int sampleChunk;
    private final int samples;
    private final BlockingQueue<ByteBuffer> freeSlabs;
    private final ExecutorService workers;
    private final Deque<Future<AmplitudeStatistics>> pending = new ArrayDeque<>();
    private final AmplitudeStatistics statistics = new AmplitudeStatistics();
    private final ThreadLocal<ByteBuffer> chunkBuffers;
    private final ThreadLocal<ByteBuffer> decodedSlabs;

    SampleSlabWriter(ZarrArray array, SampleFormat format, ByteOrder sourceOrder, SampleType type, int traceChunk,
            int sampleChunk, int samples, int threads, int slabCount) {
        this.array = array;
        this.format = format;
        this.type = type;
        this.traceChunk = traceChunk;
        this.sampleChunk = sampleChunk;
        this.samples = samples;
        this.freeSlabs = new ArrayBlockingQueue<>(slabCount);
        for (int i = 0; i < slabCount; i++) {
            freeSlabs.add(ByteBuffer.allocateDirect(slabBytes()).order(sourceOrder));
        }
        int chunkBytes = traceChunk * sampleChunk * type.byteSize();
        int decodedBytes = traceChunk * samples * type.byteSize();
        this.chunkBuffers = ThreadLocal
                .withInitial(() -> ByteBuffer.allocateDirect(chunkBytes).order(ByteOrder.LITTLE_ENDIAN));
        this.decodedSlabs = ThreadLocal
                .withInitial(() -> ByteBuffer.allocateDirect(decodedBytes).order(ByteOrder.LITTLE_ENDIAN));
        this.workers = ImportThreads.pool(threads, "SeisLens import chunk writer"); //$NON-NLS-1$
    }

    /** @return the bytes of one slab: a chunk-row of traces' raw samples, in the source format */
    int slabBytes() {
        return traceChunk * samples * format.bytesPerSample();
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

    private AmplitudeStatistics writeSlab(ByteBuffer raw, long chunkRow, int traces) throws IOException {
        ByteBuffer slab = decodedSlabs.get();
        try {
            int rawTrace = samples * format.bytesPerSample();
            int storedTrace = samples * type.byteSize();
            for (int t = 0; t < traces; t++) {
                SampleCodec.toStorage(format, raw, t * rawTrace, slab, t * storedTrace, samples);
            }
        } finally {
            freeSlabs.add(raw);
        }
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
