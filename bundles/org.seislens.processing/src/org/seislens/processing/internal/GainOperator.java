package org.seislens.processing.internal;

import java.util.List;

import org.seislens.core.InvalidChainException;

/**
 * {@code gain} {power}: x × t^power, t the sample's time in seconds from the trace's delay recording time and
 * the sample interval.
 */
public final class GainOperator implements OperatorType {

    @Override
    public String name() {
        return "gain"; //$NON-NLS-1$
    }

    @Override
    public List<String> parameters() {
        return List.of("power"); //$NON-NLS-1$
    }

    @Override
    public void check(StepParameters p) throws InvalidChainException {
        p.get("power"); //$NON-NLS-1$
    }

    @Override
    public TraceOperator bind(StepParameters p, double dtMs) throws InvalidChainException {
        double power = p.get("power"); //$NON-NLS-1$
        return new PointOperator((x, n, pos) -> {
            for (int i = 0; i < n; i++) {
                double t = pos.timeMs(pos.first() + i) / 1000;
                x[i] *= Math.pow(t, power);
            }
        }, true);
    }
}
