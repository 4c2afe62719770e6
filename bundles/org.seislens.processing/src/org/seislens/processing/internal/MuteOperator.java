package org.seislens.processing.internal;

import java.util.List;

import org.seislens.core.InvalidChainException;

/**
 * {@code mute} {velocity_m_s, t0_ms, taper_ms}: top mute along tm = t0_ms + |offset| / velocity × 1000;
 * samples before tm become 0, then a linear ramp from 0 to 1 over taper_ms (0: a hard mute).
 */
public final class MuteOperator implements OperatorType {

    private static final String VELOCITY = "velocity_m_s"; //$NON-NLS-1$
    private static final String T0 = "t0_ms"; //$NON-NLS-1$
    private static final String TAPER = "taper_ms"; //$NON-NLS-1$

    @Override
    public String name() {
        return "mute"; //$NON-NLS-1$
    }

    @Override
    public List<String> parameters() {
        return List.of(VELOCITY, T0, TAPER);
    }

    @Override
    public void check(StepParameters p) throws InvalidChainException {
        p.positive(VELOCITY);
        p.get(T0);
        p.notNegative(TAPER);
    }

    @Override
    public TraceOperator bind(StepParameters p, double dtMs) throws InvalidChainException {
        check(p);
        double velocity = p.get(VELOCITY);
        double t0 = p.get(T0);
        double taper = p.get(TAPER);
        return new PointOperator((x, n, pos) -> {
            double tm = t0 + Math.abs(pos.offset()) / velocity * 1000;
            for (int i = 0; i < n; i++) {
                double t = pos.timeMs(pos.first() + i);
                if (t < tm) {
                    x[i] = 0; // also a NaN or an infinity: muted samples become 0
                } else if (taper > 0) {
                    x[i] *= Math.min(1, (t - tm) / taper);
                }
            }
        }, true);
    }
}
