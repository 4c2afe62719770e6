package org.seislens.ui.internal.viewer;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.WindowBounds;
import org.seislens.ui.internal.render.Viewport;

/**
 * The viewer's navigation state without any widget: which traces and samples the plot shows, how the user
 * pans and zooms, and which window must be loaded. Used on the UI thread only; loads carry a generation
 * number so that the result of a superseded load is recognised and dropped.
 */
public final class ViewportController {

    /** The view never shows more traces than this at once, so that a window stays a few hundred MB at most. */
    public static final long MAX_VISIBLE_TRACES = 8192;
    /** Largest zoom, in pixels per trace or per sample. */
    public static final double MAX_PIXELS_PER_UNIT = 256;

    /**
     * A load that was asked for.
     *
     * @param generation increases with every request; only the newest one is applied
     * @param bounds the window to read
     */
    public record LoadRequest(long generation, WindowBounds bounds) {
    }

    private final LoadPolicy policy;
    private long traceStart;
    private long traceEnd;
    private int samples;
    private int width = 1;
    private int height = 1;
    private double trace0;
    private double sample0;
    private double pixelsPerTrace = 1;
    private double pixelsPerSample = 1;
    private long generation;
    private @Nullable WindowBounds anchor;
    private @Nullable WindowBounds target;
    private @Nullable WindowBounds loaded;
    private @Nullable LoadRequest pending;

    /**
     * @param policy padding and hysteresis of loads
     */
    public ViewportController(LoadPolicy policy) {
        this.policy = policy;
    }

    /**
     * Shows a new range of traces: forgets what was loaded and fits the range into the plot.
     *
     * @param firstTrace first trace of the range
     * @param endTrace the trace after the range
     * @param sampleCount samples per trace
     */
    public void setDomain(long firstTrace, long endTrace, int sampleCount) {
        traceStart = firstTrace;
        traceEnd = Math.max(firstTrace, endTrace);
        samples = sampleCount;
        anchor = null;
        target = null;
        loaded = null;
        pending = null;
        generation++;
        fit();
    }

    /**
     * @param newWidth plot width in pixels
     * @param newHeight plot height in pixels
     */
    public void setSize(int newWidth, int newHeight) {
        // A fitted view stays fitted when the plot is resized, as a user who fitted it expects.
        boolean refit = width <= 1 && height <= 1 || isFitted();
        width = Math.max(1, newWidth);
        height = Math.max(1, newHeight);
        if (refit) {
            fit();
        } else {
            clamp();
        }
    }

    /** @return whether the view shows what {@link #fit()} shows */
    public boolean isFitted() {
        long traces = Math.max(1, Math.min(MAX_VISIBLE_TRACES, traceEnd - traceStart));
        return Math.abs(trace0 - traceStart) < 1e-9 && Math.abs(sample0) < 1e-9
                && Math.abs(pixelsPerTrace - width / (double) traces) < 1e-9 * pixelsPerTrace
                && Math.abs(pixelsPerSample - height / (double) Math.max(1, samples)) < 1e-9 * pixelsPerSample;
    }

    /** Fits every sample and the whole trace range (at most {@link #MAX_VISIBLE_TRACES}) into the plot. */
    public void fit() {
        long traces = Math.max(1, Math.min(MAX_VISIBLE_TRACES, traceEnd - traceStart));
        pixelsPerTrace = width / (double) traces;
        pixelsPerSample = height / (double) Math.max(1, samples);
        trace0 = traceStart;
        sample0 = 0;
        clamp();
    }

    /** One pixel per trace and per sample, keeping the centre of the view in place. */
    public void oneToOne() {
        scaleTo(1, 1, width / 2.0, height / 2.0);
    }

    /**
     * Moves the content with the pointer: a drag to the right shows earlier traces.
     *
     * @param dx horizontal movement in pixels
     * @param dy vertical movement in pixels
     */
    public void pan(double dx, double dy) {
        trace0 -= dx / pixelsPerTrace;
        sample0 -= dy / pixelsPerSample;
        clamp();
    }

    /**
     * Pans by a fraction of the visible extent.
     *
     * @param fx horizontal fraction, positive towards later traces
     * @param fy vertical fraction, positive towards later samples
     */
    public void panFraction(double fx, double fy) {
        pan(-fx * width, -fy * height);
    }

    /**
     * Zooms keeping the point under {@code (x, y)} in place.
     *
     * @param fx horizontal factor, above 1 to zoom in
     * @param fy vertical factor, above 1 to zoom in
     * @param x column of the fixed point
     * @param y row of the fixed point
     */
    public void zoom(double fx, double fy, double x, double y) {
        scaleTo(pixelsPerTrace * fx, pixelsPerSample * fy, x, y);
    }

    /** Sets the scale (within its limits) keeping the point under {@code (x, y)} in place. */
    private void scaleTo(double newPixelsPerTrace, double newPixelsPerSample, double x, double y) {
        double trace = trace0 + x / pixelsPerTrace;
        double sample = sample0 + y / pixelsPerSample;
        // Zooming out stops where the whole range (or MAX_VISIBLE_TRACES of it) fills the plot.
        double minPpt = width / (double) Math.max(1, Math.min(MAX_VISIBLE_TRACES, traceEnd - traceStart));
        double minPps = height / (double) Math.max(1, samples);
        pixelsPerTrace = Math.max(minPpt, Math.min(Math.max(minPpt, MAX_PIXELS_PER_UNIT), newPixelsPerTrace));
        pixelsPerSample = Math.max(minPps, Math.min(Math.max(minPps, MAX_PIXELS_PER_UNIT), newPixelsPerSample));
        trace0 = trace - x / pixelsPerTrace;
        sample0 = sample - y / pixelsPerSample;
        clamp();
    }

    /**
     * Zooms so that a rectangle of the plot fills it (rubber band).
     *
     * @param x0 one corner, horizontal
     * @param y0 one corner, vertical
     * @param x1 the other corner, horizontal
     * @param y1 the other corner, vertical
     */
    public void zoomToRectangle(double x0, double y0, double x1, double y1) {
        double w = Math.abs(x1 - x0);
        double h = Math.abs(y1 - y0);
        if (w < 2 || h < 2) {
            return;
        }
        double left = Math.min(x0, x1);
        double top = Math.min(y0, y1);
        double traceLeft = trace0 + left / pixelsPerTrace;
        double sampleTop = sample0 + top / pixelsPerSample;
        zoom(width / w, height / h, 0, 0);
        trace0 = traceLeft;
        sample0 = sampleTop;
        clamp();
    }

    /**
     * Scrolls to an origin (scroll bars).
     *
     * @param newTrace0 trace coordinate of the left edge
     * @param newSample0 sample coordinate of the top edge
     */
    public void scrollTo(double newTrace0, double newSample0) {
        trace0 = newTrace0;
        sample0 = newSample0;
        clamp();
    }

    private void clamp() {
        double visibleTraces = width / pixelsPerTrace;
        double visibleSamples = height / pixelsPerSample;
        double maxTrace0 = traceEnd - visibleTraces;
        trace0 = maxTrace0 < traceStart ? traceStart : Math.max(traceStart, Math.min(maxTrace0, trace0));
        double maxSample0 = samples - visibleSamples;
        sample0 = maxSample0 < 0 ? 0 : Math.max(0, Math.min(maxSample0, sample0));
    }

    /** @return what the plot shows now */
    public Viewport viewport() {
        return new Viewport(trace0, sample0, pixelsPerTrace, pixelsPerSample, width, height);
    }

    /** @return the traces and samples visible now, inside the displayed range */
    public WindowBounds visibleWindow() {
        WindowBounds v = viewport().visibleWindow(traceEnd, samples);
        long t0 = Math.max(traceStart, v.traceStart());
        return new WindowBounds(t0, Math.max(t0, v.traceEnd()), v.sampleStart(), v.sampleEnd());
    }

    /**
     * Asks for a load when the view has moved past the policy's thresholds. The returned request supersedes
     * any earlier one.
     *
     * @return the load to start, or {@code null} when the loaded (or loading) window still serves the view
     */
    public @Nullable LoadRequest requestIfNeeded() {
        WindowBounds visible = visibleWindow();
        if (!policy.needsLoad(visible, anchor, target)) {
            return null;
        }
        anchor = visible;
        target = policy.request(visible, traceStart, traceEnd, samples);
        LoadRequest request = new LoadRequest(++generation, target);
        pending = request;
        return request;
    }

    /**
     * Forgets the window loaded or loading, so that the next {@link #requestIfNeeded} asks for the visible
     * window again: its samples changed (another processing chain), not the view.
     */
    public void reload() {
        anchor = null;
        target = null;
    }

    /**
     * Records that a load finished.
     *
     * @param request the finished load
     * @return whether it is the newest request, whose window must now be shown; older ones are dropped
     */
    public boolean completed(LoadRequest request) {
        if (request.generation() != generation) {
            return false;
        }
        loaded = request.bounds();
        pending = null;
        return true;
    }

    /**
     * Records that the newest load failed or was cancelled, so that the next view change asks again.
     *
     * @param request the load
     */
    public void failed(LoadRequest request) {
        if (request.generation() == generation) {
            pending = null;
            target = loaded;
        }
    }

    /** @return the window whose samples are shown, or {@code null} before the first load */
    public @Nullable WindowBounds loaded() {
        return loaded;
    }

    /** @return the newest load not finished yet, or {@code null} */
    public @Nullable LoadRequest pending() {
        return pending;
    }

    /** @return the first trace of the displayed range */
    public long traceStart() {
        return traceStart;
    }

    /** @return the trace after the displayed range */
    public long traceEnd() {
        return traceEnd;
    }

    /** @return samples per trace */
    public int samples() {
        return samples;
    }
}
