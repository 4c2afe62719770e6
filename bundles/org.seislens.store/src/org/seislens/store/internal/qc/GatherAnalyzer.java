package org.seislens.store.internal.qc;

import org.seislens.core.QcThresholds;

/**
 * Computes the attributes of one gather's traces and flags them against the gather (see {@link QcThresholds} for
 * the rules). Pure computation on samples and offsets; one instance per thread.
 */
final class GatherAnalyzer {

    /** The bits of positive infinity: larger bits of an absolute value are a NaN. */
    private static final int INFINITY = Float.floatToRawIntBits(Float.POSITIVE_INFINITY);
    /** Samples either side of the peak that do not count when testing whether it stands alone. */
    private static final int PEAK_GAP = 3;
    /** Energy-ratio window of the first-break picker, in milliseconds. */
    private static final double PICK_WINDOW_MS = 20;
    /** The picker's stabilising constant, as a fraction of the trace's mean energy per window. */
    private static final double STABILISER = 0.05;

    private final QcThresholds thresholds;
    private final double dtMs;
    /** The picker's window, in samples. */
    private final int pickWindow;
    private final LevelSample level = new LevelSample();
    private final NeighbourCorrelation correlation;
    /** Running sums of squares of the trace {@link #amplitudes} saw last: {@code energy[i]} of the first i samples. */
    private double[] energy = new double[1];
    /** The bits of the absolute values of the trace {@link #amplitudes} saw last. */
    private int[] bits = new int[0];

    /**
     * @param thresholds the flag rules' thresholds
     * @param dtMs sample interval in milliseconds
     */
    GatherAnalyzer(QcThresholds thresholds, double dtMs) {
        this.thresholds = thresholds;
        this.dtMs = dtMs;
        this.pickWindow = Math.max(2, (int) Math.round(PICK_WINDOW_MS / dtMs));
        this.correlation = new NeighbourCorrelation(dtMs, (int) Math.round(thresholds.maxLagMs() / dtMs));
    }

    /**
     * @param samples {@code traces × ns} samples, trace after trace, in gather order
     * @param ns samples per trace
     * @param offsets each trace's offset (m)
     * @return attributes and flags
     */
    TraceAttributes analyze(float[] samples, int ns, double[] offsets) {
        return analyze(samples, 0, ns, offsets);
    }

    /**
     * @param samples the gather's samples from {@code base}: {@code traces × ns}, trace after trace, in gather order
     * @param base index of the gather's first sample
     * @param ns samples per trace
     * @param offsets each trace's offset (m)
     * @return attributes and flags
     */
    TraceAttributes analyze(float[] samples, int base, int ns, double[] offsets) {
        int n = offsets.length;
        TraceAttributes a = new TraceAttributes(n);
        if (energy.length < ns + 1) {
            energy = new double[ns + 1];
        }
        for (int t = 0; t < n; t++) {
            amplitudes(samples, base + t * ns, ns, a, t);
            a.values[TraceAttributes.FIRST_BREAK][t] = a.values[TraceAttributes.PEAK][t] == 0 ? Double.NaN
                    : firstBreak(ns);
        }
        correlation.polarity(samples, base, ns, a);
        GatherFlags.apply(a, offsets, thresholds);
        return a;
    }

    /**
     * The amplitude attributes of a trace, its running energy and the bits of its absolute values (non-negative
     * integers in the order of the values, NaN above infinity). Short loops, all but the first turned into vector
     * instructions by the compiler: the bits, the squares, then the largest bits and the count of zero bits. The
     * peak is the first sample of the largest value; a NaN sample never becomes the peak (when there is one, the
     * peak is found sample by sample, skipping NaNs).
     */
    private void amplitudes(float[] s, int from, int ns, TraceAttributes a, int t) {
        if (bits.length < ns) {
            bits = new int[ns];
        }
        int[] b = bits;
        for (int i = 0; i < ns; i++) {
            b[i] = Float.floatToRawIntBits(s[from + i]) & Integer.MAX_VALUE;
        }
        double[] running = energy;
        running[0] = 0;
        // No sum carried from one sample to the next here: the squares are summed afterwards in four runs at once.
        for (int i = 0; i < ns; i++) {
            float v = s[from + i];
            running[i + 1] = (double) v * v;
        }
        int largest = 0;
        int zeros = 0;
        for (int i = 0; i < ns; i++) {
            int x = b[i];
            largest = Math.max(largest, x);
            // 1 for the bits of zero, else 0.
            zeros += (x - 1) >>> 31;
        }
        float peak = 0;
        int peakAt = 0;
        if (largest > INFINITY) {
            for (int i = 0; i < ns; i++) {
                float u = Math.abs(s[from + i]);
                if (u > peak) {
                    peak = u;
                    peakAt = i;
                }
            }
        } else if (largest > 0) {
            peak = Float.intBitsToFloat(largest);
            while (b[peakAt] != largest) {
                peakAt++;
            }
        }
        double sum = RunningSums.accumulate(running, ns);
        double median = level.median(b, ns);
        a.values[TraceAttributes.RMS][t] = Math.sqrt(sum / Math.max(1, ns));
        a.values[TraceAttributes.PEAK][t] = peak;
        a.values[TraceAttributes.ZERO][t] = ns == 0 ? 1 : zeros / (double) ns;
        a.values[TraceAttributes.SPIKE][t] = peak == 0 ? 0 : median > 0 ? peak / median : Double.POSITIVE_INFINITY;
        a.isolated[t] = peak > 0 && standsAlone(b, ns, peakAt, peak);
    }

    /**
     * @param b the bits of the trace's absolute values
     * @return whether the peak is more than {@code spikeIsolation} times every value farther than
     *         {@link #PEAK_GAP} from it (not when one of them is NaN); looks outwards from the peak, where a value
     *         that is not is most likely (the rest of a wavelet), and stops at the first
     */
    private boolean standsAlone(int[] b, int ns, int peakAt, float peak) {
        double factor = thresholds.spikeIsolation();
        for (int i = Math.max(0, peakAt + PEAK_GAP + 1); i < ns; i++) {
            if (!(peak > factor * Float.intBitsToFloat(b[i]))) {
                return false;
            }
        }
        for (int i = Math.min(ns, peakAt - PEAK_GAP) - 1; i >= 0; i--) {
            if (!(peak > factor * Float.intBitsToFloat(b[i]))) {
                return false;
            }
        }
        return true;
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
     * The energy-ratio pick (Coppens' method) on the trace {@link #amplitudes} saw last: the sample where the
     * energy of the window after it is largest relative to all the energy before it, plus a small stabilising
     * constant. Later events are measured against the energy of the earlier ones, so the earliest strong onset
     * wins. The ratios are compared by cross-multiplying (both denominators are positive), without a division
     * per sample.
     */
    private double firstBreak(int ns) {
        int w = pickWindow;
        if (ns < w + 1) {
            return Double.NaN;
        }
        double[] e = energy;
        double beta = STABILISER * e[ns] * w / ns + Double.MIN_NORMAL;
        double bestAfter = e[w];
        double bestBelow = beta;
        int bestAt = 0;
        double total = e[ns];
        for (int i = 1; i + w <= ns; i++) {
            double before = e[i];
            double after = e[i + w] - before;
            double below = before + beta;
            if (after * bestBelow > bestAfter * below) {
                bestAfter = after;
                bestBelow = below;
                bestAt = i;
            } else if ((i & 15) == 0 && (total - before) * bestBelow <= bestAfter * below) {
                // No later sample can win: its window holds at most the energy after this one, over more before.
                break;
            }
        }
        return bestAt * dtMs;
    }
}
