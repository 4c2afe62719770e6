package org.seislens.export.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.HelpedTasks;
import org.seislens.segy.SegyWriter;
import org.seislens.segy.TextualHeader;
import org.seislens.segy.TraceHeaderField;
import org.seislens.segy.WriterSettings;

/**
 * The export loop, a bounded pipeline: a thread of its own reads each block's raw trace headers in order, an
 * encoder thread ({@link BlockEncoder}) encodes the block (IEEE samples copied straight from storage are placed
 * without waiting for the headers, which the calling thread then places); encoded blocks are written in order
 * by the calling thread with one large write each. A few blocks are in flight at once, each in its own reused {@link BlockSlot}, so memory is a few
 * blocks whatever the survey's size.
 */
final class StreamingExport {

    /**
     * The bytes of one encoded block, about: small enough that a block is still in the processor's cache when
     * it is written after its encoding (measured on the 1.25 GB demo survey: blocks of 0.8 MB export faster
     * than blocks of 1.6, 3.2 or 6.4 MB).
     */
    static final int BLOCK_BYTES = 1 << 20;
    /** The most bytes of one encoded block. */
    static final int MAX_BLOCK_BYTES = 8 << 20;
    /** The traces of one chunk row of the store: a block at least this high reads each chunk once. */
    static final int CHUNK_TRACES = 128;
    /** The most bytes of encoded blocks in flight, unless four blocks are larger. */
    static final long SLOT_BYTES = 64L << 20;

    private final Dataset dataset;
    private final Dataset stored;
    private final ExportPlan plan;
    private final TraceSelection selection;
    private final ExecutorService encoders;
    private final int threads;
    private final ExportEdits edits;
    private final BlockEncoder encoder;

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
        this.encoders = encoders;
        this.threads = threads;
        this.edits = edits;
        this.encoder = new BlockEncoder(dataset, plan, selection, check, edits, editSamples);
    }

    /**
     * Writes the file: into a temporary sibling, renamed over the target when complete.
     *
     * @param target the file
     * @param monitor progress (blocks) and cancellation
     * @throws DatasetException naming the target when writing fails or a value does not fit
     */
    void run(Path target, IProgressMonitor monitor) throws DatasetException {
        WriterSettings settings = plan.settings();
        long count = selection.count();
        int block = blockTraces(settings.traceBytes(), count);
        SubMonitor sub = SubMonitor.convert(monitor, "Exporting " + target.getFileName(), //$NON-NLS-1$
                (int) Math.min(Integer.MAX_VALUE - 1, count / block + 2));
        // the encoders see cancellation through this, as a SubMonitor belongs to the calling thread
        IProgressMonitor cancel = new NullProgressMonitor();
        ArrayDeque<BlockSlot> free = new ArrayDeque<>();
        // as many blocks as fit the bound (at least one per encoder, one being written and one ready): samples
        // are copied ahead while the first headers are read, which starts slowly in a fresh process
        int slots = (int) Math.max(Math.min(threads + 2, 4), SLOT_BYTES / ((long) block * settings.traceBytes()));
        for (int i = 0; i < slots; i++) {
            free.add(new BlockSlot(block * settings.traceBytes(), settings.byteOrder()));
        }
        ArrayDeque<BlockSlot> inFlight = new ArrayDeque<>();
        try (SegyWriter writer = SegyWriter.createAtomic(target, settings)) {
            if (!plan.textual().isEmpty()) {
                writer.writeTextualHeader(TextualHeader.decode(plan.textual().get(0)));
                writer.writeBinaryHeader(plan.binary());
                for (int i = 1; i < plan.textual().size(); i++) {
                    writer.writeExtendedTextualHeader(TextualHeader.decode(plan.textual().get(i)));
                }
            }
            // the raw headers are a forward cursor: one thread reads them in block order, off the writing thread
            ExecutorService headerReader = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "SeisLens export headers"); //$NON-NLS-1$
                t.setDaemon(true);
                return t;
            });
            try {
                long position = 0;
                while (position < count) {
                    if (sub.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    if (free.isEmpty()) {
                        free.add(write(inFlight.remove(), writer, sub));
                    }
                    BlockSlot slot = free.remove();
                    int n = nextBlock(position, count, block);
                    long first = position;
                    Future<ByteBuffer> headers = headerReader
                            .submit(() -> withAdditional(edits.markKilled(readHeaders(first, n, cancel), selection,
                                    first, n), first, n, cancel));
                    slot.place(position, n);
                    slot.encodeWith(encoders.submit(() -> {
                        encoder.encode(slot, headers, cancel);
                        return null;
                    }));
                    inFlight.add(slot);
                    position += n;
                }
                while (!inFlight.isEmpty()) {
                    write(inFlight.remove(), writer, sub);
                }
            } finally {
                // on failure or cancellation: stop the blocks in flight before the dataset is closed
                cancel.setCanceled(true);
                for (BlockSlot slot : inFlight) {
                    awaitQuietly(slot);
                }
                // header reads never started are cancelled, not just dropped: an encoder still waiting for one (a
                // cancelled encoder keeps running) then ends instead of holding a shared encoder thread forever
                for (Runnable never : headerReader.shutdownNow()) {
                    if (never instanceof Future<?> read) {
                        read.cancel(false);
                    }
                }
            }
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            writer.commit();
        } catch (IOException e) {
            throw new DatasetException(target, "cannot be written: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    /**
     * @return traces per block: a power of two, so that blocks of a contiguous range start at multiples of it
     *         and each block reads whole chunks of storage
     */
    private static int blockTraces(int traceBytes, long count) {
        int block = Math.max(Integer.highestOneBit(Math.max(1, BLOCK_BYTES / traceBytes)),
                Math.min(CHUNK_TRACES, Integer.highestOneBit(Math.max(1, MAX_BLOCK_BYTES / traceBytes))));
        return (int) Math.max(1, Math.min(block, Long.highestOneBit(Math.max(1, count)) * 2));
    }

    /** @return the traces of the block starting at a position */
    private int nextBlock(long position, long count, int block) {
        if (selection.indices() != null) {
            return (int) Math.min(block, count - position);
        }
        long trace = selection.start() + position;
        long end = Math.min(selection.end(), (trace / block + 1) * block);
        return (int) (end - trace);
    }

    /**
     * Waits for a block's encoding, places its headers if the encoder left them, and writes it.
     *
     * @return the slot, free again
     */
    private BlockSlot write(BlockSlot slot, SegyWriter writer, SubMonitor sub) throws DatasetException, IOException {
        Future<@Nullable Void> task = slot.encoded();
        if (task != null) {
            HelpedTasks.result(task);
        }
        Future<ByteBuffer> headers = slot.headersLater();
        if (headers != null) {
            encoder.encodeHeaders(HelpedTasks.result(headers), slot.traces(), slot.out());
        }
        ByteBuffer out = slot.out();
        out.clear().limit(slot.traces() * writer.settings().traceBytes());
        writer.writeEncodedTraces(out);
        out.clear();
        sub.split(1);
        return slot;
    }
    private static void awaitQuietly(BlockSlot slot) {
        Future<@Nullable Void> task = slot.encoded();
        if (task == null) {
            return;
        }
        task.cancel(false);
        try {
            task.get();
        } catch (ExecutionException | RuntimeException e) {
            // the export failed or was cancelled already: this block is discarded
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * @param headers the standard headers of a block's traces
     * @return each trace's standard header followed by its rev 2 additional headers, when the file has them;
     *         else {@code headers}
     */
    private ByteBuffer withAdditional(ByteBuffer headers, long first, int n, IProgressMonitor monitor)
            throws DatasetException {
        int h = TraceHeaderField.HEADER_BYTES;
        int all = plan.settings().traceHeaderBytes();
        if (all == h) {
            return headers;
        }
        int extra = all - h;
        ByteBuffer out = ByteBuffer.allocate(n * all).order(headers.order());
        int i = 0;
        while (i < n) {
            long start = selection.index(first + i);
            int run = selection.run(first + i, n - i);
            ByteBuffer additional = stored.additionalHeaders(start, run, monitor);
            if (additional == null) {
                throw new DatasetException(stored.descriptor().location(),
                        "lost its additional trace headers"); //$NON-NLS-1$
            }
            for (int t = 0; t < run; t++) {
                out.put((i + t) * all, headers, (i + t) * h, h);
                out.put((i + t) * all + h, additional, t * extra, extra);
            }
            i += run;
        }
        return out;
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
                long start = selection.index(first + i);
                int run = selection.run(first + i, n - i);
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
}
