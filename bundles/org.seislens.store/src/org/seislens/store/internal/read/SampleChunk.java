package org.seislens.store.internal.read;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.CacheValue;

/**
 * One decoded Zarr chunk of a dataset's samples, readable as floats, cached in the shared cache and never
 * modified. Little-endian float32 chunks keep their decoded bytes as they are (a float view of a pooled
 * direct buffer, see {@link ChunkBuffers}), so that decoding is the only pass over a chunk and the garbage
 * collector never copies cached samples; other types are converted to a float array once.
 * <p>
 * A pooled chunk counts its holders: the cache holds one reference from the load until it evicts the chunk
 * (then it calls {@link #close()}), and every reader {@link #retain()}s the chunk before copying from it and
 * {@link #release()}s it afterwards. When the count reaches zero the buffer goes back to the pool; a chunk
 * whose count has reached zero cannot be retained again, so a reader that loses that race asks the cache
 * again instead of reading a buffer that another chunk may already be reusing.
 * </p>
 */
final class SampleChunk implements CacheValue, AutoCloseable {

    /** Objects around the samples: this object, the buffer views, the counter. */
    static final long OVERHEAD = 160;

    private final int traces;
    private final int samples;
    private final int stride;
    private final FloatBuffer values;
    private final long byteSize;
    private final @Nullable ByteBuffer pooled;
    private final @Nullable ChunkBuffers pool;
    private final References references = new References("chunk"); //$NON-NLS-1$

    /**
     * @param traces traces of the chunk inside the dataset
     * @param samples samples per trace of the chunk inside the dataset
     * @param stride distance between the first samples of two traces in {@code values} (edge chunks stored
     *            padded keep their padding)
     * @param values the samples, trace-major; read with absolute gets only, so the chunk can be shared
     * @param byteSize the memory the chunk holds: its samples and the objects around them
     * @param pooled the pooled buffer under {@code values}, or {@code null} when {@code values} is on the heap
     * @param pool where {@code pooled} goes back, or {@code null}
     */
    SampleChunk(int traces, int samples, int stride, FloatBuffer values, long byteSize, @Nullable ByteBuffer pooled,
            @Nullable ChunkBuffers pool) {
        this.traces = traces;
        this.samples = samples;
        this.stride = stride;
        this.values = values;
        this.byteSize = byteSize;
        this.pooled = pooled;
        this.pool = pool;
    }

    /** @return traces of the chunk inside the dataset */
    int traces() {
        return traces;
    }

    /** @return samples per trace of the chunk inside the dataset */
    int samples() {
        return samples;
    }

    /** @return distance between the first samples of two traces in {@link #values()} */
    int stride() {
        return stride;
    }

    /** @return the samples, trace-major; valid while the caller holds a reference */
    FloatBuffer values() {
        return values;
    }

    @Override
    public long byteSize() {
        return byteSize;
    }

    /**
     * Takes a reference for reading.
     *
     * @return {@code false} when the chunk was already released for good: read it from the cache again
     */
    boolean retain() {
        return references.retain();
    }

    /** Gives back a reference; the last one returns the buffer to the pool. */
    void release() {
        if (references.release() && pooled != null && pool != null) {
            pool.give(pooled);
        }
    }

    /** The cache's release on eviction or invalidation. */
    @Override
    public void close() {
        release();
    }

    /**
     * Cache key part of a chunk.
     *
     * @param traceChunk chunk index along traces
     * @param sampleChunk chunk index along samples
     */
    record Coords(long traceChunk, long sampleChunk) {
    }

    @Override
    public String toString() {
        return "SampleChunk[" + traces + " x " + samples + (pooled != null ? ", pooled" : "") + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
