package org.seislens.export.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.IProgressMonitor;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetException;
import org.seislens.core.HelpedTasks;
import org.seislens.core.WindowBounds;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.SegyWriter;
import org.seislens.segy.WriterSettings;

/**
 * Encodes one block of traces into the output's bytes; blocks are encoded on several threads at once.
 * <p>
 * A block of a contiguous range of stored (not processed) samples is copied from storage
 * ({@link Dataset#copyWindow}), which leaves the shared cache to what the user looks at; for IEEE output the
 * store copies the float bits straight to their places between the headers (swapping bytes for big-endian
 * output). Other blocks (the
 * traces of chosen ensembles, a processed dataset) read floats through the dataset and encode them value by
 * value.
 */
final class BlockEncoder {

    private final Dataset dataset;
    private final ExportPlan plan;
    private final TraceSelection selection;
    private final SampleCheck check;
    private final ExportEdits edits;
    private final boolean editSamples;
    private final boolean fromStorage;
    private final boolean copyBits;
    private final int width;

    /**
     * @param dataset the dataset whose samples are written (the stored one, or it processed)
     * @param plan what to write
     * @param selection the traces
     * @param check the scale and fit check applied to samples
     * @param edits the trace edits
     * @param stored whether {@code dataset} is the stored dataset; a processed one applies the edits itself
     */
    BlockEncoder(Dataset dataset, ExportPlan plan, TraceSelection selection, SampleCheck check, ExportEdits edits,
            boolean stored) {
        this.dataset = dataset;
        this.plan = plan;
        this.selection = selection;
        this.check = check;
        this.edits = edits;
        this.editSamples = stored;
        this.fromStorage = stored && selection.indices() == null;
        this.copyBits = fromStorage && check.isIdentity() && plan.settings().format() == SampleFormat.IEEE_FLOAT32;
        this.width = plan.sampleEnd() - plan.sampleStart();
    }

    /**
     * Encodes a block: its traces, headers then samples, from index 0 of the slot's output.
     *
     * @param slot the buffers to encode into
     * @param headers the block's raw trace headers, edits marked, being read: IEEE samples copied straight from
     *            storage leave them to the writing thread ({@link BlockSlot#headersLater()}), other samples are
     *            read before they are awaited, so reading them overlaps the copy
     * @param monitor cancellation
     * @throws DatasetException if the samples or headers cannot be read or a value does not fit the format
     */
    void encode(BlockSlot slot, Future<ByteBuffer> headers, IProgressMonitor monitor) throws DatasetException {
        long first = slot.first();
        int n = slot.traces();
        float[] samples;
        if (fromStorage) {
            long t0 = selection.start() + first;
            WindowBounds bounds = new WindowBounds(t0, t0 + n, plan.sampleStart(), plan.sampleEnd());
            if (copyBits) {
                // IEEE floats straight into their places in the output, between the headers
                WriterSettings settings = plan.settings();
                int headerBytes = settings.traceHeaderBytes();
                dataset.copyWindow(bounds, slot.out(), headerBytes, settings.traceBytes(), monitor);
                edits.applyToStored(slot.out(), headerBytes, settings.traceBytes(), selection, first, n, width);
                // the headers are placed by the writing thread (encodeHeaders), so this encoder goes on to the
                // next block's samples instead of waiting while the first headers are still being read
                slot.headersLater(headers);
                return;
            }
            ByteBuffer stored = slot.stored(n * width * 4);
            dataset.copyWindow(bounds, stored, 0, 4 * width, monitor);
            edits.applyToStored(stored, 0, 4 * width, selection, first, n, width);
            samples = slot.floats(n * width);
            stored.asFloatBuffer().get(0, samples, 0, samples.length);
        } else {
            samples = read(first, n, monitor);
            if (editSamples) {
                samples = edits.applyToSamples(samples, selection, first, n, width);
            }
        }
        float[] values = check.apply(samples, first, selection);
        WriterSettings settings = plan.settings();
        int h = settings.traceHeaderBytes();
        ByteBuffer raw = HelpedTasks.result(headers);
        ByteOrder order = raw.order();
        for (int t = 0; t < n; t++) {
            ByteBuffer header = raw.slice(t * h, h).order(order);
            SegyWriter.encodeTrace(settings, header, values, t * width, slot.out(), t * settings.traceBytes());
        }
    }

    /**
     * Places a block's trace headers in front of its samples.
     *
     * @param headers the block's raw trace headers, edits marked
     * @param n its traces
     * @param out the slot's output
     */
    void encodeHeaders(ByteBuffer headers, int n, ByteBuffer out) {
        WriterSettings settings = plan.settings();
        int h = settings.traceHeaderBytes();
        ByteOrder order = headers.order();
        if (order == settings.byteOrder()) {
            // the headers as they are (a byte-identical export): one copy each, no view per trace
            for (int t = 0; t < n; t++) {
                out.put(t * settings.traceBytes(), headers, t * h, h);
            }
            return;
        }
        for (int t = 0; t < n; t++) {
            SegyWriter.encodeHeaders(settings, headers.slice(t * h, h).order(order), out, t * settings.traceBytes());
        }
    }

    private float[] read(long first, int n, IProgressMonitor monitor) throws DatasetException {
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
}
