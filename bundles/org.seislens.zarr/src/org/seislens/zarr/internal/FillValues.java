package org.seislens.zarr.internal;

import java.nio.ByteBuffer;

import org.seislens.zarr.ZarrArrayMetadata;

/**
 * Builds the stored bytes of an array's fill value, used for missing chunks and for the padding of
 * edge chunks.
 */
public final class FillValues {

    private FillValues() {
    }

    /**
     * Returns a chunk full of the fill value, built by doubling copies rather than per element.
     *
     * @param metadata the array metadata
     * @return a read-only direct buffer of one chunk, position 0
     */
    public static ByteBuffer fillChunk(ZarrArrayMetadata metadata) {
        int size = metadata.chunkByteSize();
        ByteBuffer chunk = ByteBuffer.allocateDirect(size);
        byte[] element = element(metadata);
        chunk.put(0, element);
        int filled = element.length;
        while (filled < size) {
            int n = Math.min(filled, size - filled);
            chunk.put(filled, chunk, 0, n);
            filled += n;
        }
        return chunk.asReadOnlyBuffer();
    }

    /**
     * Returns the stored bytes of one fill element in the dtype's byte order; zeros when the array
     * has no fill value.
     *
     * @param metadata the array metadata
     * @return the element bytes
     */
    public static byte[] element(ZarrArrayMetadata metadata) {
        int size = metadata.dtype().itemSize();
        ByteBuffer element = ByteBuffer.allocate(size).order(metadata.dtype().byteOrder());
        Number fill = metadata.fillValue();
        if (fill == null) {
            return element.array();
        }
        switch (metadata.dtype().type()) {
            case FLOAT32 -> element.putFloat(0, (float) fill.doubleValue());
            case FLOAT64 -> element.putDouble(0, fill.doubleValue());
            // Integer fill values are range-checked, so keeping the low bytes is exact for signed and unsigned.
            default -> {
                long bits = fill.longValue();
                switch (size) {
                    case 1 -> element.put(0, (byte) bits);
                    case 2 -> element.putShort(0, (short) bits);
                    case 4 -> element.putInt(0, (int) bits);
                    default -> element.putLong(0, bits);
                }
            }
        }
        return element.array();
    }
}
