package org.seislens.zarr.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seislens.zarr.ZarrCompressor;
import org.seislens.zarr.ZarrFormatException;

/**
 * Behaviour every chunk codec shares; each codec's test class extends this and adds its framing
 * checks.
 */
abstract class ChunkCodecContract {

    // Opened before each test; the package's non-null default cannot see that.
    @NonNullByDefault({})
    protected ChunkCodec codec;

    /** @return the compressor under test */
    protected abstract ZarrCompressor compressor();

    @BeforeEach
    void openCodec() {
        codec = ChunkCodecs.create(compressor());
    }

    @AfterEach
    void closeCodec() {
        codec.close();
    }

    /** Seismic-like floats: smooth and partly compressible, as little-endian bytes. */
    static byte[] samples(int count, long seed) {
        Random random = new Random(seed);
        ByteBuffer bytes = ByteBuffer.allocate(count * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        double phase = 0;
        for (int i = 0; i < count; i++) {
            phase += 0.05 + random.nextDouble() * 0.01;
            bytes.putFloat((float) (Math.sin(phase) * 1000 + random.nextGaussian()));
        }
        return bytes.array();
    }

    static ByteBuffer buffer(byte[] content, boolean direct, int offset, int slack) {
        ByteBuffer b = direct ? ByteBuffer.allocateDirect(offset + content.length + slack)
                : ByteBuffer.allocate(offset + content.length + slack);
        b.put(offset, content);
        b.position(offset).limit(offset + content.length);
        return b;
    }

    protected byte[] encode(byte[] raw) {
        ByteBuffer out = ByteBuffer.allocate(codec.maxEncodedSize(raw.length));
        int n = codec.encode(ByteBuffer.wrap(raw), out);
        return Arrays.copyOf(out.array(), n);
    }

    protected byte[] decode(byte[] encoded, int expected) throws ZarrFormatException {
        ByteBuffer out = ByteBuffer.allocate(expected);
        codec.decode(ByteBuffer.wrap(encoded), out);
        return out.array();
    }

    @Test
    void roundTripsBetweenHeapAndDirectBuffersWithOffsets() throws ZarrFormatException {
        byte[] raw = samples(25_000, 1);
        for (boolean directIn : new boolean[] { false, true }) {
            for (boolean directOut : new boolean[] { false, true }) {
                ByteBuffer src = buffer(raw, directIn, 3, 5);
                ByteBuffer encoded = directOut ? ByteBuffer.allocateDirect(codec.maxEncodedSize(raw.length) + 7)
                        : ByteBuffer.allocate(codec.maxEncodedSize(raw.length) + 7);
                encoded.position(7);
                int n = codec.encode(src, encoded);
                assertEquals(3, src.position(), "encode must not move the source");
                assertEquals(7, encoded.position(), "encode must not move the destination");
                encoded.limit(7 + n);
                for (boolean directDecoded : new boolean[] { false, true }) {
                    ByteBuffer decoded = buffer(new byte[raw.length], directDecoded, 11, 0);
                    codec.decode(encoded, decoded);
                    assertEquals(7, encoded.position());
                    assertEquals(11, decoded.position());
                    byte[] back = new byte[raw.length];
                    decoded.get(11, back);
                    assertTrue(Arrays.equals(raw, back), "round trip " + directIn + directOut + directDecoded);
                }
            }
        }
    }

    @Test
    void roundTripsIncompressibleAndConstantData() throws ZarrFormatException {
        byte[] noise = new byte[70_001];
        new Random(2).nextBytes(noise);
        assertTrue(Arrays.equals(noise, decode(encode(noise), noise.length)));
        assertTrue(encode(noise).length <= codec.maxEncodedSize(noise.length));
        byte[] zeros = new byte[1 << 20];
        byte[] packed = encode(zeros);
        assertTrue(packed.length < 10_000, "zeros should compress, got " + packed.length);
        assertTrue(Arrays.equals(zeros, decode(packed, zeros.length)));
        byte[] one = { 42 };
        assertTrue(Arrays.equals(one, decode(encode(one), 1)));
    }

    @Test
    void reusesTheCodecAcrossManyChunks() throws ZarrFormatException {
        for (int i = 0; i < 20; i++) {
            byte[] raw = samples(1000 + i * 37, i);
            assertTrue(Arrays.equals(raw, decode(encode(raw), raw.length)), "chunk " + i);
        }
    }

    @Test
    void refusesDataThatDecodesToAnotherSize() {
        byte[] raw = samples(1000, 3);
        byte[] encoded = encode(raw);
        assertThrows(ZarrFormatException.class, () -> decode(encoded, raw.length - 1));
        assertThrows(ZarrFormatException.class, () -> decode(encoded, raw.length + 1));
        assertThrows(ZarrFormatException.class, () -> decode(encoded, 4 * raw.length));
    }

    @Test
    void refusesTruncatedAndGarbageData() {
        byte[] raw = samples(5000, 4);
        byte[] encoded = encode(raw);
        for (int length : new int[] { 0, 3, encoded.length / 2, encoded.length - 1 }) {
            byte[] truncated = Arrays.copyOf(encoded, length);
            assertThrows(ZarrFormatException.class, () -> decode(truncated, raw.length), "truncated to " + length);
        }
        byte[] garbage = new byte[encoded.length];
        new Random(5).nextBytes(garbage);
        assertThrows(ZarrFormatException.class, () -> decode(garbage, raw.length));
    }
}
