package org.seislens.zarr.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Executor;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.zarr.ZarrArrayMetadata;
import org.seislens.zarr.ZarrDtype;
import org.seislens.zarr.ZarrFormatException;
import org.seislens.zarr.ZarrLimits;
import org.seislens.zarr.internal.ByteRegionSink;
import org.seislens.zarr.internal.ChunkGrid;
import org.seislens.zarr.internal.ChunkStore;
import org.seislens.zarr.internal.ChunkWorker;
import org.seislens.zarr.internal.FloatRegionSink;
import org.seislens.zarr.internal.RegionReader;
import org.seislens.zarr.internal.ZarrFiles;
import org.seislens.zarr.internal.ZarrMetadataJson;

/**
 * A Zarr v2 array in a directory: its {@code .zarray} metadata, its {@code .zattrs} attributes and one
 * file per stored chunk.
 * <p>
 * Chunks are read and written whole ({@link #readChunk}, {@link #writeChunk}); regions of any shape
 * are assembled across chunk borders ({@link #read}, {@link #readFloats}). Missing chunks read as the
 * fill value. Edge chunks are stored at full chunk size, padded with the fill value, as the
 * specification requires.
 * <p>
 * Thread safety: all methods may be called from any number of threads at once. Concurrent writes of
 * the same chunk leave one of them; a chunk file is replaced atomically, so readers see either the
 * old or the new chunk. Codecs and buffers are pooled per array, so reads and writes allocate no
 * chunk-sized memory once warm. Close the array to release native codec memory.
 */
public final class ZarrArray implements AutoCloseable {

    private static final String ZARRAY = ".zarray";
    private static final String ZGROUP = ".zgroup";
    /** Threads a parallel region read uses at most, the caller's included. */
    private static final int PARALLELISM = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final Path directory;
    private final ZarrArrayMetadata metadata;
    private final ZarrLimits limits;
    private final boolean writable;
    private final int rank;
    private final ChunkGrid grid;
    private final int itemSize;
    private final int chunkBytes;
    private final ChunkStore store;
    private final RegionReader regions;

    private ZarrArray(Path directory, ZarrArrayMetadata metadata, ZarrLimits limits, boolean writable) {
        this.directory = directory;
        this.metadata = metadata;
        this.limits = limits;
        this.writable = writable;
        this.rank = metadata.rank();
        this.grid = new ChunkGrid(metadata);
        this.itemSize = metadata.dtype().itemSize();
        this.chunkBytes = metadata.chunkByteSize();
        this.store = new ChunkStore(metadata);
        this.regions = new RegionReader(grid.chunkShape(), store.workers(),
                (coords, worker, target) -> decodeStored(chunkFile(coords), worker, target) >= 0);
    }

    /**
     * Creates an array: the directory (if needed) and its {@code .zarray}. No chunk is written, so the
     * whole array reads as the fill value until chunks are written.
     *
     * @param directory the array directory
     * @param metadata the array metadata
     * @return the array, open for reading and writing
     * @throws FileAlreadyExistsException when the directory already holds a Zarr array or group
     * @throws IOException when the directory or file cannot be written
     */
    public static ZarrArray create(Path directory, ZarrArrayMetadata metadata) throws IOException {
        return create(directory, metadata, ZarrLimits.DEFAULT);
    }

    /**
     * Creates an array whose chunks must also fit other limits.
     *
     * @param directory the array directory
     * @param metadata the array metadata
     * @param limits limits the array must satisfy, so that it can be opened with them later
     * @return the array, open for reading and writing
     * @throws FileAlreadyExistsException when the directory already holds a Zarr array or group
     * @throws ZarrFormatException when a chunk exceeds {@code limits}
     * @throws IOException when the directory or file cannot be written
     */
    public static ZarrArray create(Path directory, ZarrArrayMetadata metadata, ZarrLimits limits) throws IOException {
        Path zarray = directory.resolve(ZARRAY);
        limits.check(metadata, zarray);
        Files.createDirectories(directory);
        if (Files.exists(zarray) || Files.exists(directory.resolve(ZGROUP))) {
            throw new FileAlreadyExistsException(directory.toString(), null, "already holds a Zarr array or group");
        }
        byte[] json = ZarrMetadataJson.formatArray(metadata).getBytes(StandardCharsets.US_ASCII);
        ZarrFiles.writeAtomically(zarray, ByteBuffer.wrap(json));
        return new ZarrArray(directory, metadata, limits, true);
    }

    /**
     * Opens an array for reading only, with the default limits. Nothing is ever written.
     *
     * @param directory the array directory
     * @return the array
     * @throws ZarrFormatException when there is no {@code .zarray} or it is invalid or unsupported
     * @throws IOException when the metadata cannot be read
     */
    public static ZarrArray open(Path directory) throws IOException {
        return open(directory, ZarrLimits.DEFAULT);
    }

    /**
     * Opens an array for reading only. Nothing is ever written.
     *
     * @param directory the array directory
     * @param limits bounds for the untrusted metadata and chunks
     * @return the array
     * @throws ZarrFormatException when there is no {@code .zarray} or it is invalid, unsupported or
     *             beyond the limits
     * @throws IOException when the metadata cannot be read
     */
    public static ZarrArray open(Path directory, ZarrLimits limits) throws IOException {
        return new ZarrArray(directory, readMetadata(directory, limits), limits, false);
    }

    /**
     * Opens an existing array for reading and writing.
     *
     * @param directory the array directory
     * @param limits bounds for the untrusted metadata and chunks
     * @return the array
     * @throws ZarrFormatException when there is no {@code .zarray} or it is invalid, unsupported or
     *             beyond the limits
     * @throws IOException when the metadata cannot be read
     */
    public static ZarrArray openForUpdate(Path directory, ZarrLimits limits) throws IOException {
        return new ZarrArray(directory, readMetadata(directory, limits), limits, true);
    }

    private static ZarrArrayMetadata readMetadata(Path directory, ZarrLimits limits) throws IOException {
        Path zarray = directory.resolve(ZARRAY);
        byte[] json = ZarrFiles.readBounded(zarray, limits.maxMetadataBytes());
        if (json == null) {
            throw ZarrFormatException.inFile(zarray, "missing: " + directory + " is not a Zarr v2 array");
        }
        return ZarrMetadataJson.parseArray(json, zarray, limits);
    }

    /**
     * Returns the array directory.
     *
     * @return the directory
     */
    public Path directory() {
        return directory;
    }

    /**
     * Returns the array metadata.
     *
     * @return the metadata
     */
    public ZarrArrayMetadata metadata() {
        return metadata;
    }

    /**
     * Tells whether this array was opened for writing.
     *
     * @return {@code false} for arrays opened with {@link #open}
     */
    public boolean isWritable() {
        return writable;
    }

    /**
     * Returns the number of chunks along each dimension.
     *
     * @return a copy of the chunk grid shape
     */
    public long[] chunkGridShape() {
        return grid.gridShape();
    }

    /**
     * Returns the key of a chunk, its path relative to the array directory.
     *
     * @param chunkCoords the chunk's index along each dimension
     * @return for example {@code "3.0"} or {@code "3/0"}
     * @throws IndexOutOfBoundsException when the coordinates are outside the chunk grid
     */
    public String chunkKey(long[] chunkCoords) {
        return grid.key(chunkCoords);
    }

    /**
     * Returns the file of a chunk.
     *
     * @param chunkCoords the chunk's index along each dimension
     * @return the chunk file, which may not exist
     */
    public Path chunkFile(long[] chunkCoords) {
        return directory.resolve(chunkKey(chunkCoords));
    }

    /**
     * Tells whether a chunk is stored.
     *
     * @param chunkCoords the chunk's index along each dimension
     * @return whether its file exists
     */
    public boolean isChunkStored(long[] chunkCoords) {
        return Files.isRegularFile(chunkFile(chunkCoords));
    }

    /**
     * Reads the decoded bytes of one chunk, in the dtype's byte order, or the fill value when the
     * chunk is not stored (unless the limits the array was opened with require every chunk).
     *
     * @param chunkCoords the chunk's index along each dimension
     * @param dst receives {@link ZarrArrayMetadata#chunkByteSize()} bytes from its position; its
     *            position is not changed
     * @return the size of the chunk file in bytes, 0 when the chunk is not stored
     * @throws ZarrFormatException when the chunk file is corrupt or has the wrong decoded size
     * @throws IOException when reading fails
     */
    public long readChunk(long[] chunkCoords, ByteBuffer dst) throws IOException {
        Path file = chunkFile(chunkCoords);
        if (dst.remaining() < chunkBytes) {
            throw new IllegalArgumentException("buffer has " + dst.remaining() + " bytes, a chunk " + chunkBytes);
        }
        ByteBuffer target = dst.duplicate();
        target.limit(target.position() + chunkBytes);
        ChunkWorker worker = store.workers().acquire();
        try {
            long size = decodeStored(file, worker, target);
            if (size < 0) {
                target.put(target.position(), store.fillChunk(), 0, chunkBytes);
            }
            return Math.max(0, size);
        } finally {
            store.workers().release(worker);
        }
    }

    /**
     * Decodes a chunk file, refusing a missing one when the limits require every chunk.
     *
     * @return the file's size in bytes, -1 when the chunk is not stored
     */
    private long decodeStored(Path file, ChunkWorker worker, ByteBuffer target) throws IOException {
        long size = store.decodeSized(file, worker, target);
        if (size < 0 && limits.chunksRequired()) {
            throw ZarrFormatException.inFile(file, "missing: this array stores every chunk, so the chunk is lost");
        }
        return size;
    }

    /**
     * Reads a region in C order as stored bytes (the dtype's byte order), across chunk borders.
     * Elements of missing chunks take the fill value, unless the limits require every chunk.
     *
     * @param start the region's first index along each dimension
     * @param regionShape the region's extent along each dimension
     * @param dst receives the region's bytes from its position; its position is not changed
     * @throws ZarrFormatException when a chunk file is corrupt
     * @throws IOException when reading fails
     * @throws IndexOutOfBoundsException when the region is not inside the array
     */
    public void read(long[] start, int[] regionShape, ByteBuffer dst) throws IOException {
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
    public void read(long[] start, int[] regionShape, ByteBuffer dst, @Nullable Executor executor) throws IOException {
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
        regions.read(start, regionShape, () -> new ByteRegionSink(dst, offset, itemSize, fill), executor, PARALLELISM);
    }

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
    public void readFloats(long[] start, int[] regionShape, float[] dst, int dstOffset) throws IOException {
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
    public void readFloats(long[] start, int[] regionShape, float[] dst, int dstOffset, @Nullable Executor executor)
            throws IOException {
        long elements = grid.checkRegion(start, regionShape);
        if (dstOffset < 0 || dst.length - dstOffset < elements) {
            throw new IndexOutOfBoundsException("float[" + dst.length + "] from " + dstOffset + " cannot hold "
                    + elements + " values");
        }
        ZarrDtype dtype = metadata.dtype();
        float fill = (float) metadata.fillValueAsDouble();
        regions.read(start, regionShape, () -> new FloatRegionSink(dtype, dst, dstOffset, fill), executor, PARALLELISM);
    }

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
    public float[] readFloats(long[] start, int[] regionShape) throws IOException {
        float[] values = new float[(int) grid.checkRegion(start, regionShape)];
        readFloats(start, regionShape, values, 0);
        return values;
    }

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
    public float[] readFloats2D(long row, long column, int rows, int columns) throws IOException {
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
    public void readFloats2D(long row, long column, int rows, int columns, float[] dst) throws IOException {
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
    public void readFloats2D(long row, long column, int rows, int columns, float[] dst, @Nullable Executor executor)
            throws IOException {
        if (rank != 2) {
            throw new IllegalStateException("array of rank " + rank + " is not 2-D");
        }
        readFloats(new long[] { row, column }, new int[] { rows, columns }, dst, 0, executor);
    }

    /**
     * Writes one chunk. The chunk file is replaced atomically.
     * <p>
     * {@code src} holds either a full chunk ({@link ZarrArrayMetadata#chunkByteSize()} bytes) or, for
     * an edge chunk, just the part inside the array (C order with the clipped extents). Either way the
     * stored chunk is full size with the part outside the array set to the fill value.
     *
     * @param chunkCoords the chunk's index along each dimension
     * @param src the chunk's bytes in the dtype's byte order, from position to limit; its position is
     *            not changed
     * @throws IOException when writing fails
     * @throws IllegalStateException when the array was opened read-only
     */
    public void writeChunk(long[] chunkCoords, ByteBuffer src) throws IOException {
        write(chunkCoords, src, true);
    }

    /**
     * Writes one chunk that does not exist yet, straight into its file: no temporary file and rename, so a
     * reader could see it half-written. For arrays built in a directory that nobody reads until it is complete
     * (an import's draft, published whole); otherwise as {@link #writeChunk}.
     *
     * @param chunkCoords the chunk's index along each dimension
     * @param src the chunk's bytes in the dtype's byte order, from position to limit; its position is
     *            not changed
     * @throws java.nio.file.FileAlreadyExistsException when the chunk exists
     * @throws IOException when writing fails
     * @throws IllegalStateException when the array was opened read-only
     */
    public void writeNewChunk(long[] chunkCoords, ByteBuffer src) throws IOException {
        write(chunkCoords, src, false);
    }

    private void write(long[] chunkCoords, ByteBuffer src, boolean atomically) throws IOException {
        if (!writable) {
            throw new IllegalStateException(directory + " was opened read-only");
        }
        Path file = chunkFile(chunkCoords);
        long[] valid = grid.validExtent(chunkCoords);
        long validBytes = itemSize;
        for (long extent : valid) {
            validBytes *= extent;
        }
        int length = src.remaining();
        if (length != chunkBytes && length != validBytes) {
            throw new IllegalArgumentException("chunk " + Arrays.toString(chunkCoords) + " needs " + chunkBytes
                    + (validBytes != chunkBytes ? " or " + validBytes : "") + " bytes, got " + length);
        }
        store.write(file, src, valid, atomically);
    }

    /**
     * Reads the attributes in {@code .zattrs}.
     *
     * @return the attributes in file order, empty when there is no {@code .zattrs}
     * @throws ZarrFormatException when the file is not a JSON object or is beyond the limits
     * @throws IOException when reading fails
     */
    public Map<String, @Nullable Object> readAttributes() throws IOException {
        return ZarrFiles.readAttributes(directory, limits.maxMetadataBytes());
    }

    /**
     * Replaces the attributes in {@code .zattrs}.
     *
     * @param attributes anything Jackson can write as JSON: strings, numbers, booleans, lists, maps
     * @throws IOException when writing fails
     * @throws IllegalStateException when the array was opened read-only
     */
    public void writeAttributes(Map<String, ?> attributes) throws IOException {
        if (!writable) {
            throw new IllegalStateException(directory + " was opened read-only");
        }
        ZarrFiles.writeAttributes(directory, attributes);
    }

    /** Releases the pooled codecs; reads and writes still running finish first. */
    @Override
    public void close() {
        store.close();
    }

    /**
     * Describes the array for logs.
     *
     * @return the directory and metadata
     */
    @Override
    public String toString() {
        return "ZarrArray[" + directory + ", " + metadata + (writable ? "" : ", read-only") + "]";
    }
}
