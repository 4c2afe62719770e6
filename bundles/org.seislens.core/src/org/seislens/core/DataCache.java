package org.seislens.core;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The one memory cache that every dataset, viewer, navigator and job of a runtime shares. Registered as an
 * OSGi service; the dataset service caches decoded chunks and windows in it.
 * <p>
 * It holds at most {@link CacheLimits#maxEntries()} entries and at most {@link CacheLimits#maxBytes()} bytes
 * at all times, evicting the least recently used entries first. It is thread-safe; concurrent
 * {@link #get(CacheKey, CacheLoader, IProgressMonitor) get}s of one absent key load it once.
 * </p>
 */
public interface DataCache {

    /**
     * @param key the entry
     * @return the cached value, or {@code null}; a found value counts as a hit, a missing one counts nothing
     */
    @Nullable
    CacheValue getIfPresent(CacheKey key);

    /**
     * Tells whether a key is cached now, without counting a hit or a miss and without touching its place in
     * the eviction order: for figures such as "would this request be served from memory".
     *
     * @param key the entry
     * @return whether the key holds a value now
     */
    boolean contains(CacheKey key);

    /**
     * Returns the cached value of a key, loading it first if absent. When other threads ask for the same
     * absent key at the same time, one of them loads it and the others wait for that load.
     *
     * @param <V> the value type
     * @param key the entry
     * @param loader loads the value when it is absent
     * @param monitor cancellation of the load or of the wait
     * @return the value; it is cached unless it alone exceeds the byte limit
     * @throws DatasetException if the loader failed
     * @throws ClassCastException if the key holds a value of another type
     * @throws org.eclipse.core.runtime.OperationCanceledException if the monitor was cancelled
     */
    <V extends CacheValue> V get(CacheKey key, CacheLoader<V> loader, IProgressMonitor monitor)
            throws DatasetException;

    /**
     * Loads absent keys in the background, on low-priority threads, one key after the other. Keys already
     * cached cost nothing. Failures are dropped: a prefetch only warms the cache.
     *
     * @param requests the keys and their loaders, in the order wanted
     * @return a handle to cancel or wait for the prefetch
     */
    PrefetchHandle prefetch(List<PrefetchRequest<?>> requests);

    /**
     * Removes every entry of one dataset; a load of that dataset still running is not cached when it ends.
     *
     * @param dataset the dataset's cache identity, see {@link Dataset#cacheId()}
     */
    void invalidateDataset(String dataset);

    /** Removes every entry. */
    void invalidateAll();

    /** @return the limits in force */
    CacheLimits limits();

    /**
     * Changes the limits at run time, evicting at once what no longer fits.
     *
     * @param limits the new limits
     */
    void setLimits(CacheLimits limits);

    /**
     * Counts bytes that a loader read from storage, for {@link CacheStatistics#bytesRead()}.
     *
     * @param bytes bytes read
     */
    void recordBytesRead(long bytes);

    /** @return the counters and the current size */
    CacheStatistics statistics();

    /** Sets hits, misses, evictions and bytes read back to zero. */
    void resetStatistics();

    /**
     * One key to prefetch and how to load it.
     *
     * @param <V> the value type
     * @param key the entry
     * @param loader loads it when absent
     */
    record PrefetchRequest<V extends CacheValue>(CacheKey key, CacheLoader<V> loader) {
    }
}
