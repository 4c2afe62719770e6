package org.seislens.zarr.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.seislens.zarr.ZarrCompressor;
import org.seislens.zarr.ZarrFormatException;

class GzipChunkCodecTest extends ChunkCodecContract {

    @Override
    protected ZarrCompressor compressor() {
        return ZarrCompressor.gzip(1);
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(raw);
        }
        return bytes.toByteArray();
    }

    @Test
    void writesTheHeaderPythonWritesAndStandardGzip() throws IOException {
        byte[] raw = samples(4000, 15);
        byte[] encoded = encode(raw);
        // magic, deflate, no flags, mtime 0, XFL 4 (fastest), OS 255 (unknown)
        assertArrayEquals(new byte[] { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 4, (byte) 0xff }, Arrays.copyOf(encoded, 10));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(encoded))) {
            assertArrayEquals(raw, in.readAllBytes());
        }
        assertArrayEquals(raw, decode(gzip(raw), raw.length));
    }

    @Test
    void decodesConcatenatedMembersAndIgnoresZeroPadding() throws IOException {
        byte[] raw = samples(4000, 16);
        byte[] first = gzip(Arrays.copyOf(raw, 5000));
        byte[] second = gzip(Arrays.copyOfRange(raw, 5000, raw.length));
        byte[] joined = new byte[first.length + second.length + 16];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        assertArrayEquals(raw, decode(joined, raw.length));
        joined[joined.length - 3] = 7;
        assertThrows(ZarrFormatException.class, () -> decode(joined, raw.length));
    }

    @Test
    void skipsOptionalHeaderFields() throws IOException {
        byte[] raw = samples(1000, 17);
        byte[] plain = gzip(raw);
        byte[] name = "chunk.0.0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        // FEXTRA (2 bytes of extra data) + FNAME + FCOMMENT + FHCRC.
        ByteArrayOutputStream withFields = new ByteArrayOutputStream();
        withFields.write(plain, 0, 3);
        withFields.write(4 | 8 | 16 | 2);
        withFields.write(plain, 4, 6);
        withFields.write(new byte[] { 2, 0, 'a', 'b' });
        withFields.write(name);
        withFields.write(0);
        withFields.write(new byte[] { 'c', 0 });
        withFields.write(new byte[] { 0, 0 });
        withFields.write(plain, 10, plain.length - 10);
        assertArrayEquals(raw, decode(withFields.toByteArray(), raw.length));
    }

    @Test
    void refusesACrcMismatchAndBadHeaders() throws IOException {
        byte[] raw = samples(1000, 18);
        byte[] encoded = encode(raw);
        byte[] badCrc = encoded.clone();
        badCrc[badCrc.length - 8] ^= 1;
        ZarrFormatException e = assertThrows(ZarrFormatException.class, () -> decode(badCrc, raw.length));
        assertTrue(e.getMessage().contains("CRC"), e.getMessage());
        byte[] badMethod = encoded.clone();
        badMethod[2] = 7;
        assertThrows(ZarrFormatException.class, () -> decode(badMethod, raw.length));
        byte[] reserved = encoded.clone();
        reserved[3] = (byte) 0x80;
        assertThrows(ZarrFormatException.class, () -> decode(reserved, raw.length));
        assertEquals(raw.length, decode(encoded, raw.length).length);
    }
}
