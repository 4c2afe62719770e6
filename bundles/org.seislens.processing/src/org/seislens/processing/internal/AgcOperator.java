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
     * (NaN or infinite input) are counted apart, so that they affect only the windows that hold them, as in the
     * definition: a NaN makes the RMS NaN, an infinity makes it infinite.
     */
    private static final class AgcKernel implements TraceKernel {

        private static final byte FINITE = 0;
        private static final byte INFINITE = 1;
        private static final byte NAN = 2;

        private final int h;
        private double[] squares = new double[0];
        private byte[] kinds = new byte[0];

        AgcKernel(int h) {
            this.h = h;
        }

        @Override
        public void apply(double[] x, int length, TracePosition pos) {
            if (squares.length < length) {
                squares = new double[length];
                kinds = new byte[length];
            }
            double[] sq = squares;
            byte[] kind = kinds;
            for (int k = 0; k < length; k++) {
                double v = x[k] * x[k];
                if (v < Double.POSITIVE_INFINITY) {
                    sq[k] = v;
                    kind[k] = FINITE;
                } else {
                    sq[k] = 0;
                    kind[k] = Double.isNaN(v) ? NAN : INFINITE;
                }
            }
            int first = pos.first();
            int end = first + length; // segment end in trace coordinates
            int n = pos.traceLength();
            int[] special = new int[3];
            for (int a = first / ANCHOR * ANCHOR; a < end; a += ANCHOR) {
                // Direct sum over the anchor's window, in trace order.
                int lo = Math.max(0, a - h);
                int hi = Math.min(n - 1, a + h);
                int count = hi - lo + 1;
                double sum = 0;
                special[INFINITE] = 0;
                special[NAN] = 0;
                for (int j = Math.max(lo, first); j <= Math.min(hi, end - 1); j++) {
                    sum += sq[j - first];
                    special[kind[j - first]]++;
                }
                int blockEnd = Math.min(end, a + ANCHOR);
                for (int i = a; i < blockEnd; i++) {
                    if (i >= first) {
                        int k = i - first;
                        double rms = special[NAN] > 0 ? Double.NaN
                                : special[INFINITE] > 0 ? Double.POSITIVE_INFINITY : sum > 0 ? Math.sqrt(sum / count) : 0;
                        x[k] = rms == 0 ? 0 : x[k] / rms;
                    }
                    int in = i + h + 1;
                    if (in < n) {
                        count++;
                        if (in >= first && in < end) {
                            sum += sq[in - first];
                            special[kind[in - first]]++;
                        }
                    }
                    int out = i - h;
                    if (out >= 0) {
                        count--;
                        if (out >= first) {
                            sum -= sq[out - first];
                            special[kind[out - first]]--;
                        }
                    }
                }
            }
        }
    }
}
