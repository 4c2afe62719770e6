package org.seislens.processing.internal;

import java.util.Arrays;
import java.util.List;

import org.seislens.core.InvalidChainException;

/**
 * {@code agc} {window_ms}: h = round(window_ms / 2 / dt_ms); each sample divided by the RMS of the samples
 * i−h … i+h of its trace that exist, 0 where that RMS is 0.
 * <p>
 * The sums of squares slide along the trace, restarting from a direct sum at every multiple of
 * {@link #ANCHOR} samples of the trace: the result of a sample then depends on its position in the trace, not
 * on where the segment being processed starts, so a window equals the same part of the whole processed trace
 * exactly. The halo grows by the distance to the anchor.
 * </p>
 */
public final class AgcOperator implements OperatorType {

    /** Distance between restarts of the sliding sum. */
    static final int ANCHOR = 64;
    private static final String WINDOW = "window_ms"; //$NON-NLS-1$

    @Override
    public String name() {
        return "agc"; //$NON-NLS-1$
    }

    @Override
    public List<String> parameters() {
        return List.of(WINDOW);
    }

    @Override
    public void check(StepParameters p) throws InvalidChainException {
        p.notNegative(WINDOW);
    }

    @Override
    public TraceOperator bind(StepParameters p, double dtMs) throws InvalidChainException {
        double window = p.notNegative(WINDOW);
        long h = Math.round(window / 2 / dtMs);
        if (h > 1 << 24) {
            throw p.fail(WINDOW, "is longer than any trace: " + StepParameters.format(window) + " ms"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new Agc((int) h);
    }

    /** The operator with its half window in samples. */
    private record Agc(int h) implements TraceOperator {

        @Override
        public Halo halo() {
            return Halo.samples(h + ANCHOR - 1, h);
        }

        @Override
        public TraceKernel kernel() {
            return new AgcKernel(h);
        }
    }

    /**
     * Sliding RMS with anchored restarts; keeps the squares and window sums of the input between calls. Squares
     * that are not finite (NaN or infinite input) are left out of the sums and counted by prefix counts, so that
     * they affect only the windows that hold them, as in the definition: a NaN makes the RMS NaN, an infinity makes
     * it infinite.
     * <p>
     * Two passes: the window sums slide into an array, then every sample is divided by its RMS in loops the
     * compiler turns into vector instructions (square roots and divisions took most of the time one sample at a
     * time).
     * </p>
     */
    private static final class AgcKernel implements TraceKernel {

        private final int h;
        private double[] squares = new double[0];
        private double[] sums = new double[0];
        private int[] nans = new int[1];
        private int[] infinities = new int[1];

        AgcKernel(int h) {
            this.h = h;
        }

        @Override
        public void apply(double[] x, int length, TracePosition pos) {
            if (squares.length < length) {
                squares = new double[length];
                sums = new double[length];
                nans = new int[length + 1];
                infinities = new int[length + 1];
            }
            boolean special = squares(x, length);
            double[] read = special ? Arrays.copyOf(x, length) : x;
            slideSums(length, pos.first(), pos.traceLength());
            divide(x, length, pos.first(), pos.traceLength());
            if (special) {
                markSpecial(x, read, length, pos.first());
            }
        }

        /** @return whether a square is not finite; those are 0 in {@link #squares} and counted by prefix counts */
        private boolean squares(double[] x, int length) {
            double[] sq = squares;
            boolean special = false;
            for (int k = 0; k < length; k++) {
                double v = x[k] * x[k];
                if (v < Double.POSITIVE_INFINITY) {
                    sq[k] = v;
                } else {
                    sq[k] = 0;
                    special = true;
                }
            }
            if (special) {
                for (int k = 0; k < length; k++) {
                    double v = x[k] * x[k];
                    nans[k + 1] = nans[k] + (Double.isNaN(v) ? 1 : 0);
                    infinities[k + 1] = infinities[k] + (v == Double.POSITIVE_INFINITY ? 1 : 0);
                }
            }
            return special;
        }

        /**
         * The sum of squares of each sample's window into {@link #sums}: from a direct sum at every anchor, then
         * sliding; samples of the window outside the segment are left out (their outputs are cropped). Where four
         * anchors in a row slide over samples of the segment only, their four sums slide side by side, so that the
         * processor does not wait for each addition in turn; every sum still takes the same steps.
         */
        private void slideSums(int length, int first, int n) {
            int end = first + length; // segment end in trace coordinates
            int limit = Math.min(end, n);
            for (int a = first / ANCHOR * ANCHOR; a < end;) {
                if (a - h >= first && a + 4 * ANCHOR - 1 + h < limit) {
                    slideFour(a, first, end, n);
                    a += 4 * ANCHOR;
                } else {
                    slideOne(a, first, end, n);
                    a += ANCHOR;
                }
            }
        }

        /** Direct sum over the anchor's window in four interleaved sums, in an order set by the window alone. */
        private double directSum(int a, int first, int end, int n) {
            double[] sq = squares;
            int lo = Math.max(0, a - h);
            int hi = Math.min(n - 1, a + h);
            int to = Math.min(hi, end - 1) - first;
            int j = Math.max(lo, first) - first;
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (; j + 3 <= to; j += 4) {
                s0 += sq[j];
                s1 += sq[j + 1];
                s2 += sq[j + 2];
                s3 += sq[j + 3];
            }
            double sum = (s0 + s1) + (s2 + s3);
            for (; j <= to; j++) {
                sum += sq[j];
            }
            return sum;
        }

        /** The sums of the anchor at {@code a}, checking where the window leaves the segment or the trace. */
        private void slideOne(int a, int first, int end, int n) {
            double[] sq = squares;
            double[] s = sums;
            double sum = directSum(a, first, end, n);
            int blockEnd = Math.min(end, a + ANCHOR);
            for (int i = a; i < blockEnd; i++) {
                if (i >= first) {
                    s[i - first] = sum;
                }
                int in = i + h + 1;
                if (in < n && in >= first && in < end) {
                    sum += sq[in - first];
                }
                if (i - h >= first) {
                    sum -= sq[i - h - first];
                }
            }
        }

        /** The sums of the four anchors from {@code a}, whose windows all lie in the segment. */
        private void slideFour(int a, int first, int end, int n) {
            double[] sq = squares;
            double[] s = sums;
            int k = a - first;
            double u0 = directSum(a, first, end, n);
            double u1 = directSum(a + ANCHOR, first, end, n);
            double u2 = directSum(a + 2 * ANCHOR, first, end, n);
            double u3 = directSum(a + 3 * ANCHOR, first, end, n);
            for (int j = 0;; j++) {
                s[k + j] = u0;
                s[k + ANCHOR + j] = u1;
                s[k + 2 * ANCHOR + j] = u2;
                s[k + 3 * ANCHOR + j] = u3;
                if (j == ANCHOR - 1) {
                    return;
                }
                int in = k + j + h + 1;
                int out = k + j - h;
                u0 += sq[in];
                u1 += sq[in + ANCHOR];
                u2 += sq[in + 2 * ANCHOR];
                u3 += sq[in + 3 * ANCHOR];
                u0 -= sq[out];
                u1 -= sq[out + ANCHOR];
                u2 -= sq[out + 2 * ANCHOR];
                u3 -= sq[out + 3 * ANCHOR];
            }
        }

        /**
         * Divides each sample by sqrt(sum / count), count being the samples of its window that exist, and sets it
         * to 0 where that RMS is 0 (a sum that rounding made negative counts as 0).
         */
        private void divide(double[] x, int length, int first, int n) {
            double[] s = sums;
            // Windows cut by the trace's start, whole windows, windows cut by its end (or by both).
            int lead = Math.min(length, Math.max(0, h - first));
            int tail = Math.max(lead, Math.min(length, n - h - first));
            for (int k = 0; k < lead; k++) {
                s[k] = Math.sqrt(Math.max(s[k], 0) / (Math.min(n - 1, k + first + h) + 1));
            }
            double whole = 2.0 * h + 1;
            for (int k = lead; k < tail; k++) {
                s[k] = Math.sqrt(Math.max(s[k], 0) / whole);
            }
            for (int k = tail; k < length; k++) {
                int i = k + first;
                s[k] = Math.sqrt(Math.max(s[k], 0) / (Math.min(n - 1, i + h) - Math.max(0, i - h) + 1));
            }
            for (int k = 0; k < length; k++) {
                x[k] = x[k] / s[k];
            }
            for (int k = 0; k < length; k++) {
                if (s[k] == 0) {
                    x[k] = 0;
                }
            }
        }

        /**
         * Where a window holds a NaN the sample becomes NaN; where it holds an infinity (and no NaN), the sample
         * read is divided by an infinite RMS.
         */
        private void markSpecial(double[] x, double[] read, int length, int first) {
            int end = first + length;
            for (int k = 0; k < length; k++) {
                int i = k + first;
                int wlo = Math.max(first, i - h) - first;
                int whi = Math.min(end - 1, i + h) - first + 1;
                if (nans[whi] > nans[wlo]) {
                    x[k] = Double.NaN;
                } else if (infinities[whi] > infinities[wlo]) {
                    x[k] = read[k] / Double.POSITIVE_INFINITY;
                }
            }
        }
    }
}
