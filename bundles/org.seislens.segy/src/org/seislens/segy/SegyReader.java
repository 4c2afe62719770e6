package org.seislens.segy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

import org.seislens.segy.internal.ChannelIo;
import org.seislens.segy.internal.LayoutProbe;

/**
 * An open SEG-Y or Seismic Unix file. {@link #open(Path, OpenOptions)} reads the file header and a few
 * trace headers to work out the {@link SegyLayout}, and refuses files it cannot read consistently.
 * Traces are then read sequentially, many per block, through {@link #cursor()}, or one at a time with
 * {@link #readTrace(long)}. Nothing reads the whole file into memory.
 * <p>
 * A reader may be shared by several threads, each with its own cursor: reads are positional.
 */
public final class SegyReader implements AutoCloseable {

    /** The default size of a cursor's block buffer: 8 MiB. */
    public static final int DEFAULT_BLOCK_BYTES = 8 << 20;

    /** The largest trace (headers and samples) this reader accepts: 256 MiB. */
    public static final int MAX_TRACE_BYTES = 256 << 20;

    /** The most extended textual headers this reader accepts. */
    public static final int MAX_EXTENDED_TEXTUAL_HEADERS = 4096;

    private final FileChannel channel;
    private final SegyLayout layout;

    private SegyReader(FileChannel channel, SegyLayout layout) {
        this.channel = channel;
        this.layout = layout;
    }

    /**
     * Opens a file, detecting its kind from its name and everything else from its contents.
     *
     * @param file the file
     * @return the open reader
     * @throws SegyFormatException if the file is not readable SEG-Y or Seismic Unix
     * @throws IOException if the file cannot be read
     */
    public static SegyReader open(Path file) throws SegyFormatException, IOException {
        return open(file, OpenOptions.DEFAULT);
    }

    /**
     * Opens a file with some settings fixed by the caller.
     *
     * @param file the file
     * @param options the kind, byte order or sample format to use instead of detecting them
     * @return the open reader
     * @throws SegyFormatException if the file is not readable that way; the message names the file and
     *             the cause
     * @throws IOException if the file cannot be read
     */
    public static SegyReader open(Path file, OpenOptions options) throws SegyFormatException, IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return new SegyReader(channel, LayoutProbe.probe(file, channel, options));
        } catch (SegyFormatException | IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** @return the layout worked out when the file was opened */
    public SegyLayout layout() {
        return layout;
    }

    /**
     * @return a cursor over all traces with {@link #DEFAULT_BLOCK_BYTES} blocks
     */
    public TraceCursor cursor() {
        return cursor(0, layout.traceCount(), DEFAULT_BLOCK_BYTES);
    }

    /**
     * @param firstTrace the index of the first trace to read
     * @param traceCount the number of traces to read
     * @param blockBytes the size of the block buffer; a block holds as many whole traces as fit (at
     *            least one, at most {@link TraceCursor#MAX_TRACES_PER_BLOCK})
     * @return a cursor over the traces
     * @throws IndexOutOfBoundsException if the traces are not all in the file
     */
    public TraceCursor cursor(long firstTrace, long traceCount, int blockBytes) {
        Objects.checkFromIndexSize(firstTrace, traceCount, layout.traceCount());
        return new TraceCursor(channel, layout, firstTrace, traceCount, blockBytes);
    }

    /**
     * Reads one trace into new buffers, for tools and tests; use a {@link #cursor()} to read many.
     *
     * @param index the trace index
     * @return the trace
     * @throws SegyFormatException if the file was shortened since it was opened
     * @throws IOException if reading fails
     * @throws IndexOutOfBoundsException if there is no such trace
     */
    public Trace readTrace(long index) throws SegyFormatException, IOException {
        Objects.checkIndex(index, layout.traceCount());
        ByteBuffer buffer = ByteBuffer.allocate(layout.traceSize()).order(layout.byteOrder());
        ChannelIo.readFully(layout.file(), channel, buffer, layout.traceOffset(index));
        ByteBuffer all = buffer.asReadOnlyBuffer();
        int headerBytes = layout.traceHeaderBytes();
        int standard = TraceHeaderField.HEADER_BYTES;
        return new Trace(index, all.slice(0, standard).order(layout.byteOrder()),
                all.slice(standard, headerBytes - standard).order(layout.byteOrder()),
                all.slice(headerBytes, layout.sampleBytes()).order(layout.byteOrder()), layout.format());
    }

    /** @return the open file, for positional reads of this package's batches */
    FileChannel channel() {
        return channel;
    }

    /** Closes the file; cursors stop working. */
    @Override
    public void close() throws IOException {
        channel.close();
    }
}
