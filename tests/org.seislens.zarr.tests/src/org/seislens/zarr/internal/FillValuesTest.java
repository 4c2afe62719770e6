package org.seislens.zarr.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.junit.jupiter.api.Test;
import org.seislens.zarr.ZarrArrayMetadata;
import org.seislens.zarr.ZarrDtype;

class FillValuesTest {

    private static ZarrArrayMetadata metadata(String dtype, Number fill) {
        return ZarrArrayMetadata.of(new long[] { 10, 10 }, new int[] { 3, 7 }, ZarrDtype.parse(dtype)).withFillValue(fill);
    }

    @Test
    void encodesElementsInTheDtypeByteOrder() {
        assertArrayEquals(new byte[] { 0, 0, (byte) 0xc0, 0x7f }, FillValues.element(metadata("<f4", Double.NaN)));
        assertArrayEquals(new byte[] { (byte) 0xbf, (byte) 0xc0, 0, 0 }, FillValues.element(metadata(">f4", -1.5)));
        assertArrayEquals(new byte[] { (byte) 0xf1, (byte) 0xd8 }, FillValues.element(metadata("<i2", -9999)));
        assertArrayEquals(new byte[] { (byte) 0xff, (byte) 0xff }, FillValues.element(metadata("<u2", 65535)));
        assertArrayEquals(new byte[] { 0, 0, 0, 0 },
                FillValues.element(metadata("<i4", 5).withFillValue(null)));
    }

    @Test
    void fillsAWholeChunk() {
        ByteBuffer chunk = FillValues.fillChunk(metadata(">f8", 2.5));
        assertEquals(3 * 7 * 8, chunk.remaining());
        assertTrue(chunk.isReadOnly());
        ByteBuffer ordered = chunk.duplicate().order(ByteOrder.BIG_ENDIAN);
        for (int i = 0; i < 21; i++) {
            assertEquals(2.5, ordered.getDouble(i * 8));
        }
    }
}
