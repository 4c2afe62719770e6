package org.seislens.processing.internal;

/**
 * Applies one operator to segments of traces, in place, in double precision. A kernel may keep scratch memory, so
 * it is used by one thread at a time; {@link TraceOperator#kernel()} makes one per thread.
 */
@FunctionalInterface
public interface TraceKernel {

    /**
     * Processes the samples {@code x[0 .. length)}, sample {@code k} being sample {@code position.first() + k} of
     * its trace. Output samples whose halo lies inside the segment (or reaches past the trace's ends only) must
     * depend on nothing but those input samples and their positions in the trace, so that any segment containing
     * the halo gives the same values; the others are cropped by the caller and may hold anything.
     *
     * @param x the samples, replaced by the output
     * @param length number of samples
     * @param position where they lie in the trace
     */
    void apply(double[] x, int length, TracePosition position);
}
