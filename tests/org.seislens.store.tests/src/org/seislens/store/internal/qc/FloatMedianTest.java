package org.seislens.store.internal.qc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The median by bisection equals the median of the sorted values on each of its paths: values without a sign bit
 * (the absolute values QC gives it), values of both signs counted from the smallest, and values of both signs too
 * far apart for that (sorted instead); with ties, zeros, infinities, NaN, subnormal values and every length from 1.
 */
class FloatMedianTest {

    private static final float[] SPECIAL = { 0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, 1f, -1f,
            Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN };

    @Test
    void absoluteValuesOfTraces() {
        SplittableRandom random = new SplittableRandom(21);
        FloatMedian median = new FloatMedian();
        for (int round = 0; round < 3000; round++) {
            int n = 1 + random.nextInt(round < 2900 ? LevelSample.SIZE : 1500);
            float[] v = new float[n];
            int kind = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                v[i] = switch (kind) {
                    // Decaying noise over many magnitudes.
                    case 0 -> Math.abs((float) (random.nextGaussian() * Math.exp(-20 * random.nextDouble())));
                    // Ties: a few values, some differing in the last bit only.
                    case 1 -> 1f + random.nextInt(3) * Math.ulp(1f) + random.nextInt(2);
                    // Zeros among subnormal and large values.
                    case 2 -> random.nextInt(3) == 0 ? 0f : Float.MIN_VALUE * random.nextInt(1, 5) * (random.nextBoolean() ? 1 : 1e30f);
                    default -> Math.abs(SPECIAL[random.nextInt(SPECIAL.length)]);
                };
            }
            check(median, v);
        }
    }

    @Test
    void valuesOfBothSigns() {
        SplittableRandom random = new SplittableRandom(22);
        FloatMedian median = new FloatMedian();
        for (int round = 0; round < 3000; round++) {
            int n = 1 + random.nextInt(300);
            float[] v = new float[n];
            int kind = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                v[i] = switch (kind) {
                    // Near zero on both sides: counted from the smallest.
                    case 0 -> (float) ((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-40, 3)));
                    // Far apart on both sides (up to the infinities): sorted.
                    case 1 -> (float) ((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-45, 39)));
                    case 2 -> random.nextBoolean() ? -0f : 0f;
                    default -> SPECIAL[random.nextInt(SPECIAL.length)];
                };
            }
            check(median, v);
        }
    }

    @Test
    void oneValueAndNone() {
        FloatMedian median = new FloatMedian();
        assertEquals(0, median.of(new float[] { 7f }, 0));
        for (float x : SPECIAL) {
            assertEquals(x, median.of(new float[] { x }, 1), 0);
            assertEquals(0.5 * (x + x), median.of(new float[] { x, x, x, x }, 4), 0);
        }
        assertEquals(2.5, median.of(new float[] { 3f, 2f, 9f, -1f }, 4), 0);
        assertEquals(Double.POSITIVE_INFINITY, median.of(new float[] { Float.MAX_VALUE, Float.MAX_VALUE }, 2),
                "the mean of two floats is half their sum in float, as it always was");
    }

    /** The plain definition: the middle of the sorted values (NaN last), the mean of the two middle ones. */
    private static void check(FloatMedian median, float[] v) {
        int n = v.length;
        float[] sorted = v.clone();
        Arrays.sort(sorted);
        double expected = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
        float[] before = v.clone();
        assertEquals(expected, median.of(v, n), 0, Arrays.toString(sorted));
        assertEquals(Arrays.toString(before), Arrays.toString(v), "the values are not changed");
    }
}
