package org.seislens.ui.internal.viewer;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.ui.IMemento;
import org.seislens.ui.internal.render.ClipMode;
import org.seislens.ui.internal.render.ColourMaps;
import org.seislens.ui.internal.render.DisplayMode;
import org.seislens.ui.internal.render.DisplaySettings;
import org.seislens.ui.internal.render.Normalisation;

/**
 * What the viewer remembers across restarts of the workbench: the dataset, the ensemble shown, the display
 * settings, the header curve and the vertical axis.
 *
 * @param dataset the dataset directory, or {@code null} when none was open
 * @param ensembleKey the key of the ensemble shown, or {@code null} for the whole dataset
 * @param ensembleValue the value of the ensemble shown
 * @param settings the display settings
 * @param curveKey the header drawn as a curve, or {@code null}
 * @param depthAxis whether the vertical axis is depth
 * @param compareMode the panels shown side by side
 */
public record ViewerState(@Nullable Path dataset, @Nullable String ensembleKey, long ensembleValue,
        DisplaySettings settings, @Nullable String curveKey, boolean depthAxis, CompareMode compareMode) {

    private static final String DATASET = "dataset"; //$NON-NLS-1$
    private static final String ENSEMBLE_KEY = "ensembleKey"; //$NON-NLS-1$
    private static final String ENSEMBLE_VALUE = "ensembleValue"; //$NON-NLS-1$
    private static final String MODE = "mode"; //$NON-NLS-1$
    private static final String COLOUR_MAP = "colourMap"; //$NON-NLS-1$
    private static final String CLIP_MODE = "clipMode"; //$NON-NLS-1$
    private static final String CLIP = "clip"; //$NON-NLS-1$
    private static final String GAIN = "gain"; //$NON-NLS-1$
    private static final String REVERSE_POLARITY = "reversePolarity"; //$NON-NLS-1$
    private static final String NORMALISATION = "normalisation"; //$NON-NLS-1$
    private static final String CURVE = "curve"; //$NON-NLS-1$
    private static final String DEPTH = "depthAxis"; //$NON-NLS-1$
    private static final String COMPARE = "compareMode"; //$NON-NLS-1$

    /**
     * @param memento where to write
     */
    public void save(IMemento memento) {
        Path d = dataset;
        if (d != null) {
            memento.putString(DATASET, d.toString());
        }
        String key = ensembleKey;
        if (key != null) {
            memento.putString(ENSEMBLE_KEY, key);
            memento.putString(ENSEMBLE_VALUE, Long.toString(ensembleValue));
        }
        memento.putString(MODE, settings.mode().name());
        memento.putString(COLOUR_MAP, settings.colourMap().name());
        memento.putString(CLIP_MODE, settings.clipMode().name());
        memento.putString(CLIP, Double.toString(settings.clip()));
        memento.putString(GAIN, Double.toString(settings.gain()));
        memento.putBoolean(REVERSE_POLARITY, settings.reversePolarity());
        memento.putString(NORMALISATION, settings.normalisation().name());
        String curve = curveKey;
        memento.putString(CURVE, curve == null ? "" : curve); //$NON-NLS-1$
        memento.putBoolean(DEPTH, depthAxis);
        memento.putString(COMPARE, compareMode.name());
    }

    /**
     * Reads what {@link #save} wrote. Anything missing or not understood (an older or edited workspace) falls
     * back to the default; a restart never fails on it.
     *
     * @param memento where to read
     * @param fallbackCurve the curve key when the memento has none
     * @return the state
     */
    public static ViewerState restore(IMemento memento, @Nullable String fallbackCurve) {
        Path dataset = null;
        String location = memento.getString(DATASET);
        if (location != null) {
            try {
                dataset = Path.of(location);
            } catch (InvalidPathException e) {
                dataset = null;
            }
        }
        String key = memento.getString(ENSEMBLE_KEY);
        long value = 0;
        try {
            String v = memento.getString(ENSEMBLE_VALUE);
            value = v == null ? 0 : Long.parseLong(v);
        } catch (NumberFormatException e) {
            key = null;
        }
        DisplaySettings s = DisplaySettings.DEFAULT;
        try {
            s = new DisplaySettings(
                    enumOr(DisplayMode.class, memento.getString(MODE), s.mode()),
                    enumOr(ColourMaps.class, memento.getString(COLOUR_MAP), s.colourMap()),
                    enumOr(ClipMode.class, memento.getString(CLIP_MODE), s.clipMode()),
                    doubleOr(memento.getString(CLIP), s.clip()),
                    doubleOr(memento.getString(GAIN), s.gain()),
                    Boolean.TRUE.equals(memento.getBoolean(REVERSE_POLARITY)),
                    enumOr(Normalisation.class, memento.getString(NORMALISATION), s.normalisation()));
        } catch (IllegalArgumentException e) {
            s = DisplaySettings.DEFAULT; // a clip or gain out of range
        }
        String curve = memento.getString(CURVE);
        if (curve == null) {
            curve = fallbackCurve;
        } else if (curve.isEmpty()) {
            curve = null;
        }
        return new ViewerState(dataset, key, value, s, curve, Boolean.TRUE.equals(memento.getBoolean(DEPTH)),
                enumOr(CompareMode.class, memento.getString(COMPARE), CompareMode.PROCESSED));
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, @Nullable String name, E fallback) {
        if (name == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static double doubleOr(@Nullable String text, double fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
