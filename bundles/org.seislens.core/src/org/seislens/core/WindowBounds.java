package org.seislens.core;

/**
 * A rectangular region of a dataset: traces {@code [traceStart, traceEnd)} by samples
 * {@code [sampleStart, sampleEnd)}. End bounds are exclusive, as in the rest of the API.
 *
 * @param traceStart first trace, 0-based
 * @param traceEnd trace after the last one
 * @param sampleStart first sample, 0-based
 * @param sampleEnd sample after the last one
 */
public record WindowBounds(long traceStart, long traceEnd, int sampleStart, int sampleEnd) {

    /**
     * Checks that the bounds are ordered and not negative.
     */
    public WindowBounds {
        if (traceStart < 0 || traceEnd < traceStart || sampleStart < 0 || sampleEnd < sampleStart) {
            throw new IllegalArgumentException("Invalid window bounds: traces [" + traceStart + ", " //$NON-NLS-1$ //$NON-NLS-2$
                    + traceEnd + "), samples [" + sampleStart + ", " + sampleEnd + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    /** @return the number of traces in the window */
    public long traceCount() {
        return traceEnd - traceStart;
    }

    /** @return the number of samples per trace in the window */
    public int sampleCount() {
        return sampleEnd - sampleStart;
    }

    /** @return the number of samples in the whole window */
    public long area() {
        return traceCount() * sampleCount();
    }

    /** @return whether the window holds no sample */
    public boolean isEmpty() {
        return traceEnd == traceStart || sampleEnd == sampleStart;
    }

    /**
     * @param other another window
     * @return whether every sample of {@code other} lies in this window
     */
    public boolean contains(WindowBounds other) {
        return other.traceStart >= traceStart && other.traceEnd <= traceEnd && other.sampleStart >= sampleStart
                && other.sampleEnd <= sampleEnd;
    }

    /**
     * @param trace a trace index
     * @param sample a sample index
     * @return whether the sample lies in this window
     */
    public boolean contains(long trace, int sample) {
        return trace >= traceStart && trace < traceEnd && sample >= sampleStart && sample < sampleEnd;
    }

    /**
     * @param other another window
     * @return the samples both windows hold, possibly an empty window
     */
    public WindowBounds intersection(WindowBounds other) {
        long t0 = Math.max(traceStart, other.traceStart);
        long t1 = Math.max(t0, Math.min(traceEnd, other.traceEnd));
        int s0 = Math.max(sampleStart, other.sampleStart);
        int s1 = Math.max(s0, Math.min(sampleEnd, other.sampleEnd));
        return new WindowBounds(t0, t1, s0, s1);
    }

    /**
     * Limits the window to a dataset of the given size.
     *
     * @param traces number of traces of the dataset
     * @param samples number of samples per trace of the dataset
     * @return the part of this window inside the dataset, possibly empty
     */
    public WindowBounds clampTo(long traces, int samples) {
        return intersection(new WindowBounds(0, traces, 0, samples));
    }

    /**
     * Grows the window by a fraction of its size on every side, then clamps it to the dataset. A viewer
     * loads the visible window with such a margin so that small pans need no new load.
     *
     * @param fraction the margin on each side as a fraction of the window's extent, e.g. 0.1
     * @param traces number of traces of the dataset
     * @param samples number of samples per trace of the dataset
     * @return the padded window, inside the dataset
     */
    public WindowBounds padded(double fraction, long traces, int samples) {
        if (fraction < 0 || Double.isNaN(fraction)) {
            throw new IllegalArgumentException("Negative padding: " + fraction); //$NON-NLS-1$
        }
        long dt = (long) Math.ceil(traceCount() * fraction);
        long ds = (long) Math.ceil(sampleCount() * fraction);
        long t0 = Math.max(0, traceStart - dt);
        long t1 = Math.min(traces, traceEnd + dt);
        long s0 = Math.max(0, sampleStart - ds);
        long s1 = Math.min(samples, sampleEnd + ds);
        return new WindowBounds(t0, Math.max(t0, t1), (int) s0, (int) Math.max(s0, s1));
    }
}
