package org.seislens.processing.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
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
 * source's.
 */
final class ProcessedDataset implements Dataset {

    private final Dataset source;
    private final BoundChain chain;
    private final DataCache cache;
    private final DatasetDescriptor descriptor;
    private final String cacheId;

    ProcessedDataset(Dataset source, BoundChain chain, DataCache cache) {
        this.source = source;
        this.chain = chain;
        this.cache = cache;
        DatasetDescriptor d = source.descriptor();
        this.descriptor = new DatasetDescriptor(d.location(), d.name() + " (processed)", d.traceCount(), //$NON-NLS-1$
                d.sampleCount(), d.sampleInterval(), SampleType.FLOAT32, d.ensembleKeys(), d.headerColumns());
        this.cacheId = source.cacheId() + " processed " + chain.canonical(); //$NON-NLS-1$
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
        return cache.get(new CacheKey(cacheId, bounds), m -> computeWindow(bounds, m), monitor);
    }

    private WindowData computeWindow(WindowBounds b, IProgressMonitor monitor) throws DatasetException {
        int r0 = chain.readStart(b.sampleStart());
        int r1 = chain.readEnd(b.sampleEnd());
        WindowData in = source.window(new WindowBounds(b.traceStart(), b.traceEnd(), r0, r1), monitor);
        long[] traces = new long[(int) b.traceCount()];
        for (int i = 0; i < traces.length; i++) {
            traces[i] = b.traceStart() + i;
        }
        float[] out = new float[(int) b.area()];
        chain.worker().run(in.samples(), traces.length, r0, r1, b.sampleStart(), b.sampleEnd(),
                chain.headers(source, traces, monitor), out);
        return new WindowData(b, out, SampleType.FLOAT32);
    }

    @Override
    public WindowData traces(long[] traceIndices, int sampleStart, int sampleEnd, IProgressMonitor monitor)
            throws DatasetException {
        long[] traces = traceIndices.clone();
        return cache.get(new CacheKey(cacheId, new Gather(traces, sampleStart, sampleEnd)),
                m -> computeTraces(traces, sampleStart, sampleEnd, m), monitor);
    }

    private WindowData computeTraces(long[] traces, int sampleStart, int sampleEnd, IProgressMonitor monitor)
            throws DatasetException {
        int r0 = chain.readStart(sampleStart);
        int r1 = chain.readEnd(sampleEnd);
        WindowData in = source.traces(traces, r0, r1, monitor);
        float[] out = new float[traces.length * (sampleEnd - sampleStart)];
        chain.worker().run(in.samples(), traces.length, r0, r1, sampleStart, sampleEnd,
                chain.headers(source, traces, monitor), out);
        return new WindowData(new WindowBounds(0, traces.length, sampleStart, sampleEnd), out, SampleType.FLOAT32);
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
                    m -> computeTraces(traces, sampleStart, sampleEnd, m)));
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
                requests.add(new PrefetchRequest<>(new CacheKey(cacheId, b), m -> computeWindow(b, m)));
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
