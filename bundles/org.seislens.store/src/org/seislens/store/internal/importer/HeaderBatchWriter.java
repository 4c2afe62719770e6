package org.seislens.store.internal.importer;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.seislens.segy.TraceHeaderField;

/**
 * Writes trace headers on a thread of their own, in file order: the header table, the ensemble indexes and
 * the header checks. The importer copies each block's 240-byte headers into a batch and hands it over, so
 * reading and sample work do not wait for Parquet.
 */
final class HeaderBatchWriter implements AutoCloseable {

    /** Traces per batch. */
    static final int BATCH = 4096;
    private static final int BATCHES = 3;

    private final HeaderTableWriter table;
    private final List<TraceHeaderField> keys;
    private final List<EnsembleIndexBuilder> indexes;
    private final int samples;
    private final BlockingQueue<ByteBuffer> free = new ArrayBlockingQueue<>(BATCHES);
    private final Deque<Future<?>> pending = new ArrayDeque<>();
    private final ExecutorService thread = ImportThreads.pool(1, "SeisLens import header writer"); //$NON-NLS-1$

    // Written by the header thread only, read after finish().
    private long sampleCountMismatches;
    private long sampleCountExample = -1;
    private long keyDecreases;
    private long previousKey = Long.MIN_VALUE;

    HeaderBatchWriter(HeaderTableWriter table, List<TraceHeaderField> keys, List<EnsembleIndexBuilder> indexes,
            int samples, ByteOrder order) {
        this.table = table;
        this.keys = keys;
        this.indexes = indexes;
        this.samples = samples;
        for (int i = 0; i < BATCHES; i++) {
            free.add(ByteBuffer.allocateDirect(BATCH * TraceHeaderField.HEADER_BYTES).order(order));
        }
    }

    /**
     * @return an empty batch of {@link #BATCH} headers, waiting while all are being written
     * @throws IOException if writing failed or the wait was interrupted
     */
    ByteBuffer take() throws IOException {
        while (!pending.isEmpty() && pending.peekFirst().isDone()) {
            ImportThreads.result(pending.pollFirst());
        }
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for the header writer"); //$NON-NLS-1$
        }
    }

    /**
     * @param batch a batch from {@link #take()} holding {@code count} headers from its start
     * @param firstTrace the file index of the first header
     * @param count the number of headers
     */
    void submit(ByteBuffer batch, long firstTrace, int count) {
        pending.add(thread.submit(() -> {
            try {
                write(batch, firstTrace, count);
            } finally {
                free.add(batch);
            }
            return null;
        }));
    }

    private void write(ByteBuffer batch, long firstTrace, int count) throws IOException {
        int k = indexes.size();
        for (int i = 0; i < count; i++) {
            int at = i * TraceHeaderField.HEADER_BYTES;
            table.write(firstTrace + i, batch, at);
            for (int j = 0; j < k; j++) {
                indexes.get(j).add(keys.get(j).get(batch, at));
            }
            if (k > 0) {
                long first = keys.get(0).get(batch, at);
                if (first < previousKey) {
                    keyDecreases++;
                }
                previousKey = first;
            }
            int declared = TraceHeaderField.SAMPLE_COUNT.get(batch, at);
            if (declared != samples && sampleCountMismatches++ == 0) {
                sampleCountExample = declared;
            }
        }
    }

    /**
     * Waits until every batch is written.
     *
     * @throws IOException if writing failed
     */
    void finish() throws IOException {
        while (!pending.isEmpty()) {
            ImportThreads.result(pending.pollFirst());
        }
    }

    /** @return the number of traces whose header sample count differs from the data's, after {@link #finish()} */
    long sampleCountMismatches() {
        return sampleCountMismatches;
    }

    /** @return the first differing header sample count, after {@link #finish()} */
    long sampleCountExample() {
        return sampleCountExample;
    }

    /** @return how often the first key decreased from one trace to the next, after {@link #finish()} */
    long keyDecreases() {
        return keyDecreases;
    }

    @Override
    public void close() {
        ImportThreads.stop(thread, pending);
    }
}
