package org.seislens.ui.internal.render;

/**
 * The colour maps a user can choose for variable density.
 */
public enum ColourMaps {

    /** Black for the most negative amplitudes, white for the most positive. */
    GREY(ColourMap.interpolated("grey", 0x000000, 0xFFFFFF)), //$NON-NLS-1$

    /**
     * The usual seismic map (as matplotlib's "seismic"): dark blue for negative amplitudes, white at zero,
     * dark red for positive ones.
     */
    SEISMIC(ColourMap.interpolated("seismic", 0x00004C, 0x0000FF, 0xFFFFFF, 0xFF0000, 0x800000)), //$NON-NLS-1$

    /**
     * Viridis, perceptually uniform and readable for colour-blind users, interpolated between nine of its
     * published colours.
     */
    VIRIDIS(ColourMap.interpolated("viridis", 0x440154, 0x472C7A, 0x3B518B, 0x2C718E, 0x21908D, 0x27AD81, //$NON-NLS-1$
            0x5CC863, 0xAADC32, 0xFDE725));

    private final ColourMap map;

    ColourMaps(ColourMap map) {
        this.map = map;
    }

    /** @return the colour table */
    public ColourMap map() {
        return map;
    }
}
