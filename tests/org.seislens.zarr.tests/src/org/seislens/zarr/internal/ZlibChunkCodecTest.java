package org.seislens.zarr.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

import org.junit.jupiter.api.Test;
import org.seislens.zarr.ZarrCompressor;
import org.seislens.zarr.ZarrFormatException;

class ZlibChunkCodecTest extends ChunkCodecContract {

    @Override
    protected ZarrCompressor compressor() {
        return ZarrCompressor.zlib(1);
    }

    @Test
    void writesAndReadsStandardZlibStreams() throws IOException {
        byte[] raw = samples(4000, 13);
        byte[] encoded = encode(raw);
        assertEquals(0x78, encoded[0] & 0xff);
        try (InflaterInputStream in = new InflaterInputStream(new java.io.ByteArrayInputStream(encoded))) {
            assertArrayEquals(raw, in.readAllBytes());
        }
        ByteArrayOutputStream standard = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(standard)) {
            out.write(raw);
        }
        assertArrayEquals(raw, decode(standard.toByteArray(), raw.length));
    }

    @Test
    void refusesAChecksumMismatch() {
        byte[] raw = samples(4000, 14);
        byte[] encoded = encode(raw);
        encoded[encoded.length - 1] ^= 1;
        assertThrows(ZarrFormatException.class, () -> decode(encoded, raw.length));
    }
}
