package org.seislens.processing.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

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
 */
final class ProcessedDataset implements Dataset {

    private final Dataset source;
    private final BoundChain chain;
    private final TraceEdits edits;
    /** Fewer traces than this are not worth handing to another thread. */
    private static final int MIN_PART_ROWS = 32;

    private final DataCache cache;
    private final DatasetDescriptor descriptor;
    private final String cacheId;
    private final Executor helpers;
    private final int helperCount;

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
        this.helpers = helpers;
        this.helperCount = helperCount;
        DatasetDescriptor d = source.descriptor();
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
        int r0 = chain.readStart(b.sampleStart());
        int r1 = chain.readEnd(b.sampleEnd());
        WindowData in = source.window(new WindowBounds(b.traceStart(), b.traceEnd(), r0, r1), monitor);
        long[] traces = new long[(int) b.traceCount()];
        for (int i = 0; i < traces.length; i++) {
            traces[i] = b.traceStart() + i;
        }
        float[] out = new float[(int) b.area()];
        TraceHeaders headers = chain.headers(source, traces, monitor);
        float[] edited = edits.apply(in.samples(), traces, r1 - r0);
        inParts(traces.length, helperThreads, (from, to) -> chain.withWorker(w -> w.run(edited, from, to, r0, r1,
                b.sampleStart(), b.sampleEnd(), headers, out)));
        return new WindowData(b, out, SampleType.FLOAT32);
    }

    @Override
    public WindowData traces(long[] traceIndices, int sampleStart, int sampleEnd, IProgressMonitor monitor)
            throws DatasetException {
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
    private void inParts(int rows, int helperThreads, Part part) {
        int parts = Math.max(1, Math.min(helperThreads + 1, rows / MIN_PART_ROWS));
        if (parts == 1) {
            part.run(0, rows);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(parts);
        AtomicReference<@Nullable RuntimeException> failure = new AtomicReference<>();
        Runnable work = () -> {
            int p;
            while ((p = next.getAndIncrement()) < parts) {
                try {
                    part.run((int) ((long) rows * p / parts), (int) ((long) rows * (p + 1) / parts));
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    finished.countDown();
                }
            }
        };
        for (int h = 0; h < parts - 1; h++) {
            try {
                helpers.execute(work);
            } catch (RejectedExecutionException e) {
                break; // The service is going away; the caller does the work alone.
            }
        }
        work.run();
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
        RuntimeException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    @Override
    public PrefetchHandle prefetchTraces(long[] traceIndices, int sampleStart, int sampleEnd) {
        List<PrefetchRequest<?>> requests = new ArrayList<>();
        boolean inside = sampleStart >= 0 && sampleEnd <= descriptor.sampleCount() && sampleStart <= sampleEnd;
        for (long t : traceIndices) {
            inside &= t >= 0 && t < descriptor.traceCount();
        }
        if (inside) {
            long[] traces = traceIndices.clone();
            requests.add(new PrefetchRequest<>(new CacheKey(cacheId, new Gather(traces, sampleStart, sampleEnd)),
                    m -> computeTraces(traces, sampleStart, sampleEnd, 0, m)));
        }
        return cache.prefetch(requests);
    }

    @Override
    public boolean isCached(long[] traceIndices, int sampleStart, int sampleEnd) {
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
