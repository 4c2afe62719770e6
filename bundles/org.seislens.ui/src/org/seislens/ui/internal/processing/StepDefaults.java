package org.seislens.ui.internal.processing;

import java.util.Map;

import org.seislens.core.ProcessingStep;

/**
 * The parameters a step starts with when the user adds its operator from the palette: values a
 * geophysicist would try first, which the user then edits.
 */
final class StepDefaults {

    private static final Map<String, Map<String, Double>> DEFAULTS = Map.of(
            "agc", Map.of("window_ms", 500.0), //$NON-NLS-1$ //$NON-NLS-2$
            "bandpass", Map.of("f1", 5.0, "f2", 10.0, "f3", 60.0, "f4", 80.0), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "gain", Map.of("power", 2.0), //$NON-NLS-1$ //$NON-NLS-2$
            "mute", Map.of("velocity_m_s", 1500.0, "t0_ms", 0.0, "taper_ms", 20.0), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "scale", Map.of("factor", 1.0)); //$NON-NLS-1$ //$NON-NLS-2$

    private StepDefaults() {
    }

    /**
     * @param op an operator's name
     * @return an enabled step of it with its starting parameters (none for an operator not known here)
     */
    static ProcessingStep of(String op) {
        return ProcessingStep.of(op, DEFAULTS.getOrDefault(op, Map.of()));
    }
}
