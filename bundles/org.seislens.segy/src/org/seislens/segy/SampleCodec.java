package org.seislens.segy;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Decodes and encodes runs of samples of a {@link SampleFormat}. Raw samples are read from, or
 * written to, a {@link ByteBuffer} at absolute byte offsets in the buffer's own {@link ByteBuffer#order()
 * byte order} (a {@link TraceCursor}'s buffers carry the file's); buffer positions are never moved.
 * <p>
 * These are the per-sample hot loops: plain indexed loops, no boxing, no allocation. None accepts
 * {@link SampleFormat#FIXED_POINT_WITH_GAIN}, which a {@link SegyReader} refuses to open.
 */
public final class SampleCodec {

    /** Little-endian 8-byte access to a buffer of any order (plain reads and writes may be unaligned). */
    private static final VarHandle LONG_LE = MethodHandles.byteBufferViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    /** Little-endian 4-byte access to a buffer of any order. */
    private static final VarHandle INT_LE = MethodHandles.byteBufferViewVarHandle(int[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final double TWO_POW_64 = 0x1p64;
    private static final double TWO_POW_63 = 0x1p63;

    private SampleCodec() {
    }

    /**
     * Decodes samples to {@code float}, for display and float32 export. IBM floats round exactly
     * ({@link IbmFloat#toFloat(int)}); integers wider than 24 bits and doubles round to nearest.
     *
     * @param format the format of the raw samples
     * @param src the raw samples, in {@code src.order()}
     * @param srcOffset the byte offset of the first sample in {@code src}
     * @param dst the destination
     * @param dstOffset the index in {@code dst} of the first decoded sample
     * @param count the number of samples
     * @throws IndexOutOfBoundsException if a range exceeds its buffer or array
     */
    public static void toFloat(SampleFormat format, ByteBuffer src, int srcOffset, float[] dst, int dstOffset,
            int count) {
        checkRanges(format, src, srcOffset, dst.length, dstOffset, count);
        boolean big = src.order() == ByteOrder.BIG_ENDIAN;
        int s = srcOffset;
        int end = dstOffset + count;
        switch (format) {
            case IBM_FLOAT32 -> {
                for (int i = dstOffset; i < end; i++, s += 4) {
                    dst[i] = IbmFloat.toFloat(src.getInt(s));
                }
            }
            case IEEE_FLOAT32 -> {
                for (int i = dstOffset; i < end; i++, s += 4) {
                    dst[i] = src.getFloat(s);
                }
            }
            case IEEE_FLOAT64 -> {
                for (int i = dstOffset; i < end; i++, s += 8) {
                    dst[i] = (float) src.getDouble(s);
                }
            }
            case INT32 -> {
                for (int i = dstOffset; i < end; i++, s += 4) {
                    dst[i] = src.getInt(s);
                }
            }
            case UINT32 -> {
                for (int i = dstOffset; i < end; i++, s += 4) {
                    dst[i] = src.getInt(s) & 0xFFFFFFFFL;
                }
            }
            case INT16 -> {
                for (int i = dstOffset; i < end; i++, s += 2) {
                    dst[i] = src.getShort(s);
                }
            }
            case UINT16 -> {
                for (int i = dstOffset; i < end; i++, s += 2) {
                    dst[i] = src.getShort(s) & 0xFFFF;
                }
            }
            case INT8 -> {
                for (int i = dstOffset; i < end; i++, s++) {
                    dst[i] = src.get(s);
                }
            }
            case UINT8 -> {
                for (int i = dstOffset; i < end; i++, s++) {
                    dst[i] = src.get(s) & 0xFF;
                }
            }
            case INT24 -> {
                for (int i = dstOffset; i < end; i++, s += 3) {
                    dst[i] = int24(src, s, big);
                }
            }
            case UINT24 -> {
                for (int i = dstOffset; i < end; i++, s += 3) {
                    dst[i] = uint24(src, s, big);
                }
            }
            case INT64 -> {
                for (int i = dstOffset; i < end; i++, s += 8) {
                    dst[i] = src.getLong(s);
                }
            }
            case UINT64 -> {
                for (int i = dstOffset; i < end; i++, s += 8) {
                    dst[i] = unsignedToFloat(src.getLong(s));
                }
            }
            case FIXED_POINT_WITH_GAIN -> throw unsupported(format);
        }
    }

    /**
     * Decodes samples to {@code double}. Floating-point formats give their {@code float} (IBM: the
     * exactly rounded {@code float}) widened; integers up to 2^53 in magnitude are exact.
     *
     * @param format the format of the raw samples
     * @param src the raw samples, in {@code src.order()}
     * @param srcOffset the byte offset of the first sample in {@code src}
     * @param dst the destination
     * @param dstOffset the index in {@code dst} of the first decoded sample
     * @param count the number of samples
     * @throws IndexOutOfBoundsException if a range exceeds its buffer or array
     */
    public static void toDouble(SampleFormat format, ByteBuffer src, int srcOffset, double[] dst, int dstOffset,
            int count) {
        checkRanges(format, src, srcOffset, dst.length, dstOffset, count);
        boolean big = src.order() == ByteOrder.BIG_ENDIAN;
        int s = srcOffset;
        int end = dstOffset + count;
        switch (format) {
            case IBM_FLOAT32 -> {
                for (int i = dstOffset; i < end; i++, s += 4) {
                    dst[i] = IbmFloat.toFloat(src.getInt(s));
                }
            }
            case IEEE_FLOAT32 -> {
                for (int i = dstOffset; i < end; i++, s += 4) {
                    dst[i] = src.getFloat(s);
                }
            }
            case IEEE_FLOAT64 -> {
                for (int i = dstOffset; i < end; i++, s += 8) {
                    dst[i] = src.getDouble(s);
                }
            }
            case INT32 -> {
                for (int i = dstOffset; i < end; i++, s += 4) {
                    dst[i] = src.getInt(s);
                }
            }
            case UINT32 -> {
                for (int i = dstOffset; i < end; i++, s += 4) {
                    dst[i] = src.getInt(s) & 0xFFFFFFFFL;
                }
            }
            case INT16 -> {
                for (int i = dstOffset; i < end; i++, s += 2) {
                    dst[i] = src.getShort(s);
                }
            }
            case UINT16 -> {
                for (int i = dstOffset; i < end; i++, s += 2) {
                    dst[i] = src.getShort(s) & 0xFFFF;
                }
            }
            case INT8 -> {
                for (int i = dstOffset; i < end; i++, s++) {
                    dst[i] = src.get(s);
                }
            }
            case UINT8 -> {
                for (int i = dstOffset; i < end; i++, s++) {
                    dst[i] = src.get(s) & 0xFF;
                }
            }
            case INT24 -> {
                for (int i = dstOffset; i < end; i++, s += 3) {
                    dst[i] = int24(src, s, big);
                }
            }
            case UINT24 -> {
                for (int i = dstOffset; i < end; i++, s += 3) {
                    dst[i] = uint24(src, s, big);
                }
            }
            case INT64 -> {
                for (int i = dstOffset; i < end; i++, s += 8) {
                    dst[i] = src.getLong(s);
                }
            }
            case UINT64 -> {
                for (int i = dstOffset; i < end; i++, s += 8) {
                    dst[i] = unsignedToDouble(src.getLong(s));
                }
            }
            case FIXED_POINT_WITH_GAIN -> throw unsupported(format);
        }
    }

    /**
     * Decodes samples to their {@link SampleFormat#storageDtype() storage dtype}, little-endian, so
     * that every source value is kept exactly: IBM floats become float32 bits, 24-bit integers widen to
     * 32 bits, everything else is byte-swapped or copied.
     *
     * @param format the format of the raw samples
     * @param src the raw samples, in {@code src.order()}
     * @param srcOffset the byte offset of the first sample in {@code src}
     * @param dst the destination; must be {@link ByteOrder#LITTLE_ENDIAN}
     * @param dstOffset the byte offset in {@code dst} of the first value
     * @param count the number of samples
     * @return the number of bytes written, {@code count * format.storageBytes()}
     * @throws IllegalArgumentException if {@code dst} is not little-endian
     * @throws IndexOutOfBoundsException if a range exceeds its buffer
     */
    public static int toStorage(SampleFormat format, ByteBuffer src, int srcOffset, ByteBuffer dst, int dstOffset,
            int count) {
        checkRanges(format, src, srcOffset, Integer.MAX_VALUE, 0, count);
        if (dst.order() != ByteOrder.LITTLE_ENDIAN) {
            throw new IllegalArgumentException("storage buffer must be little-endian");
        }
        int bytes = count * format.storageBytes();
        Objects.checkFromIndexSize(dstOffset, bytes, dst.limit());
        boolean big = src.order() == ByteOrder.BIG_ENDIAN;
        int s = srcOffset;
        int d = dstOffset;
        int end = dstOffset + bytes;
        switch (format) {
            case IBM_FLOAT32 -> {
                for (; d < end; d += 4, s += 4) {
                    dst.putInt(d, Float.floatToRawIntBits(IbmFloat.toFloat(src.getInt(s))));
                }
            }
            case INT24 -> {
                for (; d < end; d += 4, s += 3) {
                    dst.putInt(d, int24(src, s, big));
                }
            }
            case UINT24 -> {
                for (; d < end; d += 4, s += 3) {
                    dst.putInt(d, uint24(src, s, big));
                }
            }
            case INT8, UINT8 -> dst.put(d, src, s, bytes);
            case INT16, UINT16 -> {
                if (!big) {
                    dst.put(d, src, s, bytes);
                } else {
                    for (; d < end; d += 2, s += 2) {
                        dst.putShort(d, src.getShort(s));
                    }
                }
            }
            case INT32, UINT32, IEEE_FLOAT32 -> {
                if (!big) {
                    dst.put(d, src, s, bytes);
                } else {
                    swapInts(src, s, dst, d, bytes);
                }
            }
            case INT64, UINT64, IEEE_FLOAT64 -> {
                if (!big) {
                    dst.put(d, src, s, bytes);
                } else {
                    for (; d < end; d += 8, s += 8) {
                        dst.putLong(d, src.getLong(s));
                    }
                }
            }
            case FIXED_POINT_WITH_GAIN -> throw unsupported(format);
        }
        return bytes;
    }

    /**
     * Reverses the bytes of each 4-byte value, keeping float bit patterns (NaN payloads) untouched: two values
     * per 8-byte access (the reversed long holds them in swapped places, which the rotation undoes), about
     * twice as fast as one int at a time.
     */
    private static void swapInts(ByteBuffer src, int srcOffset, ByteBuffer dst, int dstOffset, int bytes) {
        int s = srcOffset;
        int d = dstOffset;
        int end = dstOffset + bytes;
        for (; d + 8 <= end; d += 8, s += 8) {
            LONG_LE.set(dst, d, Long.rotateLeft(Long.reverseBytes((long) LONG_LE.get(src, s)), 32));
        }
        for (; d < end; d += 4, s += 4) {
            INT_LE.set(dst, d, Integer.reverseBytes((int) INT_LE.get(src, s)));
        }
    }

    /**
     * Encodes {@code float} samples into a format, in {@code dst.order()}. IBM floats are rounded to
     * nearest ({@link IbmFloat#fromFloat(float)}); integer formats round half to even and saturate at
     * the format's range, NaN becoming 0.
     *
     * @param format the format to write
     * @param src the sample values
     * @param srcOffset the index in {@code src} of the first value
     * @param dst the destination, in the file's byte order
     * @param dstOffset the byte offset in {@code dst} of the first sample
     * @param count the number of samples
     * @return the number of bytes written, {@code count * format.bytesPerSample()}
     * @throws IndexOutOfBoundsException if a range exceeds its buffer or array
     */
    public static int fromFloat(SampleFormat format, float[] src, int srcOffset, ByteBuffer dst, int dstOffset,
            int count) {
        checkRanges(format, dst, dstOffset, src.length, srcOffset, count);
        boolean big = dst.order() == ByteOrder.BIG_ENDIAN;
        int d = dstOffset;
        int end = srcOffset + count;
        switch (format) {
            case IBM_FLOAT32 -> {
                for (int i = srcOffset; i < end; i++, d += 4) {
                    dst.putInt(d, IbmFloat.fromFloat(src[i]));
                }
            }
            case IEEE_FLOAT32 -> {
                for (int i = srcOffset; i < end; i++, d += 4) {
                    dst.putFloat(d, src[i]);
                }
            }
            case IEEE_FLOAT64 -> {
                for (int i = srcOffset; i < end; i++, d += 8) {
                    dst.putDouble(d, src[i]);
                }
            }
            case INT32 -> {
                for (int i = srcOffset; i < end; i++, d += 4) {
                    dst.putInt(d, (int) Math.rint(src[i])); // the cast saturates and maps NaN to 0
                }
            }
            case UINT32 -> {
                for (int i = srcOffset; i < end; i++, d += 4) {
                    dst.putInt(d, (int) clamp(src[i], 0, 0xFFFFFFFFL));
                }
            }
            case INT16 -> {
                for (int i = srcOffset; i < end; i++, d += 2) {
                    dst.putShort(d, (short) clamp(src[i], Short.MIN_VALUE, Short.MAX_VALUE));
                }
            }
            case UINT16 -> {
                for (int i = srcOffset; i < end; i++, d += 2) {
                    dst.putShort(d, (short) clamp(src[i], 0, 0xFFFF));
                }
            }
            case INT8 -> {
                for (int i = srcOffset; i < end; i++, d++) {
                    dst.put(d, (byte) clamp(src[i], Byte.MIN_VALUE, Byte.MAX_VALUE));
                }
            }
            case UINT8 -> {
                for (int i = srcOffset; i < end; i++, d++) {
                    dst.put(d, (byte) clamp(src[i], 0, 0xFF));
                }
            }
            case INT24 -> {
                for (int i = srcOffset; i < end; i++, d += 3) {
                    put24(dst, d, (int) clamp(src[i], -0x800000, 0x7FFFFF), big);
                }
            }
            case UINT24 -> {
                for (int i = srcOffset; i < end; i++, d += 3) {
                    put24(dst, d, (int) clamp(src[i], 0, 0xFFFFFF), big);
                }
            }
            case INT64 -> {
                for (int i = srcOffset; i < end; i++, d += 8) {
                    dst.putLong(d, (long) Math.rint(src[i]));
                }
            }
            case UINT64 -> {
                for (int i = srcOffset; i < end; i++, d += 8) {
                    dst.putLong(d, doubleToUnsigned(Math.rint(src[i])));
                }
            }
            case FIXED_POINT_WITH_GAIN -> throw unsupported(format);
        }
        return count * format.bytesPerSample();
    }

    /**
     * Converts an unsigned 64-bit value to the nearest {@code float}.
     *
     * @param value the bits of an unsigned 64-bit integer
     * @return the nearest float
     */
    public static float unsignedToFloat(long value) {
        if (value >= 0) {
            return value;
        }
        // halve with the lost bit kept as a sticky bit, so the single rounding is still to nearest
        return ((value >>> 1) | (value & 1)) * 2.0f;
    }

    /**
     * Converts an unsigned 64-bit value to the nearest {@code double}.
     *
     * @param value the bits of an unsigned 64-bit integer
     * @return the nearest double
     */
    public static double unsignedToDouble(long value) {
        if (value >= 0) {
            return value;
        }
        return ((value >>> 1) | (value & 1)) * 2.0;
    }

    private static long doubleToUnsigned(double value) {
        if (!(value > 0)) {
            return 0; // negative or NaN
        }
        if (value >= TWO_POW_64) {
            return -1L;
        }
        if (value >= TWO_POW_63) {
            return (long) (value - TWO_POW_63) ^ Long.MIN_VALUE;
        }
        return (long) value;
    }

    private static long clamp(float value, long min, long max) {
        double rounded = Math.rint(value);
        if (rounded != rounded) {
            return 0;
        }
        return rounded <= min ? min : rounded >= max ? max : (long) rounded;
    }

    private static int int24(ByteBuffer src, int at, boolean big) {
        return big ? (src.get(at) << 16) | ((src.get(at + 1) & 0xFF) << 8) | (src.get(at + 2) & 0xFF)
                : (src.get(at + 2) << 16) | ((src.get(at + 1) & 0xFF) << 8) | (src.get(at) & 0xFF);
    }

    private static int uint24(ByteBuffer src, int at, boolean big) {
        return int24(src, at, big) & 0xFFFFFF;
    }

    private static void put24(ByteBuffer dst, int at, int value, boolean big) {
        dst.put(big ? at : at + 2, (byte) (value >> 16));
        dst.put(at + 1, (byte) (value >> 8));
        dst.put(big ? at + 2 : at, (byte) value);
    }

    private static void checkRanges(SampleFormat format, ByteBuffer raw, int rawOffset, int arrayLength,
            int arrayOffset, int count) {
        Objects.checkFromIndexSize(rawOffset, count * format.bytesPerSample(), raw.limit());
        Objects.checkFromIndexSize(arrayOffset, count, arrayLength);
    }

    private static IllegalArgumentException unsupported(SampleFormat format) {
        return new IllegalArgumentException("sample format " + format.code() + " (" + format + ") is not supported");
    }
}
