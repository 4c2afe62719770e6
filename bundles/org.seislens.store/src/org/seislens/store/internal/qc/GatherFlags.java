package org.seislens.store.internal.qc;

import java.util.Arrays;
import java.util.Comparator;

import org.seislens.core.QcThresholds;

/** The flag rules of {@link QcThresholds}, applied to one gather's attributes. */
final class GatherFlags {

    static final String DEAD = "dead"; //$NON-NLS-1$
    static final String WEAK = "weak"; //$NON-NLS-1$
    static final String STRONG = "strong"; //$NON-NLS-1$
    static final String SPIKE = "spike"; //$NON-NLS-1$
    static final String REVERSED = "reversed"; //$NON-NLS-1$
    static final String GEOMETRY = "geometry"; //$NON-NLS-1$

    /**
     * More misfits than this fraction of the live traces mean the ensemble's first breaks follow no line in
     * |offset| (muted or moveout-corrected gathers), so no trace is flagged for geometry.
     */
    static final double MAX_MISFIT_FRACTION = 0.25;

    private GatherFlags() {
        // rules only
    }

    static void apply(TraceAttributes a, double[] offsets, QcThresholds th) {
        int n = a.traces();
        double[] rms = a.values[TraceAttributes.RMS];
        boolean[] dead = new boolean[n];
        for (int t = 0; t < n; t++) {
            dead[t] = rms[t] == 0 || a.values[TraceAttributes.ZERO][t] >= th.deadZeroFraction();
            if (dead[t]) {
                a.flag(t, DEAD);
            }
        }
        Integer[] byOffset = new Integer[n];
        for (int t = 0; t < n; t++) {
            byOffset[t] = t;
        }
        Arrays.sort(byOffset, Comparator.comparingDouble(t -> Math.abs(offsets[t])));
        double spikeMedian = median(a.values[TraceAttributes.SPIKE], dead);
        int half = Math.max(1, th.levelNeighbours() / 2);
        // The live RMS of the window [windowFrom, windowTo) of the offset order, kept sorted as the window slides
        // (it only moves on: both ends grow with k).
        double[] near = new double[2 * half + 1];
        int m = 0;
        int windowFrom = 0;
        int windowTo = 0;
        for (int k = 0; k < n; k++) {
            int t = byOffset[k];
            if (dead[t]) {
                continue;
            }
            int from = Math.max(0, Math.min(k - half, n - 2 * half - 1));
            int to = Math.min(n, from + 2 * half + 1);
            for (; windowFrom < from; windowFrom++) {
                if (windowFrom < windowTo && !dead[byOffset[windowFrom]]) {
                    m = remove(near, m, rms[byOffset[windowFrom]]);
                }
            }
            for (windowTo = Math.max(windowTo, windowFrom); windowTo < to; windowTo++) {
                if (!dead[byOffset[windowTo]]) {
                    m = insert(near, m, rms[byOffset[windowTo]]);
                }
            }
            double level = sortedMedian(near, m);
            if (rms[t] * th.levelFactor() < level) {
                a.flag(t, WEAK);
            } else if (rms[t] > level * th.levelFactor()) {
                a.flag(t, STRONG);
            }
            if (a.isolated[t] && a.values[TraceAttributes.SPIKE][t] > th.spikeFactor() * spikeMedian) {
                a.flag(t, SPIKE);
            }
            if (a.values[TraceAttributes.POLARITY][t] < -th.reversedCorrelation()) {
                a.flag(t, REVERSED);
            }
        }
        geometry(a, offsets, dead, th);
    }

    /** Fits {@code t0 + |x| / v} to the first breaks (least squares, twice without outliers) and flags misfits. */
    private static void geometry(TraceAttributes a, double[] offsets, boolean[] dead, QcThresholds th) {
        double[] fb = a.values[TraceAttributes.FIRST_BREAK];
        int n = a.traces();
        boolean[] use = new boolean[n];
        for (int t = 0; t < n; t++) {
            use[t] = !dead[t] && Double.isFinite(fb[t]);
        }
        double[] line = null;
        for (int round = 0; round < 3; round++) {
            line = fit(fb, offsets, use);
            if (line == null) {
                return;
            }
            double[] residuals = new double[n];
            int m = 0;
            for (int t = 0; t < n; t++) {
                if (use[t]) {
                    residuals[m++] = Math.abs(fb[t] - line[0] - line[1] * Math.abs(offsets[t]));
                }
            }
            double limit = Math.max(th.geometryMs() / 2, 3 * median(residuals, m));
            for (int t = 0; t < n; t++) {
                use[t] &= Math.abs(fb[t] - line[0] - line[1] * Math.abs(offsets[t])) <= limit;
            }
        }
        boolean[] misfit = new boolean[n];
        int live = 0;
        int misfits = 0;
        for (int t = 0; t < n; t++) {
            if (!dead[t] && Double.isFinite(fb[t])) {
                live++;
                misfit[t] = Math.abs(fb[t] - line[0] - line[1] * Math.abs(offsets[t])) > th.geometryMs();
                misfits += misfit[t] ? 1 : 0;
            }
        }
        if (misfits > MAX_MISFIT_FRACTION * live) {
            // No first-arrival line to speak of (muted or moveout-corrected gathers): nothing to compare with.
            return;
        }
        for (int t = 0; t < n; t++) {
            if (misfit[t]) {
                a.flag(t, GEOMETRY);
            }
        }
    }

    /** @return {intercept, slope} or null with fewer than three points */
    private static double @org.eclipse.jdt.annotation.Nullable [] fit(double[] y, double[] x, boolean[] use) {
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int m = 0;
        for (int t = 0; t < y.length; t++) {
            if (use[t]) {
                double ax = Math.abs(x[t]);
                sx += ax;
                sy += y[t];
                sxx += ax * ax;
                sxy += ax * y[t];
                m++;
            }
        }
        double det = m * sxx - sx * sx;
        if (m < 3 || det <= 0) {
            return null;
        }
        double slope = (m * sxy - sx * sy) / det;
        return new double[] { (sy - slope * sx) / m, slope };
    }

    /** The median of the finite values not skipped. */
    private static double median(double[] v, boolean[] skip) {
        double[] kept = new double[v.length];
        int m = 0;
        for (int i = 0; i < v.length; i++) {
            if (!skip[i] && Double.isFinite(v[i])) {
                kept[m++] = v[i];
            }
        }
        return median(kept, m);
    }

    /** Inserts {@code x} into the sorted first {@code m} values (the order of {@link Double#compare}); returns m + 1. */
    private static int insert(double[] v, int m, double x) {
        int j = m;
        while (j > 0 && Double.compare(v[j - 1], x) > 0) {
            v[j] = v[j - 1];
            j--;
        }
        v[j] = x;
        return m + 1;
    }

    /** Removes one value equal to {@code x} from the sorted first {@code m} values; returns m - 1. */
    private static int remove(double[] v, int m, double x) {
        int j = 0;
        while (Double.compare(v[j], x) != 0) {
            j++;
        }
        System.arraycopy(v, j + 1, v, j, m - j - 1);
        return m - 1;
    }

    /** The median of the first {@code m} values, sorted. */
    private static double sortedMedian(double[] v, int m) {
        if (m == 0) {
            return Double.NaN;
        }
        return m % 2 == 1 ? v[m / 2] : 0.5 * (v[m / 2 - 1] + v[m / 2]);
    }

    /** The median of the first {@code m} values; reorders them. */
    static double median(double[] v, int m) {
        if (m == 0) {
            return Double.NaN;
        }
        Arrays.sort(v, 0, m);
        return sortedMedian(v, m);
    }
}
