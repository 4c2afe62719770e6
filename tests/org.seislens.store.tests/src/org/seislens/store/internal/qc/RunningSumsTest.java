package org.seislens.store.internal.qc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The running sums in four runs equal the sums of one run, for every length (also those under four). */
class RunningSumsTest {

    @Test
    void equalOneRunningSumAtEveryPlace() {
        SplittableRandom random = new SplittableRandom(3);
        for (int n = 0; n < 40; n++) {
            check(random, n);
        }
        for (int round = 0; round < 200; round++) {
            check(random, random.nextInt(3000));
        }
    }

    private static void check(SplittableRandom random, int n) {
        double[] r = new double[n + 1];
        double[] expected = new double[n + 1];
        for (int i = 1; i <= n; i++) {
            float v = (float) ((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-3, 4)));
            r[i] = (double) v * v;
            expected[i] = expected[i - 1] + r[i];
        }
        double total = RunningSums.accumulate(r, n);
        assertEquals(expected[n], total, 1e-12 * expected[n]);
        for (int i = 0; i <= n; i++) {
            assertEquals(expected[i], r[i], 1e-12 * expected[n], "sum of the first " + i + " of " + n);
        }
    }
}
