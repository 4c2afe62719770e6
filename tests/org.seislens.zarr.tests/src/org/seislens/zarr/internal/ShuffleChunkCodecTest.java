package org.seislens.zarr.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.seislens.zarr.ChunkKeySeparator;
import org.seislens.zarr.ZarrArrayMetadata;
import org.seislens.zarr.ZarrCompressor;
import org.seislens.zarr.ZarrDataType;
import org.seislens.zarr.ZarrDtype;
import org.seislens.zarr.ZarrFormatException;
import org.seislens.zarr.ZarrLimits;

/**
 * numcodecs' shuffle filter: its byte layout, the round trip through each compressor for several item sizes
 * and lengths that are not whole items, that it shrinks smooth float samples under LZ4, and its metadata.
 */
class ShuffleChunkCodecTest {

    @Test
    void layoutIsNumcodecs() {
        byte[] in = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
        byte[] out = new byte[10];
        ShuffleChunkCodec.shuffle(in, out, 10, 4);
        // numcodecs.Shuffle(4).encode(bytes(range(1, 11))): the planes of the two whole items, then the rest
        assertArrayEquals(new byte[] { 1, 5, 2, 6, 3, 7, 4, 8, 9, 10 }, out);
        byte[] back = new byte[10];
        ShuffleChunkCodec.unshuffle(out, back, 10, 4);
        assertArrayEquals(in, back);
    }

    @Test
    void roundTripsThroughEveryCompressor() throws ZarrFormatException {
        Random random = new Random(3);
        for (ZarrCompressor compressor : new ZarrCompressor[] { ZarrCompressor.lz4(1), ZarrCompressor.zstd(3),
                ZarrCompressor.zlib(1), ZarrCompressor.gzip(5) }) {
            for (int size : new int[] { 1, 2, 4, 8 }) {
                for (int length : new int[] { 0, 7, 4096, 4099 }) {
                    byte[] raw = new byte[length];
                    random.nextBytes(raw);
                    try (ChunkCodec codec = new ShuffleChunkCodec(ChunkCodecs.create(compressor), size)) {
                        ByteBuffer encoded = ByteBuffer.allocateDirect(codec.maxEncodedSize(length));
                        int n = codec.encode(ByteBuffer.wrap(raw), encoded);
                        ByteBuffer decoded = ByteBuffer.allocate(length);
                        codec.decode(encoded.limit(n), decoded);
                        assertArrayEquals(raw, decoded.array(), compressor + " item " + size + " length " + length);
                    }
                }
            }
        }
    }

    @Test
    void shrinksSmoothFloatsUnderLz4() {
        ByteBuffer raw = ByteBuffer.allocate(4 * 32768).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 32768; i++) {
            raw.putFloat(4 * i, (float) (1000 * Math.sin(i * 0.01) * Math.exp(-i * 1e-4)));
        }
        int plain;
        int shuffled;
        try (ChunkCodec lz4 = ChunkCodecs.create(ZarrCompressor.lz4(1))) {
            plain = lz4.encode(raw.duplicate(), ByteBuffer.allocate(lz4.maxEncodedSize(raw.capacity())));
        }
        try (ChunkCodec lz4 = new ShuffleChunkCodec(ChunkCodecs.create(ZarrCompressor.lz4(1)), 4)) {
            shuffled = lz4.encode(raw.duplicate(), ByteBuffer.allocate(lz4.maxEncodedSize(raw.capacity())));
        }
        assertTrue(shuffled < plain, "shuffled " + shuffled + " bytes, plain " + plain);
    }

    @Test
    void metadataWriteAndReadTheFilter() throws ZarrFormatException {
        ZarrArrayMetadata m = ZarrArrayMetadata.of(new long[] { 5, 7 }, new int[] { 2, 3 },
                ZarrDtype.littleEndian(ZarrDataType.FLOAT32)).withCompressor(ZarrCompressor.lz4(1)).withShuffle(true);
        String json = ZarrMetadataJson.formatArray(m);
        assertTrue(json.contains("\"filters\": [\n        {\n            \"elementsize\": 4,\n            \"id\": \"shuffle\"\n        }\n    ],"), json);
        ZarrArrayMetadata back = ZarrMetadataJson.parseArray(json.getBytes(StandardCharsets.UTF_8), Path.of("x/.zarray"),
                ZarrLimits.DEFAULT);
        assertEquals(m, back);
        assertTrue(back.shuffle());
        assertEquals(false, m.withCompressor(null).shuffle(), "no compressor, no filter");
        assertThrows(IllegalArgumentException.class, () -> new ZarrArrayMetadata(new long[] { 5 }, new int[] { 2 },
                ZarrDtype.littleEndian(ZarrDataType.FLOAT32), null, null, ChunkKeySeparator.DOT, true));
    }
}
