package org.seislens.export.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.WindowBounds;
import org.seislens.segy.SegyWriter;
import org.seislens.segy.TextualHeader;
import org.seislens.segy.TraceHeaderField;
import org.seislens.segy.WriterSettings;

/**
 * The export loop: blocks of traces are read (samples as floats, trace headers as their stored raw bytes),
 * encoded on several threads into one buffer and written with one large write. Memory is a few blocks,
 * whatever the survey's size.
 */
final class StreamingExport {

    /** The bytes of one encoded block. */
    static final int BLOCK_BYTES = 8 << 20;

    private final Dataset dataset;
    private final Dataset stored;
    private final ExportPlan plan;
    private final TraceSelection selection;
    private final SampleCheck check;
    private final ExecutorService encoders;
    private final int threads;
    private final ExportEdits edits;
    private final boolean editSamples;

    /**
     * @param dataset the dataset whose samples are written (the stored one, or it processed)
     * @param stored the stored dataset, whose raw trace headers are written
     * @param plan what to write
     * @param selection the traces
     * @param check the scale and fit check applied to samples
     * @param encoders the threads that encode
     * @param threads how many of them to use
     * @param edits the trace edits: killed traces are marked dead in their headers
     * @param editSamples whether the edits are applied to the samples too (not when {@code dataset} is processed,
     *            as processing applies them already)
     */
    StreamingExport(Dataset dataset, Dataset stored, ExportPlan plan, TraceSelection selection, SampleCheck check,
            ExecutorService encoders, int threads, ExportEdits edits, boolean editSamples) {
        this.dataset = dataset;
        this.stored = stored;
        this.plan = plan;
        this.selection = selection;
        this.check = check;
        this.encoders = encoders;
        this.threads = threads;
        this.edits = edits;
        this.editSamples = editSamples;
    }

    /**
     * Writes the file: into a temporary sibling, renamed over the target when complete.
     *
     * @param target the file
     * @param monitor progress (traces) and cancellation
     * @throws DatasetException naming the target when writing fails or a value does not fit
     */
    void run(Path target, IProgressMonitor monitor) throws DatasetException {
        WriterSettings settings = plan.settings();
        long count = selection.count();
        int block = (int) Math.max(1, Math.min(count, BLOCK_BYTES / settings.traceBytes()));
        SubMonitor sub = SubMonitor.convert(monitor, "Exporting " + target.getFileName(), //$NON-NLS-1$
                (int) Math.min(Integer.MAX_VALUE, (count + block - 1) / block));
        ByteBuffer out = ByteBuffer.allocateDirect(block * settings.traceBytes()).order(settings.byteOrder());
        try (SegyWriter writer = SegyWriter.createAtomic(target, settings)) {
            if (!plan.textual().isEmpty()) {
                writer.writeTextualHeader(TextualHeader.decode(plan.textual().get(0)));
                writer.writeBinaryHeader(plan.binary());
                for (int i = 1; i < plan.textual().size(); i++) {
                    writer.writeExtendedTextualHeader(TextualHeader.decode(plan.textual().get(i)));
                }
            }
            for (long first = 0; first < count; first += block) {
                if (sub.isCanceled()) {
                    throw new OperationCanceledException();
                }
                int n = (int) Math.min(block, count - first);
                float[] read = readSamples(first, n, sub);
                if (editSamples) {
                    read = edits.applyToSamples(read, selection, first, n, plan.sampleEnd() - plan.sampleStart());
                }
                float[] samples = check.apply(read, first, selection);
                prefetch(first + block, (int) Math.min(block, count - first - block));
                ByteBuffer headers = edits.markKilled(readHeaders(first, n, sub), selection, first, n);
                encode(headers, samples, n, out);
                out.limit(n * settings.traceBytes());
                writer.writeEncodedTraces(out);
                out.clear();
                sub.split(1);
            }
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            writer.commit();
        } catch (IOException e) {
            throw new DatasetException(target, "cannot be written: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    /** Lets the dataset's reader threads load the next block while this one is encoded and written. */
    private void prefetch(long first, int n) {
        if (n <= 0) {
            return;
        }
        long[] indices = selection.indices();
        if (indices == null) {
            long t0 = selection.start() + first;
            dataset.prefetch(List.of(new WindowBounds(t0, t0 + n, plan.sampleStart(), plan.sampleEnd())));
        } else {
            long[] part = new long[n];
            System.arraycopy(indices, (int) first, part, 0, n);
            dataset.prefetchTraces(part, plan.sampleStart(), plan.sampleEnd());
        }
    }

    private float[] readSamples(long first, int n, IProgressMonitor monitor) throws DatasetException {
        long[] indices = selection.indices();
        if (indices == null) {
            long t0 = selection.start() + first;
            return dataset.window(new WindowBounds(t0, t0 + n, plan.sampleStart(), plan.sampleEnd()), monitor)
                    .samples();
        }
        long[] part = new long[n];
        System.arraycopy(indices, (int) first, part, 0, n);
        return dataset.traces(part, plan.sampleStart(), plan.sampleEnd(), monitor).samples();
    }

    /** @return the raw headers of the block's traces, with sample count and delay fixed for a sample subset */
    private ByteBuffer readHeaders(long first, int n, IProgressMonitor monitor) throws DatasetException {
        int h = TraceHeaderField.HEADER_BYTES;
        ByteBuffer headers;
        if (selection.indices() == null) {
            headers = stored.rawHeaders(selection.start() + first, n, monitor);
        } else {
            headers = ByteBuffer.allocate(n * h).order(plan.sourceOrder());
            int i = 0;
            while (i < n) {
                // runs of consecutive traces are read at once
                long start = selection.index(first + i);
                int run = 1;
                while (i + run < n && selection.index(first + i + run) == start + run) {
                    run++;
                }
                headers.put(i * h, stored.rawHeaders(start, run, monitor), 0, run * h);
                i += run;
            }
        }
        headers.order(plan.sourceOrder());
        int samples = plan.sampleEnd() - plan.sampleStart();
        if (plan.sampleStart() != 0 || samples != dataset.descriptor().sampleCount()) {
            for (int t = 0; t < n; t++) {
                TraceHeaderField.SAMPLE_COUNT.set(headers, t * h, samples & 0xFFFF);
                int delay = TraceHeaderField.DELAY_RECORDING_TIME.get(headers, t * h) + plan.delayShiftMillis();
                TraceHeaderField.DELAY_RECORDING_TIME.set(headers, t * h, (short) delay);
            }
        }
        return headers;
    }

    private void encode(ByteBuffer headers, float[] samples, int n, ByteBuffer out) throws DatasetException {
        WriterSettings settings = plan.settings();
        int parts = Math.max(1, Math.min(threads, n / 64));
        List<Future<?>> futures = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            int from = (int) ((long) n * p / parts);
            int to = (int) ((long) n * (p + 1) / parts);
            Runnable task = () -> {
                int h = TraceHeaderField.HEADER_BYTES;
                ByteOrder order = headers.order();
                for (int t = from; t < to; t++) {
                    ByteBuffer header = headers.slice(t * h, h).order(order);
                    SegyWriter.encodeTrace(settings, header, samples, t * settings.samplesPerTrace(), out,
                            t * settings.traceBytes());
                }
            };
            if (p == parts - 1) {
                task.run();
            } else {
                futures.add(encoders.submit(task));
            }
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("encoding failed", e.getCause()); //$NON-NLS-1$
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            }
        }
    }
}
