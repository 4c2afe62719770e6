package org.seislens.store.internal.qc;

import org.seislens.core.QcThresholds;

/**
 * Computes the attributes of one gather's traces and flags them against the gather (see {@link QcThresholds} for
 * the rules). Pure computation on samples and offsets; one instance per thread.
 */
final class GatherAnalyzer {

    /** Samples either side of the peak that do not count when testing whether it stands alone. */
    private static final int PEAK_GAP = 3;
    /** Energy-ratio window of the first-break picker, in milliseconds. */
    private static final double PICK_WINDOW_MS = 20;
    /** The polarity window starts this long before the first break... */
    private static final double WINDOW_LEAD_MS = 10;
    /** ...and lasts this long. */
    private static final double WINDOW_MS = 120;
    /** The picker's stabilising constant, as a fraction of the trace's mean energy per window. */
    private static final double STABILISER = 0.05;

    private final QcThresholds thresholds;
    private final double dtMs;
    private final FloatMedian medians = new FloatMedian();
    private float[] scratch = new float[0];
    /** The sum of squares of the trace {@link #amplitudes} saw last, which the first-break picker needs too. */
    private double energy;

    /**
     * @param thresholds the flag rules' thresholds
     * @param dtMs sample interval in milliseconds
     */
    GatherAnalyzer(QcThresholds thresholds, double dtMs) {
        this.thresholds = thresholds;
        this.dtMs = dtMs;
    }

    /**
     * @param samples {@code traces × ns} samples, trace after trace, in gather order
     * @param ns samples per trace
     * @param offsets each trace's offset (m)
     * @return attributes and flags
     */
    TraceAttributes analyze(float[] samples, int ns, double[] offsets) {
        int n = offsets.length;
        TraceAttributes a = new TraceAttributes(n);
        for (int t = 0; t < n; t++) {
            amplitudes(samples, t * ns, ns, a, t);
            a.values[TraceAttributes.FIRST_BREAK][t] = a.values[TraceAttributes.PEAK][t] == 0 ? Double.NaN
                    : firstBreak(samples, t * ns, ns, energy);
        }
        int maxLag = (int) Math.round(thresholds.maxLagMs() / dtMs);
        for (int t = 0; t < n; t++) {
            a.values[TraceAttributes.POLARITY][t] = polarity(samples, ns, a, t, maxLag);
        }
        GatherFlags.apply(a, offsets, thresholds);
        return a;
    }

    private void amplitudes(float[] s, int from, int ns, TraceAttributes a, int t) {
        double sum = 0;
        float peak = 0;
        int peakAt = 0;
        int zeros = 0;
        if (scratch.length < ns) {
            scratch = new float[ns];
        }
        for (int i = 0; i < ns; i++) {
            float v = s[from + i];
            float abs = Math.abs(v);
            sum += (double) v * v;
            if (abs > peak) {
                peak = abs;
                peakAt = i;
            }
            if (v == 0) {
                zeros++;
            }
            scratch[i] = abs;
        }
        float away = 0;
        for (int i = 0; i < ns; i++) {
            if (Math.abs(i - peakAt) > PEAK_GAP) {
                away = Math.max(away, scratch[i]);
            }
        }
        double median = medians.of(scratch, ns);
        energy = sum;
        a.values[TraceAttributes.RMS][t] = Math.sqrt(sum / Math.max(1, ns));
        a.values[TraceAttributes.PEAK][t] = peak;
        a.values[TraceAttributes.ZERO][t] = ns == 0 ? 1 : zeros / (double) ns;
        a.values[TraceAttributes.SPIKE][t] = peak == 0 ? 0 : median > 0 ? peak / median : Double.POSITIVE_INFINITY;
        a.isolated[t] = peak > 0 && peak > thresholds.spikeIsolation() * away;
    }

    /**
     * @param v values
     * @param n how many of them, from the start
     * @return their median, 0 when {@code n} is 0
     */
    static double median(float[] v, int n) {
        return new FloatMedian().of(v, n);
    }

    /**
     * The energy-ratio pick (Coppens' method): the sample where the energy of the window after it is largest
     * relative to all the energy before it, plus a small stabilising constant. Later events are measured against
     * the energy of the earlier ones, so the earliest strong onset wins.
     */
    private double firstBreak(float[] s, int from, int ns, double total) {
        int w = Math.max(2, (int) Math.round(PICK_WINDOW_MS / dtMs));
        if (ns < w + 1) {
            return Double.NaN;
        }
        double beta = STABILISER * total * w / ns + Double.MIN_NORMAL;
        double before = 0;
        double after = 0;
        for (int i = 0; i < w; i++) {
            after += sq(s[from + i]);
        }
        double best = -1;
        int bestAt = 0;
        for (int i = 0; i + w <= ns; i++) {
            double ratio = after / (before + beta);
            if (ratio > best) {
                best = ratio;
                bestAt = i;
            }
            before += sq(s[from + i]);
            after -= sq(s[from + i]);
            if (i + w < ns) {
                after += sq(s[from + i + w]);
            }
        }
        return bestAt * dtMs;
    }

    private static double sq(float v) {
        return (double) v * v;
    }

    /**
     * The mean over the nearest live neighbour on each side (two on one side at the ends of the gather) of the signed normalised correlation, at the lag (up
     * to {@code maxLag} samples) where its magnitude is largest, of a window that starts just before the trace's
     * first break: the first arrival is the cleanest event and the slow ground roll after it is left out. NaN for a
     * dead trace or one without live neighbours.
     */
    private double polarity(float[] s, int ns, TraceAttributes a, int t, int maxLag) {
        double[] rms = a.values[TraceAttributes.RMS];
        double fb = a.values[TraceAttributes.FIRST_BREAK][t];
        if (rms[t] == 0 || !Double.isFinite(fb)) {
            return Double.NaN;
        }
        int from = Math.max(0, (int) Math.round((fb - WINDOW_LEAD_MS) / dtMs));
        int to = Math.min(ns, from + (int) Math.round(WINDOW_MS / dtMs));
        double sum = 0;
        int count = 0;
        int left = live(rms, t, -1);
        int right = live(rms, t, 1);
        int[] neighbours = left >= 0 && right >= 0 ? new int[] { left, right }
                : left >= 0 ? new int[] { left, live(rms, left, -1) }
                : right >= 0 ? new int[] { right, live(rms, right, 1) } : new int[0];
        for (int j : neighbours) {
            if (j >= 0) {
                sum += correlation(s, t * ns, j * ns, ns, from, to, maxLag);
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /** @return the nearest live trace from {@code t} in direction {@code step}, or -1 */
    private static int live(double[] rms, int t, int step) {
        int j = t + step;
        while (j >= 0 && j < rms.length && rms[j] == 0) {
            j += step;
        }
        return j >= 0 && j < rms.length ? j : -1;
    }

    /** Normalised correlation of {@code x[from..to)} with {@code y} shifted by the best lag. */
    private static double correlation(float[] s, int x, int y, int ns, int from, int to, int maxLag) {
        double best = 0;
        double ex = 0;
        for (int i = from; i < to; i++) {
            ex += sq(s[x + i]);
        }
        for (int lag = -maxLag; lag <= maxLag; lag++) {
            int f = Math.max(from, -lag);
            int e = Math.min(to, ns - lag);
            double c = 0;
            double ey = 0;
            for (int i = f; i < e; i++) {
                c += s[x + i] * s[y + i + lag];
                ey += sq(s[y + i + lag]);
            }
            double r = ex > 0 && ey > 0 ? c / Math.sqrt(ex * ey) : 0;
            if (Math.abs(r) > Math.abs(best)) {
                best = r;
            }
        }
        return best;
    }
}
