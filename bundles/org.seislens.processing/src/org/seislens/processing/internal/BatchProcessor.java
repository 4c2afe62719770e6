package org.seislens.processing.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.DatasetWriter;
import org.seislens.core.HelpedTasks;
import org.seislens.core.TraceHeaders;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;

/**
 * Processes a whole dataset chunk row by chunk row on every core: each task reads whole traces of one chunk row,
 * runs the chain and hands the block to the writer. At most two tasks per thread are in flight, so memory is a
 * few chunk rows per thread whatever the survey's size.
 */
final class BatchProcessor {

    /**
     * Samples read at once (384 KB of floats): a chunk row is read in pieces small enough that the collector does
     * not treat them as humongous objects, which cost a collection of their own in small heaps.
     */
    static final int READ_SAMPLES = 96 * 1024;

    private final Dataset source;
    private final BoundChain chain;
    private final TraceEdits edits;
    private final int threads;

    /**
     * @param source the dataset to process
     * @param chain the chain, bound to it
     * @param edits the source's trace edits, applied before the chain
     * @param threads worker threads
     */
    BatchProcessor(Dataset source, BoundChain chain, TraceEdits edits, int threads) {
        this.source = source;
        this.chain = chain;
        this.edits = edits;
        this.threads = threads;
    }

    /**
     * Writes every chunk row; the caller commits or aborts the writer.
     *
     * @param writer where the blocks go
     * @param monitor progress and cancellation
     * @throws DatasetException if reading or writing fails
     * @throws OperationCanceledException if cancelled; tasks still running are stopped first
     */
    void run(DatasetWriter writer, IProgressMonitor monitor) throws DatasetException {
        long traces = source.descriptor().traceCount();
        int rowTraces = writer.chunkTraces();
        long rows = (traces + rowTraces - 1) / rowTraces;
        SubMonitor progress = SubMonitor.convert(monitor, (int) Math.min(Integer.MAX_VALUE, rows));
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "SeisLens processing " + n.incrementAndGet()); //$NON-NLS-1$
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<RowBuffers> buffers = ThreadLocal.withInitial(RowBuffers::new);
        Deque<Future<?>> pending = new ArrayDeque<>();
        try {
            long done = 0;
            for (long row = 0; row < rows; row++) {
                if (pending.size() >= 2 * threads) {
                    HelpedTasks.result(pending.pollFirst());
                    progress.split(1);
                    done++;
                    progress.subTask(String.format(Locale.ROOT, "%,d of %,d traces", //$NON-NLS-1$
                            Math.min(traces, done * rowTraces), traces));
                }
                long start = row * rowTraces;
                int count = (int) Math.min(rowTraces, traces - start);
                pending.add(pool.submit(() -> {
                    processRow(writer, buffers.get(), start, count, progress);
                    return null;
                }));
            }
            while (!pending.isEmpty()) {
                HelpedTasks.result(pending.pollFirst());
                progress.split(1);
            }
        } finally {
            for (Future<?> f : pending) {
                f.cancel(true);
            }
            pool.shutdownNow();
            // Nothing may write after the caller aborts the writer and deletes what was written.
            try {
                while (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                    // A task blocked in a read ends when the read does.
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What one thread keeps between rows: its kernels and its output row. */
    private final class RowBuffers {
        final BoundChain.Worker worker = chain.worker();
        float[] out = new float[0];
        float[] part = new float[0];
    }

    /**
     * Reads a chunk row in parts of at most {@link #READ_SAMPLES} samples, processes each into the thread's output row and
     * writes the row.
     */
    private void processRow(DatasetWriter writer, RowBuffers buffers, long start, int count, IProgressMonitor monitor)
            throws DatasetException {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        int samples = source.descriptor().sampleCount();
        int r0 = chain.readStart(0);
        int r1 = chain.readEnd(samples);
        if (buffers.out.length != count * samples) {
            buffers.out = new float[count * samples];
        }
        float[] out = buffers.out;
        int partTraces = Math.max(1, READ_SAMPLES / Math.max(1, r1 - r0));
        for (int from = 0; from < count; from += partTraces) {
            int n = Math.min(partTraces, count - from);
            WindowData in = source.window(new WindowBounds(start + from, start + from + n, r0, r1), monitor);
            long[] indices = new long[n];
            for (int i = 0; i < n; i++) {
                indices[i] = start + from + i;
            }
            TraceHeaders headers = chain.headers(source, indices, monitor);
            float[] part = out;
            if (n != count) {
                if (buffers.part.length != n * samples) {
                    buffers.part = new float[n * samples];
                }
                part = buffers.part;
            }
            buffers.worker.run(edits.apply(in.samples(), indices, r1 - r0), 0, n, r0, r1, 0, samples, headers, part);
            if (part != out) {
                System.arraycopy(part, 0, out, from * samples, n * samples);
            }
        }
        writer.writeTraces(start, count, out);
    }

}
