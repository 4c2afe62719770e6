package org.seislens.store.internal.qc;

/**
 * The polarity attribute: each live trace's correlation with its nearest live neighbours in the gather, at the
 * small lag where it is strongest. Both neighbours' sums are taken in one pass over the window, four lags at a
 * time, the neighbour's window energy is slid from one lag to the next instead of summed again, and the lags are
 * compared without a square root or division each. One instance per thread.
 */
final class NeighbourCorrelation {

    /** The window starts this long before the first break... */
    private static final double WINDOW_LEAD_MS = 10;
    /** ...and lasts this long. */
    private static final double WINDOW_MS = 120;

    private final double dtMs;
    private final int maxLag;
    /**
     * The sums of products at each lag, {@code -maxLag} first; in float, so that the sums of all lags over one
     * sample are one vector operation (a window is at most a few hundred products; the relative error stays near
     * 1e-6, far below what the polarity rule looks at).
     */
    private final float[] sums;
    /** The sums of products with the second neighbour, as {@link #sums}. */
    private final float[] secondSums;

    /**
     * @param dtMs sample interval in milliseconds
     * @param maxLag the largest shift between neighbours, in samples
     */
    NeighbourCorrelation(double dtMs, int maxLag) {
        this.dtMs = dtMs;
        this.maxLag = Math.max(0, maxLag);
        this.sums = new float[2 * this.maxLag + 1];
        this.secondSums = new float[2 * this.maxLag + 1];
    }

    /**
     * Sets the polarity of every trace of a gather whose RMS and first breaks are known: the mean over the nearest
     * live neighbour on each side (two on one side at the ends of the gather) of the signed normalised
     * correlation, at the lag (up to {@code maxLag} samples) where its magnitude is largest, of a window that
     * starts just before the trace's first break: the first arrival is the cleanest event and the slow ground
     * roll after it is left out. NaN for a dead trace or one without live neighbours.
     *
     * @param s the gather's samples from {@code base}, trace after trace
     * @param base index of the gather's first sample
     * @param ns samples per trace
     * @param a the gather's attributes, RMS and first breaks set; receives the polarities
     */
    void polarity(float[] s, int base, int ns, TraceAttributes a) {
        double[] rms = a.values[TraceAttributes.RMS];
        double[] firstBreaks = a.values[TraceAttributes.FIRST_BREAK];
        double[] out = a.values[TraceAttributes.POLARITY];
        for (int t = 0; t < rms.length; t++) {
            double fb = firstBreaks[t];
            if (rms[t] == 0 || !Double.isFinite(fb)) {
                out[t] = Double.NaN;
                continue;
            }
            int from = Math.max(0, (int) Math.round((fb - WINDOW_LEAD_MS) / dtMs));
            int to = Math.min(ns, from + (int) Math.round(WINDOW_MS / dtMs));
            int left = live(rms, t, -1);
            int right = live(rms, t, 1);
            int first;
            int second;
            if (left >= 0 && right >= 0) {
                first = left;
                second = right;
            } else if (left >= 0) {
                first = left;
                second = live(rms, left, -1);
            } else if (right >= 0) {
                first = right;
                second = live(rms, right, 1);
            } else {
                out[t] = Double.NaN;
                continue;
            }
            int x = base + t * ns;
            if (second >= 0) {
                double ex = sums(s, x, base + first * ns, base + second * ns, ns, from, to);
                out[t] = ex <= 0 ? 0
                        : 0.5 * (best(s, base + first * ns, ns, from, to, sums, ex)
                                + best(s, base + second * ns, ns, from, to, secondSums, ex));
            } else {
                double ex = sums(s, x, base + first * ns, -1, ns, from, to);
                out[t] = ex <= 0 ? 0 : best(s, base + first * ns, ns, from, to, sums, ex);
            }
        }
    }

    /** @return the nearest live trace from {@code t} in direction {@code step}, or -1 */
    private static int live(double[] rms, int t, int step) {
        int j = t + step;
        while (j >= 0 && j < rms.length && rms[j] == 0) {
            j += step;
        }
        return j >= 0 && j < rms.length ? j : -1;
    }

    /**
     * Sums the products of {@code x[from..to)} with {@code y} (into {@link #sums}) and with {@code y2} (into
     * {@link #secondSums}, unless it is -1) at every lag; products with samples shifted past either end of a
     * neighbour are left out. Four lags at a time, each lag's products summed in the window's order into a
     * register: four (or, with two neighbours, eight) independent sums keep the floating-point unit busy, and
     * nothing is written to memory per sample. Each sum is the same number as one added up product by product.
     *
     * @return the energy of {@code x[from..to)}
     */
    private double sums(float[] s, int x, int y, int y2, int ns, int from, int to) {
        double ex = 0;
        for (int i = from; i < to; i++) {
            float xi = s[x + i];
            ex += (double) xi * xi;
        }
        int lags = maxLag;
        int lag = -lags;
        for (; lag + 3 <= lags; lag += 4) {
            fourLags(s, x, y, y2, ns, from, to, lag);
        }
        for (; lag <= lags; lag++) {
            sums[lag + lags] = sum(0, s, x, y, ns, lag, from, to);
            if (y2 >= 0) {
                secondSums[lag + lags] = sum(0, s, x, y2, ns, lag, from, to);
            }
        }
        return ex;
    }

    /** The sums of lags {@code lag .. lag + 3}: where all four keep y inside the trace at once, then the rest. */
    private void fourLags(float[] s, int x, int y, int y2, int ns, int from, int to, int lag) {
        // The samples i where 0 <= i + lag and i + lag + 3 < ns; before them and after them, lag by lag (all inside
        // the window, also when the window ends before -lag: traces shorter than the largest lag).
        int lo = Math.min(to, Math.max(from, -lag));
        int hi = Math.max(lo, Math.min(to, ns - lag - 3));
        float a0 = sum(0, s, x, y, ns, lag, from, lo);
        float a1 = sum(0, s, x, y, ns, lag + 1, from, lo);
        float a2 = sum(0, s, x, y, ns, lag + 2, from, lo);
        float a3 = sum(0, s, x, y, ns, lag + 3, from, lo);
        int k = lag + maxLag;
        if (y2 < 0) {
            for (int i = lo; i < hi; i++) {
                float xi = s[x + i];
                int at = y + i + lag;
                a0 += xi * s[at];
                a1 += xi * s[at + 1];
                a2 += xi * s[at + 2];
                a3 += xi * s[at + 3];
            }
        } else {
            float b0 = sum(0, s, x, y2, ns, lag, from, lo);
            float b1 = sum(0, s, x, y2, ns, lag + 1, from, lo);
            float b2 = sum(0, s, x, y2, ns, lag + 2, from, lo);
            float b3 = sum(0, s, x, y2, ns, lag + 3, from, lo);
            for (int i = lo; i < hi; i++) {
                float xi = s[x + i];
                int at = y + i + lag;
                int at2 = y2 + i + lag;
                a0 += xi * s[at];
                a1 += xi * s[at + 1];
                a2 += xi * s[at + 2];
                a3 += xi * s[at + 3];
                b0 += xi * s[at2];
                b1 += xi * s[at2 + 1];
                b2 += xi * s[at2 + 2];
                b3 += xi * s[at2 + 3];
            }
            secondSums[k] = sum(b0, s, x, y2, ns, lag, hi, to);
            secondSums[k + 1] = sum(b1, s, x, y2, ns, lag + 1, hi, to);
            secondSums[k + 2] = sum(b2, s, x, y2, ns, lag + 2, hi, to);
            secondSums[k + 3] = sum(b3, s, x, y2, ns, lag + 3, hi, to);
        }
        sums[k] = sum(a0, s, x, y, ns, lag, hi, to);
        sums[k + 1] = sum(a1, s, x, y, ns, lag + 1, hi, to);
        sums[k + 2] = sum(a2, s, x, y, ns, lag + 2, hi, to);
        sums[k + 3] = sum(a3, s, x, y, ns, lag + 3, hi, to);
    }

    /**
     * @return {@code sum} plus the products of {@code x[i]} and {@code y[i + lag]} for the samples i of
     *         {@code [start, end)} whose shifted sample is inside the trace, in order
     */
    private static float sum(float sum, float[] s, int x, int y, int ns, int lag, int start, int end) {
        float total = sum;
        for (int i = Math.max(start, -lag), last = Math.min(end, ns - lag); i < last; i++) {
            total += s[x + i] * s[y + i + lag];
        }
        return total;
    }

    /**
     * The normalised correlation, at the lag where its magnitude is largest, of a window of energy {@code ex}
     * with {@code y} whose products at each lag are {@code c}.
     */
    private double best(float[] s, int y, int ns, int from, int to, float[] c, double ex) {
        int lags = maxLag;
        // y's window at lag l is [clamp(from + l), clamp(to + l)): slide its energy one lag at a time.
        int lo = clamp(from - lags, ns);
        int hi = clamp(to - lags, ns);
        double ey = 0;
        for (int k = lo; k < hi; k++) {
            ey += (double) s[y + k] * s[y + k];
        }
        // The lag of largest |c| / sqrt(ey): compared as c * c / ey by cross-multiplying, one square root at the end.
        double bestC = 0;
        double bestE = 1;
        for (int lag = -lags; lag <= lags; lag++) {
            if (lag > -lags) {
                int nextLo = clamp(from + lag, ns);
                int nextHi = clamp(to + lag, ns);
                if (nextHi > hi) {
                    ey += (double) s[y + hi] * s[y + hi];
                }
                if (nextLo > lo) {
                    ey -= (double) s[y + lo] * s[y + lo];
                }
                lo = nextLo;
                hi = nextHi;
            }
            double cl = c[lag + lags];
            if (ey > 0 && cl * cl * bestE > bestC * bestC * ey) {
                bestC = cl;
                bestE = ey;
            }
        }
        return bestC == 0 ? 0 : bestC / Math.sqrt(ex * bestE);
    }

    private static int clamp(int i, int ns) {
        return Math.max(0, Math.min(ns, i));
    }
}
