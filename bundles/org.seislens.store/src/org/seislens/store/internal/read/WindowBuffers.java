package org.seislens.store.internal.read;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * A pool of direct buffers of any size, for the assembled windows and gathers of one opened dataset.
 * <p>
 * Why: an assembled window kept in the cache as a heap array survives young collections, so the collector
 * copied every gather prefetched since the last one and the cache's windows filled the old generation
 * (a 60-step gather run grew the live heap from 11 to 219 MB, with remark pauses up to 300 ms). Outside the
 * heap the collector sees only a small buffer object. Sizes are rounded up to {@value #GRANULE} bytes so
 * that windows of one viewer size, or gathers of one channel count, share buffers. At most
 * {@code maxIdleBytes} wait idle, the most recently given back first; older ones are left to the collector.
 * </p>
 */
final class WindowBuffers {

    /** Buffer capacities are multiples of this. */
    static final int GRANULE = 64 << 10;

    private final long maxIdleBytes;
    /** Guarded by this. Most recently given back first. */
    private final ArrayDeque<ByteBuffer> idle = new ArrayDeque<>();
    /** Guarded by this. */
    private long idleBytes;

    /**
     * @param maxIdleBytes the most memory kept in idle buffers, beyond what the cache accounts for
     */
    WindowBuffers(long maxIdleBytes) {
        this.maxIdleBytes = maxIdleBytes;
    }

    /**
     * @param bytes bytes needed, at most {@link #largest()}
     * @return the capacity of the buffer {@link #take} gives for that many bytes
     */
    static int capacity(long bytes) {
        if (bytes < 0 || bytes > largest()) {
            throw new IllegalArgumentException(bytes + " bytes do not fit one buffer"); //$NON-NLS-1$
        }
        return (int) Math.max(GRANULE, (bytes + GRANULE - 1) / GRANULE * GRANULE);
    }

    /** @return the most bytes one buffer holds */
    static long largest() {
        return (long) Integer.MAX_VALUE / GRANULE * GRANULE;
    }

    /**
     * @param bytes bytes needed
     * @return a buffer of {@link #capacity}{@code (bytes)}, position 0, limit {@code bytes}; content undefined
     */
    ByteBuffer take(long bytes) {
        int capacity = capacity(bytes);
        synchronized (this) {
            for (Iterator<ByteBuffer> i = idle.iterator(); i.hasNext();) {
                ByteBuffer b = i.next();
                if (b.capacity() == capacity) {
                    i.remove();
                    idleBytes -= capacity;
                    return b.clear().limit((int) bytes);
                }
            }
        }
        return ByteBuffer.allocateDirect(capacity).limit((int) bytes);
    }

    /**
     * Takes back a buffer nobody reads any more.
     *
     * @param buffer a buffer from {@link #take}
     */
    synchronized void give(ByteBuffer buffer) {
        if (buffer.capacity() > maxIdleBytes) {
            return;
        }
        idle.addFirst(buffer);
        idleBytes += buffer.capacity();
        while (idleBytes > maxIdleBytes) {
            idleBytes -= idle.removeLast().capacity();
        }
    }

    /** Drops the idle buffers, for when the dataset is closed. */
    synchronized void clear() {
        idle.clear();
        idleBytes = 0;
    }

    /** @return bytes in idle buffers, for tests */
    synchronized long idleBytes() {
        return idleBytes;
    }
}
