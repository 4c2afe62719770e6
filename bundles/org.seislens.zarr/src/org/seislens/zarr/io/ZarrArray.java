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
import org.seislens.zarr.ZarrFormatException;
import org.seislens.zarr.ZarrLimits;
import org.seislens.zarr.internal.ChunkGrid;
import org.seislens.zarr.internal.ChunkStore;
import org.seislens.zarr.internal.ChunkWorker;
import org.seislens.zarr.internal.RegionReads;
import org.seislens.zarr.internal.ZarrFiles;
import org.seislens.zarr.internal.ZarrMetadataJson;

/**
 * A Zarr v2 array in a directory: its {@code .zarray} metadata, its {@code .zattrs} attributes and one
 * file per stored chunk.
 * <p>
 * Chunks are read and written whole ({@link ZarrChunks}); regions of any shape are assembled across chunk
 * borders ({@link ZarrRegions}). Missing chunks read as the fill value. Edge chunks are stored at full
 * chunk size, padded with the fill value, as the specification requires.
 * <p>
 * Thread safety: all methods may be called from any number of threads at once. Concurrent writes of
 * the same chunk leave one of them; a chunk file is replaced atomically, so readers see either the
 * old or the new chunk. Codecs and buffers are pooled per array, so reads and writes allocate no
 * chunk-sized memory once warm. Close the array to release native codec memory.
 */
public final class ZarrArray implements ZarrChunks, ZarrRegions, AutoCloseable {

    private static final String ZARRAY = ".zarray";
    private static final String ZGROUP = ".zgroup";

    private final Path directory;
    private final ZarrArrayMetadata metadata;
    private final ZarrLimits limits;
    private final boolean writable;
    private final ChunkGrid grid;
    private final int itemSize;
    private final int chunkBytes;
    private final ChunkStore store;
    private final RegionReads regions;

    private ZarrArray(Path directory, ZarrArrayMetadata metadata, ZarrLimits limits, boolean writable) {
        this.directory = directory;
        this.metadata = metadata;
        this.limits = limits;
        this.writable = writable;
        this.grid = new ChunkGrid(metadata);
        this.itemSize = metadata.dtype().itemSize();
        this.chunkBytes = metadata.chunkByteSize();
        this.store = new ChunkStore(metadata);
        this.regions = new RegionReads(metadata, grid, store,
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

    @Override
    public Path directory() {
        return directory;
    }

    @Override
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

    @Override
    public long[] chunkGridShape() {
        return grid.gridShape();
    }

    @Override
    public String chunkKey(long[] chunkCoords) {
        return grid.key(chunkCoords);
    }

    @Override
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

    @Override
    public void read(long[] start, int[] regionShape, ByteBuffer dst, @Nullable Executor executor) throws IOException {
        regions.bytes(start, regionShape, dst, executor);
    }

    @Override
    public void readFloats(long[] start, int[] regionShape, float[] dst, int dstOffset, @Nullable Executor executor)
            throws IOException {
        regions.floats(start, regionShape, dst, dstOffset, executor);
    }

    @Override
    public float[] readFloats(long[] start, int[] regionShape) throws IOException {
        return regions.floats(start, regionShape);
    }

    @Override
    public void writeChunk(long[] chunkCoords, ByteBuffer src) throws IOException {
        write(chunkCoords, src, true);
    }

    @Override
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
