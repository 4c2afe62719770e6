package org.seislens.store.internal.qc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The robust level of the spike ratio: exact on short traces, close to the median of all samples on long ones. */
class LevelSampleTest {

    @Test
    void shortTracesUseEverySample() {
        SplittableRandom random = new SplittableRandom(5);
        LevelSample level = new LevelSample();
        for (int n = 1; n <= LevelSample.SIZE; n += 17) {
            float[] abs = new float[n];
            for (int i = 0; i < n; i++) {
                abs[i] = (float) random.nextDouble();
            }
            assertEquals(median(abs), level.median(bits(abs), n), 0);
        }
    }

    /**
     * Random amplitudes, also decaying along the trace, and regular patterns whose period could line up with evenly
     * spaced choices.
     */
    @Test
    void longTracesGiveNearlyTheMedianOfAllSamples() {
        SplittableRandom random = new SplittableRandom(9);
        LevelSample level = new LevelSample();
        for (int ns : new int[] { 257, 1000, 1500, 1536, 4001 }) {
            float[] noise = new float[ns];
            for (int i = 0; i < ns; i++) {
                noise[i] = (float) Math.abs(random.nextGaussian());
            }
            assertNear(median(noise), level.median(bits(noise), ns), 0.25, "noise of " + ns);
            float[] decaying = new float[ns];
            for (int i = 0; i < ns; i++) {
                decaying[i] = (float) (Math.exp(-5.0 * i / ns) * Math.abs(random.nextGaussian()));
            }
            assertNear(median(decaying), level.median(bits(decaying), ns), 0.25, "decaying noise of " + ns);
            for (int period : new int[] { 2, 3, 5, 6, 8, 12 }) {
                float[] tone = new float[ns];
                for (int i = 0; i < ns; i++) {
                    tone[i] = (float) Math.abs(Math.sin(2 * Math.PI * i / period + 0.3));
                }
                // A few distinct values: the level is one of them or between two, inside the middle half.
                assertBetweenQuartiles(tone, level.median(bits(tone), ns), "period " + period + " of " + ns);
            }
            assertEquals(level.median(bits(noise), ns), new LevelSample().median(bits(noise), ns), 0, "the same every time");
        }
    }

    /** The bits of non-negative values, as the amplitude pass gives them. */
    private static int[] bits(float[] abs) {
        int[] b = new int[abs.length];
        for (int i = 0; i < abs.length; i++) {
            b[i] = Float.floatToRawIntBits(abs[i]);
        }
        return b;
    }

    private static void assertNear(double expected, double actual, double relative, String what) {
        assertTrue(Math.abs(actual - expected) <= relative * expected,
                what + ": level " + actual + " against the median of all " + expected);
    }

    private static void assertBetweenQuartiles(float[] v, double level, String what) {
        float[] s = v.clone();
        Arrays.sort(s);
        float low = s[s.length / 4];
        float high = s[(3 * s.length) / 4];
        assertTrue(level >= low && level <= high, what + ": level " + level + " outside " + low + " .. " + high);
    }

    private static double median(float[] v) {
        float[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }
}
