package org.seislens.zarr.internal;

import org.seislens.zarr.ZarrArrayMetadata;
import org.seislens.zarr.ZarrCompressor;

/**
 * Makes the codec of a compressor: the compressor is a value in the API, the codecs that implement it live
 * here.
 */
public final class ChunkCodecs {

    private ChunkCodecs() {
    }

    /**
     * Creates a codec for a compressor. A codec holds native contexts and buffers: use it from one thread at a
     * time and close it.
     *
     * @param compressor the compressor and its parameter
     * @return a new codec
     */
    public static ChunkCodec create(ZarrCompressor compressor) {
        return createCompressor(compressor);
    }

    /**
     * Creates the codec of an array's chunks: its compressor, after the shuffle filter when the array has it.
     *
     * @param metadata the array's metadata; must have a compressor
     * @return a new codec
     */
    public static ChunkCodec create(ZarrArrayMetadata metadata) {
        ZarrCompressor compressor = metadata.compressor();
        if (compressor == null) {
            throw new IllegalArgumentException("no compressor in " + metadata);
        }
        ChunkCodec codec = createCompressor(compressor);
        return metadata.shuffle() ? new ShuffleChunkCodec(codec, metadata.dtype().itemSize()) : codec;
    }

    private static ChunkCodec createCompressor(ZarrCompressor compressor) {
        return switch (compressor.kind()) {
            case ZSTD -> new ZstdChunkCodec(compressor);
            case LZ4 -> new Lz4ChunkCodec(compressor);
            case ZLIB -> new ZlibChunkCodec(compressor);
            case GZIP -> new GzipChunkCodec(compressor);
        };
    }
}
