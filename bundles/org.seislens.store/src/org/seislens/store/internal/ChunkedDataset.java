package org.seislens.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
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
import org.seislens.core.TraceHeaders;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;
import org.seislens.zarr.ZarrArray;

/**
 * An opened dataset directory, read lazily through the shared {@link DataCache}.
 * <p>
 * Windows are assembled from decoded chunks cached under (dataset, chunk coordinates), so a pan or a zoom
 * over cached chunks reads no storage; the assembled window is cached too, under its bounds, so asking for
 * the same window again costs one lookup. The chunks of one window are fetched (or decoded) and copied in parallel by
 * the caller and the service's reader threads. Header columns are cached whole under (dataset, column) and
 * count against the same budget. Ensemble indexes are read on first use and kept by the handle
 * ({@link #memoryFootprint()}).
 * </p>
 */
final class ChunkedDataset implements Dataset {

    /** The largest window: its samples must fit one Java array. */
    static final long MAX_WINDOW_SAMPLES = Integer.MAX_VALUE - 16L;

    private final DatasetDescriptor descriptor;
    private final String cacheId;
    private final DataCache cache;
    private final Executor readers;
    private final int readerCount;
    private final ZarrArray samples;
    private final long traceCount;
    private final int sampleCount;
    private final int chunkTraces;
    private final int chunkSamples;
    private final Map<String, EnsembleIndex> ensembles = new HashMap<>();
    private volatile boolean closed;

    ChunkedDataset(DatasetDescriptor descriptor, String cacheId, DataCache cache, Executor readers, int readerCount,
            ZarrArray samples) {
        this.descriptor = descriptor;
        this.cacheId = cacheId;
        this.cache = cache;
        this.readers = readers;
        this.readerCount = readerCount;
        this.samples = samples;
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
        checkOpen();
        if (!descriptor.extent().contains(bounds)) {
            throw new IllegalArgumentException("Window " + bounds + " is outside dataset " + descriptor.location() //$NON-NLS-1$ //$NON-NLS-2$
                    + " of " + traceCount + " traces x " + sampleCount + " samples; clamp it with WindowBounds.clampTo"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (bounds.area() > MAX_WINDOW_SAMPLES) {
            throw new IllegalArgumentException("Window " + bounds + " holds " + bounds.area() //$NON-NLS-1$ //$NON-NLS-2$
                    + " samples, more than one array can (" + MAX_WINDOW_SAMPLES + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (bounds.isEmpty()) {
            return new WindowData(bounds, new float[0], descriptor.sampleType());
        }
        return cache.get(new CacheKey(cacheId, bounds), m -> assemble(bounds, m), monitor);
    }

    private WindowData assemble(WindowBounds b, IProgressMonitor monitor) throws DatasetException {
        long tc0 = b.traceStart() / chunkTraces;
        long tc1 = (b.traceEnd() - 1) / chunkTraces;
        long sc0 = b.sampleStart() / chunkSamples;
        long sc1 = (b.sampleEnd() - 1) / chunkSamples;
        int rows = (int) (sc1 - sc0 + 1);
        int tasks = (int) (tc1 - tc0 + 1) * rows;
        float[] out = new float[(int) b.area()];
        // Each worker takes a chunk, gets it from the cache or storage, and copies its part of the window at
        // once: decoding and copying overlap, and both are shared by the caller and the reader threads.
        AtomicInteger next = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(tasks);
        AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            int i;
            while ((i = next.getAndIncrement()) < tasks) {
                try {
                    if (failure.get() == null) {
                        long tc = tc0 + i / rows;
                        long sc = sc0 + i % rows;
                        copy(chunk(tc, sc, monitor), tc, sc, b, out);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    finished.countDown();
                }
            }
        };
        int helpers = Math.min(readerCount, tasks - 1);
        for (int h = 0; h < helpers; h++) {
            try {
                readers.execute(work);
            } catch (RejectedExecutionException e) {
                break; // The service is going away; the caller does the work alone.
            }
        }
        work.run();
        try {
            // Only chunks already claimed are waited for: a helper that starts late finds nothing left.
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
        Throwable e = failure.get();
        if (e instanceof DatasetException d) {
            throw d;
        }
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        return new WindowData(b, out, descriptor.sampleType());
    }

    /** Copies the part of a chunk that lies in window {@code b} into the window's samples. */
    private void copy(SampleChunk chunk, long traceChunk, long sampleChunk, WindowBounds b, float[] out) {
        long chunkT0 = traceChunk * chunkTraces;
        long t0 = Math.max(b.traceStart(), chunkT0);
        long t1 = Math.min(b.traceEnd(), chunkT0 + chunk.traces());
        int chunkS0 = (int) (sampleChunk * chunkSamples);
        int s0 = Math.max(b.sampleStart(), chunkS0);
        int length = Math.min(b.sampleEnd(), chunkS0 + chunk.samples()) - s0;
        int width = b.sampleCount();
        float[] values = chunk.values();
        for (long t = t0; t < t1; t++) {
            System.arraycopy(values, (int) (t - chunkT0) * chunk.samples() + (s0 - chunkS0), out,
                    (int) (t - b.traceStart()) * width + (s0 - b.sampleStart()), length);
        }
    }

    private CacheKey key(long traceChunk, long sampleChunk) {
        return new CacheKey(cacheId, new SampleChunk.Coords(traceChunk, sampleChunk));
    }

    private SampleChunk chunk(long traceChunk, long sampleChunk, IProgressMonitor monitor) throws DatasetException {
        return cache.get(key(traceChunk, sampleChunk), m -> loadChunk(traceChunk, sampleChunk, m), monitor);
    }

    private SampleChunk loadChunk(long traceChunk, long sampleChunk, IProgressMonitor monitor)
            throws DatasetException {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        checkOpen();
        long t0 = traceChunk * chunkTraces;
        int s0 = (int) (sampleChunk * chunkSamples);
        int traces = (int) Math.min(chunkTraces, traceCount - t0);
        int samplesInChunk = Math.min(chunkSamples, sampleCount - s0);
        long[] coords = { traceChunk, sampleChunk };
        Path file = samples.chunkFile(coords);
        float[] values = new float[traces * samplesInChunk];
        try {
            samples.readFloats2D(t0, s0, traces, samplesInChunk, values, null);
            long stored;
            try {
                stored = Files.size(file);
            } catch (NoSuchFileException e) {
                stored = 0; // A chunk never written reads as the fill value, from no storage.
            }
            cache.recordBytesRead(stored);
        } catch (IOException e) {
            throw new DatasetException(file, "cannot read samples: " + e.getMessage(), e); //$NON-NLS-1$
        }
        return new SampleChunk(traces, samplesInChunk, values);
    }

    @Override
    public PrefetchHandle prefetch(List<WindowBounds> regions) {
        checkOpen();
        java.util.LinkedHashSet<SampleChunk.Coords> wanted = new java.util.LinkedHashSet<>();
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
        List<PrefetchRequest<?>> requests = new ArrayList<>(wanted.size());
        for (SampleChunk.Coords c : wanted) {
            requests.add(new PrefetchRequest<>(new CacheKey(cacheId, c),
                    m -> loadChunk(c.traceChunk(), c.sampleChunk(), m)));
        }
        return cache.prefetch(requests);
    }

    private EnsembleIndex index(String key, IProgressMonitor monitor) throws DatasetException {
        checkOpen();
        Path file = descriptor.location().resolve(SegyImporter.ENSEMBLES).resolve(key + ".parquet"); //$NON-NLS-1$
        if (!descriptor.hasEnsembleKey(key)) {
            throw new DatasetException(file, "no ensemble index for key " + key + " (indexed: " //$NON-NLS-1$ //$NON-NLS-2$
                    + descriptor.ensembleKeys() + ")"); //$NON-NLS-1$
        }
        // One index read at a time per handle: concurrent first uses of a key read it once.
        synchronized (ensembles) {
            EnsembleIndex index = ensembles.get(key);
            if (index == null) {
                index = EnsembleIndex.read(file, key, traceCount, monitor);
                ensembles.put(key, index);
            }
            return index;
        }
    }

    @Override
    public long ensembleCount(String key) throws DatasetException {
        return index(key, new NullProgressMonitor()).count();
    }

    @Override
    public Ensemble ensembleAt(String key, long ordinal, IProgressMonitor monitor) throws DatasetException {
        return index(key, monitor).at(ordinal);
    }

    @Override
    public @Nullable Ensemble ensemble(String key, long value, IProgressMonitor monitor) throws DatasetException {
        return index(key, monitor).find(value);
    }

    @Override
    public TraceHeaders headers(long[] traceIndices, List<String> columns, IProgressMonitor monitor)
            throws DatasetException {
        checkOpen();
        for (long t : traceIndices) {
            if (t < 0 || t >= traceCount) {
                throw new IllegalArgumentException("Trace " + t + " is outside dataset " + descriptor.location() //$NON-NLS-1$ //$NON-NLS-2$
                        + " of " + traceCount + " traces"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        long[][] values = new long[columns.size()][];
        for (int c = 0; c < columns.size(); c++) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            String name = columns.get(c);
            long[] out = new long[traceIndices.length];
            if (HeaderTableWriter.TRACE_INDEX.equals(name)) {
                System.arraycopy(traceIndices, 0, out, 0, out.length);
            } else {
                int[] column = headerColumn(name, monitor).values();
                for (int i = 0; i < out.length; i++) {
                    out[i] = column[(int) traceIndices[i]];
                }
            }
            values[c] = out;
        }
        return new TraceHeaders(columns, traceIndices.clone(), values);
    }

    private HeaderColumn headerColumn(String name, IProgressMonitor monitor) throws DatasetException {
        Path file = descriptor.location().resolve(SegyImporter.HEADERS);
        if (!descriptor.headerColumns().contains(name)) {
            throw new DatasetException(file, "has no header column " + name + " (columns: " //$NON-NLS-1$ //$NON-NLS-2$
                    + descriptor.headerColumns() + ")"); //$NON-NLS-1$
        }
        return cache.get(new CacheKey(cacheId, new HeaderColumn.Key(name)), m -> {
            try (ParquetColumnReader r = ParquetColumnReader.open(file, traceCount)) {
                if (r.rows() != traceCount) {
                    throw new DatasetException(file, "has " + r.rows() + " rows for " + traceCount + " traces"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                int[] values = r.readInts(name, m);
                cache.recordBytesRead(r.storedBytes(name));
                return new HeaderColumn(name, values);
            }
        }, monitor);
    }

    @Override
    public long memoryFootprint() {
        long bytes = 512; // the handle, its descriptor and the array's metadata
        synchronized (ensembles) {
            for (EnsembleIndex index : ensembles.values()) {
                bytes += index.byteSize();
            }
        }
        return bytes;
    }

    @Override
    public void close() {
        closed = true;
        samples.close();
        synchronized (ensembles) {
            ensembles.clear();
        }
    }

    @Override
    public String toString() {
        return "ChunkedDataset[" + descriptor.location() + "]"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
