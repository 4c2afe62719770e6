package org.seislens.processing.internal;

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
     * Sliding RMS with anchored restarts; keeps the squares of the input between calls. Squares that are not finite
     * (NaN or infinite input) are left out of the sums and counted by prefix counts, so that they affect only the
     * windows that hold them, as in the definition: a NaN makes the RMS NaN, an infinity makes it infinite.
     */
    private static final class AgcKernel implements TraceKernel {

        private final int h;
        private double[] squares = new double[0];
        private int[] nans = new int[1];
        private int[] infinities = new int[1];

        AgcKernel(int h) {
            this.h = h;
        }

        @Override
        public void apply(double[] x, int length, TracePosition pos) {
            if (squares.length < length) {
                squares = new double[length];
                nans = new int[length + 1];
                infinities = new int[length + 1];
            }
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
            int first = pos.first();
            int end = first + length; // segment end in trace coordinates
            int n = pos.traceLength();
            for (int a = first / ANCHOR * ANCHOR; a < end; a += ANCHOR) {
                // Direct sum over the anchor's window in four interleaved sums, in an order set by the window alone.
                int lo = Math.max(0, a - h);
                int hi = Math.min(n - 1, a + h);
                int count = hi - lo + 1;
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
                int blockEnd = Math.min(end, a + ANCHOR);
                for (int i = a; i < blockEnd; i++) {
                    if (i >= first) {
                        int k = i - first;
                        double rms = sum > 0 ? Math.sqrt(sum / count) : 0;
                        if (special) {
                            int wlo = Math.max(first, i - h) - first;
                            int whi = Math.min(end - 1, i + h) - first + 1;
                            if (nans[whi] > nans[wlo]) {
                                rms = Double.NaN;
                            } else if (infinities[whi] > infinities[wlo]) {
                                rms = Double.POSITIVE_INFINITY;
                            }
                        }
                        x[k] = rms == 0 ? 0 : x[k] / rms;
                    }
                    int in = i + h + 1;
                    if (in < n) {
                        count++;
                        if (in >= first && in < end) {
                            sum += sq[in - first];
                        }
                    }
                    int out = i - h;
                    if (out >= 0) {
                        count--;
                        if (out >= first) {
                            sum -= sq[out - first];
                        }
                    }
                }
            }
        }
    }
}
