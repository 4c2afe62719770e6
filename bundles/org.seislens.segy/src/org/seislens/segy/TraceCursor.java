package org.seislens.segy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.Objects;

import org.seislens.segy.internal.ChannelIo;

/**
 * Reads a run of traces sequentially, a block of many traces at a time, into one reusable direct
 * buffer. After each {@link #next()} the block's traces are available by their position {@code i} in
 * the block ({@code 0 <= i < size()}): {@link #header(int)}, {@link #samples(int)} and the decoding
 * helpers. The buffers handed out are read-only views in the file's byte order, created once when the
 * cursor is made, so a loop over millions of traces allocates nothing; their content is replaced by
 * the next call to {@link #next()}.
 * <p>
 * A cursor is used by one thread. Cancelling is up to the caller, who simply stops calling
 * {@link #next()}.
 *
 * <pre>
 * float[] samples = new float[reader.layout().samplesPerTrace()];
 * TraceCursor cursor = reader.cursor();
 * while (cursor.next()) {
 *     for (int i = 0; i &lt; cursor.size(); i++) {
 *         int cdp = TraceHeaderField.CDP.get(cursor.header(i));
 *         cursor.toFloat(i, samples, 0);
 *     }
 * }
 * </pre>
 */
public final class TraceCursor {

    /** The most traces one block holds, however small they are. */
    public static final int MAX_TRACES_PER_BLOCK = 4096;

    private final FileChannel channel;
    private final SegyLayout layout;
    private final long end;
    private final ByteBuffer buffer;
    private final ByteBuffer block;
    private final ByteBuffer[] headers;
    private final ByteBuffer[] allHeaders;
    private final ByteBuffer[] samples;
    private final int capacity;
    private long nextTrace;
    private long firstIndex;
    private int size;

    TraceCursor(FileChannel channel, SegyLayout layout, long firstTrace, long traceCount, int blockBytes) {
        if (blockBytes <= 0) {
            throw new IllegalArgumentException("block size must be positive: " + blockBytes);
        }
        this.channel = channel;
        this.layout = layout;
        this.nextTrace = firstTrace;
        this.firstIndex = firstTrace;
        this.end = firstTrace + traceCount;
        int traceSize = layout.traceSize();
        long wanted = Math.max(1, Math.min(traceCount, Math.min(MAX_TRACES_PER_BLOCK, blockBytes / traceSize)));
        this.capacity = (int) wanted;
        ByteOrder order = layout.byteOrder();
        this.buffer = ByteBuffer.allocateDirect(capacity * traceSize).order(order);
        this.block = buffer.asReadOnlyBuffer().order(order);
        this.headers = new ByteBuffer[capacity];
        this.allHeaders = new ByteBuffer[capacity];
        this.samples = new ByteBuffer[capacity];
        int headerBytes = layout.traceHeaderBytes();
        for (int i = 0; i < capacity; i++) {
            int at = i * traceSize;
            headers[i] = block.slice(at, TraceHeaderField.HEADER_BYTES).order(order);
            allHeaders[i] = block.slice(at, headerBytes).order(order);
            samples[i] = block.slice(at + headerBytes, layout.sampleBytes()).order(order);
        }
    }

    /**
     * Reads the next block of traces.
     *
     * @return {@code false} when all traces have been read
     * @throws SegyFormatException if the file was shortened since it was opened
     * @throws IOException if reading fails
     */
    public boolean next() throws SegyFormatException, IOException {
        firstIndex = nextTrace;
        if (nextTrace >= end) {
            size = 0;
            return false;
        }
        size = (int) Math.min(capacity, end - nextTrace);
        buffer.clear().limit(size * layout.traceSize());
        ChannelIo.readFully(layout.file(), channel, buffer, layout.traceOffset(nextTrace));
        nextTrace += size;
        return true;
    }

    /** @return the number of traces in the current block, 0 before the first and after the last block */
    public int size() {
        return size;
    }

    /** @return the most traces a block holds */
    public int capacity() {
        return capacity;
    }

    /** @return the file index of the current block's first trace */
    public long firstIndex() {
        return firstIndex;
    }

    /**
     * @param i a trace position in the block
     * @return the file index of that trace
     */
    public long index(int i) {
        return firstIndex + Objects.checkIndex(i, size);
    }

    /** @return the layout of the file */
    public SegyLayout layout() {
        return layout;
    }

    /**
     * @param i a trace position in the block
     * @return the standard 240-byte trace header, read-only, index 0 at its first byte
     */
    public ByteBuffer header(int i) {
        return headers[Objects.checkIndex(i, size)];
    }

    /**
     * @param i a trace position in the block
     * @return the standard header followed by the rev 2 additional trace headers, if any
     */
    public ByteBuffer headers(int i) {
        return allHeaders[Objects.checkIndex(i, size)];
    }

    /**
     * @param i a trace position in the block
     * @return the raw samples, read-only, in the file's format and byte order
     */
    public ByteBuffer samples(int i) {
        return samples[Objects.checkIndex(i, size)];
    }

    /**
     * @return the whole block buffer, read-only, in the file's byte order: trace {@code i} starts at
     *         {@link #headerOffset(int)}, its samples at {@link #samplesOffset(int)}
     */
    public ByteBuffer block() {
        return block;
    }

    /**
     * @param i a trace position in the block
     * @return the offset of its header in {@link #block()}
     */
    public int headerOffset(int i) {
        return Objects.checkIndex(i, size) * layout.traceSize();
    }

    /**
     * @param i a trace position in the block
     * @return the offset of its samples in {@link #block()}
     */
    public int samplesOffset(int i) {
        return headerOffset(i) + layout.traceHeaderBytes();
    }

    /**
     * Decodes one trace's samples to {@code float}.
     *
     * @param i a trace position in the block
     * @param dst the destination, with room for {@link SegyLayout#samplesPerTrace()} values
     * @param dstOffset the index of the first value in {@code dst}
     */
    public void toFloat(int i, float[] dst, int dstOffset) {
        SampleCodec.toFloat(layout.format(), block, samplesOffset(i), dst, dstOffset, layout.samplesPerTrace());
    }

    /**
     * Decodes one trace's samples to {@code double}.
     *
     * @param i a trace position in the block
     * @param dst the destination, with room for {@link SegyLayout#samplesPerTrace()} values
     * @param dstOffset the index of the first value in {@code dst}
     */
    public void toDouble(int i, double[] dst, int dstOffset) {
        SampleCodec.toDouble(layout.format(), block, samplesOffset(i), dst, dstOffset, layout.samplesPerTrace());
    }

    /**
     * Decodes one trace's samples to their little-endian storage dtype.
     *
     * @param i a trace position in the block
     * @param dst a little-endian destination
     * @param dstOffset the byte offset of the first value in {@code dst}
     * @return the number of bytes written
     */
    public int toStorage(int i, ByteBuffer dst, int dstOffset) {
        return SampleCodec.toStorage(layout.format(), block, samplesOffset(i), dst, dstOffset,
                layout.samplesPerTrace());
    }
}
