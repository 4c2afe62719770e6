package org.seislens.zarr.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.seislens.zarr.ZarrCompressor;
import org.seislens.zarr.ZarrFormatException;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;

class ZstdChunkCodecTest extends ChunkCodecContract {

    @Override
    protected ZarrCompressor compressor() {
        return ZarrCompressor.zstd(3);
    }

    @Test
    void writesOnePlainFrameDeclaringTheContentSize() {
        byte[] raw = samples(3000, 7);
        byte[] encoded = encode(raw);
        assertArrayEquals(new byte[] { 0x28, (byte) 0xb5, 0x2f, (byte) 0xfd }, java.util.Arrays.copyOf(encoded, 4));
        assertEquals(raw.length, Zstd.getFrameContentSize(encoded));
        assertArrayEquals(raw, Zstd.decompress(encoded, raw.length));
    }

    @Test
    void refusesAFrameDeclaringAnotherSizeBeforeDecoding() {
        byte[] encoded = encode(new byte[1 << 20]);
        ZarrFormatException e = assertThrows(ZarrFormatException.class, () -> decode(encoded, 4096));
        assertTrue(e.getMessage().contains("declares 1048576 bytes, the chunk has 4096"), e.getMessage());
    }

    @Test
    void decodesFramesWithoutContentSizeWithinTheChunk() throws ZarrFormatException {
        byte[] raw = samples(2000, 8);
        byte[] frame;
        try (ZstdCompressCtx context = new ZstdCompressCtx()) {
            context.setContentSize(false);
            frame = context.compress(raw);
        }
        assertEquals(-1, Zstd.getFrameContentSize(frame));
        assertArrayEquals(raw, decode(frame, raw.length));
        assertThrows(ZarrFormatException.class, () -> decode(frame, raw.length - 4));
    }

    @Test
    void levelsChangeTheOutputNotTheFormat() throws ZarrFormatException {
        byte[] raw = samples(20_000, 9);
        for (int level : new int[] { -5, 1, 3, 9 }) {
            try (var other = ChunkCodecs.create(ZarrCompressor.zstd(level))) {
                java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(other.maxEncodedSize(raw.length));
                int n = other.encode(java.nio.ByteBuffer.wrap(raw), out);
                assertArrayEquals(raw, decode(java.util.Arrays.copyOf(out.array(), n), raw.length), "level " + level);
            }
        }
    }
}
