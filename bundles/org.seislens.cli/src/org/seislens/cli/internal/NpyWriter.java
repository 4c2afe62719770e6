package org.seislens.cli.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a 2-D float32 array as a NumPy {@code .npy} file (format version 1.0, little-endian, C order) row
 * after row, so the array never has to be in memory at once. The file is written to a hidden temporary
 * sibling and renamed into place by {@link #publish()}; closed without publishing, it leaves nothing behind.
 */
final class NpyWriter implements AutoCloseable {

    private static final int CHUNK_FLOATS = 1 << 16;

    private final Path file;
    private final Path temporary;
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(4 * CHUNK_FLOATS).order(ByteOrder.LITTLE_ENDIAN);
    private final long expected;
    private long written;
    private boolean published;

    /**
     * Creates the temporary sibling and writes the header.
     *
     * @param file the .npy file to create or replace
     * @param rows the number of rows
     * @param columns the number of columns
     * @throws IOException if the temporary file cannot be created or written
     */
    NpyWriter(Path file, long rows, long columns) throws IOException {
        this.file = file;
        this.expected = rows * columns;
        Path name = file.getFileName();
        // Not Files.createTempFile: its owner-only permissions would stay with the published file.
        this.temporary = file.toAbsolutePath().resolveSibling(
                "." + (name == null ? "window" : name) + "." + UUID.randomUUID() + ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        FileChannel opened = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            writeFully(opened, header(rows, columns));
        } catch (IOException | RuntimeException e) {
            opened.close();
            Files.deleteIfExists(temporary);
            throw e;
        }
        this.channel = opened;
    }

    private static ByteBuffer header(long rows, long columns) {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + rows + ", " + columns + "), }"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // Magic (6) + version (2) + header length (2) + dict + padding + newline, a multiple of 64.
        int unpadded = 10 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        byte[] headerBytes = (dict + " ".repeat(padding) + "\n").getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$ //$NON-NLS-2$
        ByteBuffer start = ByteBuffer.allocate(10 + headerBytes.length).order(ByteOrder.LITTLE_ENDIAN);
        start.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0); //$NON-NLS-1$
        start.putShort((short) headerBytes.length).put(headerBytes).flip();
        return start;
    }

    /**
     * Appends values in C order (row after row).
     *
     * @param values the values
     * @param from the first one to write
     * @param count how many
     * @throws IOException if the file cannot be written
     */
    void write(float[] values, int from, int count) throws IOException {
        for (int done = 0; done < count; done += CHUNK_FLOATS) {
            int n = Math.min(CHUNK_FLOATS, count - done);
            buffer.clear();
            buffer.asFloatBuffer().put(values, from + done, n);
            buffer.limit(4 * n);
            writeFully(channel, buffer);
        }
        written += count;
    }

    /**
     * Forces the values to the disk and renames the temporary file to the .npy file.
     *
     * @throws IOException if the file cannot be completed or renamed
     * @throws IllegalStateException if fewer or more values were written than the shape holds
     */
    void publish() throws IOException {
        if (written != expected) {
            throw new IllegalStateException(written + " values written to " + file + ", its shape holds " + expected); //$NON-NLS-1$ //$NON-NLS-2$
        }
        channel.force(true);
        channel.close();
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        published = true;
    }

    @Override
    public void close() throws IOException {
        channel.close();
        if (!published) {
            Files.deleteIfExists(temporary);
        }
    }

    private static void writeFully(FileChannel out, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
    }
}
