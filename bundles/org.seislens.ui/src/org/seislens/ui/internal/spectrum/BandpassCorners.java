package org.seislens.ui.internal.spectrum;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.ProcessingChain;
import org.seislens.core.ProcessingStep;

/**
 * The corner frequencies of the enabled band-pass steps of a chain, which the spectrum view draws over the
 * curves.
 *
 * @param f1 where the pass band starts to rise, in Hz
 * @param f2 where it reaches full pass
 * @param f3 where it starts to fall
 * @param f4 where it reaches zero
 */
public record BandpassCorners(double f1, double f2, double f3, double f4) {

    private static final String BANDPASS = "bandpass"; //$NON-NLS-1$

    /**
     * @param chain a chain, or {@code null} for none
     * @return the corners of its enabled {@code bandpass} steps, in chain order
     */
    public static List<BandpassCorners> of(@Nullable ProcessingChain chain) {
        List<BandpassCorners> corners = new ArrayList<>();
        if (chain != null) {
            for (ProcessingStep step : chain.enabledSteps()) {
                if (BANDPASS.equals(step.op())) {
                    Double f1 = step.parameters().get("f1"); //$NON-NLS-1$
                    Double f2 = step.parameters().get("f2"); //$NON-NLS-1$
                    Double f3 = step.parameters().get("f3"); //$NON-NLS-1$
                    Double f4 = step.parameters().get("f4"); //$NON-NLS-1$
                    if (f1 != null && f2 != null && f3 != null && f4 != null) {
                        corners.add(new BandpassCorners(f1.doubleValue(), f2.doubleValue(), f3.doubleValue(),
                                f4.doubleValue()));
                    }
                }
            }
        }
        return corners;
    }

    /** @return f1, f2, f3, f4 */
    public double[] values() {
        return new double[] { f1, f2, f3, f4 };
    }
}
