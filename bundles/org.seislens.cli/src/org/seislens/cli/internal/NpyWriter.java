package org.seislens.cli.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a 2-D float32 array as a NumPy {@code .npy} file (format version 1.0, little-endian, C order).
 */
final class NpyWriter {

    private static final int CHUNK_FLOATS = 1 << 18;

    private NpyWriter() {
    }

    static void writeFloat32(Path file, float[] values, long rows, long columns) throws IOException {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + rows + ", " + columns + "), }"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // Magic (6) + version (2) + header length (2) + dict + padding + newline, a multiple of 64.
        int unpadded = 10 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        StringBuilder header = new StringBuilder(dict);
        header.append(" ".repeat(padding)).append('\n'); //$NON-NLS-1$
        byte[] headerBytes = header.toString().getBytes(StandardCharsets.US_ASCII);
        ByteBuffer start = ByteBuffer.allocate(10 + headerBytes.length).order(ByteOrder.LITTLE_ENDIAN);
        start.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0); //$NON-NLS-1$
        start.putShort((short) headerBytes.length).put(headerBytes).flip();
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            while (start.hasRemaining()) {
                out.write(start);
            }
            ByteBuffer buffer = ByteBuffer.allocate(4 * CHUNK_FLOATS).order(ByteOrder.LITTLE_ENDIAN);
            for (int from = 0; from < values.length; from += CHUNK_FLOATS) {
                int n = Math.min(CHUNK_FLOATS, values.length - from);
                buffer.clear();
                buffer.asFloatBuffer().put(values, from, n);
                buffer.limit(4 * n);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            }
        }
    }
}
