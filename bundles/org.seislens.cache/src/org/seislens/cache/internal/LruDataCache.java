package org.seislens.cache.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.seislens.core.CacheKey;
import org.seislens.core.CacheLimits;
import org.seislens.core.CacheLoader;
import org.seislens.core.CacheStatistics;
import org.seislens.core.CacheValue;
import org.seislens.core.DataCache;
import org.seislens.core.DatasetException;
import org.seislens.core.PrefetchHandle;

/**
 * The shared cache: a least-recently-used map under one lock, bounded by entry count and by bytes.
 * <p>
 * Why not Caffeine: Caffeine has one maximum (size or weight) and applies it in its maintenance cycle, after
 * the write that passed it, so the cache can briefly hold more than its budget, and a second bound would
 * have to be enforced beside it with its own races. The issue asks for both bounds at all times with exact
 * byte accounting. A {@code LinkedHashMap} in access order under one lock gives that directly: every
 * insert evicts, inside the same critical section, until both bounds hold, and the byte total changes in
 * the same section as the map. A lookup holds the lock for a hash probe and a relink (well under a
 * microsecond); loads run outside the lock, deduplicated per key by futures, so the lock is never held
 * while storage is read.
 * </p>
 * A value that is {@link AutoCloseable} is closed once the cache lets go of it (evicted, replaced or
 * invalidated), after the lock is released: values that hold pooled or off-heap memory count their readers and
 * give the memory back when the last one is done; values handed out uncached are never closed.
 * </p>
 * Initial limits come from the component properties {@code max.bytes} and {@code max.entries}, else 25 %
 * of the maximum heap and {@value #DEFAULT_MAX_ENTRIES} entries; {@link #setLimits} changes them at run
 * time.
 */
@Component(service = DataCache.class)
public final class LruDataCache implements DataCache {

    /** Entry bound when none is configured. */
    static final long DEFAULT_MAX_ENTRIES = 100_000;

    private final ReentrantLock lock = new ReentrantLock();
    /** Guarded by {@link #lock}. Access order: the eldest entry is the least recently used. */
    private final LinkedHashMap<CacheKey, Entry> entries = new LinkedHashMap<>(1024, 0.75f, true);
    /** Loads in flight, one per key. */
    private final ConcurrentHashMap<CacheKey, CompletableFuture<CacheValue>> loading = new ConcurrentHashMap<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder bytesRead = new LongAdder();
    private final Prefetcher prefetcher;
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

    /**
     * Creates the cache with limits from the component properties.
     *
     * @param properties {@code max.bytes} and {@code max.entries}, both optional
     */
    @Activate
    public LruDataCache(Map<String, Object> properties) {
        this(new CacheLimits(longProperty(properties, "max.entries", DEFAULT_MAX_ENTRIES), //$NON-NLS-1$
                longProperty(properties, "max.bytes", Runtime.getRuntime().maxMemory() / 4))); //$NON-NLS-1$
    }

    /**
     * Creates a cache with the given limits.
     *
     * @param limits the initial limits
     */
    public LruDataCache(CacheLimits limits) {
        this.limits = limits;
        this.prefetcher = new Prefetcher(this);
    }

    /** Stops the prefetch thread. */
    @Deactivate
    public void deactivate() {
        prefetcher.shutdown();
        invalidateAll();
    }

    private static long longProperty(Map<String, Object> properties, String name, long fallback) {
        Object value = properties.get(name);
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s && !s.isBlank()) {
            return Long.parseLong(s.trim());
        }
        return fallback;
    }

    @Override
    public boolean contains(CacheKey key) {
        lock.lock();
        try {
            // containsKey, unlike get, leaves the access order alone
            return entries.containsKey(key);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public @Nullable CacheValue getIfPresent(CacheKey key) {
        CacheValue value = lookup(key);
        if (value != null) {
            hits.increment();
        }
        return value;
    }

    private @Nullable CacheValue lookup(CacheKey key) {
        lock.lock();
        try {
            Entry e = entries.get(key);
            return e == null ? null : e.value;
        } finally {
            lock.unlock();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V extends CacheValue> V get(CacheKey key, CacheLoader<V> loader, IProgressMonitor monitor)
            throws DatasetException {
        while (true) {
            CacheValue cached = lookup(key);
            if (cached != null) {
                hits.increment();
                return (V) cached;
            }
            CompletableFuture<CacheValue> mine = new CompletableFuture<>();
            CompletableFuture<CacheValue> theirs = loading.putIfAbsent(key, mine);
            if (theirs == null) {
                return (V) load(key, loader, mine, true, monitor);
            }
            CacheValue waited = await(theirs, monitor);
            if (waited != null) {
                hits.increment();
                return (V) waited;
            }
            // The other load was cancelled: try again, possibly loading ourselves.
        }
    }

    /**
     * Loads a key this thread has claimed in {@link #loading}.
     *
     * @param lookup whether a caller's lookup asked for it (counted as a miss), not a prefetch
     */
    private CacheValue load(CacheKey key, CacheLoader<?> loader, CompletableFuture<CacheValue> mine, boolean lookup,
            IProgressMonitor monitor) throws DatasetException {
        try {
            // A value may have been inserted between our lookup and our claim of the key.
            CacheValue raced = lookup(key);
            if (raced != null) {
                if (lookup) {
                    hits.increment();
                }
                mine.complete(raced);
                return raced;
            }
            long startGeneration = generation();
            if (lookup) {
                misses.increment();
            }
            CacheValue value = loader.load(monitor);
            put(key, value, startGeneration);
            mine.complete(value);
            return value;
        } catch (DatasetException | RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            loading.remove(key, mine);
        }
    }

    /** @return the other thread's value, or {@code null} when its load was cancelled */
    private static @Nullable CacheValue await(CompletableFuture<CacheValue> future, IProgressMonitor monitor)
            throws DatasetException {
        while (true) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            try {
                // Bounded waits so that our own monitor's cancellation is seen.
                return future.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            } catch (CancellationException e) {
                return null;
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof OperationCanceledException) {
                    return null;
                }
                if (cause instanceof DatasetException d) {
                    throw d;
                }
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    private long generation() {
        lock.lock();
        try {
            return generation;
        } finally {
            lock.unlock();
        }
    }

    private void put(CacheKey key, CacheValue value, long startGeneration) {
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

    @Override
    public PrefetchHandle prefetch(List<PrefetchRequest<?>> requests) {
        return prefetcher.submit(new ArrayList<>(requests));
    }

    /**
     * Loads one prefetch request unless its key is cached or loading; used by the prefetch thread.
     *
     * @return whether this call loaded the value
     */
    boolean prefetchOne(PrefetchRequest<?> request, IProgressMonitor monitor) throws DatasetException {
        CacheKey key = request.key();
        if (lookup(key) != null || loading.containsKey(key)) {
            return false;
        }
        CompletableFuture<CacheValue> mine = new CompletableFuture<>();
        if (loading.putIfAbsent(key, mine) != null) {
            return false;
        }
        load(key, request.loader(), mine, false, monitor);
        return true;
    }

    @Override
    public void invalidateDataset(String dataset) {
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

    @Override
    public void invalidateAll() {
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

    @Override
    public CacheLimits limits() {
        lock.lock();
        try {
            return limits;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void setLimits(CacheLimits newLimits) {
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

    @Override
    public void recordBytesRead(long count) {
        bytesRead.add(count);
    }

    @Override
    public CacheStatistics statistics() {
        lock.lock();
        try {
            return new CacheStatistics(hits.sum(), misses.sum(), evictions, entries.size(), bytes, bytesRead.sum(),
                    limits);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void resetStatistics() {
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

    /**
     * Sums the entries' sizes afresh, for tests of the running total.
     *
     * @return the sum of the byte sizes of all entries
     */
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
