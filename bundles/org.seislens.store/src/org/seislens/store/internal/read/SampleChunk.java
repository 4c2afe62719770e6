package org.seislens.store.internal.read;

import java.nio.FloatBuffer;

import org.seislens.core.CacheValue;

/**
 * One decoded Zarr chunk of a dataset's samples, readable as floats, cached in the shared cache and never
 * modified. Little-endian float32 chunks keep their decoded bytes as they are (a float view of them), so that
 * decoding is the only pass over a chunk before windows copy from it; other types are converted to a float
 * array once.
 *
 * @param traces traces of the chunk inside the dataset
 * @param samples samples per trace of the chunk inside the dataset
 * @param stride distance between the first samples of two traces in {@code values} (edge chunks stored
 *            padded keep their padding)
 * @param values the samples, trace-major; read with absolute gets only, so the chunk can be shared
 * @param byteSize the heap the chunk holds: its array and the objects around it
 */
record SampleChunk(int traces, int samples, int stride, FloatBuffer values, long byteSize) implements CacheValue {

    /** Objects around the array: the record, the buffer views, the array header. */
    static final long OVERHEAD = 160;

    /**
     * Cache key part of a chunk.
     *
     * @param traceChunk chunk index along traces
     * @param sampleChunk chunk index along samples
     */
    record Coords(long traceChunk, long sampleChunk) {
    }
}
