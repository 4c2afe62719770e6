package org.seislens.zarr.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.Executor;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.zarr.ZarrArrayMetadata;
import org.seislens.zarr.ZarrDtype;

/**
 * The region reads of one array: checks a region against the array's shape and the caller's buffer, then
 * assembles it through a {@link RegionReader} as stored bytes or as floats.
 */
public final class RegionReads {

    /** Threads a parallel region read uses at most, the caller's included. */
    private static final int PARALLELISM = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final ZarrArrayMetadata metadata;
    private final ChunkGrid grid;
    private final ChunkStore store;
    private final RegionReader reader;
    private final int itemSize;

    /**
     * Creates the region reads of an array.
     *
     * @param metadata the array metadata
     * @param grid the array's chunk grid
     * @param store the array's chunk store, whose workers and fill chunk the reads use
     * @param decoder decodes one of the array's chunks
     */
    public RegionReads(ZarrArrayMetadata metadata, ChunkGrid grid, ChunkStore store, RegionReader.ChunkDecoder decoder) {
        this.metadata = metadata;
        this.grid = grid;
        this.store = store;
        this.reader = new RegionReader(grid.chunkShape(), store.workers(), decoder);
        this.itemSize = metadata.dtype().itemSize();
    }

    /**
     * Reads a region in C order as stored bytes.
     *
     * @param start the region's first index along each dimension
     * @param regionShape the region's extent along each dimension
     * @param dst receives the region's bytes from its position; its position is not changed
     * @param executor runs helper tasks, or {@code null} to read on the calling thread only
     * @throws IOException when a chunk is corrupt or cannot be read
     * @throws IndexOutOfBoundsException when the region is not inside the array
     * @throws IllegalArgumentException when {@code dst} is too small or read-only
     */
    public void bytes(long[] start, int[] regionShape, ByteBuffer dst, @Nullable Executor executor)
            throws IOException {
        long elements = grid.checkRegion(start, regionShape);
        if (dst.remaining() < elements * itemSize) {
            throw new IllegalArgumentException("buffer has " + dst.remaining() + " bytes, the region needs "
                    + elements * itemSize);
        }
        if (dst.isReadOnly()) {
            throw new IllegalArgumentException("buffer is read-only");
        }
        ByteBuffer fill = store.fillChunk();
        int offset = dst.position();
        reader.read(start, regionShape, () -> new ByteRegionSink(dst, offset, itemSize, fill), executor, PARALLELISM);
    }

    /**
     * Reads a region in C order converted to floats.
     *
     * @param start the region's first index along each dimension
     * @param regionShape the region's extent along each dimension
     * @param dst receives the region's values
     * @param dstOffset the index in {@code dst} of the region's first value
     * @param executor runs helper tasks, or {@code null} to read on the calling thread only
     * @throws IOException when a chunk is corrupt or cannot be read
     * @throws IndexOutOfBoundsException when the region is not inside the array or {@code dst}
     */
    public void floats(long[] start, int[] regionShape, float[] dst, int dstOffset, @Nullable Executor executor)
            throws IOException {
        long elements = grid.checkRegion(start, regionShape);
        if (dstOffset < 0 || dst.length - dstOffset < elements) {
            throw new IndexOutOfBoundsException("float[" + dst.length + "] from " + dstOffset + " cannot hold "
                    + elements + " values");
        }
        ZarrDtype dtype = metadata.dtype();
        float fill = (float) metadata.fillValueAsDouble();
        reader.read(start, regionShape, () -> new FloatRegionSink(dtype, dst, dstOffset, fill), executor, PARALLELISM);
    }

    /**
     * Reads a region in C order converted to floats into a new array.
     *
     * @param start the region's first index along each dimension
     * @param regionShape the region's extent along each dimension
     * @return the region's values
     * @throws IOException when a chunk is corrupt or cannot be read
     * @throws IndexOutOfBoundsException when the region is not inside the array
     */
    public float[] floats(long[] start, int[] regionShape) throws IOException {
        float[] values = new float[(int) grid.checkRegion(start, regionShape)];
        floats(start, regionShape, values, 0, null);
        return values;
    }
}
