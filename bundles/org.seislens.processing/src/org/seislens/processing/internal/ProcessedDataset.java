package org.seislens.processing.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.CacheKey;
import org.seislens.core.DataCache;
import org.seislens.core.DataCache.PrefetchRequest;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetDescriptor;
import org.seislens.core.DatasetException;
import org.seislens.core.Ensemble;
import org.seislens.core.HelpedTasks;
import org.seislens.core.PrefetchHandle;
import org.seislens.core.SampleType;
import org.seislens.core.TraceHeaders;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;

/**
 * A dataset processed on demand: each window or gather is read from the source extended by the chain's halo,
 * processed and cropped, and cached in the shared cache under this dataset's {@link #cacheId()} (the source's
 * identity and the chain's canonical JSON), next to the source's raw entries. Headers and ensembles are the
 * source's. The source's trace edits are applied to what is read, before the chain.
 * <p>
 * A chain that reads whole traces (band-pass, dc, balance) computes windows from cached blocks of
 * {@link #BLOCK_TRACES} whole processed traces (fewer when traces are long), on the caller and the helper threads,
 * so that neighbouring windows and pan steps compute only the blocks they do not share. Each trace is processed
 * alone, so a block holds the same samples as the whole processed survey.
 * </p>
 */
final class ProcessedDataset implements Dataset {

    private final Dataset source;
    private final BoundChain chain;
    private final TraceEdits edits;
    /** Fewer traces than this are not worth handing to another thread. */
    private static final int MIN_PART_ROWS = 32;
    /**
     * Traces per cached block of whole processed traces (for chains that read whole traces): the chunk rows the
     * importer writes, so a block reads whole chunks.
     */
    static final int BLOCK_TRACES = 128;
    /** Bytes of processed samples a block holds at most: long traces make blocks of fewer traces. */
    private static final int MAX_BLOCK_BYTES = 2 << 20;

    private final DataCache cache;
    private final DatasetDescriptor descriptor;
    private final String cacheId;
    private final HelpedTasks work;
    private final int helperCount;
    /** Traces per block of whole processed traces. */
    private final int blockTraces;

    /**
     * @param helpers threads that help the caller process the traces of a window it waits for
     * @param helperCount how many of them to use at most
     */
    ProcessedDataset(Dataset source, BoundChain chain, TraceEdits edits, DataCache cache, Executor helpers,
            int helperCount) {
        this.source = source;
        this.chain = chain;
        this.edits = edits;
        this.cache = cache;
        this.work = new HelpedTasks(helpers);
        this.helperCount = helperCount;
        DatasetDescriptor d = source.descriptor();
        int traceBytes = Float.BYTES * Math.max(1, d.sampleCount());
        this.blockTraces = Math.max(1, Math.min(BLOCK_TRACES, MAX_BLOCK_BYTES / traceBytes));
        this.descriptor = new DatasetDescriptor(d.location(), d.name() + " (processed)", d.traceCount(), //$NON-NLS-1$
                d.sampleCount(), d.sampleInterval(), SampleType.FLOAT32, d.ensembleKeys(), d.headerColumns());
        this.cacheId = source.cacheId() + " processed " + chain.canonical() //$NON-NLS-1$
                + (edits.isEmpty() ? "" : " edits " + edits.fingerprint()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Cache key part of a processed gather. */
    private record Gather(long[] traces, int sampleStart, int sampleEnd) {

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Gather g && g.sampleStart == sampleStart && g.sampleEnd == sampleEnd
                    && Arrays.equals(g.traces, traces);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(traces) * 31 + sampleStart * 17 + sampleEnd;
        }

        @Override
        public String toString() {
            return "Gather[" + traces.length + " traces, " + sampleStart + ", " + sampleEnd + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
    }

    /**
     * Cache key part of a block of whole processed traces.
     *
     * @param traceStart its first trace, a multiple of {@link #blockTraces}
     */
    private record Block(long traceStart) {
    }

    @Override
    public DatasetDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public String cacheId() {
        return cacheId;
    }

    @Override
    public WindowData window(WindowBounds bounds, IProgressMonitor monitor) throws DatasetException {
        if (!descriptor.extent().contains(bounds)) {
            throw new IllegalArgumentException("Window " + bounds + " is outside " + descriptor.location()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (bounds.isEmpty()) {
            return new WindowData(bounds, new float[0], SampleType.FLOAT32);
        }
        return cache.get(new CacheKey(cacheId, bounds), m -> computeWindow(bounds, helperCount, m), monitor);
    }

    /**
     * @param helperThreads helper threads to use: none for background prefetches, which keep to their one thread
     *            so that what the user waits for has the other cores
     */
    private WindowData computeWindow(WindowBounds b, int helperThreads, IProgressMonitor monitor)
            throws DatasetException {
        if (chain.halo().wholeTrace()) {
            return fromBlocks(b, helperThreads, monitor);
        }
        int r0 = chain.readStart(b.sampleStart());
        int r1 = chain.readEnd(b.sampleEnd());
        WindowData in = source.window(new WindowBounds(b.traceStart(), b.traceEnd(), r0, r1), monitor);
        long[] traces = traceRange(b.traceStart(), b.traceEnd());
        float[] out = new float[(int) b.area()];
        TraceHeaders headers = chain.headers(source, traces, monitor);
        float[] edited = edits.apply(in.samples(), traces, r1 - r0);
        inParts(traces.length, helperThreads, (from, to) -> chain.withWorker(w -> w.run(edited, from, to, r0, r1,
                b.sampleStart(), b.sampleEnd(), headers, out)));
        return new WindowData(b, out, SampleType.FLOAT32);
    }

    /**
     * A window of a chain that reads whole traces, copied out of blocks of {@link #blockTraces} whole processed
     * traces, each cached: the next window or pan step computes only the blocks it does not share.
     */
    private WindowData fromBlocks(WindowBounds b, int helperThreads, IProgressMonitor monitor)
            throws DatasetException {
        float[] out = new float[(int) b.area()];
        copyBlocks(b, helperThreads, out, monitor);
        return new WindowData(b, out, SampleType.FLOAT32);
    }

    /** Writes window {@code b} of a chain that reads whole traces into {@code out}, from its cached blocks. */
    private void copyBlocks(WindowBounds b, int helperThreads, float[] out, IProgressMonitor monitor)
            throws DatasetException {
        long firstBlock = b.traceStart() / blockTraces;
        int blocks = (int) ((b.traceEnd() - 1) / blockTraces - firstBlock + 1);
        int n = descriptor.sampleCount();
        int width = b.sampleCount();
        work.run(blocks, helperThreads, i -> {
            long t0 = (firstBlock + i) * blockTraces;
            long t1 = Math.min(descriptor.traceCount(), t0 + blockTraces);
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            WindowData block = cache.get(new CacheKey(cacheId, new Block(t0)), m -> computeBlock(t0, t1, m), monitor);
            for (long t = Math.max(t0, b.traceStart()); t < Math.min(t1, b.traceEnd()); t++) {
                System.arraycopy(block.samples(), (int) (t - t0) * n + b.sampleStart(), out,
                        (int) (t - b.traceStart()) * width, width);
            }
        });
    }

    /**
     * For a chain that reads whole traces, a window not cached as a whole is copied from its cached blocks
     * straight into the caller's array, and not cached itself (its blocks are, and copying it out of them again
     * costs what copying a cached window does). Other chains compute and cache the window ({@link #window}),
     * then copy it: it has no smaller cached parts to be copied from again.
     */
    @Override
    public void readWindow(WindowBounds bounds, float[] destination, IProgressMonitor monitor)
            throws DatasetException {
        if (!chain.halo().wholeTrace()) {
            Dataset.super.readWindow(bounds, destination, monitor);
            return;
        }
        if (!descriptor.extent().contains(bounds)) {
            throw new IllegalArgumentException("Window " + bounds + " is outside " + descriptor.location()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Dataset.checkDestination(bounds, destination);
        if (bounds.isEmpty()) {
            return;
        }
        if (cache.getIfPresent(new CacheKey(cacheId, bounds)) instanceof WindowData w) {
            System.arraycopy(w.samples(), 0, destination, 0, w.samples().length);
            return;
        }
        copyBlocks(bounds, helperCount, destination, monitor);
    }

    /** Whole processed traces {@code t0 .. t1}, on the calling thread. */
    private WindowData computeBlock(long t0, long t1, IProgressMonitor monitor) throws DatasetException {
        int n = descriptor.sampleCount();
        WindowBounds all = new WindowBounds(t0, t1, 0, n);
        WindowData in = source.window(all, monitor);
        long[] traces = traceRange(t0, t1);
        float[] out = new float[(int) all.area()];
        TraceHeaders headers = chain.headers(source, traces, monitor);
        float[] edited = edits.apply(in.samples(), traces, n);
        chain.withWorker(w -> w.run(edited, 0, traces.length, 0, n, 0, n, headers, out));
        return new WindowData(all, out, SampleType.FLOAT32);
    }

    private static long[] traceRange(long from, long to) {
        long[] traces = new long[(int) (to - from)];
        for (int i = 0; i < traces.length; i++) {
            traces[i] = from + i;
        }
        return traces;
    }

    @Override
    public WindowData traces(long[] traceIndices, int sampleStart, int sampleEnd, IProgressMonitor monitor)
            throws DatasetException {
        WindowBounds run = contiguous(traceIndices, sampleStart, sampleEnd);
        if (run != null) {
            // One cache entry for a run of traces, however it is asked for: the viewer reads a shot as a window,
            // the gather prefetch asks for its traces.
            WindowData w = window(run, monitor);
            return new WindowData(new WindowBounds(0, traceIndices.length, sampleStart, sampleEnd), w.samples(),
                    w.sourceType());
        }
        long[] traces = traceIndices.clone();
        return cache.get(new CacheKey(cacheId, new Gather(traces, sampleStart, sampleEnd)),
                m -> computeTraces(traces, sampleStart, sampleEnd, helperCount, m), monitor);
    }

    private WindowData computeTraces(long[] traces, int sampleStart, int sampleEnd, int helperThreads,
            IProgressMonitor monitor) throws DatasetException {
        int r0 = chain.readStart(sampleStart);
        int r1 = chain.readEnd(sampleEnd);
        WindowData in = source.traces(traces, r0, r1, monitor);
        float[] out = new float[traces.length * (sampleEnd - sampleStart)];
        TraceHeaders headers = chain.headers(source, traces, monitor);
        float[] edited = edits.apply(in.samples(), traces, r1 - r0);
        inParts(traces.length, helperThreads,
                (from, to) -> chain.withWorker(w -> w.run(edited, from, to, r0, r1, sampleStart, sampleEnd, headers,
                        out)));
        return new WindowData(new WindowBounds(0, traces.length, sampleStart, sampleEnd), out, SampleType.FLOAT32);
    }

    /** Processes rows {@code from .. to} of a block. */
    @FunctionalInterface
    private interface Part {
        void run(int from, int to);
    }

    /**
     * Splits {@code rows} into parts of at least {@link #MIN_PART_ROWS} rows and runs them on the caller and up
     * to {@code helperThreads} helpers, returning when all are done.
     */
    private void inParts(int rows, int helperThreads, Part part) throws DatasetException {
        int parts = Math.max(1, Math.min(helperThreads + 1, rows / MIN_PART_ROWS));
        work.run(parts, parts - 1,
                p -> part.run((int) ((long) rows * p / parts), (int) ((long) rows * (p + 1) / parts)));
    }

    @Override
    public PrefetchHandle prefetchTraces(long[] traceIndices, int sampleStart, int sampleEnd) {
        List<PrefetchRequest<?>> requests = new ArrayList<>();
        boolean inside = sampleStart >= 0 && sampleEnd <= descriptor.sampleCount() && sampleStart <= sampleEnd;
        for (long t : traceIndices) {
            inside &= t >= 0 && t < descriptor.traceCount();
        }
        WindowBounds run = inside ? contiguous(traceIndices, sampleStart, sampleEnd) : null;
        if (run != null) {
            requests.add(new PrefetchRequest<>(new CacheKey(cacheId, run), m -> computeWindow(run, 0, m)));
        } else if (inside) {
            long[] traces = traceIndices.clone();
            requests.add(new PrefetchRequest<>(new CacheKey(cacheId, new Gather(traces, sampleStart, sampleEnd)),
                    m -> computeTraces(traces, sampleStart, sampleEnd, 0, m)));
        }
        return cache.prefetch(requests);
    }

    @Override
    public boolean isCached(long[] traceIndices, int sampleStart, int sampleEnd) {
        WindowBounds run = contiguous(traceIndices, sampleStart, sampleEnd);
        if (run != null) {
            return cache.contains(new CacheKey(cacheId, run));
        }
        return cache.contains(new CacheKey(cacheId, new Gather(traceIndices.clone(), sampleStart, sampleEnd)));
    }

    @Override
    public PrefetchHandle prefetch(List<WindowBounds> regions) {
        List<PrefetchRequest<?>> requests = new ArrayList<>();
        for (WindowBounds r : regions) {
            WindowBounds b = r.clampTo(descriptor.traceCount(), descriptor.sampleCount());
            if (!b.isEmpty()) {
                requests.add(new PrefetchRequest<>(new CacheKey(cacheId, b), m -> computeWindow(b, 0, m)));
            }
        }
        return cache.prefetch(requests);
    }

    /**
     * @return the window of traces {@code first .. first + n} when the indices are consecutive (and non-empty),
     *         so that they share the cache entry of that window; {@code null} otherwise
     */
    private static @Nullable WindowBounds contiguous(long[] traceIndices, int sampleStart, int sampleEnd) {
        if (traceIndices.length == 0 || sampleStart >= sampleEnd) {
            return null;
        }
        long first = traceIndices[0];
        for (int i = 1; i < traceIndices.length; i++) {
            if (traceIndices[i] != first + i) {
                return null;
            }
        }
        return new WindowBounds(first, first + traceIndices.length, sampleStart, sampleEnd);
    }

    @Override
    public long ensembleCount(String key) throws DatasetException {
        return source.ensembleCount(key);
    }

    @Override
    public Ensemble ensembleAt(String key, long ordinal, IProgressMonitor monitor) throws DatasetException {
        return source.ensembleAt(key, ordinal, monitor);
    }

    @Override
    public @Nullable Ensemble ensemble(String key, long value, IProgressMonitor monitor) throws DatasetException {
        return source.ensemble(key, value, monitor);
    }

    @Override
    public TraceHeaders headers(long[] traceIndices, List<String> columns, IProgressMonitor monitor)
            throws DatasetException {
        return source.headers(traceIndices, columns, monitor);
    }

    @Override
    public long memoryFootprint() {
        return 0;
    }

    /** Does nothing: the source belongs to the caller. */
    @Override
    public void close() {
        // The source is the caller's to close.
    }
}
