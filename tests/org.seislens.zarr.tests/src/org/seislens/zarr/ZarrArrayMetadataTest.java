package org.seislens.zarr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

class ZarrArrayMetadataTest {

    private static final ZarrDtype F4 = ZarrDtype.littleEndian(ZarrDataType.FLOAT32);

    @Test
    void derivesChunkSizesAndGrid() {
        ZarrArrayMetadata m = ZarrArrayMetadata.of(new long[] { 100, 250 }, new int[] { 32, 64 }, F4);
        assertEquals(2, m.rank());
        assertEquals(32 * 64, m.chunkElements());
        assertEquals(32 * 64 * 4, m.chunkByteSize());
        assertArrayEquals(new long[] { 4, 4 }, m.chunkGridShape());
        assertEquals(ChunkKeySeparator.DOT, m.dimensionSeparator());
        assertNull(m.compressor());
    }

    @Test
    void arraysAreCopiedAndComparedByContent() {
        long[] shape = { 10, 20 };
        ZarrArrayMetadata m = ZarrArrayMetadata.of(shape, new int[] { 5, 5 }, F4);
        shape[0] = 99;
        assertEquals(10, m.shape(0));
        m.shape()[1] = 99;
        assertEquals(20, m.shape(1));
        ZarrArrayMetadata same = ZarrArrayMetadata.of(new long[] { 10, 20 }, new int[] { 5, 5 }, F4);
        assertEquals(m, same);
        assertEquals(m.hashCode(), same.hashCode());
        assertNotEquals(m, m.withCompressor(ZarrCompressor.zstd(1)));
    }

    @Test
    void normalisesFillValuesToTheDtype() {
        assertEquals(Double.valueOf(0.0), ZarrArrayMetadata.of(new long[] { 1 }, new int[] { 1 }, F4).fillValue());
        ZarrArrayMetadata i2 = ZarrArrayMetadata.of(new long[] { 1 }, new int[] { 1 }, ZarrDtype.parse("<i2"));
        assertEquals(Long.valueOf(-32768), i2.withFillValue(Double.valueOf(-32768.0)).fillValue());
        assertEquals(Long.valueOf(7), i2.withFillValue(Integer.valueOf(7)).fillValue());
        ZarrArrayMetadata u8 = ZarrArrayMetadata.of(new long[] { 1 }, new int[] { 1 }, ZarrDtype.parse("<u8"));
        ZarrArrayMetadata max = u8.withFillValue(new BigInteger("18446744073709551615"));
        assertEquals(Long.valueOf(-1), max.fillValue());
        assertEquals(1.8446744073709552E19, max.fillValueAsDouble());
        assertEquals(0.0, i2.withFillValue(null).fillValueAsDouble());
    }

    @Test
    void refusesFillValuesTheDtypeCannotHold() {
        ZarrArrayMetadata u1 = ZarrArrayMetadata.of(new long[] { 1 }, new int[] { 1 }, ZarrDtype.parse("|u1"));
        assertThrows(IllegalArgumentException.class, () -> u1.withFillValue(Integer.valueOf(256)));
        assertThrows(IllegalArgumentException.class, () -> u1.withFillValue(Integer.valueOf(-1)));
        assertThrows(IllegalArgumentException.class, () -> u1.withFillValue(Double.valueOf(1.5)));
        assertThrows(IllegalArgumentException.class, () -> u1.withFillValue(Double.valueOf(Double.NaN)));
        ZarrArrayMetadata f4 = ZarrArrayMetadata.of(new long[] { 1 }, new int[] { 1 }, F4);
        assertThrows(IllegalArgumentException.class, () -> f4.withFillValue(Double.valueOf(1e300)));
    }

    @Test
    void refusesInvalidShapes() {
        assertMessage("zero-dimensional", () -> ZarrArrayMetadata.of(new long[0], new int[0], F4));
        assertMessage("negative extent", () -> ZarrArrayMetadata.of(new long[] { -1 }, new int[] { 1 }, F4));
        assertMessage("at least 1", () -> ZarrArrayMetadata.of(new long[] { 1 }, new int[] { 0 }, F4));
        assertMessage("differ in rank", () -> ZarrArrayMetadata.of(new long[] { 1, 2 }, new int[] { 1 }, F4));
        assertMessage("overflows", () -> ZarrArrayMetadata.of(new long[] { 1L << 40, 1L << 40 }, new int[] { 1, 1 }, F4));
        assertMessage("exceed", () -> ZarrArrayMetadata.of(new long[] { 1 << 20, 1 << 20 }, new int[] { 1 << 15, 1 << 15 },
                F4));
        assertMessage("rank 33", () -> ZarrArrayMetadata.of(new long[33], new int[33], F4));
    }

    @Test
    void allowsEmptyExtentsAndChunksLargerThanTheArray() {
        ZarrArrayMetadata m = ZarrArrayMetadata.of(new long[] { 0, 3 }, new int[] { 4, 4 }, F4);
        assertArrayEquals(new long[] { 0, 1 }, m.chunkGridShape());
    }

    private static void assertMessage(String fragment, Runnable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
