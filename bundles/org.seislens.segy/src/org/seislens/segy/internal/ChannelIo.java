package org.seislens.segy.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

import org.seislens.segy.SegyFormatException;

/** Positional reads that fill their buffer, or say clearly that the file ended first. */
public final class ChannelIo {

    private ChannelIo() {
    }

    /**
     * Reads until {@code buffer} has no room left.
     *
     * @param file the file, for the message
     * @param channel the channel
     * @param buffer the buffer, filled from its position to its limit
     * @param position the file position of the first byte
     * @throws SegyFormatException if the file ends first (it was truncated after it was opened)
     * @throws IOException if reading fails
     */
    public static void readFully(Path file, FileChannel channel, ByteBuffer buffer, long position)
            throws SegyFormatException, IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new SegyFormatException(file, "the file ended at byte " + at + " while " + buffer.remaining()
                        + " more bytes were expected; it was shortened after it was opened");
            }
            at += n;
        }
    }

    /**
     * @param file the file, for the message
     * @param channel the channel
     * @param position the file position of the first byte
     * @param length the number of bytes
     * @return the bytes
     * @throws SegyFormatException if the file ends first
     * @throws IOException if reading fails
     */
    public static byte[] read(Path file, FileChannel channel, long position, int length)
            throws SegyFormatException, IOException {
        byte[] bytes = new byte[length];
        readFully(file, channel, ByteBuffer.wrap(bytes), position);
        return bytes;
    }
}
