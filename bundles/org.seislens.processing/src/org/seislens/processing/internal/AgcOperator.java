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

    /** Sliding RMS with anchored restarts; keeps the squares of the input between calls. */
    private static final class AgcKernel implements TraceKernel {

        private final int h;
        private double[] squares = new double[0];

        AgcKernel(int h) {
            this.h = h;
        }

        @Override
        public void apply(double[] x, int length, TracePosition pos) {
            if (squares.length < length) {
                squares = new double[length];
            }
            double[] sq = squares;
            for (int k = 0; k < length; k++) {
                sq[k] = x[k] * x[k];
            }
            int first = pos.first();
            int end = first + length; // segment end in trace coordinates
            int n = pos.traceLength();
            for (int a = first / ANCHOR * ANCHOR; a < end; a += ANCHOR) {
                // Direct sum over the anchor's window, in trace order.
                int lo = Math.max(0, a - h);
                int hi = Math.min(n - 1, a + h);
                int count = hi - lo + 1;
                double sum = 0;
                for (int j = Math.max(lo, first); j <= Math.min(hi, end - 1); j++) {
                    sum += sq[j - first];
                }
                int blockEnd = Math.min(end, a + ANCHOR);
                for (int i = a; i < blockEnd; i++) {
                    if (i >= first) {
                        int k = i - first;
                        x[k] = sum > 0 ? x[k] / Math.sqrt(sum / count) : 0;
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
