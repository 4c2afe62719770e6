package org.seislens.processing.internal;

/** {@code polarity} {}: −x. */
public final class PolarityOperator implements OperatorType {

    @Override
    public String name() {
        return "polarity"; //$NON-NLS-1$
    }

    @Override
    public TraceOperator bind(StepParameters p, double dtMs) {
        return new PointOperator((x, n, pos) -> {
            for (int i = 0; i < n; i++) {
                x[i] = -x[i];
            }
        });
    }
}
