package org.seislens.ui.internal.render;

/**
 * What the user chose for drawing amplitudes.
 *
 * @param mode variable density, wiggle, or wiggle with variable area
 * @param colourMap the colour map of variable density
 * @param clipMode whether {@code clip} is a percentile or an absolute amplitude
 * @param clip the percentile (0 to 100] or the absolute normalised amplitude (&gt; 0) that saturates
 * @param gain a scalar applied after clipping: 2 saturates at half the clip
 * @param reversePolarity whether amplitudes are drawn with the opposite sign
 * @param normalisation how traces are balanced before clipping
 */
public record DisplaySettings(DisplayMode mode, ColourMaps colourMap, ClipMode clipMode, double clip, double gain,
        boolean reversePolarity, Normalisation normalisation) {

    /** Variable density in grey, clipped at the 99th percentile, no gain, no normalisation. */
    public static final DisplaySettings DEFAULT = new DisplaySettings(DisplayMode.VARIABLE_DENSITY, ColourMaps.GREY,
            ClipMode.PERCENTILE, 99, 1, false, Normalisation.NONE);

    /**
     * Checks the clip and gain.
     */
    public DisplaySettings {
        if (!(clip > 0) || Double.isInfinite(clip) || clipMode == ClipMode.PERCENTILE && clip > 100) {
            throw new IllegalArgumentException("Invalid clip " + clip + " for " + clipMode); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!(gain > 0) || Double.isInfinite(gain)) {
            throw new IllegalArgumentException("Invalid gain " + gain); //$NON-NLS-1$
        }
    }

    /**
     * @param newMode the display mode
     * @return these settings with another mode
     */
    public DisplaySettings withMode(DisplayMode newMode) {
        return new DisplaySettings(newMode, colourMap, clipMode, clip, gain, reversePolarity, normalisation);
    }

    /**
     * @param map the colour map
     * @return these settings with another colour map
     */
    public DisplaySettings withColourMap(ColourMaps map) {
        return new DisplaySettings(mode, map, clipMode, clip, gain, reversePolarity, normalisation);
    }

    /**
     * @param newMode percentile or absolute
     * @param value the percentile or amplitude
     * @return these settings with another clip
     */
    public DisplaySettings withClip(ClipMode newMode, double value) {
        return new DisplaySettings(mode, colourMap, newMode, value, gain, reversePolarity, normalisation);
    }

    /**
     * @param value the gain
     * @return these settings with another gain
     */
    public DisplaySettings withGain(double value) {
        return new DisplaySettings(mode, colourMap, clipMode, clip, value, reversePolarity, normalisation);
    }

    /** @return these settings with the polarity flipped */
    public DisplaySettings withPolarityFlipped() {
        return new DisplaySettings(mode, colourMap, clipMode, clip, gain, !reversePolarity, normalisation);
    }

    /**
     * @param value the normalisation
     * @return these settings with another normalisation
     */
    public DisplaySettings withNormalisation(Normalisation value) {
        return new DisplaySettings(mode, colourMap, clipMode, clip, gain, reversePolarity, value);
    }
}
