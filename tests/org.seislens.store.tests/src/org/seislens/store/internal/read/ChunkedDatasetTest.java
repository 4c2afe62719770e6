package org.seislens.store.internal.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.CacheLimits;
import org.seislens.core.CacheValue;
import org.seislens.core.CacheStatistics;
import org.seislens.core.DataCache;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetService;
import org.seislens.core.Ensemble;
import org.seislens.core.PrefetchHandle;
import org.seislens.core.TraceHeaders;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;
import org.seislens.segy.SegyReader;
import org.seislens.segy.Trace;
import org.seislens.segy.TraceHeaderField;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.store.internal.Registered;
import org.seislens.store.internal.layout.DatasetLayout;

/**
 * The dataset service on a generated survey imported through the real importer: window contents against the
 * SEG-Y source (edges, chunk borders), bounds, storage reads saved by the shared cache on pans and zooms,
 * single loads under concurrency, prefetch, ensembles and headers.
 */
class ChunkedDatasetTest {

    /** 7 shots x 37 channels = 259 traces (two full chunks of 128 and 3 traces), 1100 samples (five chunks of 220). */
    private static final SurveyGeometry GEOMETRY = new SurveyGeometry(7, 37, 1100, 2000, 25.0, 12.5, 7);

    @TempDir
    static Path tmp;

    private static ServiceTracker<DatasetService, DatasetService> services;
    private static ServiceTracker<DataCache, DataCache> caches;
    private static Path segy;
    private static Path datasetDir;
    private static float[][] source;
    private static int[][] sourceHeaders;
    private static DataCache cache;
    private static DatasetService service;

    @BeforeAll
    static void importSurvey() throws Exception {
        services = Registered.track(DatasetService.class);
        caches = Registered.track(DataCache.class);
        service = services.getService();
        cache = caches.getService();
        segy = tmp.resolve("survey.sgy");
        datasetDir = tmp.resolve("survey.seislens");
        Registered.importSurvey(segy, GEOMETRY, datasetDir);
        try (SegyReader reader = SegyReader.open(segy)) {
            int n = (int) reader.layout().traceCount();
            source = new float[n][];
            sourceHeaders = new int[n][2];
            for (int t = 0; t < n; t++) {
                Trace trace = reader.readTrace(t);
                source[t] = trace.toFloats();
                sourceHeaders[t][0] = TraceHeaderField.FIELD_RECORD.get(trace.header());
                sourceHeaders[t][1] = TraceHeaderField.CDP.get(trace.header());
            }
        }
    }

    @AfterAll
    static void closeTrackers() {
        services.close();
        caches.close();
    }

    @BeforeEach
    void roomyCache() {
        cache.setLimits(new CacheLimits(100_000, 256L << 20));
        cache.invalidateAll();
        cache.resetStatistics();
    }

    private static void assertWindowEqualsSource(WindowData w) {
        WindowBounds b = w.bounds();
        for (long t = b.traceStart(); t < b.traceEnd(); t++) {
            for (int s = b.sampleStart(); s < b.sampleEnd(); s++) {
                if (Float.floatToIntBits(source[(int) t][s]) != Float.floatToIntBits(w.value(t, s))) {
                    throw new AssertionError("trace " + t + " sample " + s + " of " + b + ": expected "
                            + source[(int) t][s] + ", read " + w.value(t, s));
                }
            }
        }
    }

    private static Dataset open() throws Exception {
        return service.open(datasetDir, new NullProgressMonitor());
    }

    @Test
    void descriptorDescribesTheSurvey() throws Exception {
        try (Dataset d = open()) {
            assertEquals(GEOMETRY.traces(), d.descriptor().traceCount());
            assertEquals(1100, d.descriptor().sampleCount());
            assertEquals(2000.0, d.descriptor().sampleInterval());
            assertEquals(List.of("field_record", "cdp"), d.descriptor().ensembleKeys());
            assertTrue(d.descriptor().headerColumns().contains("offset"));
        }
    }

    @Test
    void windowsEqualTheSourceAtEdgesAndAcrossChunkBorders() throws Exception {
        List<WindowBounds> windows = new ArrayList<>(List.of(new WindowBounds(0, 259, 0, 1100), // all
                new WindowBounds(60, 70, 1000, 1050), // four chunks meet
                new WindowBounds(256, 259, 1090, 1100), // the padded corner chunk
                new WindowBounds(0, 1, 0, 1), new WindowBounds(258, 259, 1099, 1100), // single samples
                new WindowBounds(63, 65, 0, 1100), new WindowBounds(0, 259, 1023, 1025)));
        Random random = new Random(3);
        for (int i = 0; i < 40; i++) {
            long t0 = random.nextInt(259);
            int s0 = random.nextInt(1100);
            windows.add(new WindowBounds(t0, t0 + 1 + random.nextInt((int) (259 - t0)), s0,
                    s0 + 1 + random.nextInt(1100 - s0)));
        }
        try (Dataset d = open()) {
            for (WindowBounds b : windows) {
                WindowData w = d.window(b, new NullProgressMonitor());
                assertEquals(b, w.bounds());
                assertWindowEqualsSource(w);
            }
        }
    }

    @Test
    void boundsOutsideTheDatasetAreRefusedAndClampingWorks() throws Exception {
        try (Dataset d = open()) {
            WindowBounds outside = new WindowBounds(250, 300, 1000, 1200);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> d.window(outside, new NullProgressMonitor()));
            assertTrue(e.getMessage().contains("outside") && e.getMessage().contains("259"), e.getMessage());
            WindowData clamped = d.window(outside.clampTo(259, 1100), new NullProgressMonitor());
            assertEquals(new WindowBounds(250, 259, 1000, 1100), clamped.bounds());
            assertWindowEqualsSource(clamped);
            assertEquals(0, d.window(new WindowBounds(5, 5, 0, 10), new NullProgressMonitor()).samples().length);
        }
    }

    /** @return the stored bytes of every chunk a window covers */
    private static long coveredChunkBytes(WindowBounds w) throws Exception {
        try (var array = org.seislens.zarr.io.ZarrArray.open(datasetDir.resolve(DatasetLayout.SAMPLES))) {
            int ct = array.metadata().chunks(0);
            int cs = array.metadata().chunks(1);
            long bytes = 0;
            for (long t = w.traceStart() / ct; t <= (w.traceEnd() - 1) / ct; t++) {
                for (long s = w.sampleStart() / cs; s <= (w.sampleEnd() - 1) / cs; s++) {
                    bytes += Files.size(array.chunkFile(new long[] { t, s }));
                }
            }
            return bytes;
        }
    }

    /** @return the number of chunks a window covers */
    private static long coveredChunks(WindowBounds w) throws Exception {
        try (var array = org.seislens.zarr.io.ZarrArray.open(datasetDir.resolve(DatasetLayout.SAMPLES))) {
            int ct = array.metadata().chunks(0);
            int cs = array.metadata().chunks(1);
            return ((w.traceEnd() - 1) / ct - w.traceStart() / ct + 1) * ((w.sampleEnd() - 1) / cs - w.sampleStart() / cs + 1);
        }
    }

    @Test
    void pansAndZoomsOverCachedChunksReadNoStorage() throws Exception {
        try (Dataset d = open()) {
            NullProgressMonitor m = new NullProgressMonitor();
            WindowBounds first = new WindowBounds(0, 192, 0, 1100); // trace chunks 0..1, every sample chunk
            d.window(first, m);
            assertEquals(coveredChunkBytes(first), cache.statistics().bytesRead(),
                    "a cold window reads each of its chunks once");
            long before = cache.statistics().bytesRead();
            assertWindowEqualsSource(d.window(new WindowBounds(20, 150, 100, 900), m)); // zoom in
            assertWindowEqualsSource(d.window(new WindowBounds(40, 250, 0, 1100), m)); // pan inside
            assertEquals(before, cache.statistics().bytesRead(), "zoom and pan over cached chunks read nothing");
            WindowBounds last = new WindowBounds(200, 259, 0, 1100); // into the last, partial trace chunk
            assertWindowEqualsSource(d.window(last, m));
            assertEquals(before + coveredChunkBytes(new WindowBounds(256, 259, 0, 1100)), cache.statistics().bytesRead(),
                    "a pan reads only the chunks it newly covers");
        }
    }

    @Test
    void concurrentRequestsForOneRegionLoadItOnce() throws Exception {
        try (Dataset d = open()) {
            WindowBounds b = new WindowBounds(10, 200, 500, 1100);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<Future<WindowData>> futures = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        return d.window(b, new NullProgressMonitor());
                    }));
                }
                start.countDown();
                WindowData first = futures.get(0).get(60, TimeUnit.SECONDS);
                for (Future<WindowData> f : futures) {
                    assertArrayEquals(first.samples(), f.get(60, TimeUnit.SECONDS).samples());
                }
                assertWindowEqualsSource(first);
            } finally {
                pool.shutdownNow();
            }
            assertEquals(coveredChunkBytes(b), cache.statistics().bytesRead(), "every chunk read once");
        }
    }

    @Test
    void prefetchWarmsTheCache() throws Exception {
        try (Dataset d = open()) {
            PrefetchHandle h = d.prefetch(List.of(new WindowBounds(0, 128, 0, 1100), new WindowBounds(64, 500, 0, 10)));
            assertTrue(h.await(30, TimeUnit.SECONDS));
            // The first window's chunks, then the first sample chunk of the trace chunks only the second
            // window (clamped to the dataset's 259 traces) covers: each chunk once.
            long expected = coveredChunks(new WindowBounds(0, 128, 0, 1100))
                    + coveredChunks(new WindowBounds(128, 259, 0, 10));
            assertEquals(expected, h.loaded(), "each chunk of the two windows once");
            long read = cache.statistics().bytesRead();
            assertWindowEqualsSource(d.window(new WindowBounds(0, 128, 0, 1100), new NullProgressMonitor()));
            assertEquals(read, cache.statistics().bytesRead());
        }
    }

    @Test
    void scatteredTracesReadInTheOrderGiven() throws Exception {
        try (Dataset d = open()) {
            // Across all three trace chunks, backwards, with a repeat, and a sample range across chunk borders.
            long[] traces = { 258, 3, 130, 3, 127, 128, 0 };
            WindowData w = d.traces(traces, 200, 700, new NullProgressMonitor());
            assertEquals(new WindowBounds(0, traces.length, 200, 700), w.bounds());
            for (int row = 0; row < traces.length; row++) {
                for (int s = 200; s < 700; s++) {
                    assertEquals(Float.floatToIntBits(source[(int) traces[row]][s]),
                            Float.floatToIntBits(w.value(row, s)), "row " + row + " sample " + s);
                }
            }
            long read = cache.statistics().bytesRead();
            assertEquals(w, d.traces(traces, 200, 700, new NullProgressMonitor()));
            assertEquals(read, cache.statistics().bytesRead(), "a second read is served from memory");
            assertThrows(IllegalArgumentException.class, () -> d.traces(new long[] { 259 }, 0, 10,
                    new NullProgressMonitor()));
            assertThrows(IllegalArgumentException.class, () -> d.traces(new long[] { 1 }, 0, 1101,
                    new NullProgressMonitor()));
        }
    }

    @Test
    void cdpGathersOfShotSortedDataReadAsGathers() throws Exception {
        try (Dataset d = open()) {
            long count = d.ensembleCount("cdp");
            for (long ordinal = 0; ordinal < count; ordinal += 5) {
                Ensemble cdp = d.ensembleAt("cdp", ordinal, new NullProgressMonitor());
                WindowData w = d.traces(cdp.toTraceIndices(), 0, 1100, new NullProgressMonitor());
                for (int row = 0; row < cdp.traceCount(); row++) {
                    long trace = cdp.traceIndex(row);
                    assertEquals((long) sourceHeaders[(int) trace][1], cdp.value());
                    for (int s = 0; s < 1100; s += 7) {
                        assertEquals(source[(int) trace][s], w.value(row, s), "cdp " + cdp.value() + " row " + row);
                    }
                }
            }
            // A contiguous run is the ordinary window, cached once for both: the second read is a hit.
            Ensemble shot = d.ensembleAt("field_record", 2, new NullProgressMonitor());
            WindowData gather = d.traces(shot.toTraceIndices(), 0, 1100, new NullProgressMonitor());
            long read = cache.statistics().bytesRead();
            long hits = cache.statistics().hits();
            WindowData window = d.window(new WindowBounds(shot.firstTrace(), shot.firstTrace() + shot.traceCount(),
                    0, 1100), new NullProgressMonitor());
            assertEquals(read, cache.statistics().bytesRead());
            assertEquals(hits + 1, cache.statistics().hits(), "one lookup, no chunk assembled again");
            assertSame(window.samples(), gather.samples(), "shared while a caller holds it");
        }
    }

    @Test
    void prefetchedTracesAreCachedAndReadNoStorage() throws Exception {
        try (Dataset d = open()) {
            Ensemble cdp = d.ensembleAt("cdp", 20, new NullProgressMonitor());
            long[] traces = cdp.toTraceIndices();
            assertTrue(traces.length > 1);
            assertFalse(d.isCached(traces, 0, 1100));
            CacheStatistics before = cache.statistics();
            assertFalse(d.isCached(traces, 0, 1100));
            assertEquals(before.hits() + before.misses(), cache.statistics().hits() + cache.statistics().misses(),
                    "asking counts no lookup");
            PrefetchHandle h = d.prefetchTraces(traces, 0, 1100);
            assertTrue(h.await(30, TimeUnit.SECONDS));
            assertTrue(d.isCached(traces, 0, 1100));
            long read = cache.statistics().bytesRead();
            long misses = cache.statistics().misses();
            WindowData gather = d.traces(traces, 0, 1100, new NullProgressMonitor());
            assertEquals(read, cache.statistics().bytesRead());
            assertEquals(misses, cache.statistics().misses(), "the gather itself was prefetched: one lookup, a hit");
            for (int row = 0; row < traces.length; row++) {
                assertEquals(source[(int) traces[row]][500], gather.value(row, 500));
            }
            cache.invalidateDataset(d.cacheId());
            assertFalse(d.isCached(traces, 0, 1100));
        }
    }

    @Test
    void invalidationMakesTheNextReadLoadAgain() throws Exception {
        try (Dataset d = open()) {
            WindowBounds b = new WindowBounds(0, 64, 0, 1024);
            d.window(b, new NullProgressMonitor());
            long once = cache.statistics().bytesRead();
            d.window(b, new NullProgressMonitor());
            assertEquals(once, cache.statistics().bytesRead());
            cache.invalidateDataset(d.cacheId());
            assertWindowEqualsSource(d.window(b, new NullProgressMonitor()));
            assertEquals(2 * once, cache.statistics().bytesRead());
        }
    }

    @Test
    void assembledWindowsAreCachedOutsideTheHeap() throws Exception {
        try (Dataset d = open()) {
            WindowBounds b = new WindowBounds(100, 160, 200, 700);
            WindowData first = d.window(b, new NullProgressMonitor());
            CacheValue cached = cache.getIfPresent(new org.seislens.core.CacheKey(d.cacheId(), b));
            assertTrue(cached instanceof CachedWindow, "cached as " + cached);
            assertEquals(WindowBuffers.capacity(4 * b.area()) + CachedWindow.OVERHEAD, cached.byteSize());
            // The missing window was written into the cached buffer and the caller's array together.
            assertWindowEqualsSource(first);
            float[] inBuffer = new float[(int) b.area()];
            ((CachedWindow) cached).values().get(0, inBuffer);
            assertArrayEquals(first.samples(), inBuffer);
            WindowData second = d.window(b, new NullProgressMonitor());
            assertWindowEqualsSource(second);
            assertSame(first.samples(), second.samples(), "a hit shares the array a caller still holds");
            long read = cache.statistics().bytesRead();
            cache.invalidateDataset(d.cacheId()); // closes the cached window: its buffer goes back to the pool
            assertWindowEqualsSource(d.window(b, new NullProgressMonitor()));
            assertTrue(cache.statistics().bytesRead() > read);
            // Too big for an eighth of the budget: assembled on the heap and not cached.
            cache.setLimits(new CacheLimits(100_000, 8 * 4 * 259 * 1100 - 8));
            WindowBounds all = new WindowBounds(0, 259, 0, 1100);
            assertWindowEqualsSource(d.window(all, new NullProgressMonitor()));
            assertNull(cache.getIfPresent(new org.seislens.core.CacheKey(d.cacheId(), all)));
        }
    }

    @Test
    void tinyBudgetsStillGiveCorrectWindowsWithinBounds() throws Exception {
        cache.setLimits(new CacheLimits(3, 600_000));
        try (Dataset d = open()) {
            WindowData w = d.window(new WindowBounds(0, 259, 0, 1100), new NullProgressMonitor());
            assertWindowEqualsSource(w);
            assertTrue(cache.statistics().entries() <= 3);
            assertTrue(cache.statistics().bytes() <= 600_000);
        }
    }

    @Test
    void cancelledReadsStop() throws Exception {
        try (Dataset d = open()) {
            NullProgressMonitor cancelled = new NullProgressMonitor();
            cancelled.setCanceled(true);
            assertThrows(OperationCanceledException.class,
                    () -> d.window(new WindowBounds(0, 259, 0, 1100), cancelled));
            assertNull(cache.getIfPresent(new org.seislens.core.CacheKey(d.cacheId(), new WindowBounds(0, 259, 0, 1100))));
        }
    }

    @Test
    void ensemblesMatchTheHeaders() throws Exception {
        Map<Long, List<Long>> shots = new LinkedHashMap<>();
        Map<Long, List<Long>> cdps = new LinkedHashMap<>();
        for (int t = 0; t < source.length; t++) {
            shots.computeIfAbsent((long) sourceHeaders[t][0], k -> new ArrayList<>()).add((long) t);
            cdps.computeIfAbsent((long) sourceHeaders[t][1], k -> new ArrayList<>()).add((long) t);
        }
        try (Dataset d = open()) {
            long footprint = d.memoryFootprint();
            assertEquals(7, d.ensembleCount("field_record"));
            assertTrue(d.memoryFootprint() > footprint, "the index is held by the handle");
            checkEnsembles(d, "field_record", shots);
            assertEquals(cdps.size(), d.ensembleCount("cdp"));
            checkEnsembles(d, "cdp", cdps);
            assertNull(d.ensemble("cdp", -12345, new NullProgressMonitor()));
            org.seislens.core.DatasetException e = assertThrows(org.seislens.core.DatasetException.class,
                    () -> d.ensembleCount("offset"));
            assertTrue(e.getMessage().contains("offset.parquet"), e.getMessage());
        }
    }

    private static void checkEnsembles(Dataset d, String key, Map<Long, List<Long>> expected) throws Exception {
        long ordinal = 0;
        for (Map.Entry<Long, List<Long>> e : expected.entrySet()) {
            long[] traces = e.getValue().stream().mapToLong(Long::longValue).toArray();
            Ensemble byValue = d.ensemble(key, e.getKey(), new NullProgressMonitor());
            assertNotNull(byValue);
            assertEquals(ordinal, byValue.ordinal());
            assertArrayEquals(traces, byValue.toTraceIndices(), key + "=" + e.getKey());
            assertEquals(byValue, d.ensembleAt(key, ordinal, new NullProgressMonitor()));
            ordinal++;
        }
    }

    @Test
    void headersMatchTheSource() throws Exception {
        try (Dataset d = open()) {
            long[] traces = { 258, 0, 64, 63, 100 };
            TraceHeaders h = d.headers(traces, List.of("cdp", "trace_index", "field_record"),
                    new NullProgressMonitor());
            for (int i = 0; i < traces.length; i++) {
                assertEquals(sourceHeaders[(int) traces[i]][1], h.value(i, "cdp"));
                assertEquals(sourceHeaders[(int) traces[i]][0], h.value(i, "field_record"));
                assertEquals(traces[i], h.value(i, "trace_index"));
            }
            assertThrows(org.seislens.core.DatasetException.class,
                    () -> d.headers(traces, List.of("no_such_column"), new NullProgressMonitor()));
            assertThrows(IllegalArgumentException.class,
                    () -> d.headers(new long[] { 259 }, List.of("cdp"), new NullProgressMonitor()));
        }
    }

    @Test
    void everyConsumerSharesOneServiceAndOneCache() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<DatasetService, DatasetService> other = new ServiceTracker<>(context, DatasetService.class,
                null);
        other.open();
        try {
            assertSame(service, other.getService());
            assertSame(cache, ((ChunkedDatasetService) service).cache());
        } finally {
            other.close();
        }
        try (Dataset a = open(); Dataset b = open()) {
            assertEquals(a.cacheId(), b.cacheId());
            a.window(new WindowBounds(0, 64, 0, 100), new NullProgressMonitor());
            long read = cache.statistics().bytesRead();
            b.window(new WindowBounds(0, 64, 0, 100), new NullProgressMonitor());
            assertEquals(read, cache.statistics().bytesRead(), "a second handle reuses the first one's chunks");
        }
    }

    @Test
    void copiedWindowsEqualTheSourceInEitherByteOrderOrAnArrayAndLeaveTheCacheAlone() throws Exception {
        List<WindowBounds> windows = new ArrayList<>(List.of(new WindowBounds(0, 259, 0, 1100),
                new WindowBounds(60, 70, 1000, 1050), new WindowBounds(256, 259, 1090, 1100),
                new WindowBounds(127, 129, 219, 221)));
        Random random = new Random(5);
        for (int i = 0; i < 20; i++) {
            long t0 = random.nextInt(259);
            int s0 = random.nextInt(1100);
            windows.add(new WindowBounds(t0, t0 + 1 + random.nextInt((int) (259 - t0)), s0,
                    s0 + 1 + random.nextInt(1100 - s0)));
        }
        try (Dataset d = open()) {
            long entries = cache.statistics().entries();
            for (WindowBounds b : windows) {
                for (ByteOrder order : List.of(ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN)) {
                    // 12 bytes of something else before each trace, as between the traces of a file
                    int stride = 12 + 4 * b.sampleCount();
                    ByteBuffer dst = ByteBuffer.allocateDirect((int) (8 + b.traceCount() * stride)).order(order);
                    d.copyWindow(b, dst, 8 + 12, stride, new NullProgressMonitor());
                    for (long t = b.traceStart(); t < b.traceEnd(); t++) {
                        for (int s = b.sampleStart(); s < b.sampleEnd(); s++) {
                            int at = 20 + (int) (t - b.traceStart()) * stride + 4 * (s - b.sampleStart());
                            assertEquals(Float.floatToIntBits(source[(int) t][s]), dst.getInt(at),
                                    "trace " + t + " sample " + s + " of " + b + " " + order);
                        }
                    }
                    assertEquals(0, dst.getLong(0), "nothing written before the offset");
                }
                float[] array = new float[(int) b.area()];
                d.copyWindow(b, array, new NullProgressMonitor());
                for (long t = b.traceStart(); t < b.traceEnd(); t++) {
                    for (int s = b.sampleStart(); s < b.sampleEnd(); s++) {
                        assertEquals(source[(int) t][s],
                                array[(int) (t - b.traceStart()) * b.sampleCount() + s - b.sampleStart()]);
                    }
                }
            }
            assertEquals(entries, cache.statistics().entries(), "nothing cached");
            assertThrows(IllegalArgumentException.class, () -> d.copyWindow(new WindowBounds(0, 2, 0, 10),
                    ByteBuffer.allocate(70), 0, 40, new NullProgressMonitor()));
            assertThrows(IllegalArgumentException.class, () -> d.copyWindow(new WindowBounds(0, 2, 0, 10),
                    new float[19], new NullProgressMonitor()));
            assertThrows(IllegalArgumentException.class, () -> d.copyWindow(new WindowBounds(250, 260, 0, 10),
                    new float[100], new NullProgressMonitor()));
        }
    }

    @Test
    void closedHandlesRefuseReads() throws Exception {
        Dataset d = open();
        d.close();
        assertThrows(IllegalStateException.class,
                () -> d.window(new WindowBounds(0, 1, 0, 1), new NullProgressMonitor()));
    }

}
