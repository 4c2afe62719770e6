package org.seislens.store.internal.qc;

/**
 * Running sums of a trace's squared samples, computed in four runs at once: a single running sum waits for each
 * addition before the next, four independent ones keep the floating-point unit busy. The last three runs are
 * then shifted by the totals before them.
 */
final class RunningSums {

    private RunningSums() {
        // arithmetic only
    }

    /**
     * Turns {@code r[1..n]} (each sample's square, {@code r[0] = 0}) into running sums: {@code r[i]} becomes the sum
     * of the first {@code i} squares.
     *
     * @param r the squares from index 1
     * @param n how many
     * @return the total, {@code r[n]}
     */
    static double accumulate(double[] r, int n) {
        int q = n / 4;
        double a0 = 0;
        double a1 = 0;
        double a2 = 0;
        double a3 = 0;
        int b1 = 1 + q;
        int b2 = 1 + 2 * q;
        int b3 = 1 + 3 * q;
        for (int k = 0; k < q; k++) {
            a0 += r[1 + k];
            r[1 + k] = a0;
            a1 += r[b1 + k];
            r[b1 + k] = a1;
            a2 += r[b2 + k];
            r[b2 + k] = a2;
            a3 += r[b3 + k];
            r[b3 + k] = a3;
        }
        for (int k = b3 + q; k <= n; k++) {
            a3 += r[k];
            r[k] = a3;
        }
        shift(r, b1, b2, a0);
        shift(r, b2, b3, a0 + a1);
        shift(r, b3, n + 1, a0 + a1 + a2);
        return r[n];
    }

    private static void shift(double[] r, int from, int to, double by) {
        for (int i = from; i < to; i++) {
            r[i] += by;
        }
    }
}
