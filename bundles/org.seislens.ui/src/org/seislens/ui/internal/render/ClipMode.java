package org.seislens.ui.internal.render;

/**
 * How the amplitude that saturates the display is chosen.
 */
public enum ClipMode {
    /** The given percentile (0 to 100) of the absolute normalised amplitudes of the loaded window. */
    PERCENTILE,
    /** The given absolute normalised amplitude. */
    ABSOLUTE
}
