package org.seislens.segy;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The SEG-Y data sample formats (binary header bytes 3225-3226), with their size in the file and the
 * little-endian NumPy/Zarr dtype that holds every source value exactly (IBM floats convert exactly to
 * {@code <f4}; 24-bit integers widen to 32 bits).
 */
public enum SampleFormat {
    /** 1: 4-byte IBM hexadecimal floating point. */
    IBM_FLOAT32(1, 4, "<f4", true),
    /** 2: 4-byte two's complement integer. */
    INT32(2, 4, "<i4", true),
    /** 3: 2-byte two's complement integer. */
    INT16(3, 2, "<i2", true),
    /** 4: 4-byte fixed point with gain; obsolete since rev 1 and not supported. */
    FIXED_POINT_WITH_GAIN(4, 4, "<f4", false),
    /** 5: 4-byte IEEE floating point. */
    IEEE_FLOAT32(5, 4, "<f4", true),
    /** 6: 8-byte IEEE floating point (rev 2). */
    IEEE_FLOAT64(6, 8, "<f8", true),
    /** 7: 3-byte two's complement integer (rev 2). */
    INT24(7, 3, "<i4", true),
    /** 8: 1-byte two's complement integer. */
    INT8(8, 1, "|i1", true),
    /** 9: 8-byte two's complement integer (rev 2). */
    INT64(9, 8, "<i8", true),
    /** 10: 4-byte unsigned integer (rev 2). */
    UINT32(10, 4, "<u4", true),
    /** 11: 2-byte unsigned integer (rev 2). */
    UINT16(11, 2, "<u2", true),
    /** 12: 8-byte unsigned integer (rev 2). */
    UINT64(12, 8, "<u8", true),
    /** 15: 3-byte unsigned integer (rev 2). */
    UINT24(15, 3, "<u4", true),
    /** 16: 1-byte unsigned integer (rev 2). */
    UINT8(16, 1, "|u1", true);

    private final int code;
    private final int bytesPerSample;
    private final String storageDtype;
    private final boolean supported;

    SampleFormat(int code, int bytesPerSample, String storageDtype, boolean supported) {
        this.code = code;
        this.bytesPerSample = bytesPerSample;
        this.storageDtype = storageDtype;
        this.supported = supported;
    }

    /** @return the format code of the binary header, e.g. 1 for IBM floats */
    public int code() {
        return code;
    }

    /** @return the number of bytes one sample takes in the file */
    public int bytesPerSample() {
        return bytesPerSample;
    }

    /** @return the little-endian NumPy/Zarr dtype that holds the source values exactly, e.g. {@code "<f4"} */
    public String storageDtype() {
        return storageDtype;
    }

    /** @return the number of bytes one sample takes in its storage dtype */
    public int storageBytes() {
        return storageDtype.charAt(2) - '0';
    }

    /** @return whether this bundle decodes and encodes the format (all but format 4) */
    public boolean isSupported() {
        return supported;
    }

    /** @return whether the samples are floating point (formats 1, 4, 5 and 6) */
    public boolean isFloatingPoint() {
        return storageDtype.charAt(1) == 'f';
    }

    /**
     * @param code a binary header format code
     * @return the format with that code, or {@code null} when the code is not a SEG-Y sample format
     */
    public static @Nullable SampleFormat fromCode(int code) {
        for (SampleFormat format : values()) {
            if (format.code == code) {
                return format;
            }
        }
        return null;
    }
}
