package org.seislens.cache.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
 * The shared cache: a least-recently-used map under one lock, bounded by entry count and by bytes
 * ({@link LruEntries}), filled by loads deduplicated per key.
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

    private final LruEntries entries;
    /** Loads in flight, one per key. */
    private final ConcurrentHashMap<CacheKey, CompletableFuture<CacheValue>> loading = new ConcurrentHashMap<>();
    private final Prefetcher prefetcher;

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
        this.entries = new LruEntries(limits);
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
        return entries.contains(key);
    }

    @Override
    public @Nullable CacheValue getIfPresent(CacheKey key) {
        CacheValue value = lookup(key);
        if (value != null) {
            entries.recordHit();
        }
        return value;
    }

    private @Nullable CacheValue lookup(CacheKey key) {
        return entries.get(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V extends CacheValue> V get(CacheKey key, CacheLoader<V> loader, IProgressMonitor monitor)
            throws DatasetException {
        while (true) {
            CacheValue cached = lookup(key);
            if (cached != null) {
                entries.recordHit();
                return (V) cached;
            }
            CompletableFuture<CacheValue> mine = new CompletableFuture<>();
            CompletableFuture<CacheValue> theirs = loading.putIfAbsent(key, mine);
            if (theirs == null) {
                return (V) load(key, loader, mine, true, monitor);
            }
            CacheValue waited = await(theirs, monitor);
            if (waited != null) {
                entries.recordHit();
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
                    entries.recordHit();
                }
                mine.complete(raced);
                return raced;
            }
            long startGeneration = entries.generation();
            if (lookup) {
                entries.recordMiss();
            }
            CacheValue value = loader.load(monitor);
            entries.put(key, value, startGeneration);
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
        entries.invalidateDataset(dataset);
    }

    @Override
    public void invalidateAll() {
        entries.invalidateAll();
    }

    @Override
    public CacheLimits limits() {
        return entries.limits();
    }

    @Override
    public void setLimits(CacheLimits newLimits) {
        entries.setLimits(newLimits);
    }

    @Override
    public void recordBytesRead(long count) {
        entries.recordBytesRead(count);
    }

    @Override
    public CacheStatistics statistics() {
        return entries.statistics();
    }

    @Override
    public void resetStatistics() {
        entries.resetStatistics();
    }

    /**
     * Sums the entries' sizes afresh, for tests of the running total.
     *
     * @return the sum of the byte sizes of all entries
     */
    long recountBytes() {
        return entries.recountBytes();
    }
}
