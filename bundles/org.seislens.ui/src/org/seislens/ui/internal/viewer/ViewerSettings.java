package org.seislens.ui.internal.viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.ui.internal.render.DisplaySettings;

/**
 * What the user sets about the viewer's picture, and the API the handlers change it through: display settings
 * (mode, colour map, clip, gain, polarity, normalisation), the panels compared side by side, the header keys labelling the trace axis, the header
 * drawn as a curve, and whether the vertical axis is depth. Each change is told to the viewer, which redraws,
 * renders or reloads what the change needs. Used on the UI thread.
 */
public final class ViewerSettings {

    /** What changed. */
    public enum Change {
        /** The display settings: render again. */
        DISPLAY,
        /** The trace axis keys: show the section again with other headers. */
        TRACE_AXIS_KEYS,
        /** The curve's header: read the headers of the window again. */
        CURVE_KEY,
        /** Time or depth: redraw the axis. */
        DEPTH_AXIS,
        /** The panels shown side by side: lay them out, load what they need. */
        COMPARE
    }

    /** Default header keys that label the trace axis, when the dataset has them. */
    public static final List<String> DEFAULT_KEYS = List.of("field_record", "offset"); //$NON-NLS-1$ //$NON-NLS-2$

    /** Default header drawn as a curve above the section, when the dataset has it. */
    public static final String DEFAULT_CURVE = "offset"; //$NON-NLS-1$

    private final Consumer<Change> changed;
    private DisplaySettings display = DisplaySettings.DEFAULT;
    private List<String> traceAxisKeys = DEFAULT_KEYS;
    private @Nullable String curveKey = DEFAULT_CURVE;
    private boolean depthAxis;
    private CompareMode compareMode = CompareMode.PROCESSED;

    /**
     * @param changed told every change
     */
    public ViewerSettings(Consumer<Change> changed) {
        this.changed = changed;
    }

    /** @return the display settings in force */
    public DisplaySettings display() {
        return display;
    }

    /**
     * Applies new display settings; the picture is rendered again.
     *
     * @param settings the settings
     */
    public void setDisplay(DisplaySettings settings) {
        display = settings;
        changed.accept(Change.DISPLAY);
    }

    /** @return header keys labelling the trace axis */
    public List<String> traceAxisKeys() {
        return traceAxisKeys;
    }

    /**
     * Labels the trace axis with other header keys; the headers are read again.
     *
     * @param keys header column names
     */
    public void setTraceAxisKeys(List<String> keys) {
        traceAxisKeys = List.copyOf(keys);
        changed.accept(Change.TRACE_AXIS_KEYS);
    }

    /** @return the header wanted as a curve above the section, or {@code null} for none */
    public @Nullable String curveKey() {
        return curveKey;
    }

    /**
     * @param key the header to draw as a curve above the section, or {@code null} for none
     */
    public void setCurveKey(@Nullable String key) {
        curveKey = key;
        changed.accept(Change.CURVE_KEY);
    }

    /** @return whether the vertical axis is depth in metres rather than time in milliseconds */
    public boolean depthAxis() {
        return depthAxis;
    }

    /**
     * @param depth whether the vertical axis is depth in metres rather than time in milliseconds
     */
    public void setDepthAxis(boolean depth) {
        depthAxis = depth;
        changed.accept(Change.DEPTH_AXIS);
    }

    /** @return which panels are shown side by side */
    public CompareMode compareMode() {
        return compareMode;
    }

    /**
     * Shows other panels side by side; what they need is loaded.
     *
     * @param mode the panels
     */
    public void setCompareMode(CompareMode mode) {
        compareMode = mode;
        changed.accept(Change.COMPARE);
    }

    /** @return the unit of the vertical axis */
    public String unit() {
        return depthAxis ? Messages.Viewer_depthAxisM : Messages.Viewer_timeAxisMs;
    }

    /**
     * Takes what a restored memento says, without telling anyone (nothing is shown yet).
     *
     * @param state the restored state
     */
    void restore(ViewerState state) {
        display = state.settings();
        curveKey = state.curveKey();
        depthAxis = state.depthAxis();
        compareMode = state.compareMode();
    }

    /**
     * @param available the header columns of the dataset
     * @return the header columns the axis labels and the curve need, of those the dataset has
     */
    List<String> headerColumnsWanted(List<String> available) {
        List<String> columns = new ArrayList<>();
        for (String key : traceAxisKeys) {
            if (available.contains(key)) {
                columns.add(key);
            }
        }
        String c = curveKey;
        if (c != null && available.contains(c) && !columns.contains(c)) {
            columns.add(c);
        }
        return columns;
    }
}
