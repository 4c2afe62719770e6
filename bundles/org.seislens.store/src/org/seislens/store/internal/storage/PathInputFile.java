package org.seislens.store.internal.storage;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;

/**
 * A Parquet file read through {@link Files#newByteChannel}, so through whichever file system holds the path: a
 * local file, or an object read with ranged GETs that read ahead a block at a time.
 */
public final class PathInputFile implements InputFile {

    private final Path file;

    /**
     * @param file the Parquet file
     */
    public PathInputFile(Path file) {
        this.file = file;
    }

    @Override
    public long getLength() throws IOException {
        return Files.size(file);
    }

    @Override
    public SeekableInputStream newStream() throws IOException {
        SeekableByteChannel channel = Files.newByteChannel(file);
        return new SeekableInputStream() {

            @Override
            public long getPos() throws IOException {
                return channel.position();
            }

            @Override
            public void seek(long newPos) throws IOException {
                channel.position(newPos);
            }

            @Override
            public int read() throws IOException {
                ByteBuffer one = ByteBuffer.allocate(1);
                return read(one) < 1 ? -1 : one.get(0) & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : read(ByteBuffer.wrap(b, off, len));
            }

            @Override
            public void readFully(byte[] bytes) throws IOException {
                readFully(ByteBuffer.wrap(bytes));
            }

            @Override
            public void readFully(byte[] bytes, int start, int len) throws IOException {
                readFully(ByteBuffer.wrap(bytes, start, len));
            }

            @Override
            public int read(ByteBuffer buf) throws IOException {
                return channel.read(buf);
            }

            @Override
            public void readFully(ByteBuffer buf) throws IOException {
                while (buf.hasRemaining()) {
                    if (channel.read(buf) < 0) {
                        throw new EOFException(file + " ended early"); //$NON-NLS-1$
                    }
                }
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
