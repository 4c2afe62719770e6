package org.seislens.export.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.Future;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The buffers one block of traces is encoded into, reused block after block: the encoded output and, for
 * blocks copied from storage, the stored samples. An export keeps a few slots, so its memory does not grow
 * with the survey.
 */
final class BlockSlot {

    private final ByteBuffer out;
    private @Nullable ByteBuffer stored;
    private float[] floats = new float[0];
    private long first;
    private int traces;
    private @Nullable Future<@Nullable Void> encoded;
    private @Nullable Future<ByteBuffer> headersLater;

    /**
     * @param bytes the largest encoded block
     * @param order the output's byte order
     */
    BlockSlot(int bytes, ByteOrder order) {
        this.out = ByteBuffer.allocateDirect(bytes).order(order);
    }

    /** @return the encoded block's buffer, from index 0 */
    ByteBuffer out() {
        return out;
    }

    /**
     * @param bytes the bytes needed
     * @return a little-endian buffer of at least that many bytes for stored samples, position 0
     */
    ByteBuffer stored(int bytes) {
        ByteBuffer b = stored;
        if (b == null || b.capacity() < bytes) {
            b = ByteBuffer.allocateDirect(bytes).order(ByteOrder.LITTLE_ENDIAN);
            stored = b;
        }
        return b.clear().limit(bytes);
    }

    /**
     * @param length the samples needed
     * @return an array of exactly that length, reused when the length repeats
     */
    float[] floats(int length) {
        if (floats.length != length) {
            floats = new float[length];
        }
        return floats;
    }

    /**
     * Gives the slot its next block, before the block's encoding starts.
     *
     * @param position the block's first position in the selection
     * @param count its traces
     */
    void place(long position, int count) {
        this.first = position;
        this.traces = count;
        this.encoded = null;
        this.headersLater = null;
    }

    /**
     * Leaves the block's trace headers to be placed when it is written, its samples being in place.
     *
     * @param headers the block's raw headers, being read
     */
    void headersLater(Future<ByteBuffer> headers) {
        this.headersLater = headers;
    }

    /** @return the headers to place before the block is written, or {@code null} when they are in place */
    @Nullable
    Future<ByteBuffer> headersLater() {
        return headersLater;
    }

    /**
     * @param task the encoding of the block placed
     */
    void encodeWith(Future<@Nullable Void> task) {
        this.encoded = task;
    }

    /** @return the block's first position in the selection */
    long first() {
        return first;
    }

    /** @return the block's traces */
    int traces() {
        return traces;
    }

    /** @return the encoding of the block, or {@code null} before {@link #start} */
    @Nullable
    Future<@Nullable Void> encoded() {
        return encoded;
    }
}
