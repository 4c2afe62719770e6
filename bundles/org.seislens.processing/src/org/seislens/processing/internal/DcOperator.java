package org.seislens.processing.internal;

/** {@code dc} {}: x − the mean of the whole trace. */
public final class DcOperator implements OperatorType {

    @Override
    public String name() {
        return "dc"; //$NON-NLS-1$
    }

    @Override
    public TraceOperator bind(StepParameters p, double dtMs) {
        return new WholeTraceOperator((x, n, pos) -> {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += x[i];
            }
            double mean = n == 0 ? 0 : sum / n;
            for (int i = 0; i < n; i++) {
                x[i] -= mean;
            }
        });
    }
}
