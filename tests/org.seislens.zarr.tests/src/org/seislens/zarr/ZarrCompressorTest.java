package org.seislens.zarr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.seislens.zarr.internal.ChunkCodec;
import org.seislens.zarr.internal.ChunkCodecs;

class ZarrCompressorTest {

    @Test
    void factoriesNameTheNumcodecsCodec() {
        assertEquals("zstd", ZarrCompressor.zstd(3).id());
        assertEquals("lz4", ZarrCompressor.lz4(1).id());
        assertEquals("zlib", ZarrCompressor.zlib(1).id());
        assertEquals("gzip", ZarrCompressor.gzip(9).id());
        assertEquals("acceleration", ZarrCompressor.Kind.LZ4.parameterName());
        assertEquals("level", ZarrCompressor.Kind.ZSTD.parameterName());
    }

    @Test
    void findsKindsById() {
        assertSame(ZarrCompressor.Kind.GZIP, ZarrCompressor.Kind.fromId("gzip"));
        assertNull(ZarrCompressor.Kind.fromId("blosc"));
    }

    @Test
    void refusesLevelsOutsideTheCodecRange() {
        assertThrows(IllegalArgumentException.class, () -> ZarrCompressor.zstd(23));
        assertThrows(IllegalArgumentException.class, () -> ZarrCompressor.zlib(10));
        assertThrows(IllegalArgumentException.class, () -> ZarrCompressor.gzip(-2));
    }

    @Test
    void newCodecMatchesTheCompressor() {
        for (ZarrCompressor compressor : new ZarrCompressor[] { ZarrCompressor.zstd(1), ZarrCompressor.lz4(1),
                ZarrCompressor.zlib(1), ZarrCompressor.gzip(1) }) {
            try (ChunkCodec codec = ChunkCodecs.create(compressor)) {
                assertEquals(compressor, codec.compressor());
            }
        }
    }
}
