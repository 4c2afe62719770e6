package org.seislens.store.internal.qc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.seislens.core.QcThresholds;

/**
 * The amplitude attributes equal their plain definitions on traces of every short length and on long ones, with
 * zeros of both signs, NaN, infinities, subnormal values and ties of the peak: the peak is the largest absolute value
 * that is not NaN (its first sample), the zero fraction counts samples equal to zero, the spike ratio divides the
 * peak by the median absolute value (all of them on traces up to 256 samples), and the peak stands alone when it
 * is more than the isolation factor times every value more than three samples from it.
 */
class GatherAnalyzerTest {

    private static final float[] SPECIAL = { 0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
            Float.MIN_VALUE, -Float.MAX_VALUE, 3f, -3f };

    @Test
    void amplitudesEqualTheirPlainDefinitions() {
        SplittableRandom random = new SplittableRandom(31);
        for (int round = 0; round < 400; round++) {
            int ns = round < 300 ? round % 40 : 100 + random.nextInt(LevelSample.SIZE - 100);
            int traces = 6;
            float[] s = new float[traces * ns];
            for (int i = 0; i < s.length; i++) {
                s[i] = switch (round % 5) {
                    case 0 -> (float) random.nextGaussian();
                    // Ties of the peak.
                    case 1 -> random.nextInt(-3, 4);
                    // Zeros of both signs.
                    case 2 -> random.nextInt(3) == 0 ? (random.nextBoolean() ? 0f : -0f) : (float) random.nextGaussian();
                    // NaN and other special values now and then.
                    case 3 -> random.nextInt(20) == 0 ? SPECIAL[random.nextInt(SPECIAL.length)] : (float) random.nextGaussian();
                    // A spike.
                    default -> (float) random.nextGaussian() * (random.nextInt(ns + 1) == 0 ? 50 : 1);
                };
            }
            double[] offsets = new double[traces];
            Arrays.setAll(offsets, t -> 25.0 * t);
            TraceAttributes a = new GatherAnalyzer(QcThresholds.DEFAULTS, 2.0).analyze(s, ns, offsets);
            for (int t = 0; t < traces; t++) {
                check(a, t, Arrays.copyOfRange(s, t * ns, (t + 1) * ns));
            }
        }
    }

    private static void check(TraceAttributes a, int t, float[] v) {
        int ns = v.length;
        float peak = 0;
        int peakAt = 0;
        int zeros = 0;
        float[] abs = new float[ns];
        for (int i = 0; i < ns; i++) {
            abs[i] = Math.abs(v[i]);
            if (abs[i] > peak) {
                peak = abs[i];
                peakAt = i;
            }
            zeros += v[i] == 0 ? 1 : 0;
        }
        float[] sorted = abs.clone();
        Arrays.sort(sorted);
        double median = ns == 0 ? 0 : ns % 2 == 1 ? sorted[ns / 2] : 0.5 * (sorted[ns / 2 - 1] + sorted[ns / 2]);
        boolean alone = peak > 0;
        for (int i = 0; i < ns; i++) {
            if (Math.abs(i - peakAt) > 3 && !(peak > QcThresholds.DEFAULTS.spikeIsolation() * abs[i])) {
                alone = false;
            }
        }
        String what = "trace " + t + " " + Arrays.toString(v);
        assertEquals(peak, a.values[TraceAttributes.PEAK][t], 0, what);
        assertEquals(ns == 0 ? 1 : zeros / (double) ns, a.values[TraceAttributes.ZERO][t], 0, what);
        assertEquals(peak == 0 ? 0 : median > 0 ? peak / median : Double.POSITIVE_INFINITY,
                a.values[TraceAttributes.SPIKE][t], 0, what);
        assertEquals(alone, a.isolated[t], what);
    }
}
