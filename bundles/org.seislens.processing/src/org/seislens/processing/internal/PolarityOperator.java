package org.seislens.processing.internal;

import java.util.List;

/** {@code polarity} {}: −x. */
public final class PolarityOperator implements OperatorType {

    @Override
    public String name() {
        return "polarity"; //$NON-NLS-1$
    }

    @Override
    public List<String> parameters() {
        return List.of();
    }

    @Override
    public void check(StepParameters p) {
        // No parameters.
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
