package org.seislens.segy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Writes a SEG-Y or Seismic Unix file as a stream, through one large buffer: the textual header, the
 * binary header and any extended textual headers (SEG-Y only, in that order), then traces. Headers and
 * samples are written in the {@link WriterSettings}' byte order; a header buffer in the other order is
 * converted word by word, one in the same order is copied byte for byte, so reading a file and writing
 * its headers and raw samples back with {@link WriterSettings#like(SegyLayout)} reproduces it exactly.
 * The writer does not check that the binary header agrees with the settings; use
 * {@link BinaryHeader#standard(ByteOrder, SampleFormat, int, int)} for a consistent one.
 * <p>
 * {@link #create(Path, WriterSettings)} writes straight to the file. {@link #createAtomic(Path,
 * WriterSettings)} writes to a temporary sibling {@code <name>.tmp-<random>} that {@link #commit()}
 * moves over the target atomically; closing without committing, or {@link #abort()}, deletes it, so a
 * failed or cancelled export leaves nothing behind.
 *
 * <pre>
 * try (SegyWriter writer = SegyWriter.createAtomic(target, settings)) {
 *     writer.writeTextualHeader(text);
 *     writer.writeBinaryHeader(binary);
 *     ... writer.writeTrace(header, samples, 0); ...
 *     writer.commit();
 * }
 * </pre>
 */
public final class SegyWriter implements AutoCloseable {

    /** The size of the write buffer: 4 MiB, or one trace if that is larger. */
    public static final int BUFFER_BYTES = 4 << 20;

    private enum State {
        TEXTUAL, BINARY, EXTENDED_OR_TRACES, TRACES, CLOSED
    }

    private final Path target;
    private final @Nullable Path temporary;
    private final WriterSettings settings;
    private final FileChannel channel;
    private final ByteBuffer buffer;
    private State state;
    private long tracesWritten;

    private SegyWriter(Path target, @Nullable Path temporary, WriterSettings settings, FileChannel channel) {
        this.target = target;
        this.temporary = temporary;
        this.settings = settings;
        this.channel = channel;
        int traceBytes = settings.traceHeaderBytes() + settings.sampleBytes();
        this.buffer = ByteBuffer.allocateDirect(Math.max(BUFFER_BYTES, traceBytes)).order(settings.byteOrder());
        this.state = settings.kind() == FileKind.SU ? State.TRACES : State.TEXTUAL;
    }

    /**
     * Creates (or truncates) a file and writes straight into it; {@link #close()} flushes and closes
     * it, leaving whatever was written.
     *
     * @param file the file
     * @param settings what to write
     * @return the writer
     * @throws IOException if the file cannot be created
     */
    public static SegyWriter create(Path file, WriterSettings settings) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        return new SegyWriter(file, null, settings, channel);
    }

    /**
     * Writes into a new temporary sibling of {@code target}; {@link #commit()} moves it over the target,
     * {@link #close()} without a commit deletes it.
     *
     * @param target the file to create or replace on commit
     * @param settings what to write
     * @return the writer
     * @throws IOException if the temporary file cannot be created
     */
    public static SegyWriter createAtomic(Path target, WriterSettings settings) throws IOException {
        Path name = target.getFileName();
        if (name == null) {
            throw new IllegalArgumentException("not a file path: " + target);
        }
        Path temporary = target.resolveSibling(name + ".tmp-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()));
        FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new SegyWriter(target, temporary, settings, channel);
    }

    /** @return the settings */
    public WriterSettings settings() {
        return settings;
    }

    /** @return the file being written: the temporary sibling for an atomic writer */
    public Path file() {
        Path file = temporary;
        return file != null ? file : target;
    }

    /** @return the number of traces written so far */
    public long tracesWritten() {
        return tracesWritten;
    }

    /**
     * Writes the 3200-byte textual header; must come first.
     *
     * @param header the header; its raw bytes are written unchanged
     * @throws IOException if writing fails
     * @throws IllegalStateException if called out of order or for Seismic Unix
     */
    public void writeTextualHeader(TextualHeader header) throws IOException {
        expect(State.TEXTUAL);
        put(header.raw());
        state = State.BINARY;
    }

    /**
     * Writes the 400-byte binary header, converted to the writer's byte order if needed; must follow
     * the textual header.
     *
     * @param header the header
     * @throws IOException if writing fails
     * @throws IllegalStateException if called out of order
     */
    public void writeBinaryHeader(BinaryHeader header) throws IOException {
        expect(State.BINARY);
        put(header.withByteOrder(settings.byteOrder()).raw());
        state = State.EXTENDED_OR_TRACES;
    }

    /**
     * Writes an extended textual header; these follow the binary header, before any trace. The binary
     * header must announce them (bytes 3505-3506) for a reader to find them.
     *
     * @param header the header
     * @throws IOException if writing fails
     * @throws IllegalStateException if called out of order
     */
    public void writeExtendedTextualHeader(TextualHeader header) throws IOException {
        expect(State.EXTENDED_OR_TRACES);
        put(header.raw());
    }

    /**
     * Writes a trace from {@code float} samples, encoded into the writer's format.
     *
     * @param headers the trace headers from index 0 to their limit: the 240-byte standard header, then
     *            the additional headers the settings announce; in any byte order (the standard header
     *            is converted word by word, additional headers are copied as they are)
     * @param samples the sample values
     * @param offset the index of the trace's first sample in {@code samples}
     * @throws IOException if writing fails
     */
    public void writeTrace(ByteBuffer headers, float[] samples, int offset) throws IOException {
        startTrace(headers);
        int bytes = SampleCodec.fromFloat(settings.format(), samples, offset, buffer, buffer.position(),
                settings.samplesPerTrace());
        buffer.position(buffer.position() + bytes);
        tracesWritten++;
    }

    /**
     * Writes a trace whose samples are already encoded in the writer's format and byte order, e.g. the
     * {@link TraceCursor#samples(int)} of a file read with the same settings.
     *
     * @param headers the trace headers, as for {@link #writeTrace(ByteBuffer, float[], int)}
     * @param rawSamples the encoded samples from index 0 to their limit
     * @throws IOException if writing fails
     */
    public void writeTrace(ByteBuffer headers, ByteBuffer rawSamples) throws IOException {
        if (rawSamples.limit() != settings.sampleBytes()) {
            throw new IllegalArgumentException(
                    "a trace has " + settings.sampleBytes() + " bytes of samples, not " + rawSamples.limit());
        }
        startTrace(headers);
        buffer.put(buffer.position(), rawSamples, 0, rawSamples.limit());
        buffer.position(buffer.position() + rawSamples.limit());
        tracesWritten++;
    }

    /**
     * Writes whole traces already encoded by {@link #encodeTrace}, straight to the file (one large write,
     * no copy): this lets a caller encode a block of traces on several threads and write it at once.
     *
     * @param traces the traces from position 0 to the limit: a multiple of {@link WriterSettings#traceBytes()}
     * @throws IOException if writing fails
     */
    public void writeEncodedTraces(ByteBuffer traces) throws IOException {
        if (state == State.EXTENDED_OR_TRACES) {
            state = State.TRACES;
        }
        expect(State.TRACES);
        int traceBytes = settings.traceBytes();
        if (traces.limit() % traceBytes != 0) {
            throw new IllegalArgumentException(traces.limit() + " bytes are not whole traces of " + traceBytes);
        }
        flush();
        ByteBuffer view = traces.duplicate().position(0);
        while (view.hasRemaining()) {
            channel.write(view);
        }
        tracesWritten += traces.limit() / traceBytes;
    }

    /**
     * Encodes one trace as {@link #writeTrace(ByteBuffer, float[], int)} writes it: the headers copied (the
     * standard header converted word by word if its byte order differs), then the samples encoded.
     *
     * @param settings what is written
     * @param headers the trace headers from index 0 to their limit, in any byte order
     * @param samples the sample values
     * @param offset the index of the trace's first sample in {@code samples}
     * @param dst the destination, in {@code settings.byteOrder()}
     * @param at where the trace starts in {@code dst}
     * @return the bytes written, {@link WriterSettings#traceBytes()}
     */
    public static int encodeTrace(WriterSettings settings, ByteBuffer headers, float[] samples, int offset,
            ByteBuffer dst, int at) {
        int headerBytes = encodeHeaders(settings, headers, dst, at);
        SampleCodec.fromFloat(settings.format(), samples, offset, dst, at + headerBytes, settings.samplesPerTrace());
        return settings.traceBytes();
    }

    /**
     * Encodes the headers of one trace as {@link #encodeTrace} does, for a caller that encodes the samples
     * itself (copying samples already in the output's format, for example).
     *
     * @param settings what is written
     * @param headers the trace headers from index 0 to their limit, in any byte order
     * @param dst the destination, in {@code settings.byteOrder()}
     * @param at where the trace starts in {@code dst}
     * @return the bytes written, {@link WriterSettings#traceHeaderBytes()}; the samples follow them
     */
    public static int encodeHeaders(WriterSettings settings, ByteBuffer headers, ByteBuffer dst, int at) {
        int headerBytes = settings.traceHeaderBytes();
        if (headers.limit() != headerBytes) {
            throw new IllegalArgumentException("a trace has " + headerBytes + " header bytes, not " + headers.limit());
        }
        dst.put(at, headers, 0, headerBytes);
        if (headers.order() != settings.byteOrder()) {
            swapStandardHeader(dst, at);
        }
        return headerBytes;
    }

    private void startTrace(ByteBuffer headers) throws IOException {
        if (state == State.EXTENDED_OR_TRACES) {
            state = State.TRACES;
        }
        expect(State.TRACES);
        int headerBytes = settings.traceHeaderBytes();
        if (headers.limit() != headerBytes) {
            throw new IllegalArgumentException("a trace has " + headerBytes + " header bytes, not " + headers.limit());
        }
        if (buffer.remaining() < headerBytes + settings.sampleBytes()) {
            flush();
        }
        int at = buffer.position();
        buffer.put(at, headers, 0, headerBytes);
        if (headers.order() != settings.byteOrder()) {
            swapStandardHeader(buffer, at);
        }
        buffer.position(at + headerBytes);
    }

    /**
     * Reverses the bytes of every standard header word in place, except an "SEG00000" header name in
     * bytes 233-240, which is text.
     */
    private static void swapStandardHeader(ByteBuffer buffer, int at) {
        boolean named = isHeaderName(buffer, at + TraceHeaderField.UNASSIGNED_1.offset());
        for (TraceHeaderField field : TraceHeaderField.values()) {
            if (named && (field == TraceHeaderField.UNASSIGNED_1 || field == TraceHeaderField.UNASSIGNED_2)) {
                continue;
            }
            int offset = at + field.offset();
            if (field.size() == 4) {
                buffer.putInt(offset, Integer.reverseBytes(buffer.getInt(offset)));
            } else {
                buffer.putShort(offset, Short.reverseBytes(buffer.getShort(offset)));
            }
        }
    }

    private static boolean isHeaderName(ByteBuffer buffer, int at) {
        // "SEG" in ASCII or EBCDIC
        int s = buffer.get(at) & 0xFF;
        int e = buffer.get(at + 1) & 0xFF;
        int g = buffer.get(at + 2) & 0xFF;
        return (s == 'S' && e == 'E' && g == 'G') || (s == 0xE2 && e == 0xC5 && g == 0xC7);
    }

    /**
     * Flushes the buffer, closes the file and, for an atomic writer, moves the temporary file over the
     * target (atomically where the file system can).
     *
     * @throws IOException if writing or moving fails; an atomic writer then deletes its temporary file
     */
    public void commit() throws IOException {
        if (state == State.CLOSED) {
            throw new IllegalStateException("writer already closed");
        }
        try {
            flush();
            channel.close();
            state = State.CLOSED;
            Path file = temporary;
            if (file != null) {
                try {
                    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException | RuntimeException e) {
            abort();
            throw e;
        }
    }

    /** Stops writing: closes the file and deletes an atomic writer's temporary file. Never throws. */
    public void abort() {
        state = State.CLOSED;
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to do: the file is being discarded
        }
        Path file = temporary;
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // left behind; its .tmp- name marks it as debris
            }
        }
    }

    /**
     * Finishes: a direct writer flushes and closes its file; an atomic writer that was not committed
     * aborts, deleting its temporary file.
     *
     * @throws IOException if flushing fails
     */
    @Override
    public void close() throws IOException {
        if (state == State.CLOSED) {
            return;
        }
        if (temporary != null) {
            abort();
            return;
        }
        try {
            flush();
        } finally {
            state = State.CLOSED;
            channel.close();
        }
    }

    private void expect(State expected) {
        if (state != expected) {
            throw new IllegalStateException(state == State.CLOSED ? "writer already closed"
                    : "cannot write that now: expected " + describe(state));
        }
    }

    private static String describe(State state) {
        return switch (state) {
            case TEXTUAL -> "the textual header first";
            case BINARY -> "the binary header after the textual header";
            case EXTENDED_OR_TRACES -> "extended textual headers or traces";
            case TRACES -> "traces";
            case CLOSED -> "nothing";
        };
    }

    private void put(byte[] bytes) throws IOException {
        if (buffer.remaining() < bytes.length) {
            flush();
        }
        buffer.put(bytes);
    }

    private void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }
}
