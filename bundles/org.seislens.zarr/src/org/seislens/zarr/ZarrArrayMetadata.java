package org.seislens.zarr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The content of a Zarr v2 {@code .zarray} file that this implementation supports: C order, at most
 * one filter (numcodecs' byte {@code shuffle} of the dtype's item size, before a compressor), a numeric
 * dtype and an optional numcodecs compressor ({@code zarr_format} is always 2).
 * <p>
 * The constructor enforces what every array must satisfy, whatever its source: a rank of 1 to
 * {@value #MAX_RANK}, no negative extent, chunks of at least one element and at most
 * {@value #MAX_CHUNK_BYTES} bytes, and an array byte size that fits in a {@code long}. Files read
 * from disk are further bounded by {@link ZarrLimits}.
 * <p>
 * The fill value is normalised to a {@link Double} for float dtypes and to a {@link Long} for
 * integer dtypes ({@link ZarrDataType#UINT64} keeps the unsigned value's bits), or is {@code null}
 * (no fill value; missing chunks then read as zeros).
 *
 * @param shape the array extent per dimension
 * @param chunks the chunk extent per dimension
 * @param dtype the element type and byte order
 * @param compressor the compressor, or {@code null} for raw chunks
 * @param fillValue the value of elements never written, or {@code null}
 * @param dimensionSeparator the separator in chunk keys
 * @param shuffle whether chunks pass numcodecs' {@code shuffle} filter (element size: the dtype's item size)
 *            before the compressor: the first bytes of all items, then the second bytes, and so on, which
 *            lets LZ4 find the runs that the high bytes of floats of similar magnitude form
 */
public record ZarrArrayMetadata(long[] shape, int[] chunks, ZarrDtype dtype, @Nullable ZarrCompressor compressor,
        @Nullable Number fillValue, ChunkKeySeparator dimensionSeparator, boolean shuffle) {

    /** The highest rank accepted, NumPy's limit. */
    public static final int MAX_RANK = 32;

    /** The largest chunk accepted under any limits: 1 GiB, so encoded sizes still fit an int. */
    public static final int MAX_CHUNK_BYTES = 1 << 30;

    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    /**
     * Copies the arrays, checks the invariants and normalises the fill value.
     *
     * @param shape the array extent per dimension
     * @param chunks the chunk extent per dimension
     * @param dtype the element type and byte order
     * @param compressor the compressor, or {@code null}
     * @param fillValue the fill value, or {@code null}
     * @param dimensionSeparator the separator in chunk keys
     * @param shuffle whether chunks pass the shuffle filter before the compressor
     * @throws IllegalArgumentException when an invariant is violated; the message says which
     */
    public ZarrArrayMetadata {
        if (shuffle && compressor == null) {
            throw new IllegalArgumentException("the shuffle filter needs a compressor after it");
        }
        shape = shape.clone();
        chunks = chunks.clone();
        if (shape.length == 0) {
            throw new IllegalArgumentException("zero-dimensional arrays are not supported (shape is [])");
        }
        if (shape.length > MAX_RANK) {
            throw new IllegalArgumentException("rank " + shape.length + " exceeds " + MAX_RANK);
        }
        if (chunks.length != shape.length) {
            throw new IllegalArgumentException("chunks " + Arrays.toString(chunks) + " and shape "
                    + Arrays.toString(shape) + " differ in rank");
        }
        long elements = 1;
        long chunkBytes = dtype.itemSize();
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] < 0) {
                throw new IllegalArgumentException("negative extent in shape " + Arrays.toString(shape));
            }
            if (chunks[d] < 1) {
                throw new IllegalArgumentException("chunk extents must be at least 1: " + Arrays.toString(chunks));
            }
            elements = multiplyOrFail(elements, shape[d], "shape " + Arrays.toString(shape));
            chunkBytes = multiplyOrFail(chunkBytes, chunks[d], "chunks " + Arrays.toString(chunks));
            if (chunkBytes > MAX_CHUNK_BYTES) {
                throw new IllegalArgumentException("chunks " + Arrays.toString(chunks) + " of " + dtype
                        + " exceed " + MAX_CHUNK_BYTES + " bytes per chunk");
            }
        }
        multiplyOrFail(elements, dtype.itemSize(), "shape " + Arrays.toString(shape));
        fillValue = normalizeFillValue(fillValue, dtype.type());
    }

    /**
     * Metadata without filters.
     *
     * @param shape the array extent per dimension
     * @param chunks the chunk extent per dimension
     * @param dtype the element type and byte order
     * @param compressor the compressor, or {@code null}
     * @param fillValue the fill value, or {@code null}
     * @param dimensionSeparator the separator in chunk keys
     */
    public ZarrArrayMetadata(long[] shape, int[] chunks, ZarrDtype dtype, @Nullable ZarrCompressor compressor,
            @Nullable Number fillValue, ChunkKeySeparator dimensionSeparator) {
        this(shape, chunks, dtype, compressor, fillValue, dimensionSeparator, false);
    }

    /**
     * Returns these metadata with or without the shuffle filter.
     *
     * @param newShuffle whether chunks pass numcodecs' {@code shuffle} filter before the compressor
     * @return the new metadata
     * @throws IllegalArgumentException when shuffling without a compressor
     */
    public ZarrArrayMetadata withShuffle(boolean newShuffle) {
        return new ZarrArrayMetadata(shape, chunks, dtype, compressor, fillValue, dimensionSeparator, newShuffle);
    }

    /**
     * Returns metadata for an uncompressed array with fill value 0 and {@code "."} keys; use the
     * {@code with...} methods for the rest.
     *
     * @param shape the array extent per dimension
     * @param chunks the chunk extent per dimension
     * @param dtype the element type and byte order
     * @return the metadata
     */
    public static ZarrArrayMetadata of(long[] shape, int[] chunks, ZarrDtype dtype) {
        return new ZarrArrayMetadata(shape, chunks, dtype, null, Integer.valueOf(0), ChunkKeySeparator.DOT);
    }

    /**
     * Returns these metadata with another compressor.
     *
     * @param newCompressor the compressor, or {@code null} for raw chunks
     * @return the new metadata
     */
    public ZarrArrayMetadata withCompressor(@Nullable ZarrCompressor newCompressor) {
        return new ZarrArrayMetadata(shape, chunks, dtype, newCompressor, fillValue, dimensionSeparator,
                shuffle && newCompressor != null);
    }

    /**
     * Returns these metadata with another fill value.
     *
     * @param newFillValue the fill value, or {@code null} for none
     * @return the new metadata
     */
    public ZarrArrayMetadata withFillValue(@Nullable Number newFillValue) {
        return new ZarrArrayMetadata(shape, chunks, dtype, compressor, newFillValue, dimensionSeparator, shuffle);
    }

    /**
     * Returns these metadata with another chunk key separator.
     *
     * @param separator the separator
     * @return the new metadata
     */
    public ZarrArrayMetadata withDimensionSeparator(ChunkKeySeparator separator) {
        return new ZarrArrayMetadata(shape, chunks, dtype, compressor, fillValue, separator, shuffle);
    }

    /**
     * Returns the array extent per dimension.
     *
     * @return a copy of the shape
     */
    @Override
    public long[] shape() {
        return shape.clone();
    }

    /**
     * Returns the chunk extent per dimension.
     *
     * @return a copy of the chunk shape
     */
    @Override
    public int[] chunks() {
        return chunks.clone();
    }

    /**
     * Returns the number of dimensions.
     *
     * @return the rank, at least 1
     */
    public int rank() {
        return shape.length;
    }

    /**
     * Returns the array extent along one dimension.
     *
     * @param dimension the dimension
     * @return the extent
     */
    public long shape(int dimension) {
        return shape[dimension];
    }

    /**
     * Returns the chunk extent along one dimension.
     *
     * @param dimension the dimension
     * @return the extent
     */
    public int chunks(int dimension) {
        return chunks[dimension];
    }

    /**
     * Returns the number of elements of a (full-size) chunk.
     *
     * @return the number of elements
     */
    public int chunkElements() {
        return chunkByteSize() / dtype.itemSize();
    }

    /**
     * Returns the byte size of a chunk; edge chunks are stored at full size too.
     *
     * @return the raw chunk size in bytes
     */
    public int chunkByteSize() {
        long bytes = dtype.itemSize();
        for (int c : chunks) {
            bytes *= c;
        }
        return (int) bytes;
    }

    /**
     * Returns the number of chunks along each dimension.
     *
     * @return for each dimension, the shape divided by the chunk extent, rounded up
     */
    public long[] chunkGridShape() {
        long[] grid = new long[shape.length];
        for (int d = 0; d < shape.length; d++) {
            grid[d] = (shape[d] + chunks[d] - 1) / chunks[d];
        }
        return grid;
    }

    /**
     * Returns the fill value as a double, the form viewers need.
     *
     * @return the fill value, or 0 when there is none
     */
    public double fillValueAsDouble() {
        Number value = fillValue;
        if (value == null) {
            return 0;
        }
        if (dtype.type() == ZarrDataType.UINT64) {
            long bits = value.longValue();
            // An unsigned value above Long.MAX_VALUE: halve without losing the rounding bit.
            return bits >= 0 ? bits : ((bits >>> 1) | (bits & 1)) * 2.0;
        }
        return value.doubleValue();
    }

    /**
     * Compares all fields, arrays by content.
     *
     * @param other the object to compare with
     * @return whether both describe the same array
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ZarrArrayMetadata m && Arrays.equals(shape, m.shape) && Arrays.equals(chunks, m.chunks)
                && dtype.equals(m.dtype) && Objects.equals(compressor, m.compressor)
                && Objects.equals(fillValue, m.fillValue) && dimensionSeparator == m.dimensionSeparator
                && shuffle == m.shuffle;
    }

    /**
     * Hashes all fields, arrays by content.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(Integer.valueOf(Arrays.hashCode(shape)), Integer.valueOf(Arrays.hashCode(chunks)), dtype,
                compressor, fillValue, dimensionSeparator, Boolean.valueOf(shuffle));
    }

    /**
     * Describes the metadata for logs and test failures.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        return "ZarrArrayMetadata[shape=" + Arrays.toString(shape) + ", chunks=" + Arrays.toString(chunks) + ", dtype="
                + dtype + ", compressor=" + compressor + ", fillValue=" + fillValue + ", dimensionSeparator="
                + dimensionSeparator.text() + (shuffle ? ", shuffle" : "") + "]";
    }

    private static long multiplyOrFail(long a, long b, String what) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " is too large: its byte size overflows 64 bits", e);
        }
    }

    private static @Nullable Number normalizeFillValue(@Nullable Number value, ZarrDataType type) {
        if (value == null) {
            return null;
        }
        if (type.isFloatingPoint()) {
            double d = value.doubleValue();
            // A float32 array cannot hold a finite double beyond its range: NumPy would overflow it.
            if (type == ZarrDataType.FLOAT32 && Double.isFinite(d) && Float.isInfinite((float) d)) {
                throw new IllegalArgumentException("fill value " + value + " does not fit " + type);
            }
            return Double.valueOf(d);
        }
        if (type == ZarrDataType.UINT64 && value instanceof Long) {
            return value;
        }
        BigInteger integer = toBigInteger(value);
        BigInteger min;
        BigInteger max;
        if (type.kind() == 'u') {
            min = BigInteger.ZERO;
            max = type == ZarrDataType.UINT64 ? TWO_TO_64.subtract(BigInteger.ONE)
                    : BigInteger.ONE.shiftLeft(8 * type.size()).subtract(BigInteger.ONE);
        } else {
            min = BigInteger.ONE.shiftLeft(8 * type.size() - 1).negate();
            max = BigInteger.ONE.shiftLeft(8 * type.size() - 1).subtract(BigInteger.ONE);
        }
        if (integer.compareTo(min) < 0 || integer.compareTo(max) > 0) {
            throw new IllegalArgumentException("fill value " + value + " does not fit " + type);
        }
        return Long.valueOf(integer.longValue());
    }

    private static BigInteger toBigInteger(Number value) {
        if (value instanceof BigInteger big) {
            return big;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigInteger.valueOf(value.longValue());
        }
        try {
            BigDecimal decimal = value instanceof BigDecimal bd ? bd : new BigDecimal(value.doubleValue());
            return decimal.toBigIntegerExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("fill value " + value + " is not an integer, as an integer dtype needs",
                    e);
        }
    }
}
