package org.seislens.cache.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.jdt.annotation.Nullable;
import org.seislens.core.CacheKey;
import org.seislens.core.CacheLimits;
import org.seislens.core.CacheStatistics;
import org.seislens.core.CacheValue;

/**
 * The entries of the shared cache and their statistics: a {@code LinkedHashMap} in access order under one lock,
 * bounded by entry count and by bytes at all times. Every insert evicts the least recently used entries, inside
 * the same critical section, until both bounds hold, and the byte total changes in the same section as the map.
 * <p>
 * A value that is {@link AutoCloseable} is closed once the entries let go of it (evicted, replaced or
 * invalidated), after the lock is released.
 * </p>
 */
final class LruEntries {

    private final ReentrantLock lock = new ReentrantLock();
    /** Guarded by {@link #lock}. Access order: the eldest entry is the least recently used. */
    private final LinkedHashMap<CacheKey, Entry> entries = new LinkedHashMap<>(1024, 0.75f, true);
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder bytesRead = new LongAdder();
    /** Guarded by {@link #lock}. */
    private long bytes;
    /** Guarded by {@link #lock}. */
    private long evictions;
    /** Guarded by {@link #lock}. */
    private CacheLimits limits;
    /** Guarded by {@link #lock}; bumped by invalidation so that loads started before it are not cached. */
    private long generation;

    private record Entry(CacheValue value, long bytes) {
    }

    /** @param limits the initial bounds */
    LruEntries(CacheLimits limits) {
        this.limits = limits;
    }

    /**
     * @param key a key
     * @return whether it is cached; the access order is left alone
     */
    boolean contains(CacheKey key) {
        lock.lock();
        try {
            // containsKey, unlike get, leaves the access order alone
            return entries.containsKey(key);
        } finally {
            lock.unlock();
        }
    }

    /**
     * @param key a key
     * @return its value, now the most recently used, or {@code null} when it is not cached
     */
    @Nullable
    CacheValue get(CacheKey key) {
        lock.lock();
        try {
            Entry e = entries.get(key);
            return e == null ? null : e.value;
        } finally {
            lock.unlock();
        }
    }

    /** @return the invalidation count, to hand to {@link #put} when a load that started now ends */
    long generation() {
        lock.lock();
        try {
            return generation;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Adds or replaces a value, evicting until both bounds hold; a value invalidated while it loaded, or bigger
     * than the byte bound, is not added.
     *
     * @param key the key
     * @param value the loaded value
     * @param startGeneration {@link #generation()} when its load started
     */
    void put(CacheKey key, CacheValue value, long startGeneration) {
        long size = value.byteSize();
        if (size < 0) {
            throw new IllegalArgumentException("Negative byte size " + size + " of " + key); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<CacheValue> removed = new ArrayList<>();
        lock.lock();
        try {
            if (generation != startGeneration || size > limits.maxBytes()) {
                // Invalidated while loading, or too big to ever fit: hand it out uncached.
                return;
            }
            Entry old = entries.put(key, new Entry(value, size));
            if (old != null) {
                bytes -= old.bytes;
                removed.add(old.value);
            }
            bytes += size;
            evictToLimits(removed);
        } finally {
            lock.unlock();
            closeAll(removed);
        }
    }

    /**
     * Must hold {@link #lock}.
     *
     * @param removed receives the evicted values, to close after the lock is released
     */
    private void evictToLimits(List<CacheValue> removed) {
        Iterator<Entry> eldest = entries.values().iterator();
        while ((entries.size() > limits.maxEntries() || bytes > limits.maxBytes()) && eldest.hasNext()) {
            Entry e = eldest.next();
            bytes -= e.bytes;
            eldest.remove();
            removed.add(e.value);
            evictions++;
        }
    }

    /** Closes the values the cache let go of that hold memory to give back; must not hold {@link #lock}. */
    private static void closeAll(List<CacheValue> removed) {
        RuntimeException failure = null;
        for (CacheValue value : removed) {
            if (value instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    // Every value is still closed; the first failure is reported.
                    if (failure == null) {
                        failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                    }
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Removes the entries of one dataset; loads running now will not be cached.
     *
     * @param dataset the dataset's cache identity
     */
    void invalidateDataset(String dataset) {
        List<CacheValue> removed = new ArrayList<>();
        lock.lock();
        try {
            generation++;
            Iterator<Map.Entry<CacheKey, Entry>> it = entries.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<CacheKey, Entry> e = it.next();
                if (e.getKey().dataset().equals(dataset)) {
                    bytes -= e.getValue().bytes;
                    removed.add(e.getValue().value);
                    it.remove();
                }
            }
        } finally {
            lock.unlock();
            closeAll(removed);
        }
    }

    /** Removes every entry; loads running now will not be cached. */
    void invalidateAll() {
        List<CacheValue> removed = new ArrayList<>();
        lock.lock();
        try {
            generation++;
            for (Entry e : entries.values()) {
                removed.add(e.value);
            }
            entries.clear();
            bytes = 0;
        } finally {
            lock.unlock();
            closeAll(removed);
        }
    }

    /** @return the bounds */
    CacheLimits limits() {
        lock.lock();
        try {
            return limits;
        } finally {
            lock.unlock();
        }
    }

    /** @param newLimits the new bounds, applied at once by evicting */
    void setLimits(CacheLimits newLimits) {
        List<CacheValue> removed = new ArrayList<>();
        lock.lock();
        try {
            limits = newLimits;
            evictToLimits(removed);
        } finally {
            lock.unlock();
            closeAll(removed);
        }
    }

    /** Counts a lookup that found its value. */
    void recordHit() {
        hits.increment();
    }

    /** Counts a lookup that had to load. */
    void recordMiss() {
        misses.increment();
    }

    /** @param count bytes read from storage by loads */
    void recordBytesRead(long count) {
        bytesRead.add(count);
    }

    /** @return the counts and sizes, taken together */
    CacheStatistics statistics() {
        lock.lock();
        try {
            return new CacheStatistics(hits.sum(), misses.sum(), evictions, entries.size(), bytes, bytesRead.sum(),
                    limits);
        } finally {
            lock.unlock();
        }
    }

    /** Sets the counts of hits, misses, bytes read and evictions back to zero. */
    void resetStatistics() {
        lock.lock();
        try {
            hits.reset();
            misses.reset();
            bytesRead.reset();
            evictions = 0;
        } finally {
            lock.unlock();
        }
    }

    /** @return the sum of the byte sizes of all entries, counted afresh */
    long recountBytes() {
        lock.lock();
        try {
            long sum = 0;
            for (Entry e : entries.values()) {
                sum += e.value.byteSize();
            }
            return sum;
        } finally {
            lock.unlock();
        }
    }
}
