package org.seislens.segy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;

/**
 * An immutable 400-byte SEG-Y binary file header: the raw bytes as found in the file plus the byte
 * order they are read in. Words are read by {@link BinaryHeaderField}; {@link #toMap()} gives all of
 * them by snake_case name. The {@code with...} methods return modified copies, for writing.
 */
public final class BinaryHeader {

    private final byte[] raw;
    private final ByteOrder byteOrder;

    private BinaryHeader(byte[] raw, ByteOrder byteOrder) {
        this.raw = raw;
        this.byteOrder = byteOrder;
    }

    /**
     * @param raw the 400 bytes of a binary header (copied)
     * @param byteOrder the byte order of its words
     * @return the header
     * @throws IllegalArgumentException if {@code raw} is not 400 bytes long
     */
    public static BinaryHeader of(byte[] raw, ByteOrder byteOrder) {
        if (raw.length != BinaryHeaderField.HEADER_BYTES) {
            throw new IllegalArgumentException("a binary header has 400 bytes, not " + raw.length);
        }
        return new BinaryHeader(raw.clone(), byteOrder);
    }

    /**
     * Builds the binary header of a new file: SEG-Y rev 1.0 with fixed-length traces, the given
     * format, sample count and interval. A sample count above 65535 needs the rev 2 extended field, so
     * such a header is rev 2.0 with the byte-order constant set.
     *
     * @param byteOrder the byte order of the file
     * @param format the sample format
     * @param samplesPerTrace the number of samples per trace, at least 1
     * @param sampleInterval the sample interval in microseconds, 0 to 32767
     * @return the header
     */
    public static BinaryHeader standard(ByteOrder byteOrder, SampleFormat format, int samplesPerTrace,
            int sampleInterval) {
        if (samplesPerTrace < 1) {
            throw new IllegalArgumentException("samples per trace must be positive: " + samplesPerTrace);
        }
        BinaryHeader header = new BinaryHeader(new byte[BinaryHeaderField.HEADER_BYTES], byteOrder)
                .with(BinaryHeaderField.FORMAT_CODE, format.code())
                .with(BinaryHeaderField.SAMPLE_INTERVAL, sampleInterval)
                .with(BinaryHeaderField.ORIGINAL_SAMPLE_INTERVAL, sampleInterval)
                .with(BinaryHeaderField.FIXED_LENGTH_FLAG, 1);
        if (samplesPerTrace <= 0xFFFF) {
            return header.with(BinaryHeaderField.SAMPLES_PER_TRACE, samplesPerTrace)
                    .with(BinaryHeaderField.ORIGINAL_SAMPLES_PER_TRACE, samplesPerTrace)
                    .with(BinaryHeaderField.REVISION_MAJOR, 1);
        }
        return header.with(BinaryHeaderField.EXT_SAMPLES_PER_TRACE, samplesPerTrace)
                .with(BinaryHeaderField.EXT_ORIGINAL_SAMPLES_PER_TRACE, samplesPerTrace)
                .withDouble(BinaryHeaderField.EXT_SAMPLE_INTERVAL, sampleInterval)
                .with(BinaryHeaderField.BYTE_ORDER_CONSTANT, 0x01020304)
                .with(BinaryHeaderField.REVISION_MAJOR, 2);
    }

    /** @return a copy of the 400 raw bytes */
    public byte[] raw() {
        return raw.clone();
    }

    /** @return the byte order the words are read in */
    public ByteOrder byteOrder() {
        return byteOrder;
    }

    /**
     * @param field an integer word
     * @return its value; unsigned words are never negative, except 8-byte words above 2^63
     * @throws IllegalArgumentException for a {@link BinaryHeaderField.Type#FLOAT} word
     */
    public long get(BinaryHeaderField field) {
        ByteBuffer buffer = view();
        int at = field.offset();
        boolean unsigned = field.type() == BinaryHeaderField.Type.UNSIGNED;
        if (field.type() == BinaryHeaderField.Type.FLOAT) {
            throw new IllegalArgumentException(field.fieldName() + " is a floating-point word");
        }
        return switch (field.size()) {
            case 1 -> unsigned ? buffer.get(at) & 0xFF : buffer.get(at);
            case 2 -> unsigned ? buffer.getShort(at) & 0xFFFF : buffer.getShort(at);
            case 4 -> unsigned ? buffer.getInt(at) & 0xFFFFFFFFL : buffer.getInt(at);
            default -> buffer.getLong(at);
        };
    }

    /**
     * @param field any word
     * @return its value as a double (integers converted)
     */
    public double getDouble(BinaryHeaderField field) {
        if (field.type() == BinaryHeaderField.Type.FLOAT) {
            return view().getDouble(field.offset());
        }
        return get(field);
    }

    /**
     * @param field an integer word
     * @param value the new value
     * @return a copy with the word set
     * @throws IllegalArgumentException if the word is floating point or the value does not fit
     */
    public BinaryHeader with(BinaryHeaderField field, long value) {
        if (field.type() == BinaryHeaderField.Type.FLOAT) {
            throw new IllegalArgumentException(field.fieldName() + " is a floating-point word");
        }
        if (field.size() < 8) {
            int bits = field.size() * 8;
            long min = field.type() == BinaryHeaderField.Type.UNSIGNED ? 0 : -(1L << (bits - 1));
            long max = field.type() == BinaryHeaderField.Type.UNSIGNED ? (1L << bits) - 1 : (1L << (bits - 1)) - 1;
            if (value < min || value > max) {
                throw new IllegalArgumentException(field.fieldName() + " cannot hold " + value);
            }
        }
        byte[] copy = raw.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy).order(byteOrder);
        int at = field.offset();
        switch (field.size()) {
            case 1 -> buffer.put(at, (byte) value);
            case 2 -> buffer.putShort(at, (short) value);
            case 4 -> buffer.putInt(at, (int) value);
            default -> buffer.putLong(at, value);
        }
        return new BinaryHeader(copy, byteOrder);
    }

    /**
     * @param field a floating-point word
     * @param value the new value
     * @return a copy with the word set
     * @throws IllegalArgumentException if the word is not floating point
     */
    public BinaryHeader withDouble(BinaryHeaderField field, double value) {
        if (field.type() != BinaryHeaderField.Type.FLOAT) {
            throw new IllegalArgumentException(field.fieldName() + " is an integer word");
        }
        byte[] copy = raw.clone();
        ByteBuffer.wrap(copy).order(byteOrder).putDouble(field.offset(), value);
        return new BinaryHeader(copy, byteOrder);
    }

    /**
     * Re-encodes every word in another byte order. Single bytes and the unassigned areas are copied
     * unchanged.
     *
     * @param order the new byte order
     * @return this header if the order is the same, otherwise a converted copy
     */
    public BinaryHeader withByteOrder(ByteOrder order) {
        if (order == byteOrder) {
            return this;
        }
        byte[] copy = raw.clone();
        for (BinaryHeaderField field : BinaryHeaderField.values()) {
            int at = field.offset();
            for (int i = 0; i < field.size(); i++) {
                copy[at + i] = raw[at + field.size() - 1 - i];
            }
        }
        return new BinaryHeader(copy, order);
    }

    /** @return every word by snake_case name, in header order: {@link Long} or {@link Double} values */
    public Map<String, Number> toMap() {
        Map<String, Number> map = new LinkedHashMap<>();
        for (BinaryHeaderField field : BinaryHeaderField.values()) {
            if (field.type() == BinaryHeaderField.Type.FLOAT) {
                map.put(field.fieldName(), Double.valueOf(getDouble(field)));
            } else {
                map.put(field.fieldName(), Long.valueOf(get(field)));
            }
        }
        return map;
    }

    private ByteBuffer view() {
        return ByteBuffer.wrap(raw).order(byteOrder);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof BinaryHeader that && byteOrder == that.byteOrder && Arrays.equals(raw, that.raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw) * 31 + byteOrder.hashCode();
    }

    @Override
    public String toString() {
        return "BinaryHeader[" + byteOrder + ", format " + get(BinaryHeaderField.FORMAT_CODE) + ", "
                + get(BinaryHeaderField.SAMPLES_PER_TRACE) + " samples, interval "
                + get(BinaryHeaderField.SAMPLE_INTERVAL) + "]";
    }
}
