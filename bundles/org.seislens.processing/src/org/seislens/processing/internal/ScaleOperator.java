package org.seislens.processing.internal;

import java.util.List;

import org.seislens.core.InvalidChainException;

/** {@code scale} {factor}: x × factor. */
public final class ScaleOperator implements OperatorType {

    @Override
    public String name() {
        return "scale"; //$NON-NLS-1$
    }

    @Override
    public List<String> parameters() {
        return List.of("factor"); //$NON-NLS-1$
    }

    @Override
    public void check(StepParameters p) throws InvalidChainException {
        p.get("factor"); //$NON-NLS-1$
    }

    @Override
    public TraceOperator bind(StepParameters p, double dtMs) throws InvalidChainException {
        double factor = p.get("factor"); //$NON-NLS-1$
        return new PointOperator((x, n, pos) -> {
            for (int i = 0; i < n; i++) {
                x[i] *= factor;
            }
        });
    }
}
