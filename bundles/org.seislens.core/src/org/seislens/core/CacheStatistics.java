package org.seislens.core;

/**
 * A snapshot of the shared cache's counters since it was created or last {@link DataCache#resetStatistics()
 * reset}.
 *
 * @param hits lookups served from memory, including those that waited for another thread's load of the
 *            same key
 * @param misses lookups that had to load their value (each counts one load)
 * @param evictions entries removed to keep within the limits (invalidation is not eviction)
 * @param entries entries held now
 * @param bytes bytes held now, the exact sum of the entries' {@link CacheValue#byteSize()}
 * @param bytesRead bytes read from storage by loaders
 * @param limits the limits in force
 */
public record CacheStatistics(long hits, long misses, long evictions, long entries, long bytes, long bytesRead,
        CacheLimits limits) {

    /** @return hits over lookups, or 0 when there was no lookup */
    public double hitRate() {
        long lookups = hits + misses;
        return lookups == 0 ? 0 : (double) hits / lookups;
    }
}
