package org.seislens.zarr.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.seislens.zarr.ZarrCompressor;
import org.seislens.zarr.ZarrFormatException;

import net.jpountz.lz4.LZ4Factory;

class Lz4ChunkCodecTest extends ChunkCodecContract {

    @Override
    protected ZarrCompressor compressor() {
        return ZarrCompressor.lz4(1);
    }

    @Test
    void prefixesTheBlockWithTheLittleEndianSize() {
        byte[] raw = samples(300, 11);
        byte[] encoded = encode(raw);
        assertEquals(raw.length, ByteBuffer.wrap(encoded).order(ByteOrder.LITTLE_ENDIAN).getInt(0));
        byte[] block = Arrays.copyOfRange(encoded, 4, encoded.length);
        assertArrayEquals(raw, LZ4Factory.safeInstance().safeDecompressor().decompress(block, raw.length));
    }

    @Test
    void refusesADeclaredSizeOtherThanTheChunkWithoutAllocatingIt() {
        byte[] encoded = encode(samples(300, 12));
        encoded[0] = (byte) 0xff;
        encoded[1] = (byte) 0xff;
        encoded[2] = (byte) 0xff;
        encoded[3] = (byte) 0x7f;
        ZarrFormatException e = assertThrows(ZarrFormatException.class, () -> decode(encoded, 1200));
        assertTrue(e.getMessage().contains("declares 2147483647 bytes, the chunk has 1200"), e.getMessage());
    }
}
