package org.seislens.ui.internal.render;

/**
 * How amplitudes are balanced before clipping.
 */
public enum Normalisation {
    /** Amplitudes as stored. */
    NONE,
    /** Each trace divided by its own RMS amplitude in the loaded window. */
    TRACE,
    /** All traces divided by the RMS amplitude of the whole loaded window. */
    WINDOW
}
