package org.seislens.store.internal.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.CacheKey;
import org.seislens.core.DataCache.PrefetchRequest;
import org.seislens.core.DataCache;
import org.seislens.core.DatasetDescriptor;
import org.seislens.core.DatasetException;
import org.seislens.core.WindowBounds;
import org.seislens.store.internal.layout.DatasetValidator;
import org.seislens.zarr.ZarrDataType;
import org.seislens.zarr.ZarrDtype;
import org.seislens.zarr.io.ZarrArray;

/**
 * The decoded chunks of a dataset's sample array, cached under (dataset, chunk coordinates) in the shared
 * cache, and the copy of a chunk's part into a window.
 */
final class ChunkSource implements AutoCloseable {

    /** The most memory a dataset keeps in idle chunk buffers, ready for the next loads. */
    static final long IDLE_BUFFER_BYTES = 32L << 20;

    private final ZarrArray samples;
    private final String cacheId;
    private final DataCache cache;
    private final long traceCount;
    private final int sampleCount;
    private final int chunkTraces;
    private final int chunkSamples;
    /** Whether chunks hold little-endian float32, kept as decoded instead of converted. */
    private final boolean rawFloats;
    /** Direct buffers of the decoded little-endian float32 chunks. */
    private final ChunkBuffers buffers;
    private final UncachedCopies uncached;
    private volatile boolean closed;

    /**
     * @param samples the opened sample array
     * @param cacheId the dataset's identity in the cache
     * @param cache the shared cache
     * @param descriptor the dataset
     */
    ChunkSource(ZarrArray samples, String cacheId, DataCache cache, DatasetDescriptor descriptor) {
        this.samples = samples;
        this.cacheId = cacheId;
        this.cache = cache;
        this.traceCount = descriptor.traceCount();
        this.sampleCount = descriptor.sampleCount();
        this.chunkTraces = samples.metadata().chunks(0);
        this.chunkSamples = samples.metadata().chunks(1);
        ZarrDtype dtype = samples.metadata().dtype();
        this.rawFloats = dtype.type() == ZarrDataType.FLOAT32 && dtype.byteOrder() == ByteOrder.LITTLE_ENDIAN;
        this.buffers = new ChunkBuffers(samples.metadata().chunkByteSize(), IDLE_BUFFER_BYTES);
        this.uncached = new UncachedCopies(samples, buffers, rawFloats);
    }

    /**
     * Copies the part of a chunk that lies in window {@code b} into the window's samples.
     *
     * @param chunk the chunk
     * @param traceChunk its position along the traces
     * @param sampleChunk its position along the samples
     * @param b the window
     * @param out the window's samples, written with absolute puts only (chunks are copied in parallel)
     * @param copy {@code null}, or an array that receives the same samples at the same indexes
     */
    void copy(SampleChunk chunk, long traceChunk, long sampleChunk, WindowBounds b, FloatBuffer out,
            float @Nullable [] copy) {
        long chunkT0 = traceChunk * chunkTraces;
        long t0 = Math.max(b.traceStart(), chunkT0);
        long t1 = Math.min(b.traceEnd(), chunkT0 + chunk.traces());
        int chunkS0 = (int) (sampleChunk * chunkSamples);
        int s0 = Math.max(b.sampleStart(), chunkS0);
        int length = Math.min(b.sampleEnd(), chunkS0 + chunk.samples()) - s0;
        int width = b.sampleCount();
        FloatBuffer values = chunk.values();
        for (long t = t0; t < t1; t++) {
            int to = (int) (t - b.traceStart()) * width + (s0 - b.sampleStart());
            int from = (int) (t - chunkT0) * chunk.stride() + (s0 - chunkS0);
            out.put(to, values, from, length);
            if (copy != null) {
                values.get(from, copy, to, length);
            }
        }
    }

    /**
     * @param traceChunk a chunk's position along the traces
     * @param sampleChunk its position along the samples
     * @return its key in the shared cache
     */
    CacheKey key(long traceChunk, long sampleChunk) {
        return new CacheKey(cacheId, new SampleChunk.Coords(traceChunk, sampleChunk));
    }

    /**
     * @param traceChunk a chunk's position along the traces
     * @param sampleChunk its position along the samples
     * @param monitor cancellation
     * @return the decoded chunk, from the cache or storage, retained for the caller: {@link SampleChunk#release()}
     *         it when done reading
     * @throws DatasetException naming the chunk file if it is missing or cannot be decoded
     */
    SampleChunk get(long traceChunk, long sampleChunk, IProgressMonitor monitor) throws DatasetException {
        SampleChunk chunk = cache.get(key(traceChunk, sampleChunk), m -> load(traceChunk, sampleChunk, m), monitor);
        if (chunk.retain()) {
            return chunk;
        }
        // Evicted and its buffer given back between the lookup and the retain (a cache under heavy pressure):
        // read a copy of our own, whose only reference is the caller's.
        return load(traceChunk, sampleChunk, monitor);
    }

    /**
     * A chunk for a caller that redoes the work of a reader thread taken off its core: from the cache if the
     * chunk is in, else decoded from storage without waiting for the load the reader thread started.
     *
     * @param traceChunk a chunk's position along the traces
     * @param sampleChunk its position along the samples
     * @param monitor cancellation
     * @return the decoded chunk, retained for the caller: {@link SampleChunk#release()} it when done reading
     * @throws DatasetException naming the chunk file if it is missing or cannot be decoded
     */
    SampleChunk getAgain(long traceChunk, long sampleChunk, IProgressMonitor monitor) throws DatasetException {
        if (cache.getIfPresent(key(traceChunk, sampleChunk)) instanceof SampleChunk cached && cached.retain()) {
            return cached;
        }
        return load(traceChunk, sampleChunk, monitor);
    }

    private SampleChunk load(long traceChunk, long sampleChunk, IProgressMonitor monitor)
            throws DatasetException {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        if (closed) {
            throw new IllegalStateException("Dataset " + samples.directory().getParent() + " is closed"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        long t0 = traceChunk * chunkTraces;
        int s0 = (int) (sampleChunk * chunkSamples);
        int traces = (int) Math.min(chunkTraces, traceCount - t0);
        int samplesInChunk = Math.min(chunkSamples, sampleCount - s0);
        long[] coords = { traceChunk, sampleChunk };
        SampleChunk chunk;
        long stored;
        try {
            if (rawFloats) {
                // Decoded straight into the array the cache keeps: no conversion pass, no second copy.
                ByteBuffer bytes = buffers.take();
                try {
                    stored = samples.readChunk(coords, bytes);
                } catch (IOException | RuntimeException e) {
                    buffers.give(bytes);
                    throw e;
                }
                chunk = new SampleChunk(traces, samplesInChunk, chunkSamples,
                        bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer(),
                        bytes.capacity() + SampleChunk.OVERHEAD, bytes, buffers);
            } else {
                float[] values = new float[traces * samplesInChunk];
                samples.readFloats2D(t0, s0, traces, samplesInChunk, values, null);
                chunk = new SampleChunk(traces, samplesInChunk, samplesInChunk, FloatBuffer.wrap(values),
                        4L * values.length + SampleChunk.OVERHEAD, null, null);
                try {
                    stored = Files.size(samples.chunkFile(coords));
                } catch (NoSuchFileException e) {
                    stored = 0; // Deleted after it was read: the next read reports it.
                }
            }
        } catch (IOException e) {
            Path file = samples.chunkFile(coords);
            throw new DatasetException(file, "cannot read samples: " + DatasetValidator.withoutFile(file, e), e); //$NON-NLS-1$
        }
        cache.recordBytesRead(stored);
        return chunk;
    }

    /**
     * Copies a window straight from storage into a buffer, leaving the cache alone; see
     * {@link UncachedCopies#copy(WindowBounds, ByteBuffer, int, int)}.
     *
     * @param b the window, inside the dataset
     * @param dst receives trace {@code t} of the window at {@code offset + t * stride}, in its byte order
     * @param offset the byte index of the window's first sample
     * @param stride bytes from one trace to the next
     * @throws DatasetException naming the chunk file if it is missing or cannot be decoded
     */
    void copyUncached(WindowBounds b, ByteBuffer dst, int offset, int stride) throws DatasetException {
        uncached.copy(b, dst, offset, stride);
    }

    /**
     * Copies a window straight from storage into an array, leaving the cache alone; see
     * {@link UncachedCopies#copy(WindowBounds, float[])}.
     *
     * @param b the window, inside the dataset and not empty
     * @param dst receives sample {@code s} of trace {@code t} of the window at {@code t * b.sampleCount() + s}
     * @throws DatasetException naming the chunk file if it is missing or cannot be decoded
     */
    void copyUncached(WindowBounds b, float[] dst) throws DatasetException {
        uncached.copy(b, dst);
    }


    /**
     * @param wanted chunks to load in the background
     * @return one prefetch request per chunk
     */
    List<PrefetchRequest<?>> requests(Collection<SampleChunk.Coords> wanted) {
        List<PrefetchRequest<?>> requests = new ArrayList<>(wanted.size() + 1);
        for (SampleChunk.Coords c : wanted) {
            requests.add(new PrefetchRequest<>(key(c.traceChunk(), c.sampleChunk()),
                    m -> load(c.traceChunk(), c.sampleChunk(), m)));
        }
        return requests;
    }

    /** Closes the sample array; loads after this fail. */
    @Override
    public void close() {
        closed = true;
        samples.close();
        buffers.clear();
    }
}
