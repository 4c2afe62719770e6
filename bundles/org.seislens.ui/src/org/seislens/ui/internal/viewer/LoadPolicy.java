package org.seislens.ui.internal.viewer;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.WindowBounds;

/**
 * Decides which window a viewer reads and when it reads again. A load asks for the visible window plus a
 * margin of {@code padding} of its size on each side, so that small pans are served from memory. A new
 * load is needed when the visible window is no longer inside the window loaded (or being loaded), or when
 * the view has moved or zoomed by more than {@code hysteresis} of its size since the last load was asked
 * for, so that a view that drifts keeps its margin and a zoomed-in view does not keep a window far bigger
 * than it shows.
 *
 * @param padding margin on each side, as a fraction of the visible extent (0.10)
 * @param hysteresis movement or change of size, as a fraction of the visible extent, that asks for a new
 *            load even when the loaded window still covers the view (0.25)
 */
public record LoadPolicy(double padding, double hysteresis) {

    /** 10 % padding on each side, 25 % hysteresis. */
    public static final LoadPolicy DEFAULT = new LoadPolicy(0.10, 0.25);

    /**
     * @param visible the visible window
     * @param traceEnd the first trace after the displayable range
     * @param traceStart the first displayable trace
     * @param samples samples per trace
     * @return the window to load: the visible one padded on each side, inside the displayable range
     */
    public WindowBounds request(WindowBounds visible, long traceStart, long traceEnd, int samples) {
        WindowBounds padded = visible.padded(padding, traceEnd, samples);
        long t0 = Math.max(traceStart, padded.traceStart());
        return new WindowBounds(t0, Math.max(t0, padded.traceEnd()), padded.sampleStart(), padded.sampleEnd());
    }

    /**
     * @param visible the visible window now
     * @param anchor the visible window when the current target was asked for, or {@code null}
     * @param target the window loaded or being loaded, or {@code null}
     * @return whether a new load must be asked for
     */
    public boolean needsLoad(WindowBounds visible, @Nullable WindowBounds anchor, @Nullable WindowBounds target) {
        if (visible.isEmpty()) {
            return false;
        }
        if (target == null || anchor == null || !target.contains(visible)) {
            return true;
        }
        double traces = Math.max(1, anchor.traceCount());
        double samples = Math.max(1, anchor.sampleCount());
        return Math.abs(visible.traceStart() - anchor.traceStart()) > hysteresis * traces
                || Math.abs(visible.sampleStart() - anchor.sampleStart()) > hysteresis * samples
                || Math.abs(visible.traceCount() - anchor.traceCount()) > hysteresis * traces
                || Math.abs(visible.sampleCount() - anchor.sampleCount()) > hysteresis * samples;
    }
}
