package org.seislens.store.internal.layout;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.DatasetException;
import org.seislens.segy.SegyLayout;
import org.seislens.segy.TraceHeaderField;

/**
 * The rev 2 additional trace headers of a source, kept in {@code additional_headers.bin} so that an export
 * writes them back: the {@code n * 240} bytes after each trace's standard header, as the source held them,
 * trace after trace. The importer copies them in a pass of its own over the source; a dataset reads them by
 * trace range.
 */
public final class AdditionalTraceHeaders {

    /** Bytes of source read at once when traces are short. */
    private static final int READ_BYTES = 4 << 20;

    private AdditionalTraceHeaders() {
    }

    /**
     * Copies the additional trace headers of every trace of a source; nothing when it has none.
     *
     * @param layout the source
     * @param to the file to create
     * @throws IOException if the source cannot be read or the file written
     */
    public static void copy(SegyLayout layout, Path to) throws IOException {
        int extra = layout.additionalTraceHeaders() * TraceHeaderField.HEADER_BYTES;
        if (extra == 0 || layout.traceCount() == 0) {
            return;
        }
        int traceSize = layout.traceSize();
        // several whole traces per read when they are short, else the headers of one trace
        int perRead = Math.max(1, READ_BYTES / traceSize);
        boolean whole = perRead > 1;
        ByteBuffer in = ByteBuffer.allocateDirect(whole ? perRead * traceSize : extra);
        ByteBuffer out = ByteBuffer.allocateDirect(whole ? perRead * extra : extra);
        try (FileChannel source = FileChannel.open(layout.file());
                FileChannel target = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (long first = 0; first < layout.traceCount(); first += perRead) {
                int n = (int) Math.min(perRead, layout.traceCount() - first);
                in.clear().limit(whole ? n * traceSize : extra);
                long at = layout.traceOffset(first) + (whole ? 0 : TraceHeaderField.HEADER_BYTES);
                readFully(source, in, at, layout.file());
                out.clear();
                for (int t = 0; t < n; t++) {
                    int from = whole ? t * traceSize + TraceHeaderField.HEADER_BYTES : 0;
                    out.put(in.slice(from, extra));
                }
                out.flip();
                while (out.hasRemaining()) {
                    target.write(out);
                }
            }
        }
    }

    /**
     * @param file {@code additional_headers.bin}
     * @param perTrace the additional headers of each trace
     * @param first the first trace
     * @param count the traces
     * @param order the byte order given to the buffer (the source's)
     * @return {@code count * perTrace * 240} bytes from position 0, or {@code null} when the file is absent
     * @throws DatasetException naming the file if it cannot be read or is too short
     */
    public static @Nullable ByteBuffer read(Path file, int perTrace, long first, int count, ByteOrder order)
            throws DatasetException {
        int extra = perTrace * TraceHeaderField.HEADER_BYTES;
        ByteBuffer buffer = ByteBuffer.allocate(count * extra).order(order);
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            channel.position(first * extra);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    throw new DatasetException(file, "ends before the additional trace headers of trace " //$NON-NLS-1$
                            + (first + buffer.position() / extra));
                }
            }
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new DatasetException(file, "cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
        }
        return buffer.clear();
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long at, Path file) throws IOException {
        long position = at;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position);
            if (n < 0) {
                throw new IOException(file + " ended inside its traces"); //$NON-NLS-1$
            }
            position += n;
        }
        buffer.flip();
    }
}
