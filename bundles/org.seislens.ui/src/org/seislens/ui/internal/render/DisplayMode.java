package org.seislens.ui.internal.render;

/**
 * How traces are drawn.
 */
public enum DisplayMode {
    /** Each sample is a pixel colour from the colour map. */
    VARIABLE_DENSITY,
    /** Each trace is a curve around its baseline. */
    WIGGLE,
    /** Wiggles whose positive lobes are filled black. */
    WIGGLE_VARIABLE_AREA
}
