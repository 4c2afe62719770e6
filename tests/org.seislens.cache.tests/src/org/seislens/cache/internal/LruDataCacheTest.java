package org.seislens.cache.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.CacheKey;
import org.seislens.core.CacheLimits;
import org.seislens.core.CacheStatistics;
import org.seislens.core.CacheValue;
import org.seislens.core.DataCache;
import org.seislens.core.DataCache.PrefetchRequest;
import org.seislens.core.DatasetException;
import org.seislens.core.PrefetchHandle;

/**
 * The shared cache, as registered in OSGi: both bounds under contention, exact accounting, statistics,
 * invalidation, run-time limits, deduplicated loads and prefetch.
 */
class LruDataCacheTest {

    private record Blob(long byteSize, int id) implements CacheValue {
    }

    private ServiceTracker<DataCache, DataCache> tracker;
    private DataCache cache;
    private CacheLimits original;

    @BeforeEach
    void setUp() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        tracker = new ServiceTracker<>(context, DataCache.class, null);
        tracker.open();
        cache = tracker.waitForService(10_000);
        assertNotNull(cache, "no DataCache service");
        original = cache.limits();
        cache.invalidateAll();
        cache.resetStatistics();
    }

    @AfterEach
    void tearDown() {
        cache.setLimits(original);
        cache.invalidateAll();
        tracker.close();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new OperationCanceledException();
        }
    }

    private static CacheKey key(String dataset, int i) {
        return new CacheKey(dataset, Integer.valueOf(i));
    }

    private Blob get(CacheKey key, long size, AtomicInteger loads) throws DatasetException {
        return cache.get(key, m -> {
            loads.incrementAndGet();
            return new Blob(size, loads.get());
        }, new NullProgressMonitor());
    }

    @Test
    void everyConsumerGetsTheSameInstance() {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<DataCache, DataCache> other = new ServiceTracker<>(context, DataCache.class, null);
        other.open();
        try {
            assertSame(cache, other.getService());
            assertTrue(cache instanceof LruDataCache);
        } finally {
            other.close();
        }
    }

    @Test
    void statisticsCountHitsMissesAndBytes() throws DatasetException {
        cache.setLimits(new CacheLimits(100, 10_000));
        AtomicInteger loads = new AtomicInteger();
        get(key("s", 1), 100, loads);
        get(key("s", 1), 100, loads);
        assertNull(cache.getIfPresent(key("s", 2)));
        get(key("s", 2), 50, loads);
        assertNotNull(cache.getIfPresent(key("s", 2)));
        cache.recordBytesRead(1234);
        CacheStatistics s = cache.statistics();
        assertEquals(2, loads.get());
        assertEquals(2, s.hits());
        assertEquals(2, s.misses());
        assertEquals(0.5, s.hitRate());
        assertEquals(2, s.entries());
        assertEquals(150, s.bytes());
        assertEquals(1234, s.bytesRead());
        assertEquals(0, s.evictions());
        cache.resetStatistics();
        s = cache.statistics();
        assertEquals(0, s.hits() + s.misses() + s.bytesRead() + s.evictions());
        assertEquals(150, s.bytes(), "reset keeps the entries");
    }

    @Test
    void evictsLeastRecentlyUsedByCount() throws DatasetException {
        cache.setLimits(new CacheLimits(3, 10_000));
        AtomicInteger loads = new AtomicInteger();
        get(key("c", 1), 10, loads);
        get(key("c", 2), 10, loads);
        get(key("c", 3), 10, loads);
        get(key("c", 1), 10, loads); // 1 is now the most recent
        get(key("c", 4), 10, loads);
        assertNull(cache.getIfPresent(key("c", 2)), "the least recently used entry goes first");
        assertNotNull(cache.getIfPresent(key("c", 1)));
        assertEquals(3, cache.statistics().entries());
        assertEquals(1, cache.statistics().evictions());
    }

    @Test
    void containsCountsNothingAndKeepsTheEvictionOrder() throws DatasetException {
        cache.setLimits(new CacheLimits(2, 10_000));
        AtomicInteger loads = new AtomicInteger();
        get(key("c", 1), 10, loads);
        get(key("c", 2), 10, loads);
        long lookups = cache.statistics().hits() + cache.statistics().misses();
        assertTrue(cache.contains(key("c", 1)));
        assertFalse(cache.contains(key("c", 3)));
        assertEquals(lookups, cache.statistics().hits() + cache.statistics().misses());
        get(key("c", 3), 10, loads);
        assertFalse(cache.contains(key("c", 1)), "asking about 1 did not make it recent");
        assertTrue(cache.contains(key("c", 2)));
    }

    @Test
    void evictsByBytesAndRefusesValuesLargerThanTheBudget() throws DatasetException {
        cache.setLimits(new CacheLimits(1000, 100));
        AtomicInteger loads = new AtomicInteger();
        get(key("b", 1), 40, loads);
        get(key("b", 2), 40, loads);
        get(key("b", 3), 40, loads);
        CacheStatistics s = cache.statistics();
        assertEquals(80, s.bytes());
        assertEquals(2, s.entries());
        assertNull(cache.getIfPresent(key("b", 1)));
        Blob huge = get(key("b", 9), 101, loads);
        assertEquals(101, huge.byteSize(), "a value over the budget is still returned");
        assertNull(cache.getIfPresent(key("b", 9)), "but not cached");
        assertEquals(80, cache.statistics().bytes());
    }

    @Test
    void limitsChangeAtRunTime() throws DatasetException {
        cache.setLimits(new CacheLimits(100, 10_000));
        AtomicInteger loads = new AtomicInteger();
        for (int i = 0; i < 10; i++) {
            get(key("l", i), 100, loads);
        }
        cache.setLimits(new CacheLimits(100, 350));
        assertEquals(300, cache.statistics().bytes());
        cache.setLimits(new CacheLimits(2, 350));
        assertEquals(2, cache.statistics().entries());
        assertNotNull(cache.getIfPresent(key("l", 9)), "the most recent entries stay");
        assertEquals(new CacheLimits(2, 350), cache.statistics().limits());
    }

    @Test
    void invalidationRemovesOneDatasetOnly() throws DatasetException {
        cache.setLimits(new CacheLimits(100, 10_000));
        AtomicInteger loads = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            get(key("a", i), 10, loads);
            get(key("b", i), 20, loads);
        }
        cache.invalidateDataset("a");
        CacheStatistics s = cache.statistics();
        assertEquals(5, s.entries());
        assertEquals(100, s.bytes());
        assertNull(cache.getIfPresent(key("a", 0)));
        assertNotNull(cache.getIfPresent(key("b", 0)));
        assertEquals(0, s.evictions(), "invalidation is not eviction");
        get(key("a", 0), 10, loads);
        assertEquals(11, loads.get(), "an invalidated entry loads again");
    }

    @Test
    void concurrentGetsOfOneKeyLoadOnce() throws Exception {
        cache.setLimits(new CacheLimits(100, 10_000));
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<CacheValue>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> cache.get(key("once", 1), m -> {
                    loads.incrementAndGet();
                    entered.countDown();
                    await(release);
                    return new Blob(10, 1);
                }, new NullProgressMonitor())));
            }
            assertTrue(entered.await(10, TimeUnit.SECONDS));
            release.countDown();
            CacheValue first = results.get(0).get(10, TimeUnit.SECONDS);
            for (Future<CacheValue> f : results) {
                assertSame(first, f.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, loads.get());
            assertEquals(1, cache.statistics().misses());
            assertEquals(7, cache.statistics().hits());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedLoadReachesItsCallerAndCachesNothing() {
        DatasetException e = assertThrows(DatasetException.class, () -> cache.get(key("f", 1), m -> {
            throw new DatasetException(java.nio.file.Path.of("chunk"), "broken");
        }, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("broken"));
        assertNull(cache.getIfPresent(key("f", 1)));
    }

    @Test
    void boundsHoldAndAccountingStaysExactUnderEightThreads() throws Exception {
        CacheLimits limits = new CacheLimits(40, 20_000);
        cache.setLimits(limits);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger violations = new AtomicInteger();
        Thread watcher = new Thread(() -> {
            while (!stop.get()) {
                CacheStatistics s = cache.statistics();
                if (s.entries() > s.limits().maxEntries() || s.bytes() > s.limits().maxBytes() || s.bytes() < 0) {
                    violations.incrementAndGet();
                }
            }
        });
        watcher.start();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int seed = t;
            futures.add(pool.submit(() -> {
                Random random = new Random(seed);
                for (int i = 0; i < 20_000; i++) {
                    int k = random.nextInt(300);
                    String dataset = "h" + (k % 3);
                    int op = random.nextInt(100);
                    if (op == 0) {
                        cache.invalidateDataset(dataset);
                    } else if (op == 1) {
                        cache.setLimits(random.nextBoolean() ? limits : new CacheLimits(25, 9_000));
                    } else {
                        // Sizes depend on the key only, so a reload weighs the same.
                        Blob b = cache.get(new CacheKey(dataset, Integer.valueOf(k)),
                                m -> new Blob(100 + (k * 37) % 900, k), new NullProgressMonitor());
                        if (b.id() != k) {
                            violations.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(120, TimeUnit.SECONDS), "deadlock or starvation");
        for (Future<?> f : futures) {
            f.get();
        }
        stop.set(true);
        watcher.join();
        assertEquals(0, violations.get());
        CacheStatistics s = cache.statistics();
        assertEquals(((LruDataCache) cache).recountBytes(), s.bytes(), "running byte total is exact");
        assertTrue(s.entries() <= s.limits().maxEntries());
        assertTrue(s.evictions() > 0);
    }

    @Test
    void prefetchLoadsInTheBackgroundAndSkipsCachedKeys() throws Exception {
        cache.setLimits(new CacheLimits(100, 10_000));
        AtomicInteger loads = new AtomicInteger();
        get(key("p", 0), 10, loads);
        List<PrefetchRequest<?>> requests = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int id = i;
            requests.add(new PrefetchRequest<>(key("p", i), m -> {
                loads.incrementAndGet();
                return new Blob(10, id);
            }));
        }
        cache.resetStatistics();
        PrefetchHandle handle = cache.prefetch(requests);
        assertTrue(handle.await(10, TimeUnit.SECONDS));
        assertTrue(handle.isDone());
        assertEquals(4, handle.loaded());
        assertEquals(5, loads.get());
        assertEquals(0, cache.statistics().hits() + cache.statistics().misses(), "a prefetch is no lookup");
        assertEquals(5, cache.statistics().entries());
        for (int i = 0; i < 5; i++) {
            get(key("p", i), 10, loads);
        }
        assertEquals(5, loads.get(), "prefetched keys are served from memory");
        assertEquals(5, cache.statistics().hits());
    }

    @Test
    void cancelledPrefetchStopsEarly() throws Exception {
        cache.setLimits(new CacheLimits(100, 10_000));
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger loads = new AtomicInteger();
        List<PrefetchRequest<?>> requests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int id = i;
            requests.add(new PrefetchRequest<>(key("x", i), m -> {
                loads.incrementAndGet();
                entered.countDown();
                await(release);
                if (m.isCanceled()) {
                    throw new OperationCanceledException();
                }
                return new Blob(10, id);
            }));
        }
        PrefetchHandle handle = cache.prefetch(requests);
        assertTrue(entered.await(10, TimeUnit.SECONDS));
        handle.cancel();
        release.countDown();
        assertTrue(handle.await(10, TimeUnit.SECONDS));
        assertTrue(handle.isCancelled());
        assertEquals(1, loads.get(), "no load starts after cancel");
        assertFalse(cache.getIfPresent(key("x", 0)) != null, "the cancelled load is not cached");
    }

    @Test
    void valuesLeavingTheCacheAreClosedOnceAndCachedOnesNever() throws DatasetException {
        cache.setLimits(new CacheLimits(3, 1_000_000));
        List<HeldValue> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int id = i;
            cache.get(key("a", i), m -> {
                HeldValue h = new HeldValue(id, 100);
                made.add(h);
                return h;
            }, new NullProgressMonitor());
        }
        // Entries 0 and 1 were evicted by count, 2..4 are cached.
        assertEquals(List.of(1, 1, 0, 0, 0), made.stream().map(h -> h.closes.get()).toList());
        cache.setLimits(new CacheLimits(2, 1_000_000));
        assertEquals(1, made.get(2).closes.get(), "shrinking the limits closes what it evicts");
        cache.invalidateDataset("a");
        assertEquals(List.of(1, 1, 1, 1, 1), made.stream().map(h -> h.closes.get()).toList());
        cache.invalidateAll();
        assertEquals(List.of(1, 1, 1, 1, 1), made.stream().map(h -> h.closes.get()).toList(), "closed once");
    }

    @Test
    void underEightThreadsEveryValueThatLeftIsClosedOnceAndNoCachedOneIs() throws Exception {
        cache.setLimits(new CacheLimits(30, 2_000));
        List<HeldValue> made = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int seed = t;
            futures.add(pool.submit(() -> {
                Random random = new Random(seed);
                for (int i = 0; i < 5_000; i++) {
                    int k = random.nextInt(100);
                    if (random.nextInt(200) == 0) {
                        cache.invalidateDataset("c");
                    } else {
                        cache.get(key("c", k), m -> {
                            HeldValue h = new HeldValue(k, 100);
                            made.add(h);
                            return h;
                        }, new NullProgressMonitor());
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(120, TimeUnit.SECONDS), "deadlock or starvation");
        for (Future<?> f : futures) {
            f.get();
        }
        int cached = 0;
        for (HeldValue h : made) {
            CacheValue now = cache.getIfPresent(key("c", h.id));
            if (now == h) {
                cached++;
                assertEquals(0, h.closes.get(), "a cached value is not closed");
            } else {
                // Evicted, replaced, invalidated, or handed out uncached after an invalidation during its load.
                assertTrue(h.closes.get() <= 1, "closed at most once");
            }
        }
        assertEquals(cache.statistics().entries(), cached);
        long closed = made.stream().filter(h -> h.closes.get() == 1).count();
        // The rest were handed out uncached (an invalidation during their load), which the cache never closes.
        assertTrue(closed > made.size() / 2, "values that left the cache were closed: " + closed + " of "
                + made.size() + ", " + cached + " cached");
    }
}
