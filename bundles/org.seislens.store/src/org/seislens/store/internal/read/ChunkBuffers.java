package org.seislens.store.internal.read;

import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pool of direct buffers of one chunk size, for the decoded chunks of one opened dataset.
 * <p>
 * Why direct buffers: decoded chunks on the heap survive in the shared cache, so every young collection
 * copied the chunks decoded since the last one, and the pause that promoted a filling cache took hundreds
 * of milliseconds (measured: 370 ms for 375 MB). Outside the heap the collector moves only a small buffer
 * object. Why a pool: direct memory is freed only when the collector finds its buffer unreachable, which for
 * old buffers can be long after; so evicted chunks give their buffers back ({@link SampleChunk#release()})
 * and the next load reuses one. At most {@link #maxIdle} buffers wait idle; more are left to the collector.
 * </p>
 */
final class ChunkBuffers {

    private final int bufferBytes;
    private final int maxIdle;
    private final ConcurrentLinkedDeque<ByteBuffer> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    /**
     * @param bufferBytes bytes of every buffer: one decoded chunk
     * @param maxIdleBytes the most memory kept in idle buffers, beyond what the cache accounts for
     */
    ChunkBuffers(int bufferBytes, long maxIdleBytes) {
        this.bufferBytes = bufferBytes;
        this.maxIdle = (int) Math.max(1, Math.min(Integer.MAX_VALUE, maxIdleBytes / Math.max(1, bufferBytes)));
    }

    /** @return a buffer of the chunk size, position 0, limit at its capacity; its content is undefined */
    ByteBuffer take() {
        ByteBuffer b = idle.pollFirst();
        if (b == null) {
            return ByteBuffer.allocateDirect(bufferBytes);
        }
        idleCount.decrementAndGet();
        return b.clear();
    }

    /**
     * Takes back a buffer nobody reads any more.
     *
     * @param buffer a buffer from {@link #take()}
     */
    void give(ByteBuffer buffer) {
        if (idleCount.incrementAndGet() <= maxIdle) {
            idle.addFirst(buffer);
        } else {
            idleCount.decrementAndGet();
        }
    }

    /** Drops the idle buffers, for when the dataset is closed. */
    void clear() {
        while (idle.pollFirst() != null) {
            idleCount.decrementAndGet();
        }
    }

    /** @return buffers waiting idle, for tests */
    int idle() {
        return idleCount.get();
    }
}
