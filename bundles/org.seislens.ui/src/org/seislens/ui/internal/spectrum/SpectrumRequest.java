package org.seislens.ui.internal.spectrum;

import java.util.Arrays;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.Dataset;
import org.seislens.core.ProcessingChain;
import org.seislens.ui.internal.viewer.Section;

/**
 * What a spectrum is computed of: traces of the section a viewer shows, over a range of samples, raw and (when
 * the viewer shows a chain's result) processed.
 *
 * @param section the section shown
 * @param processed the processed form of the section's dataset, or {@code null} when the viewer shows raw samples
 * @param chain the chain of the processed dataset, or {@code null}
 * @param traceIndices the dataset indices of the traces averaged
 * @param sampleStart first sample, inclusive
 * @param sampleEnd last sample, exclusive
 * @param picked whether the traces are the one trace picked in the viewer
 */
public record SpectrumRequest(Section section, @Nullable Dataset processed, @Nullable ProcessingChain chain,
        long[] traceIndices, int sampleStart, int sampleEnd, boolean picked) {

    /** The most traces averaged: more visible traces are taken at an even stride. */
    public static final int MAX_TRACES = 1000;

    /**
     * Makes a request for the traces at some display positions of a section.
     *
     * @param section the section shown
     * @param processed its processed dataset, or {@code null}
     * @param chain the chain, or {@code null}
     * @param positionStart first display position, inclusive
     * @param positionEnd last display position, exclusive
     * @param sampleStart first sample, inclusive
     * @param sampleEnd last sample, exclusive
     * @param picked whether the positions are one picked trace
     * @return the request, with at most {@link #MAX_TRACES} traces spread evenly over the positions
     */
    public static SpectrumRequest of(Section section, @Nullable Dataset processed, @Nullable ProcessingChain chain,
            long positionStart, long positionEnd, int sampleStart, int sampleEnd, boolean picked) {
        long count = Math.max(0, positionEnd - positionStart);
        int taken = (int) Math.min(count, MAX_TRACES);
        long[] indices = new long[taken];
        for (int i = 0; i < taken; i++) {
            indices[i] = section.traceIndex(positionStart + i * count / taken);
        }
        return new SpectrumRequest(section, processed, chain, indices, sampleStart, sampleEnd, picked);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof SpectrumRequest r && section.equals(r.section) && processed == r.processed
                && java.util.Objects.equals(chain, r.chain) && Arrays.equals(traceIndices, r.traceIndices)
                && sampleStart == r.sampleStart && sampleEnd == r.sampleEnd && picked == r.picked;
    }

    @Override
    public int hashCode() {
        return section.hashCode() * 31 + Arrays.hashCode(traceIndices) + sampleStart * 17 + sampleEnd;
    }

    @Override
    public String toString() {
        return "SpectrumRequest[" + section.title() + ", " + traceIndices.length + " traces, samples " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + sampleStart + ".." + sampleEnd + (picked ? ", picked" : "") + ']'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
