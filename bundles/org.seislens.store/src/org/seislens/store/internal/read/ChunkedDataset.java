package org.seislens.store.internal.read;

import java.nio.ByteBuffer;
import java.util.List;
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
 * instead and adds no window entry (see {@link AssembledWindows#read}). Windows and gathers are assembled from
 * the chunks by {@link WindowAssembler}; header columns and ensemble indexes are read by {@link DatasetTables}.
 * </p>
 */
final class ChunkedDataset implements Dataset {

    /** The largest window: its samples must fit one Java array. */
    static final long MAX_WINDOW_SAMPLES = Integer.MAX_VALUE - 16L;

    private final DatasetDescriptor descriptor;
    private final String cacheId;
    private final DataCache cache;
    private final int readerCount;
    private final ChunkSource chunks;
    private final long traceCount;
    private final int sampleCount;
    private final WindowAssembler assembler;
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
        this.tables = new DatasetTables(descriptor, cacheId, cache);
        this.readerCount = readerCount;
        this.chunks = new ChunkSource(samples, cacheId, cache, descriptor);
        this.windows = new AssembledWindows(cache, descriptor.sampleType());
        this.traceCount = descriptor.traceCount();
        this.sampleCount = descriptor.sampleCount();
        this.assembler = new WindowAssembler(chunks, readers, descriptor, samples.metadata().chunks(0),
                samples.metadata().chunks(1));
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
        return windows.get(new CacheKey(cacheId, bounds), bounds, assembler.window(bounds, readerCount), monitor);
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
        windows.read(new CacheKey(cacheId, bounds), bounds, assembler.window(bounds, readerCount), destination,
                monitor);
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
        return windows.get(new CacheKey(cacheId, new WindowAssembler.TraceList(wanted, sampleStart, sampleEnd)),
                positions, assembler.gather(wanted, positions, readerCount), monitor);
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

    @Override
    public PrefetchHandle prefetchTraces(long[] traceIndices, int sampleStart, int sampleEnd) {
        checkOpen();
        List<PrefetchRequest<?>> requests =
                chunks.requests(assembler.chunksOf(traceIndices, sampleStart, sampleEnd));
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
                requests.add(windows.request(new CacheKey(cacheId, b), b, assembler.window(b, 0)));
            } else {
                WindowBounds positions = new WindowBounds(0, wanted.length, s0, s1);
                requests.add(windows.request(new CacheKey(cacheId, new WindowAssembler.TraceList(wanted, s0, s1)),
                        positions, assembler.gather(wanted, positions, 0)));
            }
        }
        return cache.prefetch(requests);
    }

    @Override
    public boolean isCached(long[] traceIndices, int sampleStart, int sampleEnd) {
        checkOpen();
        for (SampleChunk.Coords c : assembler.chunksOf(traceIndices, sampleStart, sampleEnd)) {
            if (!cache.contains(chunks.key(c.traceChunk(), c.sampleChunk()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public PrefetchHandle prefetch(List<WindowBounds> regions) {
        checkOpen();
        return cache.prefetch(chunks.requests(assembler.chunksIn(regions)));
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
    public void copyWindow(WindowBounds bounds, float[] destination, IProgressMonitor monitor)
            throws DatasetException {
        checkWindow(bounds);
        Dataset.checkDestination(bounds, destination);
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        if (!bounds.isEmpty()) {
            chunks.copyUncached(bounds, destination);
        }
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
