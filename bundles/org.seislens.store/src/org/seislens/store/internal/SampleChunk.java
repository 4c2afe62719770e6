package org.seislens.store.internal;

import org.seislens.core.CacheValue;

/**
 * One decoded Zarr chunk of a dataset's samples, as floats, trimmed to the part inside the dataset (edge
 * chunks are stored padded). Cached in the shared cache; the array is never modified.
 *
 * @param traces traces in the chunk
 * @param samples samples per trace in the chunk
 * @param values {@code traces * samples} values, trace-major
 */
record SampleChunk(int traces, int samples, float[] values) implements CacheValue {

    @Override
    public long byteSize() {
        // Array header plus values, plus the record itself: what the entry really keeps alive.
        return 16L + 4L * values.length + 24L;
    }

    /**
     * Cache key part of a chunk.
     *
     * @param traceChunk chunk index along traces
     * @param sampleChunk chunk index along samples
     */
    record Coords(long traceChunk, long sampleChunk) {
    }
}
