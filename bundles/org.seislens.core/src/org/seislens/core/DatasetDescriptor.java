package org.seislens.core;

import java.nio.file.Path;
import java.util.List;

/**
 * What a dataset is: where it lives, its shape and sampling, and which header keys are indexed as
 * ensembles. Obtained from an opened {@link Dataset}; cheap to keep and compare.
 *
 * @param location the dataset directory
 * @param name a short name for display, usually the source file name
 * @param traceCount number of traces
 * @param sampleCount number of samples per trace
 * @param sampleInterval sample interval in microseconds (or in the survey's depth unit times 1000 for
 *            depth data, as SEG-Y stores it)
 * @param sampleType the type in which samples are stored
 * @param ensembleKeys the header keys that have an ensemble index, e.g. {@code field_record}, {@code cdp}
 * @param headerColumns the trace header columns that can be read
 */
public record DatasetDescriptor(Path location, String name, long traceCount, int sampleCount, double sampleInterval,
        SampleType sampleType, List<String> ensembleKeys, List<String> headerColumns) {

    /**
     * Checks the shape and freezes the lists.
     */
    public DatasetDescriptor {
        if (traceCount < 0 || sampleCount < 0) {
            throw new IllegalArgumentException("Negative dataset shape " + traceCount + " x " + sampleCount); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!(sampleInterval >= 0) || Double.isInfinite(sampleInterval)) {
            throw new IllegalArgumentException("Invalid sample interval " + sampleInterval); //$NON-NLS-1$
        }
        ensembleKeys = List.copyOf(ensembleKeys);
        headerColumns = List.copyOf(headerColumns);
    }

    /** @return the whole dataset as a window */
    public WindowBounds extent() {
        return new WindowBounds(0, traceCount, 0, sampleCount);
    }

    /** @return the number of bytes the samples take in their stored type */
    public long sampleBytes() {
        return traceCount * sampleCount * (long) sampleType.byteSize();
    }

    /**
     * @param sample a sample index
     * @return the time of that sample in milliseconds from the first sample
     */
    public double sampleTimeMillis(int sample) {
        return sample * sampleInterval / 1000.0;
    }

    /**
     * @param key a header key
     * @return whether the key has an ensemble index
     */
    public boolean hasEnsembleKey(String key) {
        return ensembleKeys.contains(key);
    }
}
