package org.seislens.zarr;

import java.nio.ByteBuffer;

import org.seislens.zarr.io.ZarrArray;

/**
 * The deterministic element values shared by the Java tests and the Python scripts of
 * {@link ZarrPythonInteropTest}: element {@code n} (flat C-order index in the whole array) of each
 * dtype. The Python scripts compute the same formulas with NumPy.
 */
final class TestPatterns {

    private TestPatterns() {
    }

    /** The integer value of element {@code n} for an integer type. */
    static long integer(ZarrDataType type, long n) {
        long h = n * 2654435761L;
        return switch (type) {
            case INT8 -> h % 251 - 125;
            case INT16 -> h % 60013 - 30006;
            case INT32 -> h % 2000000011L - 1000000005L;
            case INT64 -> h % 1099511627689L - 549755813844L;
            case UINT8 -> h % 251;
            case UINT16 -> h % 65521;
            case UINT32 -> h % 4294967291L;
            case UINT64 -> h;
            default -> throw new IllegalArgumentException(type.toString());
        };
    }

    /** The value of element {@code n} as a double, for any type. */
    static double value(ZarrDataType type, long n) {
        if (type.isFloatingPoint()) {
            double base = ((n * 37 + 11) % 251 - 125) * 0.5 + (n % 1000) * 0.25;
            return type == ZarrDataType.FLOAT64 ? base + n * 0.001 : base;
        }
        return integer(type, n);
    }

    /** Writes element {@code n}'s value at byte index {@code at} of an ordered buffer. */
    static void put(ByteBuffer target, int at, ZarrDataType type, long n) {
        switch (type) {
            case FLOAT32 -> target.putFloat(at, (float) value(type, n));
            case FLOAT64 -> target.putDouble(at, value(type, n));
            case INT8, UINT8 -> target.put(at, (byte) integer(type, n));
            case INT16, UINT16 -> target.putShort(at, (short) integer(type, n));
            case INT32, UINT32 -> target.putInt(at, (int) integer(type, n));
            case INT64, UINT64 -> target.putLong(at, integer(type, n));
        }
    }

    /** Writes the fill value at byte index {@code at} of an ordered buffer. */
    static void putFill(ByteBuffer target, int at, ZarrArrayMetadata metadata) {
        Number fill = metadata.fillValue();
        long bits = fill == null ? 0 : fill.longValue();
        switch (metadata.dtype().type()) {
            case FLOAT32 -> target.putFloat(at, (float) metadata.fillValueAsDouble());
            case FLOAT64 -> target.putDouble(at, metadata.fillValueAsDouble());
            case INT8, UINT8 -> target.put(at, (byte) bits);
            case INT16, UINT16 -> target.putShort(at, (short) bits);
            case INT32, UINT32 -> target.putInt(at, (int) bits);
            case INT64, UINT64 -> target.putLong(at, bits);
        }
    }

    /**
     * Builds the whole array as stored bytes: element values where {@code written} says so, else
     * the fill value.
     *
     * @param writtenRows elements whose index along dimension 0 is below this hold values
     */
    static ByteBuffer expectedArray(ZarrArrayMetadata metadata, long writtenRows) {
        long total = 1;
        for (long extent : metadata.shape()) {
            total *= extent;
        }
        long rowElements = total / Math.max(1, metadata.shape(0));
        int itemSize = metadata.dtype().itemSize();
        ByteBuffer bytes = ByteBuffer.allocate((int) (total * itemSize)).order(metadata.dtype().byteOrder());
        for (long n = 0; n < total; n++) {
            if (n / rowElements < writtenRows) {
                put(bytes, (int) n * itemSize, metadata.dtype().type(), n);
            } else {
                putFill(bytes, (int) n * itemSize, metadata);
            }
        }
        return bytes;
    }

    /**
     * Writes every chunk that holds written rows, from the expected array. Alternates between full-size
     * and clipped buffers for edge chunks, and between heap and direct buffers.
     */
    static void writeChunks(ZarrArray array, ByteBuffer expected, long writtenRows) throws java.io.IOException {
        ZarrArrayMetadata m = array.metadata();
        int rank = m.rank();
        long[] grid = m.chunkGridShape();
        long[] coords = new long[rank];
        long[] shape = m.shape();
        int itemSize = m.dtype().itemSize();
        int count = 0;
        while (true) {
            if (coords[0] * m.chunks(0) < writtenRows) {
                long[] valid = new long[rank];
                for (int d = 0; d < rank; d++) {
                    valid[d] = Math.min(m.chunks(d), shape[d] - coords[d] * m.chunks(d));
                }
                boolean clipped = count % 2 == 1;
                long[] bufferShape = new long[rank];
                long elements = 1;
                for (int d = 0; d < rank; d++) {
                    bufferShape[d] = clipped ? valid[d] : m.chunks(d);
                    elements *= bufferShape[d];
                }
                ByteBuffer chunk = count % 3 == 0 ? ByteBuffer.allocateDirect((int) elements * itemSize)
                        : ByteBuffer.allocate((int) elements * itemSize);
                // Padding of full-size edge chunks gets a marker the array must replace with the fill value.
                for (int i = 0; i < chunk.capacity(); i++) {
                    chunk.put(i, (byte) 0x5a);
                }
                long[] origin = new long[rank];
                for (int d = 0; d < rank; d++) {
                    origin[d] = coords[d] * m.chunks(d);
                }
                org.seislens.zarr.internal.BoxCopy.forEachRun(valid, shape, origin, bufferShape, new long[rank],
                        (s, t, n) -> chunk.put((int) t * itemSize, expected, (int) s * itemSize, n * itemSize));
                array.writeChunk(coords, chunk);
                count++;
            }
            int d = rank - 1;
            while (d >= 0 && ++coords[d] == grid[d]) {
                coords[d] = 0;
                d--;
            }
            if (d < 0) {
                return;
            }
        }
    }
}
