package org.seislens.zarr.internal;

import java.util.Arrays;

import org.seislens.zarr.ZarrArrayMetadata;

/**
 * The chunk grid of an array: which chunks there are, their keys, the part of an edge chunk that lies inside
 * the array, and the checks of chunk coordinates and regions against the array's shape.
 */
public final class ChunkGrid {

    private final long[] shape;
    private final long[] chunkShape;
    private final long[] gridShape;
    private final int itemSize;
    private final char separator;

    /**
     * Creates the grid of an array.
     *
     * @param metadata the array metadata
     */
    public ChunkGrid(ZarrArrayMetadata metadata) {
        this.shape = metadata.shape();
        this.chunkShape = new long[shape.length];
        for (int d = 0; d < shape.length; d++) {
            chunkShape[d] = metadata.chunks(d);
        }
        this.gridShape = metadata.chunkGridShape();
        this.itemSize = metadata.dtype().itemSize();
        this.separator = metadata.dimensionSeparator().character();
    }

    /**
     * Returns the extent of a chunk along each dimension.
     *
     * @return a copy of the chunk shape
     */
    public long[] chunkShape() {
        return chunkShape.clone();
    }

    /**
     * Returns the number of chunks along each dimension.
     *
     * @return a copy of the grid shape
     */
    public long[] gridShape() {
        return gridShape.clone();
    }

    /**
     * Returns the key of a chunk, its path relative to the array directory.
     *
     * @param chunkCoords the chunk's index along each dimension
     * @return for example {@code "3.0"} or {@code "3/0"}
     * @throws IndexOutOfBoundsException when the coordinates are outside the chunk grid
     */
    public String key(long[] chunkCoords) {
        checkChunkCoords(chunkCoords);
        StringBuilder key = new StringBuilder(8 * chunkCoords.length);
        for (int d = 0; d < chunkCoords.length; d++) {
            if (d > 0) {
                key.append(separator);
            }
            key.append(chunkCoords[d]);
        }
        return key.toString();
    }

    /**
     * Returns the extent of the part of a chunk that lies inside the array: the chunk shape, clipped at the
     * array's far edges.
     *
     * @param chunkCoords the chunk's index along each dimension
     * @return the extent along each dimension
     * @throws IndexOutOfBoundsException when the coordinates are outside the chunk grid
     */
    public long[] validExtent(long[] chunkCoords) {
        checkChunkCoords(chunkCoords);
        long[] valid = new long[shape.length];
        for (int d = 0; d < shape.length; d++) {
            valid[d] = Math.min(chunkShape[d], shape[d] - chunkCoords[d] * chunkShape[d]);
        }
        return valid;
    }

    private void checkChunkCoords(long[] chunkCoords) {
        if (chunkCoords.length != gridShape.length) {
            throw new IllegalArgumentException("chunk coordinates " + Arrays.toString(chunkCoords) + " do not have rank "
                    + gridShape.length);
        }
        for (int d = 0; d < gridShape.length; d++) {
            if (chunkCoords[d] < 0 || chunkCoords[d] >= gridShape[d]) {
                throw new IndexOutOfBoundsException("chunk " + Arrays.toString(chunkCoords) + " is outside the grid "
                        + Arrays.toString(gridShape));
            }
        }
    }

    /**
     * Checks that a region lies inside the array and that its bytes fit one buffer.
     *
     * @param start the region's first index along each dimension
     * @param regionShape the region's extent along each dimension
     * @return the number of elements in the region
     * @throws IllegalArgumentException when the rank is wrong or the region exceeds 2 GiB
     * @throws IndexOutOfBoundsException when the region is not inside the array
     */
    public long checkRegion(long[] start, int[] regionShape) {
        if (start.length != shape.length || regionShape.length != shape.length) {
            throw new IllegalArgumentException("region " + Arrays.toString(start) + " + " + Arrays.toString(regionShape)
                    + " does not have rank " + shape.length);
        }
        long elements = 1;
        for (int d = 0; d < shape.length; d++) {
            if (start[d] < 0 || regionShape[d] < 0 || start[d] > shape[d] - regionShape[d]) {
                throw new IndexOutOfBoundsException("region " + Arrays.toString(start) + " + "
                        + Arrays.toString(regionShape) + " is outside the array " + Arrays.toString(shape));
            }
            elements *= regionShape[d];
            if (elements * itemSize > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("region " + Arrays.toString(regionShape) + " exceeds 2 GiB");
            }
        }
        return elements;
    }
}
