package org.seislens.zarr.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.Executor;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.zarr.ZarrArrayMetadata;
import org.seislens.zarr.ZarrFormatException;

/**
 * Reads regions of any shape from a Zarr array, assembled across chunk borders, as stored bytes or as
 * floats. Elements of chunks that are not stored take the fill value, unless the limits the array was
 * opened with require every chunk.
 * <p>
 * Implementations may be called from any number of threads at once.
 *
 * @see ZarrArray
 */
public interface ZarrRegions {

    /**
     * Returns the array metadata.
     *
     * @return the metadata
     */
    ZarrArrayMetadata metadata();

    /**
     * Reads a region in C order as stored bytes (the dtype's byte order), across chunk borders.
     *
     * @param start the region's first index along each dimension
     * @param regionShape the region's extent along each dimension
     * @param dst receives the region's bytes from its position; its position is not changed
     * @throws ZarrFormatException when a chunk file is corrupt
     * @throws IOException when reading fails
     * @throws IndexOutOfBoundsException when the region is not inside the array
     */
    default void read(long[] start, int[] regionShape, ByteBuffer dst) throws IOException {
        read(start, regionShape, dst, null);
    }

    /**
     * Reads a region like {@link #read(long[], int[], ByteBuffer)}, decoding its chunks in parallel on
     * {@code executor} and the calling thread. The read completes even when the executor is busy.
     *
     * @param start the region's first index along each dimension
     * @param regionShape the region's extent along each dimension
     * @param dst receives the region's bytes from its position; its position is not changed
     * @param executor runs helper tasks (for example {@code ForkJoinPool.commonPool()}), or
     *            {@code null} to read on the calling thread only
     * @throws ZarrFormatException when a chunk file is corrupt
     * @throws IOException when reading fails
     * @throws IndexOutOfBoundsException when the region is not inside the array
     */
    void read(long[] start, int[] regionShape, ByteBuffer dst, @Nullable Executor executor) throws IOException;

    /**
     * Reads a region in C order converted to floats, whatever the dtype (integers convert exactly up
     * to 2^24; doubles round to nearest).
     *
     * @param start the region's first index along each dimension
     * @param regionShape the region's extent along each dimension
     * @param dst receives the region's values
     * @param dstOffset the index in {@code dst} of the region's first value
     * @throws ZarrFormatException when a chunk file is corrupt
     * @throws IOException when reading fails
     * @throws IndexOutOfBoundsException when the region is not inside the array or {@code dst}
     */
    default void readFloats(long[] start, int[] regionShape, float[] dst, int dstOffset) throws IOException {
        readFloats(start, regionShape, dst, dstOffset, null);
    }

    /**
     * Reads a region converted to floats like {@link #readFloats(long[], int[], float[], int)},
     * decoding its chunks in parallel on {@code executor} and the calling thread.
     *
     * @param start the region's first index along each dimension
     * @param regionShape the region's extent along each dimension
     * @param dst receives the region's values
     * @param dstOffset the index in {@code dst} of the region's first value
     * @param executor runs helper tasks, or {@code null} to read on the calling thread only
     * @throws ZarrFormatException when a chunk file is corrupt
     * @throws IOException when reading fails
     * @throws IndexOutOfBoundsException when the region is not inside the array or {@code dst}
     */
    void readFloats(long[] start, int[] regionShape, float[] dst, int dstOffset, @Nullable Executor executor)
            throws IOException;

    /**
     * Reads a region in C order converted to floats into a new array.
     *
     * @param start the region's first index along each dimension
     * @param regionShape the region's extent along each dimension
     * @return the region's values in C order
     * @throws ZarrFormatException when a chunk file is corrupt
     * @throws IOException when reading fails
     * @throws IndexOutOfBoundsException when the region is not inside the array
     */
    float[] readFloats(long[] start, int[] regionShape) throws IOException;

    /**
     * Reads a window of a 2-D array as floats in row-major order.
     *
     * @param row the first row (index along dimension 0)
     * @param column the first column (index along dimension 1)
     * @param rows the number of rows
     * @param columns the number of columns
     * @return {@code rows * columns} values, row after row
     * @throws ZarrFormatException when a chunk file is corrupt
     * @throws IOException when reading fails
     * @throws IllegalStateException when the array is not 2-D
     */
    default float[] readFloats2D(long row, long column, int rows, int columns) throws IOException {
        float[] values = new float[Math.multiplyExact(rows, columns)];
        readFloats2D(row, column, rows, columns, values, null);
        return values;
    }

    /**
     * Reads a window of a 2-D array as floats in row-major order into a reused array.
     *
     * @param row the first row (index along dimension 0)
     * @param column the first column (index along dimension 1)
     * @param rows the number of rows
     * @param columns the number of columns
     * @param dst receives {@code rows * columns} values from index 0
     * @throws ZarrFormatException when a chunk file is corrupt
     * @throws IOException when reading fails
     * @throws IllegalStateException when the array is not 2-D
     */
    default void readFloats2D(long row, long column, int rows, int columns, float[] dst) throws IOException {
        readFloats2D(row, column, rows, columns, dst, null);
    }

    /**
     * Reads a window of a 2-D array as floats in row-major order into a reused array, optionally
     * decoding chunks in parallel.
     *
     * @param row the first row (index along dimension 0)
     * @param column the first column (index along dimension 1)
     * @param rows the number of rows
     * @param columns the number of columns
     * @param dst receives {@code rows * columns} values from index 0
     * @param executor runs helper tasks, or {@code null} to read on the calling thread only
     * @throws ZarrFormatException when a chunk file is corrupt
     * @throws IOException when reading fails
     * @throws IllegalStateException when the array is not 2-D
     */
    default void readFloats2D(long row, long column, int rows, int columns, float[] dst, @Nullable Executor executor)
            throws IOException {
        int rank = metadata().rank();
        if (rank != 2) {
            throw new IllegalStateException("array of rank " + rank + " is not 2-D");
        }
        readFloats(new long[] { row, column }, new int[] { rows, columns }, dst, 0, executor);
    }
}
