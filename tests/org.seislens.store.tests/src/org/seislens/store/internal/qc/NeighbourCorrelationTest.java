package org.seislens.store.internal.qc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The polarity of every trace equals the correlation computed the plain way (one lag after another, in double
 * precision), also where the window or the lags run past either end of the trace and next to dead traces, for lag
 * ranges that are and are not a multiple of the four lags summed at a time.
 */
class NeighbourCorrelationTest {

    private static final double DT = 2.0;

    @Test
    void equalsThePlainCorrelationAtEveryLag() {
        for (int maxLag : new int[] { 16, 0, 1, 2, 3, 5, 7 }) {
            equalsThePlainCorrelation(maxLag, maxLag == 16 ? 40 : 15);
        }
    }

    private static void equalsThePlainCorrelation(int maxLag, int rounds) {
        SplittableRandom random = new SplittableRandom(21 + maxLag);
        NeighbourCorrelation correlation = new NeighbourCorrelation(DT, maxLag);
        int compared = 0;
        for (int round = 0; round < rounds; round++) {
            int n = 1 + random.nextInt(12);
            // Now and then traces shorter than the lags, where every window and lag is clipped.
            int ns = round % 4 == 3 ? 1 + random.nextInt(2 * maxLag + 4) : 40 + random.nextInt(400);
            int base = random.nextInt(100);
            float[] s = new float[base + n * ns];
            TraceAttributes a = new TraceAttributes(n);
            float[] wavelet = new float[ns];
            for (int i = 0; i < ns; i++) {
                wavelet[i] = (float) (Math.sin(i * 0.4) * Math.exp(-0.01 * i) + 0.3 * random.nextGaussian());
            }
            for (int t = 0; t < n; t++) {
                boolean dead = random.nextInt(5) == 0;
                int shift = random.nextInt(-10, 11);
                double sign = random.nextBoolean() ? 1 : -1;
                double sum = 0;
                for (int i = 0; i < ns; i++) {
                    int j = Math.floorMod(i + shift, ns);
                    float v = dead ? 0 : (float) (sign * wavelet[j] + 0.2 * random.nextGaussian());
                    s[base + t * ns + i] = v;
                    sum += (double) v * v;
                }
                a.values[TraceAttributes.RMS][t] = Math.sqrt(sum / ns);
                // First breaks anywhere, the first and last samples included, so windows and lags get clipped.
                int pick = switch (random.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> ns - 1;
                    default -> random.nextInt(ns);
                };
                a.values[TraceAttributes.FIRST_BREAK][t] = dead ? Double.NaN : pick * DT;
            }
            correlation.polarity(s, base, ns, a);
            for (int t = 0; t < n; t++) {
                double expected = plainPolarity(s, base, ns, a, t, maxLag);
                double actual = a.values[TraceAttributes.POLARITY][t];
                if (Double.isNaN(expected)) {
                    assertTrue(Double.isNaN(actual), "trace " + t + " has no polarity: " + actual);
                } else {
                    assertEquals(expected, actual, 1e-5,
                            "polarity of trace " + t + " of " + n + " x " + ns + ", lags up to " + maxLag);
                    compared++;
                }
            }
        }
        assertTrue(compared > 2 * rounds, compared + " traces compared, lags up to " + maxLag);
    }

    /** The definition, written out: neighbours, window, every lag summed on its own in double precision. */
    private static double plainPolarity(float[] s, int base, int ns, TraceAttributes a, int t, int maxLag) {
        double[] rms = a.values[TraceAttributes.RMS];
        double fb = a.values[TraceAttributes.FIRST_BREAK][t];
        if (rms[t] == 0 || !Double.isFinite(fb)) {
            return Double.NaN;
        }
        int from = Math.max(0, (int) Math.round((fb - 10) / DT));
        int to = Math.min(ns, from + (int) Math.round(120 / DT));
        int left = live(rms, t, -1);
        int right = live(rms, t, 1);
        int[] neighbours = left >= 0 && right >= 0 ? new int[] { left, right }
                : left >= 0 ? new int[] { left, live(rms, left, -1) }
                : right >= 0 ? new int[] { right, live(rms, right, 1) } : new int[0];
        double sum = 0;
        int count = 0;
        for (int j : neighbours) {
            if (j >= 0) {
                int x = base + t * ns;
                int y = base + j * ns;
                double ex = 0;
                for (int i = from; i < to; i++) {
                    ex += (double) s[x + i] * s[x + i];
                }
                double best = 0;
                for (int lag = -maxLag; lag <= maxLag; lag++) {
                    double c = 0;
                    double ey = 0;
                    for (int i = Math.max(from, -lag); i < Math.min(to, ns - lag); i++) {
                        c += (double) s[x + i] * s[y + i + lag];
                        ey += (double) s[y + i + lag] * s[y + i + lag];
                    }
                    double r = ex > 0 && ey > 0 ? c / Math.sqrt(ex * ey) : 0;
                    if (Math.abs(r) > Math.abs(best)) {
                        best = r;
                    }
                }
                sum += best;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    private static int live(double[] rms, int t, int step) {
        int j = t + step;
        while (j >= 0 && j < rms.length && rms[j] == 0) {
            j += step;
        }
        return j >= 0 && j < rms.length ? j : -1;
    }
}
