package org.seislens.zarr.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.eclipse.jdt.annotation.Nullable;

/**
 * What one thread needs to read or write chunks of one array: a codec and two reusable direct buffers,
 * one for encoded bytes and one for a decoded chunk. Direct buffers let file channels and the native
 * codecs work without copies. Used by one thread at a time, handed out by {@link ChunkWorkerPool}.
 */
public final class ChunkWorker implements AutoCloseable {

    private final @Nullable ChunkCodec codec;
    private final int chunkBytes;
    private final ByteOrder byteOrder;
    private @Nullable ByteBuffer encoded;
    private @Nullable ByteBuffer decoded;

    /**
     * Creates a worker.
     *
     * @param codec the array's codec, or {@code null} for raw chunks
     * @param chunkBytes the size of a decoded chunk
     * @param byteOrder the dtype's byte order, set on the decoded buffer for typed views
     */
    public ChunkWorker(@Nullable ChunkCodec codec, int chunkBytes, ByteOrder byteOrder) {
        this.codec = codec;
        this.chunkBytes = chunkBytes;
        this.byteOrder = byteOrder;
    }

    /**
     * Returns the codec.
     *
     * @return the codec, or {@code null} for raw chunks
     */
    public @Nullable ChunkCodec codec() {
        return codec;
    }

    /**
     * Returns the buffer for one decoded chunk, allocated on first use.
     *
     * @return a direct buffer of exactly the chunk size in the dtype's byte order, position 0, limit
     *         at the chunk size
     */
    public ByteBuffer decodedBuffer() {
        ByteBuffer buffer = decoded;
        if (buffer == null) {
            buffer = ByteBuffer.allocateDirect(chunkBytes).order(byteOrder);
            decoded = buffer;
        }
        buffer.clear();
        return buffer;
    }

    /**
     * Returns a buffer for encoded bytes, growing it when {@code size} exceeds its capacity.
     *
     * @param size the number of bytes needed
     * @return a direct buffer with position 0 and limit {@code size}
     */
    public ByteBuffer encodedBuffer(int size) {
        ByteBuffer buffer = encoded;
        if (buffer == null || buffer.capacity() < size) {
            // Grow by half again so that slowly growing chunk files do not reallocate every time.
            int capacity = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(size, size + (long) size / 2));
            buffer = ByteBuffer.allocateDirect(capacity);
            encoded = buffer;
        }
        buffer.clear().limit(size);
        return buffer;
    }

    /** Closes the codec; the buffers are released with the worker. */
    @Override
    public void close() {
        ChunkCodec c = codec;
        if (c != null) {
            c.close();
        }
    }
}
