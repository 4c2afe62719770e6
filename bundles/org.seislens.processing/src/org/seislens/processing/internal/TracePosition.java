package org.seislens.processing.internal;

/**
 * Where a segment of samples handed to a {@link TraceKernel} lies in its trace, and what the trace's headers say.
 * Sample {@code k} of the segment is sample {@code first + k} of the trace, at time
 * {@code delayMs + (first + k) * dtMs} milliseconds.
 *
 * @param first index in the trace of the segment's first sample
 * @param traceLength samples in the whole trace
 * @param dtMs sample interval in milliseconds
 * @param delayMs the trace's delay recording time in milliseconds
 * @param offset the trace's source-receiver offset as stored in its header (unscaled)
 */
public record TracePosition(int first, int traceLength, double dtMs, double delayMs, double offset) {

    /**
     * @param sample index of a sample in the trace
     * @return its time in milliseconds
     */
    public double timeMs(int sample) {
        return delayMs + sample * dtMs;
    }
}
