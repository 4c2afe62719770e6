package org.seislens.export.internal;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.seislens.core.DatasetException;
import org.seislens.core.TraceEdit;
import org.seislens.segy.TraceHeaderField;

/**
 * A dataset's trace edits as an export applies them: killed traces are written with zero samples and trace
 * identification code 2 (dead), or left out; reversed traces are written negated.
 */
final class ExportEdits {

    /** The SEG-Y trace identification code of a dead trace. */
    static final short DEAD = 2;

    private final long[] traces;
    private final boolean[] kill;

    /**
     * @param edits the edits, at most one per trace
     */
    ExportEdits(List<TraceEdit> edits) {
        TraceEdit[] sorted = edits.toArray(TraceEdit[]::new);
        Arrays.sort(sorted, (a, b) -> Long.compare(a.traceIndex(), b.traceIndex()));
        traces = new long[sorted.length];
        kill = new boolean[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            traces[i] = sorted[i].traceIndex();
            kill[i] = sorted[i].action() == TraceEdit.Action.KILL;
        }
    }

    /** @return whether there are no edits */
    boolean isEmpty() {
        return traces.length == 0;
    }

    /**
     * @param trace a dataset trace index
     * @return whether the trace is killed
     */
    boolean isKilled(long trace) {
        int at = Arrays.binarySearch(traces, trace);
        return at >= 0 && kill[at];
    }

    /**
     * The selection without its killed traces.
     *
     * @param selection the traces chosen
     * @param location the dataset, named when nothing is left
     * @return the selection itself when none of its traces is killed
     * @throws DatasetException naming the dataset when every chosen trace is killed
     */
    TraceSelection withoutKilled(TraceSelection selection, Path location) throws DatasetException {
        long killed = count(selection, true);
        if (killed == 0) {
            return selection;
        }
        long left = selection.count() - killed;
        if (left <= 0) {
            throw new DatasetException(location, "has every chosen trace killed: --drop-killed leaves nothing"); //$NON-NLS-1$
        }
        if (left > Integer.MAX_VALUE - 16) {
            throw new DatasetException(location, "keeps " + left + " traces: too many for one list after --drop-killed"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        long[] list = new long[(int) left];
        int at = 0;
        for (long i = 0; i < selection.count(); i++) {
            long t = selection.index(i);
            if (!isKilled(t)) {
                list[at++] = t;
            }
        }
        String description = selection.description();
        return new TraceSelection(0, 0, list, description);
    }

    /**
     * @param chosen the traces chosen, before killed ones are left out
     * @param dropped whether killed traces are left out
     * @return the note for the textual header, or "" when no chosen trace is edited
     */
    String note(TraceSelection chosen, boolean dropped) {
        long killed = count(chosen, true);
        long reversed = count(chosen, false);
        StringBuilder s = new StringBuilder();
        if (killed > 0) {
            s.append(killed).append(dropped ? " killed traces left out" : " traces killed"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (reversed > 0) {
            s.append(s.length() == 0 ? "" : ", ").append(reversed).append(" traces reversed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return s.toString();
    }

    /** @return how many traces of the selection are killed ({@code killed}) or reversed */
    private long count(TraceSelection selection, boolean killed) {
        long n = 0;
        long[] list = selection.indices();
        if (list == null) {
            int from = lowerBound(selection.start());
            int to = lowerBound(selection.end());
            for (int i = from; i < to; i++) {
                n += kill[i] == killed ? 1 : 0;
            }
            return n;
        }
        for (long t : list) {
            int at = Arrays.binarySearch(traces, t);
            n += at >= 0 && kill[at] == killed ? 1 : 0;
        }
        return n;
    }

    private int lowerBound(long trace) {
        int at = Arrays.binarySearch(traces, trace);
        return at >= 0 ? at : -at - 1;
    }

    /**
     * Applies the edits to a block of samples read from the stored dataset.
     *
     * @param samples the block, trace-major; it may be a cached block, so it is copied before the first change
     * @param selection the traces written
     * @param first the block's first position in the selection
     * @param n the block's traces
     * @param width samples per trace
     * @return the edited block: {@code samples} itself when no trace of it is edited
     */
    float[] applyToSamples(float[] samples, TraceSelection selection, long first, int n, int width) {
        if (traces.length == 0) {
            return samples;
        }
        float[] out = samples;
        for (int row = 0; row < n; row++) {
            int at = Arrays.binarySearch(traces, selection.index(first + row));
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

    /**
     * Applies the edits to a block of float32 samples copied from storage, in place: killed traces become zeros,
     * reversed ones have each sign bit flipped (which is what negating a float does).
     *
     * @param values the block, in its buffer's byte order
     * @param offset the byte index of the block's first sample
     * @param stride bytes from one trace's first sample to the next's
     * @param selection the traces written
     * @param first the block's first position in the selection
     * @param n the block's traces
     * @param width samples per trace
     */
    void applyToStored(ByteBuffer values, int offset, int stride, TraceSelection selection, long first, int n,
            int width) {
        for (int row = 0; row < n && traces.length > 0; row++) {
            int at = Arrays.binarySearch(traces, selection.index(first + row));
            if (at >= 0) {
                int from = offset + row * stride;
                for (int i = from; i < from + width * 4; i += 4) {
                    values.putInt(i, kill[at] ? 0 : values.getInt(i) ^ Integer.MIN_VALUE);
                }
            }
        }
    }

    /**
     * Marks the killed traces of a block dead in their headers (stored raw, in the source's byte order; the
     * writer converts them to the output's).
     *
     * @param headers the block's trace headers
     * @param selection the traces written
     * @param first the block's first position in the selection
     * @param n the block's traces
     * @return the headers marked: a copy when a trace of the block is killed, {@code headers} itself otherwise
     */
    ByteBuffer markKilled(ByteBuffer headers, TraceSelection selection, long first, int n) {
        ByteBuffer out = headers;
        int h = TraceHeaderField.HEADER_BYTES;
        for (int row = 0; row < n && traces.length > 0; row++) {
            if (isKilled(selection.index(first + row))) {
                if (out == headers) {
                    // the dataset may have handed out a cached buffer: change a copy
                    out = ByteBuffer.allocate(n * h).order(headers.order());
                    out.put(0, headers, 0, n * h);
                }
                TraceHeaderField.TRACE_ID_CODE.set(out, row * h, DEAD);
            }
        }
        return out;
    }
}
