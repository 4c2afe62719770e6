package org.seislens.store.internal.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;

import org.seislens.core.DatasetException;
import org.seislens.core.WindowBounds;
import org.seislens.store.internal.layout.DatasetValidator;
import org.seislens.zarr.io.ZarrArray;

/**
 * Windows copied straight from a dataset's sample array, past the shared cache: for passes that read every trace
 * once (an export, quality control), which would otherwise evict what the user is looking at. Each chunk is
 * decoded into a pooled buffer and its traces copied to their places.
 */
final class UncachedCopies {

    /**
     * The most decoded chunks a copy into an array holds at once, in bytes: the chunks of a row are copied from
     * there trace by trace, so they should stay in a core's second-level cache meanwhile.
     */
    private static final int ROW_BYTES = 1 << 20;

    private final ZarrArray samples;
    private final ChunkBuffers buffers;
    private final boolean rawFloats;
    private final int chunkTraces;
    private final int chunkSamples;
    /** The most chunks of a row decoded at once by a copy into an array. */
    private final int rowGroup;

    /**
     * @param samples the opened sample array
     * @param buffers the pool of decoded chunk buffers
     * @param rawFloats whether chunks hold little-endian float32, copied as decoded
     */
    UncachedCopies(ZarrArray samples, ChunkBuffers buffers, boolean rawFloats) {
        this.samples = samples;
        this.buffers = buffers;
        this.rawFloats = rawFloats;
        this.chunkTraces = samples.metadata().chunks(0);
        this.chunkSamples = samples.metadata().chunks(1);
        this.rowGroup = Math.max(1, ROW_BYTES / samples.metadata().chunkByteSize());
    }

    /**
     * Copies a window straight from storage into a buffer, leaving the cache alone: each chunk is decoded into a
     * pooled buffer and its traces copied (and byte-swapped, when {@code dst} is big-endian) to their places.
     *
     * @param b the window, inside the dataset
     * @param dst receives trace {@code t} of the window at {@code offset + t * stride}, in its byte order
     * @param offset the byte index of the window's first sample
     * @param stride bytes from one trace to the next
     * @throws DatasetException naming the chunk file if it is missing or cannot be decoded
     */
    void copy(WindowBounds b, ByteBuffer dst, int offset, int stride) throws DatasetException {
        if (!rawFloats) {
            float[] values = new float[(int) b.area()];
            try {
                samples.readFloats2D(b.traceStart(), b.sampleStart(), (int) b.traceCount(), b.sampleCount(), values,
                        null);
            } catch (IOException e) {
                throw new DatasetException(samples.directory(), "cannot read samples: " + e.getMessage(), e); //$NON-NLS-1$
            }
            int width = b.sampleCount();
            for (int t = 0; t < b.traceCount(); t++) {
                dst.slice(offset + t * stride, 4 * width).order(dst.order()).asFloatBuffer().put(values, t * width,
                        width);
            }
            return;
        }
        ByteBuffer bytes = buffers.take();
        // one float view of the whole destination when traces start at whole floats: no object per trace
        FloatBuffer whole = offset % 4 == 0 && stride % 4 == 0 ? dst.duplicate().clear().order(dst.order())
                .asFloatBuffer() : null;
        try {
            FloatBuffer chunk = bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
            for (long tc = b.traceStart() / chunkTraces; tc <= (b.traceEnd() - 1) / chunkTraces; tc++) {
                for (long sc = b.sampleStart() / chunkSamples; sc <= (b.sampleEnd() - 1) / chunkSamples; sc++) {
                    decode(tc, sc, bytes);
                    long t0 = Math.max(b.traceStart(), tc * chunkTraces);
                    long t1 = Math.min(b.traceEnd(), (tc + 1) * chunkTraces);
                    int s0 = (int) Math.max(b.sampleStart(), sc * chunkSamples);
                    int s1 = (int) Math.min(b.sampleEnd(), (sc + 1) * chunkSamples);
                    for (long t = t0; t < t1; t++) {
                        int at = offset + (int) (t - b.traceStart()) * stride + 4 * (s0 - b.sampleStart());
                        int from = (int) (t - tc * chunkTraces) * chunkSamples + (int) (s0 - sc * chunkSamples);
                        if (whole != null) {
                            whole.put(at / 4, chunk, from, s1 - s0);
                        } else {
                            dst.slice(at, 4 * (s1 - s0)).order(dst.order()).asFloatBuffer().put(0, chunk, from, s1 - s0);
                        }
                    }
                }
            }
        } finally {
            buffers.give(bytes);
        }
    }

    /**
     * Copies a window straight from storage into an array, leaving the cache alone. The chunks of a chunk row are
     * decoded into pooled buffers, a few at a time, then copied trace after trace in the array's order: one copy
     * from the decoded chunks, writing the array front to back. (QC's batches read this way took ~10 % less time
     * than through a buffer as {@link #copy(WindowBounds, ByteBuffer, int, int)} and then into the array; most of
     * a copy's time is writing the array, far larger than the caches, and reading the chunk files.)
     *
     * @param b the window, inside the dataset and not empty
     * @param dst receives sample {@code s} of trace {@code t} of the window at {@code t * b.sampleCount() + s}
     * @throws DatasetException naming the chunk file if it is missing or cannot be decoded
     */
    void copy(WindowBounds b, float[] dst) throws DatasetException {
        int width = b.sampleCount();
        if (!rawFloats) {
            try {
                samples.readFloats2D(b.traceStart(), b.sampleStart(), (int) b.traceCount(), width, dst, null);
            } catch (IOException e) {
                throw new DatasetException(samples.directory(), "cannot read samples: " + e.getMessage(), e); //$NON-NLS-1$
            }
            return;
        }
        long firstColumn = b.sampleStart() / chunkSamples;
        long lastColumn = (b.sampleEnd() - 1) / chunkSamples;
        int group = (int) Math.min(lastColumn - firstColumn + 1, rowGroup);
        ByteBuffer[] bytes = new ByteBuffer[group];
        FloatBuffer[] chunks = new FloatBuffer[group];
        try {
            for (int i = 0; i < group; i++) {
                bytes[i] = buffers.take();
                chunks[i] = bytes[i].duplicate().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
            }
            for (long tc = b.traceStart() / chunkTraces; tc <= (b.traceEnd() - 1) / chunkTraces; tc++) {
                long t0 = Math.max(b.traceStart(), tc * chunkTraces);
                long t1 = Math.min(b.traceEnd(), (tc + 1) * chunkTraces);
                for (long sc0 = firstColumn; sc0 <= lastColumn; sc0 += group) {
                    int n = (int) Math.min(group, lastColumn - sc0 + 1);
                    for (int i = 0; i < n; i++) {
                        decode(tc, sc0 + i, bytes[i]);
                    }
                    int s0 = (int) Math.max(b.sampleStart(), sc0 * chunkSamples);
                    for (long t = t0; t < t1; t++) {
                        int to = (int) (t - b.traceStart()) * width + (s0 - b.sampleStart());
                        int row = (int) (t - tc * chunkTraces) * chunkSamples;
                        for (int i = 0; i < n; i++) {
                            long sc = sc0 + i;
                            int from = (int) Math.max(b.sampleStart() - sc * chunkSamples, 0);
                            int length = (int) Math.min(b.sampleEnd() - sc * chunkSamples, chunkSamples) - from;
                            chunks[i].get(row + from, dst, to, length);
                            to += length;
                        }
                    }
                }
            }
        } finally {
            for (ByteBuffer buffer : bytes) {
                if (buffer != null) {
                    buffers.give(buffer);
                }
            }
        }
    }

    /** Decodes a stored chunk into a pooled buffer (the fill value when the array may lack it). */
    private void decode(long traceChunk, long sampleChunk, ByteBuffer bytes) throws DatasetException {
        long[] coords = { traceChunk, sampleChunk };
        try {
            samples.readChunk(coords, bytes);
        } catch (IOException e) {
            Path file = samples.chunkFile(coords);
            throw new DatasetException(file, "cannot read samples: " + DatasetValidator.withoutFile(file, e), e); //$NON-NLS-1$
        }
    }
}
