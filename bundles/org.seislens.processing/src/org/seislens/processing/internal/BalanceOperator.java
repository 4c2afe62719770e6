package org.seislens.processing.internal;

/** {@code balance} {}: the trace divided by its RMS over the whole trace; a trace of zeros stays zero. */
public final class BalanceOperator implements OperatorType {

    @Override
    public String name() {
        return "balance"; //$NON-NLS-1$
    }

    @Override
    public TraceOperator bind(StepParameters p, double dtMs) {
        return new WholeTraceOperator((x, n, pos) -> {
            double squares = 0;
            for (int i = 0; i < n; i++) {
                squares += x[i] * x[i];
            }
            double rms = n == 0 ? 0 : Math.sqrt(squares / n);
            for (int i = 0; i < n; i++) {
                x[i] = rms == 0 ? 0 : x[i] / rms;
            }
        });
    }
}
