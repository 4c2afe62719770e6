package org.seislens.core;

import java.util.Arrays;

import org.eclipse.jdt.annotation.Nullable;

/**
 * The samples of one window, converted to {@code float} for display and processing. Samples are stored
 * trace after trace: the value of trace {@code t} and sample {@code s} of the window (both relative to
 * the window) is at {@code t * bounds.sampleCount() + s}.
 * <p>
 * The array is shared, not copied, so that a cached window costs its size once; callers must not
 * modify it.
 * </p>
 *
 * @param bounds where the window lies in the dataset
 * @param samples the samples, trace-major
 * @param sourceType the type in which the dataset stores these samples
 */
public record WindowData(WindowBounds bounds, float[] samples, SampleType sourceType) implements CacheValue {

    /**
     * Checks that the sample array has exactly the window's size.
     */
    public WindowData {
        if (bounds.area() != samples.length) {
            throw new IllegalArgumentException("Window " + bounds + " needs " + bounds.area() //$NON-NLS-1$ //$NON-NLS-2$
                    + " samples, got " + samples.length); //$NON-NLS-1$
        }
    }

    /**
     * @param trace a trace index of the dataset, inside the window
     * @param sample a sample index of the dataset, inside the window
     * @return the sample value
     * @throws IndexOutOfBoundsException if the sample is outside the window
     */
    public float value(long trace, int sample) {
        if (!bounds.contains(trace, sample)) {
            throw new IndexOutOfBoundsException("Sample (" + trace + ", " + sample + ") is outside " + bounds); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return samples[offset(trace, sample)];
    }

    /**
     * Copies one trace of the window into {@code destination}.
     *
     * @param trace a trace index of the dataset, inside the window
     * @param destination an array of at least {@code bounds.sampleCount()} values
     */
    public void copyTrace(long trace, float[] destination) {
        int n = bounds.sampleCount();
        System.arraycopy(samples, offset(trace, bounds.sampleStart()), destination, 0, n);
    }

    /** @return the number of bytes the sample array takes in memory */
    @Override
    public long byteSize() {
        return 16L + 4L * samples.length;
    }

    private int offset(long trace, int sample) {
        if (trace < bounds.traceStart() || trace >= bounds.traceEnd()) {
            throw new IndexOutOfBoundsException("Trace " + trace + " is outside " + bounds); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return (int) ((trace - bounds.traceStart()) * bounds.sampleCount() + (sample - bounds.sampleStart()));
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        return obj instanceof WindowData other && bounds.equals(other.bounds) && sourceType == other.sourceType
                && Arrays.equals(samples, other.samples);
    }

    @Override
    public int hashCode() {
        return bounds.hashCode() * 31 + Arrays.hashCode(samples);
    }

    @Override
    public String toString() {
        return "WindowData[" + bounds + ", " + sourceType + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
