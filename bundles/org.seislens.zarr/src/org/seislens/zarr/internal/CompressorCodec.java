package org.seislens.zarr.internal;

import java.nio.ByteBuffer;

import org.seislens.zarr.ZarrCompressor;

/**
 * What every codec of a {@link ZarrCompressor} shares: the compressor it was made for, checked to be of
 * the codec's kind, and the check that an encoding destination has room for the worst case.
 */
abstract class CompressorCodec implements ChunkCodec {

    private final ZarrCompressor compressor;

    /**
     * @param compressor the compressor's settings
     * @param kind the kind this codec implements
     * @throws IllegalArgumentException if the compressor is of another kind
     */
    CompressorCodec(ZarrCompressor compressor, ZarrCompressor.Kind kind) {
        if (compressor.kind() != kind) {
            throw new IllegalArgumentException("not a " + kind.id() + " compressor: " + compressor);
        }
        this.compressor = compressor;
    }

    @Override
    public final ZarrCompressor compressor() {
        return compressor;
    }

    /**
     * @param srcLength bytes to encode
     * @param dst the destination, from its position to its limit
     * @throws IllegalArgumentException if the destination is smaller than {@link #maxEncodedSize(int)}
     */
    protected final void requireRoom(int srcLength, ByteBuffer dst) {
        int needed = maxEncodedSize(srcLength);
        if (dst.remaining() < needed) {
            throw new IllegalArgumentException("destination has " + dst.remaining() + " bytes, needs " + needed);
        }
    }
}
