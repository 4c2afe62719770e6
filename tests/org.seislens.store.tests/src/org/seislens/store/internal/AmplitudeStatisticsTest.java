package org.seislens.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.seislens.core.SampleType;
import org.seislens.store.internal.importer.AmplitudeStatistics;

class AmplitudeStatisticsTest {

    private static ByteBuffer floats(float... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < values.length; i++) {
            b.putFloat(i * 4, values[i]);
        }
        return b;
    }

    @Test
    void floatsMatchAPlainComputation() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 10_001; // more than two blocks, odd
        float[] values = new float[n];
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY, sum = 0, squares = 0;
        for (int i = 0; i < n; i++) {
            values[i] = (float) (random.nextGaussian() * 1000);
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
            sum += values[i];
            squares += (double) values[i] * values[i];
        }
        AmplitudeStatistics s = new AmplitudeStatistics();
        s.add(floats(values), 0, n, SampleType.FLOAT32);
        assertEquals(min, s.min());
        assertEquals(max, s.max());
        assertEquals(sum / n, s.mean(), 1e-9 * Math.abs(sum));
        assertEquals(Math.sqrt(squares / n), s.rms(), 1e-9 * Math.sqrt(squares / n));
        assertEquals(n, s.count());
    }

    @Test
    void nonFiniteValuesAreCountedApart() {
        AmplitudeStatistics s = new AmplitudeStatistics();
        s.add(floats(1, Float.NaN, -3, Float.POSITIVE_INFINITY, 2), 0, 5, SampleType.FLOAT32);
        assertEquals(-3, s.min());
        assertEquals(2, s.max());
        assertEquals(0, s.mean());
        assertEquals(3, s.count());
        assertEquals(2, s.nonFinite());
    }

    @Test
    void offsetsAndIntegerTypesAreHonoured() {
        ByteBuffer b = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort(4, (short) -32768).putShort(6, (short) 100).putShort(8, (short) 32767);
        AmplitudeStatistics s = new AmplitudeStatistics();
        s.add(b, 4, 3, SampleType.INT16);
        assertEquals(-32768, s.min());
        assertEquals(32767, s.max());
        assertEquals(33, s.mean(), 1e-12);

        ByteBuffer u = ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort(0, (short) 0xFFFF);
        AmplitudeStatistics unsigned = new AmplitudeStatistics();
        unsigned.add(u, 0, 1, SampleType.UINT16);
        assertEquals(65535, unsigned.max());
    }

    @Test
    void mergeCombinesTwoThreadsWork() {
        AmplitudeStatistics a = new AmplitudeStatistics();
        AmplitudeStatistics b = new AmplitudeStatistics();
        a.add(floats(1, 2), 0, 2, SampleType.FLOAT32);
        b.add(floats(-4, 9), 0, 2, SampleType.FLOAT32);
        a.merge(b);
        assertEquals(-4, a.min());
        assertEquals(9, a.max());
        assertEquals(2, a.mean());
        assertEquals(4, a.count());
    }
}
