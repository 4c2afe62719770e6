package org.seislens.store.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.CacheLimits;
import org.seislens.core.CacheStatistics;
import org.seislens.core.DataCache;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetService;
import org.seislens.core.Ensemble;
import org.seislens.core.TraceHeaders;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.store.internal.Registered;

/**
 * Eight threads hammer one dataset handle and the shared cache for a few seconds with windows, scattered
 * traces, headers, ensembles, prefetches, invalidations and limit changes: every result equals what a single
 * thread read before, nothing fails, and the cache never holds more bytes than its limit.
 */
class ConcurrentReadsTest {

    /** 7 shots x 37 channels = 259 traces in chunks of 128, 1100 samples in chunks of 220. */
    private static final SurveyGeometry GEOMETRY = new SurveyGeometry(7, 37, 1100, 2000, 25.0, 12.5, 11);
    private static final int THREADS = 8;
    private static final long RUN_MILLIS = 4000;
    private static final List<CacheLimits> LIMITS = List.of(new CacheLimits(4, 256 << 10),
            new CacheLimits(64, 4 << 20), new CacheLimits(100_000, 256L << 20));

    @TempDir
    static Path tmp;

    private static ServiceTracker<DatasetService, DatasetService> services;
    private static ServiceTracker<DataCache, DataCache> caches;
    private static DatasetService service;
    private static DataCache cache;
    private static Path datasetDir;

    @BeforeAll
    static void importSurvey() throws Exception {
        services = Registered.track(DatasetService.class);
        caches = Registered.track(DataCache.class);
        service = services.getService();
        cache = caches.getService();
        datasetDir = tmp.resolve("hammer.seislens");
        Registered.importSurvey(tmp.resolve("hammer.sgy"), GEOMETRY, datasetDir);
    }

    @AfterAll
    static void closeTrackers() {
        services.close();
        caches.close();
    }

    @Test
    void eightThreadsReadWhatOneThreadReadAndTheCacheStaysInItsBudget() throws Exception {
        CacheLimits before = cache.limits();
        try (Dataset dataset = service.open(datasetDir, new NullProgressMonitor())) {
            long traces = dataset.descriptor().traceCount();
            int samples = dataset.descriptor().sampleCount();
            // The reference: one thread, one whole-dataset window, headers and every ensemble, cache cleared.
            cache.setLimits(LIMITS.get(2));
            cache.invalidateDataset(dataset.cacheId());
            WindowData all = dataset.window(new WindowBounds(0, traces, 0, samples), new NullProgressMonitor());
            long[] everyTrace = new long[(int) traces];
            for (int t = 0; t < traces; t++) {
                everyTrace[t] = t;
            }
            List<String> columns = List.of("field_record", "cdp", "offset");
            TraceHeaders headers = dataset.headers(everyTrace, columns, new NullProgressMonitor());
            List<Ensemble> shots = new ArrayList<>();
            for (long i = 0; i < dataset.ensembleCount("field_record"); i++) {
                shots.add(dataset.ensembleAt("field_record", i, new NullProgressMonitor()));
            }
            cache.invalidateDataset(dataset.cacheId());

            Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
            AtomicLong operations = new AtomicLong();
            AtomicLong budgetChecks = new AtomicLong();
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RUN_MILLIS);
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Random random = new Random(1000 + i);
                threads.add(new Thread(() -> {
                    try {
                        start.await();
                        while (System.nanoTime() < deadline) {
                            hammerOnce(dataset, random, all, headers, shots, columns);
                            operations.incrementAndGet();
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }, "hammer " + i));
            }
            Thread watcher = new Thread(() -> {
                try {
                    start.await();
                    while (System.nanoTime() < deadline) {
                        CacheStatistics s = cache.statistics();
                        if (s.bytes() > s.limits().maxBytes() || s.entries() > s.limits().maxEntries()) {
                            failures.add(new AssertionError("cache over budget: " + s));
                        }
                        budgetChecks.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "budget watcher");
            threads.add(watcher);
            threads.forEach(Thread::start);
            start.countDown();
            for (Thread t : threads) {
                t.join(RUN_MILLIS + 60_000);
                assertTrue(!t.isAlive(), t.getName() + " finished");
            }
            if (!failures.isEmpty()) {
                AssertionError error = new AssertionError(failures.size() + " failures, the first: " + failures.peek());
                failures.forEach(error::addSuppressed);
                throw error;
            }
            System.out.println("ConcurrentReadsTest: " + operations.get() + " operations by " + THREADS + " threads, "
                    + budgetChecks.get() + " budget checks, " + cache.statistics());
            assertTrue(operations.get() > THREADS * 10L, operations.get() + " operations");
            assertTrue(budgetChecks.get() > 0);
        } finally {
            cache.setLimits(before);
        }
    }

    private static void hammerOnce(Dataset dataset, Random random, WindowData all, TraceHeaders headers,
            List<Ensemble> shots, List<String> columns) throws Exception {
        long traces = all.bounds().traceCount();
        int samples = all.bounds().sampleCount();
        switch (random.nextInt(10)) {
            case 0, 1, 2 -> {
                long t0 = random.nextLong(traces);
                long t1 = t0 + 1 + random.nextLong(traces - t0);
                int s0 = random.nextInt(samples);
                int s1 = s0 + 1 + random.nextInt(samples - s0);
                WindowBounds b = new WindowBounds(t0, t1, s0, s1);
                WindowData w;
                if (random.nextBoolean()) {
                    w = dataset.window(b, new NullProgressMonitor());
                } else {
                    // Into an array of the thread's own, which the reading threads write.
                    float[] into = new float[(int) b.area()];
                    dataset.readWindow(b, into, new NullProgressMonitor());
                    w = new WindowData(b, into, dataset.descriptor().sampleType());
                }
                for (long t = t0; t < t1; t++) {
                    for (int s = s0; s < s1; s++) {
                        if (Float.floatToRawIntBits(w.value(t, s)) != Float.floatToRawIntBits(all.value(t, s))) {
                            throw new AssertionError("window " + w.bounds() + " differs at trace " + t + ", sample " + s);
                        }
                    }
                }
            }
            case 3, 4 -> {
                Ensemble shot = shots.get(random.nextInt(shots.size()));
                long[] indices = shot.toTraceIndices();
                int s0 = random.nextInt(samples);
                int s1 = s0 + 1 + random.nextInt(samples - s0);
                WindowData g = dataset.traces(indices, s0, s1, new NullProgressMonitor());
                for (int row = 0; row < indices.length; row++) {
                    for (int s = s0; s < s1; s++) {
                        if (Float.floatToRawIntBits(g.value(row, s)) != Float.floatToRawIntBits(all.value(indices[row], s))) {
                            throw new AssertionError("gather " + shot + " differs at row " + row + ", sample " + s);
                        }
                    }
                }
            }
            case 5 -> {
                long[] picked = new long[1 + random.nextInt(50)];
                for (int i = 0; i < picked.length; i++) {
                    picked[i] = random.nextLong(traces);
                }
                TraceHeaders h = dataset.headers(picked, columns, new NullProgressMonitor());
                for (int i = 0; i < picked.length; i++) {
                    for (String c : columns) {
                        assertEquals(headers.value((int) picked[i], c), h.value(i, c), c + " of trace " + picked[i]);
                    }
                }
            }
            case 6 -> {
                Ensemble expected = shots.get(random.nextInt(shots.size()));
                Ensemble found = dataset.ensemble("field_record", expected.value(), new NullProgressMonitor());
                assertEquals(expected, found);
            }
            case 7 -> {
                long t0 = random.nextLong(traces);
                var handle = random.nextBoolean()
                        ? dataset.prefetch(List.of(new WindowBounds(t0, Math.min(traces, t0 + 64), 0, samples)))
                        : dataset.prefetchTraces(shots.get(random.nextInt(shots.size())).toTraceIndices(), 0, samples);
                if (random.nextBoolean()) {
                    handle.cancel();
                } else {
                    assertTrue(handle.await(30, TimeUnit.SECONDS), "prefetch finished");
                }
            }
            case 8 -> cache.invalidateDataset(dataset.cacheId());
            default -> cache.setLimits(LIMITS.get(random.nextInt(LIMITS.size())));
        }
    }
}
