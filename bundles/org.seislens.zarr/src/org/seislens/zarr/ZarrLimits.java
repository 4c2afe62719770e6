package org.seislens.zarr;

import java.nio.file.Path;

/**
 * Bounds applied to untrusted Zarr files before anything is allocated for them.
 *
 * @param maxChunkBytes the largest raw chunk accepted, in bytes; at most
 *            {@link ZarrArrayMetadata#MAX_CHUNK_BYTES}
 * @param maxMetadataBytes the largest {@code .zarray}, {@code .zattrs} or {@code .zgroup} file
 *            accepted, in bytes
 * @param chunksRequired whether a chunk that is not stored is an error ({@link ZarrFormatException} naming
 *            the chunk file) instead of reading as the fill value: for arrays whose writer stores every
 *            chunk, where a missing one is damage
 */
public record ZarrLimits(int maxChunkBytes, int maxMetadataBytes, boolean chunksRequired) {

    /** 256 MiB per chunk and 16 MiB per metadata file; missing chunks read as the fill value. */
    public static final ZarrLimits DEFAULT = new ZarrLimits(256 << 20, 16 << 20);

    /**
     * Checks the bounds.
     *
     * @param maxChunkBytes the largest raw chunk accepted, in bytes
     * @param maxMetadataBytes the largest metadata file accepted, in bytes
     * @throws IllegalArgumentException when a bound is not positive or the chunk bound exceeds
     *             {@link ZarrArrayMetadata#MAX_CHUNK_BYTES}
     */
    public ZarrLimits {
        if (maxChunkBytes <= 0 || maxChunkBytes > ZarrArrayMetadata.MAX_CHUNK_BYTES) {
            throw new IllegalArgumentException("maxChunkBytes " + maxChunkBytes + " is outside [1, "
                    + ZarrArrayMetadata.MAX_CHUNK_BYTES + "]");
        }
        if (maxMetadataBytes <= 0) {
            throw new IllegalArgumentException("maxMetadataBytes must be positive: " + maxMetadataBytes);
        }
    }

    /**
     * Limits under which missing chunks read as the fill value, as Zarr specifies.
     *
     * @param maxChunkBytes the largest raw chunk accepted, in bytes
     * @param maxMetadataBytes the largest metadata file accepted, in bytes
     */
    public ZarrLimits(int maxChunkBytes, int maxMetadataBytes) {
        this(maxChunkBytes, maxMetadataBytes, false);
    }

    /**
     * Returns these limits with missing chunks treated as an error or as the fill value.
     *
     * @param required whether a chunk that is not stored is an error
     * @return the new limits
     */
    public ZarrLimits withChunksRequired(boolean required) {
        return new ZarrLimits(maxChunkBytes, maxMetadataBytes, required);
    }

    /**
     * Returns these limits with another chunk bound.
     *
     * @param bytes the largest raw chunk accepted, in bytes
     * @return the new limits
     */
    public ZarrLimits withMaxChunkBytes(int bytes) {
        return new ZarrLimits(bytes, maxMetadataBytes, chunksRequired);
    }

    /**
     * Refuses metadata whose chunks exceed {@link #maxChunkBytes()}.
     *
     * @param metadata the metadata read from {@code file}
     * @param file the {@code .zarray} file, for the message
     * @throws ZarrFormatException when a chunk is too large
     */
    public void check(ZarrArrayMetadata metadata, Path file) throws ZarrFormatException {
        if (metadata.chunkByteSize() > maxChunkBytes) {
            throw ZarrFormatException.inFile(file, "a chunk of " + metadata.chunkByteSize()
                    + " bytes exceeds the limit of " + maxChunkBytes + " bytes per chunk");
        }
    }
}
