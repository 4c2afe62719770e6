package org.seislens.store.internal.read;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.DatasetDescriptor;
import org.seislens.core.DatasetException;
import org.seislens.core.HelpedTasks;
import org.seislens.core.WindowBounds;

/**
 * Assembles windows and gathers of scattered traces of one dataset from its decoded chunks, and names the
 * chunks a window, a gather or a prefetch touches.
 * <p>
 * The chunks of a window of up to {@link #SOLO_CHUNKS} chunks are fetched (or decoded) and copied by the caller
 * alone; those of a bigger one in parallel by the caller and the service's reader threads
 * ({@link HelpedTasks#runRedoable}), where a chunk a reader thread is slow with (taken off its core) is decoded
 * again by the caller rather than waited for.
 * </p>
 */
final class WindowAssembler {

    /**
     * The most chunks the caller reads alone, without a reader thread: a helper halves the time of big windows,
     * but on a machine with few cores the caller then waits now and then for a core (a helper, the compiler or
     * another process on the other one), for milliseconds. Measured on 2 cores, cold windows of the
     * importer's chunks (128 traces x 256 samples), 150 per run, 3 runs each, helper against caller alone:
     * 1000 x 1000 (32-45 chunks) p50 1.85-2.34 against 1.71-2.28 ms, p99 3.5-5.3 against 2.7-3.4 ms;
     * 2000 x 1500 (96-102 chunks) p50 3.7-5.3 against 5.3-5.7 ms, p99 7.4-9.8 against 6.7-7.5 ms, max up to
     * 20 against 10 ms; 4000 x 1500 (about 190 chunks) p50 6.0-8.8 against 10.7-11.0 ms, p99 12.3-13.1
     * against 13.0-13.3 ms.
     */
    static final int SOLO_CHUNKS = 128;

    private final ChunkSource chunks;
    private final HelpedTasks parallel;
    private final long traceCount;
    private final int sampleCount;
    private final int chunkTraces;
    private final int chunkSamples;

    /**
     * @param chunks the dataset's decoded chunks
     * @param readers the service's reader threads, which help with windows of many chunks
     * @param descriptor the dataset
     * @param chunkTraces the traces a stored chunk holds
     * @param chunkSamples the samples a stored chunk holds of each trace
     */
    WindowAssembler(ChunkSource chunks, Executor readers, DatasetDescriptor descriptor, int chunkTraces,
            int chunkSamples) {
        this.chunks = chunks;
        this.parallel = new HelpedTasks(readers);
        this.traceCount = descriptor.traceCount();
        this.sampleCount = descriptor.sampleCount();
        this.chunkTraces = chunkTraces;
        this.chunkSamples = chunkSamples;
    }

    /**
     * @param chunkCount the chunks a window or gather needs
     * @param helpers reader threads that may help
     * @return the helpers to ask: none for at most {@link #SOLO_CHUNKS} chunks
     */
    private static int helpersFor(int chunkCount, int helpers) {
        return chunkCount <= SOLO_CHUNKS ? 0 : helpers;
    }

    /**
     * @param b a window inside the dataset, not empty
     * @param helpers reader threads that may help the caller: none for background prefetches, which keep to
     *            their one thread so that what the user waits for has the other cores
     * @return what writes the window's samples
     */
    AssembledWindows.Fill window(WindowBounds b, int helpers) {
        return (out, copy, monitor) -> assemble(b, helpers, out, copy, monitor);
    }

    /**
     * @param traceIndices the traces, in the gather's order, inside the dataset
     * @param positions the gather's rows (one a trace) and its samples, not empty
     * @param helpers reader threads that may help the caller, as for {@link #window}
     * @return what writes the gather's samples, each stored chunk fetched once and copied to every row it feeds
     */
    AssembledWindows.Fill gather(long[] traceIndices, WindowBounds positions, int helpers) {
        return (out, copy, monitor) -> gather(traceIndices, positions, helpers, out, copy, monitor);
    }

    private void assemble(WindowBounds b, int helpers, FloatBuffer out, float @Nullable [] copy,
            IProgressMonitor monitor)
            throws DatasetException {
        long tc0 = b.traceStart() / chunkTraces;
        long tc1 = (b.traceEnd() - 1) / chunkTraces;
        long sc0 = b.sampleStart() / chunkSamples;
        long sc1 = (b.sampleEnd() - 1) / chunkSamples;
        int rows = (int) (sc1 - sc0 + 1);
        int tasks = (int) (tc1 - tc0 + 1) * rows;
        parallel.runRedoable(tasks, helpersFor(tasks, helpers), (i, again, claim) -> {
            long tc = tc0 + i / rows;
            long sc = sc0 + i % rows;
            SampleChunk chunk = again ? chunks.getAgain(tc, sc, monitor) : chunks.get(tc, sc, monitor);
            try {
                if (claim.claim()) {
                    chunks.copy(chunk, tc, sc, b, out, copy);
                }
            } finally {
                chunk.release();
            }
        });
    }

    private void gather(long[] traceIndices, WindowBounds positions, int helpers, FloatBuffer out,
            float @Nullable [] copy, IProgressMonitor monitor) throws DatasetException {
        Map<Long, List<Integer>> rowsByChunk = new TreeMap<>();
        for (int row = 0; row < traceIndices.length; row++) {
            rowsByChunk.computeIfAbsent(traceIndices[row] / chunkTraces, k -> new ArrayList<>()).add(row);
        }
        long[] chunkOrder = new long[rowsByChunk.size()];
        int[][] chunkRows = new int[rowsByChunk.size()][];
        int c = 0;
        for (Map.Entry<Long, List<Integer>> e : rowsByChunk.entrySet()) {
            chunkOrder[c] = e.getKey();
            chunkRows[c] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            c++;
        }
        int s0 = positions.sampleStart();
        int s1 = positions.sampleEnd();
        long sc0 = s0 / chunkSamples;
        int rows = (int) ((s1 - 1) / chunkSamples - sc0 + 1);
        int width = positions.sampleCount();
        int tasks = chunkOrder.length * rows;
        parallel.runRedoable(tasks, helpersFor(tasks, helpers), (i, again, claim) -> {
            long tc = chunkOrder[i / rows];
            long sc = sc0 + i % rows;
            SampleChunk chunk = again ? chunks.getAgain(tc, sc, monitor) : chunks.get(tc, sc, monitor);
            try {
                if (!claim.claim()) {
                    return;
                }
                int chunkS0 = (int) (sc * chunkSamples);
                int from = Math.max(s0, chunkS0);
                int length = Math.min(s1, chunkS0 + chunk.samples()) - from;
                FloatBuffer values = chunk.values();
                for (int row : chunkRows[i / rows]) {
                    int inChunk = (int) (traceIndices[row] - tc * chunkTraces);
                    int to = row * width + (from - s0);
                    int at = inChunk * chunk.stride() + (from - chunkS0);
                    out.put(to, values, at, length);
                    if (copy != null) {
                        values.get(at, copy, to, length);
                    }
                }
            } finally {
                chunk.release();
            }
        });
    }

    /**
     * @param traceIndices traces; those outside the dataset are skipped
     * @param sampleStart the first sample, clamped to the dataset
     * @param sampleEnd the sample after the last, clamped to the dataset
     * @return the stored chunks that hold the given samples of the given traces, in trace order
     */
    LinkedHashSet<SampleChunk.Coords> chunksOf(long[] traceIndices, int sampleStart, int sampleEnd) {
        LinkedHashSet<SampleChunk.Coords> wanted = new LinkedHashSet<>();
        int s0 = Math.max(0, sampleStart);
        int s1 = Math.min(sampleCount, sampleEnd);
        if (s0 >= s1) {
            return wanted;
        }
        long previous = -1;
        for (long t : traceIndices) {
            if (t < 0 || t >= traceCount) {
                continue;
            }
            long tc = t / chunkTraces;
            if (tc == previous) {
                continue;
            }
            previous = tc;
            for (long sc = s0 / chunkSamples; sc <= (s1 - 1) / chunkSamples; sc++) {
                wanted.add(new SampleChunk.Coords(tc, sc));
            }
        }
        return wanted;
    }

    /**
     * @param regions windows, clamped to the dataset
     * @return the stored chunks that hold them, each once, in the order of the regions
     */
    LinkedHashSet<SampleChunk.Coords> chunksIn(List<WindowBounds> regions) {
        LinkedHashSet<SampleChunk.Coords> wanted = new LinkedHashSet<>();
        for (WindowBounds region : regions) {
            WindowBounds b = region.clampTo(traceCount, sampleCount);
            if (b.isEmpty()) {
                continue;
            }
            for (long tc = b.traceStart() / chunkTraces; tc <= (b.traceEnd() - 1) / chunkTraces; tc++) {
                for (long sc = b.sampleStart() / chunkSamples; sc <= (b.sampleEnd() - 1) / chunkSamples; sc++) {
                    wanted.add(new SampleChunk.Coords(tc, sc));
                }
            }
        }
        return wanted;
    }

    /** Cache identity of a gather of scattered traces. */
    record TraceList(long[] traces, int sampleStart, int sampleEnd) {

        @Override
        public boolean equals(@Nullable Object obj) {
            return obj instanceof TraceList o && sampleStart == o.sampleStart && sampleEnd == o.sampleEnd
                    && Arrays.equals(traces, o.traces);
        }

        @Override
        public int hashCode() {
            return (Arrays.hashCode(traces) * 31 + sampleStart) * 31 + sampleEnd;
        }

        @Override
        public String toString() {
            return "TraceList[" + traces.length + " traces, samples " + sampleStart + ".." + sampleEnd + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
    }
}
