package org.seislens.zarr;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The numeric element types this implementation reads and writes, independent of byte order.
 * <p>
 * Each constant knows its NumPy type character ({@code 'i'}, {@code 'u'} or {@code 'f'}) and its
 * size in bytes, which together with a byte order make a Zarr {@code dtype} string such as
 * {@code "<f4"}.
 */
public enum ZarrDataType {
    /** Signed 8-bit integer ({@code |i1}). */
    INT8('i', 1),
    /** Signed 16-bit integer ({@code <i2}). */
    INT16('i', 2),
    /** Signed 32-bit integer ({@code <i4}). */
    INT32('i', 4),
    /** Signed 64-bit integer ({@code <i8}). */
    INT64('i', 8),
    /** Unsigned 8-bit integer ({@code |u1}). */
    UINT8('u', 1),
    /** Unsigned 16-bit integer ({@code <u2}). */
    UINT16('u', 2),
    /** Unsigned 32-bit integer ({@code <u4}). */
    UINT32('u', 4),
    /** Unsigned 64-bit integer ({@code <u8}); Java holds its values as the bits of a {@code long}. */
    UINT64('u', 8),
    /** IEEE 754 single precision ({@code <f4}). */
    FLOAT32('f', 4),
    /** IEEE 754 double precision ({@code <f8}). */
    FLOAT64('f', 8);

    private final char kind;
    private final int size;

    ZarrDataType(char kind, int size) {
        this.kind = kind;
        this.size = size;
    }

    /**
     * Returns the NumPy type character.
     *
     * @return {@code 'i'} for signed, {@code 'u'} for unsigned integers, {@code 'f'} for floats
     */
    public char kind() {
        return kind;
    }

    /**
     * Returns the size of one element.
     *
     * @return the size in bytes: 1, 2, 4 or 8
     */
    public int size() {
        return size;
    }

    /**
     * Tells whether this is a floating-point type.
     *
     * @return {@code true} for {@link #FLOAT32} and {@link #FLOAT64}
     */
    public boolean isFloatingPoint() {
        return kind == 'f';
    }

    /**
     * Finds the type for a NumPy type character and size.
     *
     * @param kind {@code 'i'}, {@code 'u'} or {@code 'f'}
     * @param size the size in bytes
     * @return the type, or {@code null} when this implementation has none for that pair
     */
    public static @Nullable ZarrDataType of(char kind, int size) {
        for (ZarrDataType type : values()) {
            if (type.kind == kind && type.size == size) {
                return type;
            }
        }
        return null;
    }
}
