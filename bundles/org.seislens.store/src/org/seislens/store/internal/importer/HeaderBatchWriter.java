package org.seislens.store.internal.importer;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.seislens.segy.TraceHeaderColumns;
import org.seislens.segy.TraceHeaderField;

/**
 * Writes trace headers on a thread of their own, in file order: the header table, the ensemble indexes and
 * the header checks. The importer has each slab's raw headers appended to a batch of header columns and hands
 * it over; this thread has the SEG-Y bundle decode them into one column per word, so reading and sample work
 * do not wait for Parquet.
 */
final class HeaderBatchWriter implements AutoCloseable {

    /** Traces per batch. */
    static final int BATCH = 4096;
    /**
     * The most batches in flight (about 2.5 MB each), made when first needed. In a fresh JVM the header thread
     * starts slowly (Parquet's classes, ZSTD's native binding, code not yet compiled): with only a few batches
     * the reader, and with it the chunk writers, waited for it at the start of every import.
     */
    private static final int BATCHES = 16;

    private final HeaderTableWriter table;
    private final List<TraceHeaderField> keys;
    private final List<EnsembleIndexBuilder> indexes;
    private final int samples;
    private final BlockingQueue<TraceHeaderColumns> free = new ArrayBlockingQueue<>(BATCHES);
    private int batches;
    private final Deque<Future<?>> pending = new ArrayDeque<>();
    private final ExecutorService thread = ImportThreads.pool(1, "Import headers"); //$NON-NLS-1$

    // Written by the header thread only, read after finish().
    private long sampleCountMismatches;
    private long sampleCountExample = -1;
    private long keyDecreases;
    private long previousKey = Long.MIN_VALUE;

    HeaderBatchWriter(HeaderTableWriter table, List<TraceHeaderField> keys, List<EnsembleIndexBuilder> indexes,
            int samples) {
        this.table = table;
        this.keys = keys;
        this.indexes = indexes;
        this.samples = samples;
        // The table's file is opened at once on the header thread, while this one starts reading samples.
        pending.add(thread.submit(() -> {
            table.open();
            prepareFooters();
            return null;
        }));
    }

    /**
     * Initialises the class of Parquet's footer metadata now, on this thread with time to spare: its static
     * set-up builds a JSON mapper (some 300 classes of Parquet's shaded Jackson, 50-60 ms in a fresh JVM) that
     * every Parquet file's closing needs, which otherwise fell into the import's tail, where the header table
     * and the ensemble indexes are closed at once and one waited for the other's class initialisation.
     */
    private static void prepareFooters() {
        try {
            Class.forName(ParquetMetadata.class.getName(), true, ParquetMetadata.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            // Not possible for a class this bundle links against; the footer is then set up when first written.
        }
    }

    /**
     * @param firstTrace the file index of the first trace the batch will hold
     * @return an empty batch of {@link #BATCH} headers, waiting while the most batches are being written
     * @throws IOException if writing failed or the wait was interrupted
     */
    TraceHeaderColumns take(long firstTrace) throws IOException {
        while (!pending.isEmpty() && pending.peekFirst().isDone()) {
            ImportThreads.result(pending.pollFirst());
        }
        try {
            TraceHeaderColumns batch = free.poll();
            if (batch == null && batches < BATCHES) {
                batches++;
                batch = new TraceHeaderColumns(BATCH);
            } else if (batch == null) {
                batch = free.take();
            }
            batch.clear(firstTrace);
            return batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for the header writer"); //$NON-NLS-1$
        }
    }

    /**
     * @param batch a batch from {@link #take(long)} holding raw headers from its start
     */
    void submit(TraceHeaderColumns batch) {
        pending.add(thread.submit(() -> {
            try {
                write(batch);
            } finally {
                free.add(batch);
            }
            return null;
        }));
    }

    private void write(TraceHeaderColumns batch) throws IOException {
        batch.decode();
        int count = batch.size();
        table.write(batch, 0, count);
        for (int j = 0; j < indexes.size(); j++) {
            EnsembleIndexBuilder index = indexes.get(j);
            int[] values = batch.column(keys.get(j));
            for (int i = 0; i < count; i++) {
                index.add(values[i]);
            }
        }
        if (!keys.isEmpty()) {
            int[] first = batch.column(keys.get(0));
            for (int i = 0; i < count; i++) {
                if (first[i] < previousKey) {
                    keyDecreases++;
                }
                previousKey = first[i];
            }
        }
        int[] declared = batch.column(TraceHeaderField.SAMPLE_COUNT);
        // Bytes 115-116 cannot hold more than 65 535 samples: rev 2 files with longer traces leave them 0.
        int unstated = samples > 0xFFFF ? 0 : samples;
        for (int i = 0; i < count; i++) {
            if (declared[i] != samples && declared[i] != unstated && sampleCountMismatches++ == 0) {
                sampleCountExample = declared[i];
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
