package org.seislens.core;

/**
 * The numeric type in which a dataset stores its samples. Each type holds the source values of a
 * SEG-Y sample format exactly; {@link #dtype()} is the NumPy/Zarr name of the little-endian layout.
 */
public enum SampleType {
    /** Signed 8-bit integer. */
    INT8("|i1", 1),
    /** Unsigned 8-bit integer. */
    UINT8("|u1", 1),
    /** Signed 16-bit integer. */
    INT16("<i2", 2),
    /** Unsigned 16-bit integer. */
    UINT16("<u2", 2),
    /** Signed 32-bit integer (also holds 24-bit SEG-Y integers). */
    INT32("<i4", 4),
    /** Unsigned 32-bit integer (also holds unsigned 24-bit SEG-Y integers). */
    UINT32("<u4", 4),
    /** Signed 64-bit integer. */
    INT64("<i8", 8),
    /** Unsigned 64-bit integer. */
    UINT64("<u8", 8),
    /** IEEE 754 single precision (also holds IBM floats, converted exactly). */
    FLOAT32("<f4", 4),
    /** IEEE 754 double precision. */
    FLOAT64("<f8", 8);

    private final String dtype;
    private final int byteSize;

    SampleType(String dtype, int byteSize) {
        this.dtype = dtype;
        this.byteSize = byteSize;
    }

    /** @return the NumPy/Zarr v2 dtype string of the little-endian layout, e.g. {@code "<f4"} */
    public String dtype() {
        return dtype;
    }

    /** @return the number of bytes one sample takes */
    public int byteSize() {
        return byteSize;
    }

    /** @return whether this is a floating-point type */
    public boolean isFloatingPoint() {
        return this == FLOAT32 || this == FLOAT64;
    }

    /**
     * Finds the sample type of a NumPy/Zarr dtype string. Byte-order marks are accepted in either
     * order ({@code ">f4"} gives {@link #FLOAT32}) because the byte order is a storage detail.
     *
     * @param dtype a dtype such as {@code "<f4"}, {@code ">i2"} or {@code "|u1"}
     * @return the matching sample type
     * @throws IllegalArgumentException if the dtype is not a supported numeric type
     */
    public static SampleType fromDtype(String dtype) {
        if (dtype.length() == 3) {
            String body = dtype.substring(1);
            for (SampleType type : values()) {
                if (type.dtype.substring(1).equals(body)) {
                    return type;
                }
            }
        }
        throw new IllegalArgumentException("Unsupported sample dtype: " + dtype); //$NON-NLS-1$
    }
}
