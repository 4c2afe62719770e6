package org.seislens.segy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * The standard trace headers of a run of consecutive traces, as one {@code int} column per
 * {@link TraceHeaderField} plus the raw 240 bytes of each header. A {@link TraceBatch} appends the raw
 * headers ({@link TraceBatch#copyHeaders(TraceHeaderColumns)}); {@link #decode()} then fills the columns,
 * on whichever thread consumes them. Arrays are allocated once, for {@link #capacity()} traces, and reused
 * after {@link #clear(long)}.
 * <p>
 * Used by one thread at a time.
 */
public final class TraceHeaderColumns {

    private static final TraceHeaderField[] FIELDS = TraceHeaderField.values();

    private final int capacity;
    private final int[][] columns;
    private final byte[] raw;
    private ByteBuffer rawBuffer;
    private long firstTrace;
    private int size;
    private boolean decoded;

    /**
     * @param capacity the most traces the columns hold
     * @throws IllegalArgumentException if the capacity is not positive or the raw headers would not fit an array
     */
    public TraceHeaderColumns(int capacity) {
        if (capacity <= 0 || (long) capacity * TraceHeaderField.HEADER_BYTES > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("bad header column capacity " + capacity);
        }
        this.capacity = capacity;
        this.columns = new int[FIELDS.length][capacity];
        this.raw = new byte[capacity * TraceHeaderField.HEADER_BYTES];
        this.rawBuffer = ByteBuffer.wrap(raw).order(ByteOrder.BIG_ENDIAN);
    }

    /** @return the most traces the columns hold */
    public int capacity() {
        return capacity;
    }

    /** @return the number of traces held */
    public int size() {
        return size;
    }

    /** @return the room left */
    public int remaining() {
        return capacity - size;
    }

    /** @return the file index of the first trace held */
    public long firstTrace() {
        return firstTrace;
    }

    /**
     * Empties the columns.
     *
     * @param first the file index of the trace that will be appended first
     */
    public void clear(long first) {
        this.firstTrace = first;
        this.size = 0;
        this.decoded = false;
    }

    /**
     * Appends one raw standard header. The byte order must be the same for every header appended after a
     * {@link #clear(long)}.
     *
     * @param source a buffer holding the header, in its file's byte order
     * @param offset where the header starts in {@code source}
     * @throws IllegalStateException if the columns are full
     */
    public void append(ByteBuffer source, int offset) {
        if (size == capacity) {
            throw new IllegalStateException("header columns are full: " + capacity + " traces");
        }
        if (size == 0 && rawBuffer.order() != source.order()) {
            rawBuffer = ByteBuffer.wrap(raw).order(source.order());
        }
        source.get(offset, raw, size * TraceHeaderField.HEADER_BYTES, TraceHeaderField.HEADER_BYTES);
        size++;
        decoded = false;
    }

    /**
     * Decodes every header word of the traces held into the columns. Cheap to call again.
     */
    public void decode() {
        if (decoded) {
            return;
        }
        ByteBuffer buffer = rawBuffer;
        for (int f = 0; f < FIELDS.length; f++) {
            TraceHeaderField field = FIELDS[f];
            int[] column = columns[f];
            for (int i = 0, at = 0; i < size; i++, at += TraceHeaderField.HEADER_BYTES) {
                column[i] = field.get(buffer, at);
            }
        }
        decoded = true;
    }

    /**
     * @param field a header word
     * @return its values after {@link #decode()}: index {@code i} holds trace {@code firstTrace() + i}, valid up
     *         to {@link #size()}; the array is reused, so callers must not keep it
     */
    public int[] column(TraceHeaderField field) {
        requireDecoded();
        return columns[field.ordinal()];
    }

    /**
     * @param field a header word
     * @param i a trace position, {@code 0 <= i < size()}
     * @return the raw value, after {@link #decode()}
     */
    public int get(TraceHeaderField field, int i) {
        requireDecoded();
        return columns[field.ordinal()][Objects.checkIndex(i, size)];
    }

    /**
     * Copies one raw header, as it is in the file.
     *
     * @param i a trace position, {@code 0 <= i < size()}
     * @param destination an array with room for {@link TraceHeaderField#HEADER_BYTES} bytes at {@code offset}
     * @param offset where to copy to
     */
    public void rawHeader(int i, byte[] destination, int offset) {
        System.arraycopy(raw, Objects.checkIndex(i, size) * TraceHeaderField.HEADER_BYTES, destination, offset,
                TraceHeaderField.HEADER_BYTES);
    }

    private void requireDecoded() {
        if (!decoded) {
            throw new IllegalStateException("header columns read before decode()");
        }
    }
}
