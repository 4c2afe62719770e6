package org.seislens.processing.internal;

import java.util.Arrays;
import java.util.List;

import org.seislens.core.TraceEdit;

/**
 * A dataset's trace edits (kill, reverse), applied to samples as they are read, before any operator: a killed
 * trace becomes zeros, a reversed one is negated. Both act sample by sample, so applying them to any time range of
 * a trace is exact.
 */
final class TraceEdits {

    /** No edits. */
    static final TraceEdits NONE = new TraceEdits(List.of());

    private final long[] traces;
    private final boolean[] kill;
    private final int killed;

    /**
     * @param edits the edits, at most one per trace
     */
    TraceEdits(List<TraceEdit> edits) {
        TraceEdit[] sorted = edits.toArray(TraceEdit[]::new);
        Arrays.sort(sorted, (a, b) -> Long.compare(a.traceIndex(), b.traceIndex()));
        traces = new long[sorted.length];
        kill = new boolean[sorted.length];
        int k = 0;
        for (int i = 0; i < sorted.length; i++) {
            traces[i] = sorted[i].traceIndex();
            kill[i] = sorted[i].action() == TraceEdit.Action.KILL;
            k += kill[i] ? 1 : 0;
        }
        killed = k;
    }

    boolean isEmpty() {
        return traces.length == 0;
    }

    int killed() {
        return killed;
    }

    int reversed() {
        return traces.length - killed;
    }

    /** @return a text that differs when the edits differ, for cache identities */
    String fingerprint() {
        return traces.length + ":" + Arrays.hashCode(traces) + ":" + Arrays.hashCode(kill); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Applies the edits to a block of traces read from the source.
     *
     * @param samples the block, trace-major, {@code width} samples per trace; it may be a cached block, so it is
     *            copied before the first change
     * @param indices the trace index of each row of the block
     * @param width samples per row
     * @return the edited block: {@code samples} itself when no trace of it is edited
     */
    float[] apply(float[] samples, long[] indices, int width) {
        if (traces.length == 0) {
            return samples;
        }
        float[] out = samples;
        for (int row = 0; row < indices.length; row++) {
            int at = Arrays.binarySearch(traces, indices[row]);
            if (at >= 0) {
                if (out == samples) {
                    out = samples.clone();
                }
                int from = row * width;
                for (int i = from; i < from + width; i++) {
                    out[i] = kill[at] ? 0f : -out[i];
                }
            }
        }
        return out;
    }
}
