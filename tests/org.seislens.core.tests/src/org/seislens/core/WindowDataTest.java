package org.seislens.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WindowDataTest {

    private static WindowData ramp() {
        WindowBounds bounds = new WindowBounds(5, 8, 10, 14);
        float[] samples = new float[12];
        for (int t = 0; t < 3; t++) {
            for (int s = 0; s < 4; s++) {
                samples[t * 4 + s] = (5 + t) * 100 + 10 + s;
            }
        }
        return new WindowData(bounds, samples, SampleType.FLOAT32);
    }

    @Test
    void valuesAreAddressedByDatasetIndices() {
        WindowData w = ramp();
        assertEquals(510f, w.value(5, 10));
        assertEquals(713f, w.value(7, 13));
        assertEquals(611f, w.value(6, 11));
    }

    @Test
    void outsideTheWindowIsAnError() {
        WindowData w = ramp();
        assertThrows(IndexOutOfBoundsException.class, () -> w.value(8, 10));
        assertThrows(IndexOutOfBoundsException.class, () -> w.value(5, 14));
        assertThrows(IndexOutOfBoundsException.class, () -> w.value(4, 10));
    }

    @Test
    void copyTraceTakesOneRow() {
        float[] row = new float[4];
        ramp().copyTrace(6, row);
        assertArrayEquals(new float[] { 610, 611, 612, 613 }, row);
    }

    @Test
    void sampleCountMustMatchBounds() {
        assertThrows(IllegalArgumentException.class,
                () -> new WindowData(new WindowBounds(0, 2, 0, 2), new float[3], SampleType.INT16));
    }

    @Test
    void equalityComparesSampleValues() {
        assertEquals(ramp(), ramp());
        WindowData other = ramp();
        other.samples()[3] = -1;
        assertNotEquals(ramp(), other);
        assertEquals(16 + 48, ramp().byteSize());
    }
}
