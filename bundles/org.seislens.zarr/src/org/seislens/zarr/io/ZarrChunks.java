package org.seislens.zarr.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.seislens.zarr.ZarrArrayMetadata;
import org.seislens.zarr.ZarrFormatException;

/**
 * The chunks of a Zarr array in a directory, one whole chunk at a time: where each is stored, and
 * reading and writing it. Edge chunks are stored at full chunk size, padded with the fill value, as the
 * specification requires.
 * <p>
 * Implementations may be called from any number of threads at once. Concurrent writes of the same
 * chunk leave one of them.
 *
 * @see ZarrArray
 */
public interface ZarrChunks {

    /**
     * Returns the array directory.
     *
     * @return the directory
     */
    Path directory();

    /**
     * Returns the number of chunks along each dimension.
     *
     * @return a copy of the chunk grid shape
     */
    long[] chunkGridShape();

    /**
     * Returns the key of a chunk, its path relative to the array directory.
     *
     * @param chunkCoords the chunk's index along each dimension
     * @return for example {@code "3.0"} or {@code "3/0"}
     * @throws IndexOutOfBoundsException when the coordinates are outside the chunk grid
     */
    String chunkKey(long[] chunkCoords);

    /**
     * Returns the file of a chunk.
     *
     * @param chunkCoords the chunk's index along each dimension
     * @return the chunk file, which may not exist
     * @throws IndexOutOfBoundsException when the coordinates are outside the chunk grid
     */
    default Path chunkFile(long[] chunkCoords) {
        return directory().resolve(chunkKey(chunkCoords));
    }

    /**
     * Tells whether a chunk is stored.
     *
     * @param chunkCoords the chunk's index along each dimension
     * @return whether its file exists
     * @throws IndexOutOfBoundsException when the coordinates are outside the chunk grid
     */
    default boolean isChunkStored(long[] chunkCoords) {
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
    long readChunk(long[] chunkCoords, ByteBuffer dst) throws IOException;

    /**
     * Writes one chunk. The chunk file is replaced atomically, so readers see either the old or the
     * new chunk.
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
    void writeChunk(long[] chunkCoords, ByteBuffer src) throws IOException;

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
    void writeNewChunk(long[] chunkCoords, ByteBuffer src) throws IOException;
}
