package org.seislens.ui.internal.render;

import org.seislens.core.WindowBounds;

/**
 * Where the plot area looks into a dataset: the trace and sample coordinates of its top-left corner and
 * its scale. Trace {@code i} covers trace coordinates {@code [i, i + 1)}, sample {@code j} covers
 * {@code [j, j + 1)}.
 *
 * @param trace0 trace coordinate at the left edge
 * @param sample0 sample coordinate at the top edge
 * @param pixelsPerTrace horizontal scale
 * @param pixelsPerSample vertical scale
 * @param width plot width in pixels
 * @param height plot height in pixels
 */
public record Viewport(double trace0, double sample0, double pixelsPerTrace, double pixelsPerSample, int width,
        int height) {

    /**
     * Checks the scale and size.
     */
    public Viewport {
        if (!(pixelsPerTrace > 0) || !(pixelsPerSample > 0) || width < 0 || height < 0) {
            throw new IllegalArgumentException("Invalid viewport scale or size"); //$NON-NLS-1$
        }
    }

    /**
     * @param x a column of the plot
     * @return the trace coordinate there
     */
    public double traceAt(double x) {
        return trace0 + x / pixelsPerTrace;
    }

    /**
     * @param y a row of the plot
     * @return the sample coordinate there
     */
    public double sampleAt(double y) {
        return sample0 + y / pixelsPerSample;
    }

    /**
     * @param trace a trace coordinate
     * @return the column where it is drawn
     */
    public double xOf(double trace) {
        return (trace - trace0) * pixelsPerTrace;
    }

    /**
     * @param sample a sample coordinate
     * @return the row where it is drawn
     */
    public double yOf(double sample) {
        return (sample - sample0) * pixelsPerSample;
    }

    /**
     * @param traces the first trace after the displayable range
     * @param samples samples per trace
     * @return the traces and samples that are at least partly visible, inside {@code [0, traces)} x
     *         {@code [0, samples)}
     */
    public WindowBounds visibleWindow(long traces, int samples) {
        long t0 = (long) Math.floor(trace0);
        long t1 = (long) Math.ceil(traceAt(width));
        long s0 = (long) Math.floor(sample0);
        long s1 = (long) Math.ceil(sampleAt(height));
        t0 = Math.max(0, Math.min(traces, t0));
        t1 = Math.max(t0, Math.min(traces, t1));
        s0 = Math.max(0, Math.min(samples, s0));
        s1 = Math.max(s0, Math.min(samples, s1));
        return new WindowBounds(t0, t1, (int) s0, (int) s1);
    }
}
