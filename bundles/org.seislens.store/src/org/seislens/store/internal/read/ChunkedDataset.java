package org.seislens.store.internal.read;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.CacheKey;
import org.seislens.core.DataCache.PrefetchRequest;
import org.seislens.core.DataCache;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetDescriptor;
import org.seislens.core.DatasetException;
import org.seislens.core.Ensemble;
import org.seislens.core.HelpedTasks;
import org.seislens.core.PrefetchHandle;
import org.seislens.core.SourceHeaders;
import org.seislens.core.TraceHeaders;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;
import org.seislens.store.internal.layout.AdditionalTraceHeaders;
import org.seislens.store.internal.layout.DatasetLayout;
import org.seislens.store.internal.layout.DatasetMetadata;
import org.seislens.zarr.io.ZarrArray;

/**
 * An opened dataset directory, read lazily through the shared {@link DataCache}.
 * <p>
 * Windows are assembled from decoded chunks cached under (dataset, chunk coordinates), so a pan or a zoom
 * over cached chunks reads no storage; the assembled window is cached too, under its bounds, outside the heap
 * ({@link CachedWindow}), so asking for the same window again costs one lookup, and one copy into the array
 * returned unless a caller still holds the array handed out before. Nothing this class caches lives on the heap, so a filling cache costs the collector nothing and
 * the arrays callers get die young unless they keep them. {@link #readWindow} writes into the caller's array
 * instead and adds no window entry (see {@link AssembledWindows#read}). The chunks of a window of up to
 * {@link #SOLO_CHUNKS} chunks are fetched (or decoded) and copied by the caller alone; those of a bigger one in
 * parallel by the caller and the service's reader threads ({@link HelpedTasks#runRedoable}), where a chunk a
 * reader thread is slow with (taken off its core) is decoded again by the caller rather than waited for.
 * Header columns and ensemble indexes are read by {@link DatasetTables}.
 * </p>
 */
final class ChunkedDataset implements Dataset {

    /** The largest window: its samples must fit one Java array. */
    static final long MAX_WINDOW_SAMPLES = Integer.MAX_VALUE - 16L;

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


    private final DatasetDescriptor descriptor;
    private final String cacheId;
    private final DataCache cache;
    private final int readerCount;
    private final ChunkSource chunks;
    private final long traceCount;
    private final int sampleCount;
    private final int chunkTraces;
    private final int chunkSamples;
    private final HelpedTasks parallel;
    private final DatasetTables tables;
    private final DatasetMetadata metadata;
    private final AssembledWindows windows;
    private volatile @Nullable RawHeaderReader rawHeaders;
    private volatile boolean closed;

    ChunkedDataset(DatasetDescriptor descriptor, String cacheId, DataCache cache, Executor readers, int readerCount,
            ZarrArray samples, DatasetMetadata metadata) {
        this.descriptor = descriptor;
        this.metadata = metadata;
        this.cacheId = cacheId;
        this.cache = cache;
        this.parallel = new HelpedTasks(readers);
        this.tables = new DatasetTables(descriptor, cacheId, cache);
        this.readerCount = readerCount;
        this.chunks = new ChunkSource(samples, cacheId, cache, descriptor);
        this.windows = new AssembledWindows(cache, descriptor.sampleType());
        this.traceCount = descriptor.traceCount();
        this.sampleCount = descriptor.sampleCount();
        this.chunkTraces = samples.metadata().chunks(0);
        this.chunkSamples = samples.metadata().chunks(1);
    }

    @Override
    public DatasetDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public String cacheId() {
        return cacheId;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("Dataset " + descriptor.location() + " is closed"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Override
    public WindowData window(WindowBounds bounds, IProgressMonitor monitor) throws DatasetException {
        checkWindow(bounds);
        if (bounds.isEmpty()) {
            return new WindowData(bounds, new float[0], descriptor.sampleType());
        }
        return windows.get(new CacheKey(cacheId, bounds), bounds,
                (out, copy, m) -> assemble(bounds, readerCount, out, copy, m), monitor);
    }

    /**
     * Reads a window into the caller's array: on a miss the reading threads write the window into the cached
     * buffer and the caller's array together, on a hit the buffer is copied; no array is made.
     */
    @Override
    public void readWindow(WindowBounds bounds, float[] destination, IProgressMonitor monitor)
            throws DatasetException {
        checkWindow(bounds);
        Dataset.checkDestination(bounds, destination);
        if (bounds.isEmpty()) {
            return;
        }
        windows.read(new CacheKey(cacheId, bounds), bounds,
                (out, copy, m) -> assemble(bounds, readerCount, out, copy, m), destination, monitor);
    }

    private void checkWindow(WindowBounds bounds) {
        checkOpen();
        if (!descriptor.extent().contains(bounds)) {
            throw new IllegalArgumentException("Window " + bounds + " is outside dataset " + descriptor.location() //$NON-NLS-1$ //$NON-NLS-2$
                    + " of " + traceCount + " traces x " + sampleCount + " samples; clamp it with WindowBounds.clampTo"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (bounds.area() > MAX_WINDOW_SAMPLES) {
            throw new IllegalArgumentException("Window " + bounds + " holds " + bounds.area() //$NON-NLS-1$ //$NON-NLS-2$
                    + " samples, more than one array can (" + MAX_WINDOW_SAMPLES + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * @param chunks the chunks a window or gather needs
     * @param helpers reader threads that may help
     * @return the helpers to ask: none for at most {@link #SOLO_CHUNKS} chunks
     */
    private static int helpersFor(int chunks, int helpers) {
        return chunks <= SOLO_CHUNKS ? 0 : helpers;
    }

    /**
     * @param helpers reader threads that may help the caller: none for background prefetches, which keep to
     *            their one thread so that what the user waits for has the other cores
     */
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

    @Override
    public WindowData traces(long[] traceIndices, int sampleStart, int sampleEnd, IProgressMonitor monitor)
            throws DatasetException {
        checkOpen();
        checkTraces(traceIndices, sampleStart, sampleEnd);
        int n = traceIndices.length;
        WindowBounds positions = new WindowBounds(0, n, sampleStart, sampleEnd);
        if (positions.isEmpty()) {
            return new WindowData(positions, new float[0], descriptor.sampleType());
        }
        if (isRun(traceIndices)) {
            // Traces that follow each other are an ordinary window, cached and shared as one.
            WindowData w = window(new WindowBounds(traceIndices[0], traceIndices[0] + n, sampleStart, sampleEnd),
                    monitor);
            return new WindowData(positions, w.samples(), w.sourceType());
        }
        long[] wanted = traceIndices.clone();
        return windows.get(new CacheKey(cacheId, new TraceList(wanted, sampleStart, sampleEnd)), positions,
                (out, copy, m) -> gather(wanted, positions, readerCount, out, copy, m), monitor);
    }

    private void checkTraces(long[] traceIndices, int sampleStart, int sampleEnd) {
        if (sampleStart < 0 || sampleEnd > sampleCount || sampleStart > sampleEnd) {
            throw new IllegalArgumentException("Samples " + sampleStart + " to " + sampleEnd //$NON-NLS-1$ //$NON-NLS-2$
                    + " are outside dataset " + descriptor.location() + " of " + sampleCount + " samples"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        for (long t : traceIndices) {
            if (t < 0 || t >= traceCount) {
                throw new IllegalArgumentException("Trace " + t + " is outside dataset " + descriptor.location() //$NON-NLS-1$ //$NON-NLS-2$
                        + " of " + traceCount + " traces"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if ((long) traceIndices.length * (sampleEnd - sampleStart) > MAX_WINDOW_SAMPLES) {
            throw new IllegalArgumentException(traceIndices.length + " traces of " + (sampleEnd - sampleStart) //$NON-NLS-1$
                    + " samples are more than one array can hold"); //$NON-NLS-1$
        }
    }

    private static boolean isRun(long[] traceIndices) {
        for (int i = 1; i < traceIndices.length; i++) {
            if (traceIndices[i] != traceIndices[0] + i) {
                return false;
            }
        }
        return true;
    }

    /** Reads scattered traces: each stored chunk they touch is fetched once and copied to every row it feeds. */
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

    /** Cache identity of a gather of scattered traces. */
    private record TraceList(long[] traces, int sampleStart, int sampleEnd) {

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

    /** @return the stored chunks that hold the given samples of the given traces, in trace order */
    private LinkedHashSet<SampleChunk.Coords> chunksOf(long[] traceIndices, int sampleStart, int sampleEnd) {
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

    @Override
    public PrefetchHandle prefetchTraces(long[] traceIndices, int sampleStart, int sampleEnd) {
        checkOpen();
        List<PrefetchRequest<?>> requests = chunks.requests(chunksOf(traceIndices, sampleStart, sampleEnd));
        long[] wanted = traceIndices.clone();
        int s0 = Math.max(0, sampleStart);
        int s1 = Math.min(sampleCount, sampleEnd);
        boolean inside = wanted.length > 0 && s0 < s1;
        for (long t : wanted) {
            inside &= t >= 0 && t < traceCount;
        }
        if (inside && (long) wanted.length * (s1 - s0) <= MAX_WINDOW_SAMPLES) {
            // Last, once its chunks are in: the gather as traces() returns it, so that stepping to it costs a
            // lookup rather than assembling a window while the user waits.
            if (isRun(wanted)) {
                WindowBounds b = new WindowBounds(wanted[0], wanted[0] + wanted.length, s0, s1);
                requests.add(windows.request(new CacheKey(cacheId, b), b,
                        (out, copy, m) -> assemble(b, 0, out, copy, m)));
            } else {
                WindowBounds positions = new WindowBounds(0, wanted.length, s0, s1);
                requests.add(windows.request(new CacheKey(cacheId, new TraceList(wanted, s0, s1)), positions,
                        (out, copy, m) -> gather(wanted, positions, 0, out, copy, m)));
            }
        }
        return cache.prefetch(requests);
    }

    @Override
    public boolean isCached(long[] traceIndices, int sampleStart, int sampleEnd) {
        checkOpen();
        for (SampleChunk.Coords c : chunksOf(traceIndices, sampleStart, sampleEnd)) {
            if (!cache.contains(chunks.key(c.traceChunk(), c.sampleChunk()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public PrefetchHandle prefetch(List<WindowBounds> regions) {
        checkOpen();
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
        return prefetchChunks(wanted);
    }

    private PrefetchHandle prefetchChunks(Collection<SampleChunk.Coords> wanted) {
        return cache.prefetch(chunks.requests(wanted));
    }

    @Override
    public long ensembleCount(String key) throws DatasetException {
        checkOpen();
        return tables.index(key, new NullProgressMonitor()).count();
    }

    @Override
    public Ensemble ensembleAt(String key, long ordinal, IProgressMonitor monitor) throws DatasetException {
        checkOpen();
        return tables.index(key, monitor).at(ordinal);
    }

    @Override
    public @Nullable Ensemble ensemble(String key, long value, IProgressMonitor monitor) throws DatasetException {
        checkOpen();
        return tables.index(key, monitor).find(value);
    }

    @Override
    public TraceHeaders headers(long[] traceIndices, List<String> columns, IProgressMonitor monitor)
            throws DatasetException {
        checkOpen();
        return tables.headers(traceIndices, columns, monitor);
    }

    @Override
    public void copyWindow(WindowBounds bounds, ByteBuffer dst, int offset, int stride, IProgressMonitor monitor)
            throws DatasetException {
        checkOpen();
        if (!descriptor.extent().contains(bounds)) {
            throw new IllegalArgumentException("Window " + bounds + " is outside dataset " + descriptor.location()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Dataset.checkCopy(bounds, dst, offset, stride);
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        chunks.copyUncached(bounds, dst, offset, stride);
    }

    @Override
    public ByteBuffer rawHeaders(long first, int count, IProgressMonitor monitor) throws DatasetException {
        RawHeaderReader reader = rawHeaders;
        if (reader == null) {
            synchronized (this) {
                reader = rawHeaders;
                if (reader == null) {
                    reader = new RawHeaderReader(new DatasetLayout(descriptor.location()).headers(), traceCount,
                            sourceHeaders().byteOrder());
                    rawHeaders = reader;
                }
            }
        }
        return reader.read(first, count, monitor);
    }

    @Override
    public @Nullable ByteBuffer additionalHeaders(long first, int count, IProgressMonitor monitor)
            throws DatasetException {
        checkOpen();
        SourceHeaders source = sourceHeaders();
        if (source.additionalTraceHeaders() == 0) {
            return null;
        }
        return AdditionalTraceHeaders.read(new DatasetLayout(descriptor.location()).additionalHeaders(),
                source.additionalTraceHeaders(), first, count, source.byteOrder());
    }

    @Override
    public SourceHeaders sourceHeaders() throws DatasetException {
        return StoredSourceHeaders.of(descriptor.location(), metadata);
    }

    @Override
    public long memoryFootprint() {
        return 512 + tables.byteSize(); // the handle, its descriptor and the array's metadata, the indexes
    }

    @Override
    public void close() {
        closed = true;
        chunks.close();
        windows.clear();
        RawHeaderReader reader = rawHeaders;
        if (reader != null) {
            reader.close();
        }
        tables.clear();
    }

    @Override
    public String toString() {
        return "ChunkedDataset[" + descriptor.location() + "]"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
