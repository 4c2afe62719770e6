package org.seislens.store.internal.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * Reads one object with ranged GETs, one block at a time. A block is at least {@link #BLOCK} bytes, so small
 * objects (a chunk, metadata) take one request, and a read near the end (a Parquet footer) fetches the block that
 * ends there, so the footer and its length come in one request too.
 */
final class S3ReadChannel extends FileChannel {

    /** The smallest block fetched: reads ahead this far. */
    static final int BLOCK = 1 << 20;

    private final S3FileSystem fs;
    private final S3Path path;
    private final String key;
    private long position;
    private long size;
    private byte[] block = new byte[0];
    private long blockStart;

    S3ReadChannel(S3FileSystem fs, S3Path path) {
        this.fs = fs;
        this.path = path;
        this.key = path.key();
        this.size = fs.knownSize(key);
    }

    @Override
    public synchronized long size() throws IOException {
        if (size < 0) {
            fetch(0, BLOCK);
        }
        return size;
    }

    /** Fetches the block that holds {@code at}, of at least {@code wanted} bytes, within the object. */
    private void fetch(long at, int wanted) throws IOException {
        int length = Math.max(wanted, BLOCK);
        long start = at;
        if (size >= 0) {
            start = Math.max(0, Math.min(at, size - length));
            length = (int) Math.min(length, size - start);
            if (length <= 0) {
                block = new byte[0];
                blockStart = at;
                return;
            }
        }
        S3Client.Range r = fs.client().get(fs.bucket(), key, start, length);
        size = r.objectSize();
        fs.rememberSize(key, size);
        block = r.bytes();
        blockStart = start;
    }

    @Override
    public synchronized int read(ByteBuffer dst) throws IOException {
        int n = read(dst, position);
        if (n > 0) {
            position += n;
        }
        return n;
    }

    @Override
    public synchronized int read(ByteBuffer dst, long at) throws IOException {
        ensureOpen();
        if (at >= size() || !dst.hasRemaining()) {
            return at >= size ? -1 : 0;
        }
        if (at < blockStart || at >= blockStart + block.length) {
            fetch(at, dst.remaining());
        }
        int offset = (int) (at - blockStart);
        int n = Math.min(dst.remaining(), block.length - offset);
        if (n <= 0) {
            return -1;
        }
        dst.put(block, offset, n);
        return n;
    }

    @Override
    public synchronized long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        long total = 0;
        for (int i = offset; i < offset + length; i++) {
            int n = read(dsts[i]);
            if (n < 0) {
                return total == 0 ? -1 : total;
            }
            total += n;
            if (dsts[i].hasRemaining()) {
                break;
            }
        }
        return total;
    }

    @Override
    public synchronized long position() {
        return position;
    }

    @Override
    public synchronized FileChannel position(long newPosition) {
        if (newPosition < 0) {
            throw new IllegalArgumentException("negative position " + newPosition); //$NON-NLS-1$
        }
        position = newPosition;
        return this;
    }

    private void ensureOpen() throws IOException {
        if (!isOpen()) {
            throw new java.nio.channels.ClosedChannelException();
        }
    }

    @Override
    public long transferTo(long at, long count, WritableByteChannel target) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(count, BLOCK));
        long done = 0;
        while (done < count) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), count - done));
            int n = read(buffer, at + done);
            if (n <= 0) {
                break;
            }
            buffer.flip();
            while (buffer.hasRemaining()) {
                target.write(buffer);
            }
            done += n;
        }
        return done;
    }

    @Override
    public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) {
        throw new NonWritableChannelException();
    }

    @Override
    public int write(ByteBuffer src, long at) {
        throw new NonWritableChannelException();
    }

    @Override
    public FileChannel truncate(long newSize) {
        throw new NonWritableChannelException();
    }

    @Override
    public void force(boolean metaData) {
        // Nothing is written.
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long at, long count) {
        throw new NonWritableChannelException();
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long at, long length) {
        throw new UnsupportedOperationException(path + " is in object storage and cannot be mapped"); //$NON-NLS-1$
    }

    @Override
    public FileLock lock(long at, long length, boolean shared) {
        throw new UnsupportedOperationException(path + " is in object storage and cannot be locked"); //$NON-NLS-1$
    }

    @Override
    public FileLock tryLock(long at, long length, boolean shared) {
        throw new UnsupportedOperationException(path + " is in object storage and cannot be locked"); //$NON-NLS-1$
    }

    @Override
    protected void implCloseChannel() {
        block = new byte[0];
    }
}
