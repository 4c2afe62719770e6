package org.seislens.core;

import java.time.Instant;

/**
 * A decision about one trace, applied before any processing and by export.
 *
 * @param traceIndex the trace
 * @param action what to do with it
 * @param reason why (a flag name or the user's text; may be empty)
 * @param time when the decision was made
 */
public record TraceEdit(long traceIndex, Action action, String reason, Instant time) {

    /** What an edit does to a trace. */
    public enum Action {
        /** The trace is replaced by zeros. */
        KILL,
        /** The trace is negated. */
        REVERSE;

        /** @return the name used in files and on the command line */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Applies the edit to a trace's samples in place.
     *
     * @param samples the samples
     * @param from first sample of the trace
     * @param to end of the trace
     */
    public void apply(float[] samples, int from, int to) {
        for (int i = from; i < to; i++) {
            samples[i] = action == Action.KILL ? 0f : -samples[i];
        }
    }
}
