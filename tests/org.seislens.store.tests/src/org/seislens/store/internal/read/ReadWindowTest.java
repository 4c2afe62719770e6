package org.seislens.store.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.util.tracker.ServiceTracker;
import org.seislens.core.CacheLimits;
import org.seislens.core.CacheStatistics;
import org.seislens.core.DataCache;
import org.seislens.core.Dataset;
import org.seislens.core.DatasetService;
import org.seislens.core.ImportOptions;
import org.seislens.core.SegyImportService;
import org.seislens.core.WindowBounds;
import org.seislens.segy.SampleFormat;
import org.seislens.segy.SegyReader;
import org.seislens.segy.synthetic.SurveyGeometry;
import org.seislens.segy.synthetic.SyntheticSurveyWriter;
import org.seislens.store.internal.Registered;

/**
 * {@link Dataset#readWindow} on the stored dataset: the values {@link Dataset#window} gives, into the caller's
 * array, on a miss and on a hit, with nothing written past the window and the caller's array never kept.
 */
class ReadWindowTest {

    /** 259 traces (two full chunks of 128 and 3 traces), 1100 samples (five chunks of 220). */
    private static final SurveyGeometry GEOMETRY = new SurveyGeometry(7, 37, 1100, 2000, 25.0, 12.5, 7);
    /** What the caller's array holds before a read, to see what the read wrote. */
    private static final float UNTOUCHED = -12345.5f;

    @TempDir
    static Path tmp;

    private static ServiceTracker<DatasetService, DatasetService> services;
    private static ServiceTracker<DataCache, DataCache> caches;
    private static DataCache cache;
    private static Dataset dataset;

    @BeforeAll
    static void importSurvey() throws Exception {
        services = Registered.track(DatasetService.class);
        caches = Registered.track(DataCache.class);
        DatasetService service = services.getService();
        cache = caches.getService();
        Path datasetDir = tmp.resolve("survey.seislens");
        Registered.importSurvey(tmp.resolve("survey.sgy"), GEOMETRY, datasetDir);
        dataset = service.open(datasetDir, new NullProgressMonitor());
    }

    @AfterAll
    static void close() {
        dataset.close();
        services.close();
        caches.close();
    }

    @BeforeEach
    void roomyCache() {
        cache.setLimits(new CacheLimits(100_000, 256L << 20));
        cache.invalidateAll();
        cache.resetStatistics();
    }

    /** Windows at the edges, across chunk borders, single samples, and random ones. */
    private static List<WindowBounds> windows() {
        List<WindowBounds> windows = new ArrayList<>(List.of(new WindowBounds(0, 259, 0, 1100),
                new WindowBounds(60, 70, 1000, 1050), new WindowBounds(256, 259, 1090, 1100),
                new WindowBounds(0, 1, 0, 1), new WindowBounds(258, 259, 1099, 1100), new WindowBounds(63, 65, 0, 1100),
                new WindowBounds(0, 259, 1023, 1025), new WindowBounds(127, 129, 219, 221)));
        Random random = new Random(11);
        for (int i = 0; i < 40; i++) {
            long t0 = random.nextInt(259);
            int s0 = random.nextInt(1100);
            windows.add(new WindowBounds(t0, t0 + 1 + random.nextInt((int) (259 - t0)), s0,
                    s0 + 1 + random.nextInt(1100 - s0)));
        }
        return windows;
    }

    /** Asserts that {@code into} holds {@code expected} bit for bit, then {@link #UNTOUCHED} to its end. */
    private static void assertWindow(float[] expected, float[] into, String what) {
        for (int i = 0; i < into.length; i++) {
            float want = i < expected.length ? expected[i] : UNTOUCHED;
            if (Float.floatToIntBits(want) != Float.floatToIntBits(into[i])) {
                throw new AssertionError(what + ": value " + i + " of " + expected.length + ": expected " + want
                        + ", read " + into[i]);
            }
        }
    }

    private static float[] array(int length) {
        float[] a = new float[length];
        Arrays.fill(a, UNTOUCHED);
        return a;
    }

    @Test
    void aMissReadIntoTheCallersArrayEqualsTheWindowAndLeavesItsChunksCached() throws Exception {
        for (WindowBounds b : windows()) {
            cache.invalidateAll();
            float[] into = array((int) b.area() + 7);
            dataset.readWindow(b, into, new NullProgressMonitor());
            // Its chunks are cached, the window itself is not: the old method reads no storage and adds one entry.
            CacheStatistics before = cache.statistics();
            float[] expected = dataset.window(b, new NullProgressMonitor()).samples();
            assertEquals(before.bytesRead(), cache.statistics().bytesRead(), b + " read storage again");
            assertEquals(before.entries() + 1, cache.statistics().entries(), b + " was cached as a whole");
            assertWindow(expected, into, "miss " + b);
            cache.invalidateAll();
            assertWindow(dataset.window(b, new NullProgressMonitor()).samples(), into, "miss against a fresh " + b);
        }
    }

    @Test
    void aHitReadCopiesTheCachedWindow() throws Exception {
        for (WindowBounds b : windows()) {
            cache.invalidateAll();
            float[] expected = dataset.window(b, new NullProgressMonitor()).samples();
            CacheStatistics before = cache.statistics();
            float[] into = array((int) b.area());
            dataset.readWindow(b, into, new NullProgressMonitor());
            assertEquals(before.bytesRead(), cache.statistics().bytesRead(), b + " read storage again");
            assertTrue(cache.statistics().hits() > before.hits(), b + " was not a hit");
            assertWindow(expected, into, "hit " + b);
        }
    }

    @Test
    void theCallersArrayIsNeverKeptNorHandedOut() throws Exception {
        WindowBounds b = new WindowBounds(100, 200, 150, 700);
        float[] into = array((int) b.area());
        dataset.readWindow(b, into, new NullProgressMonitor());
        float[] read = into.clone();
        Arrays.fill(into, 7f); // the caller reuses its array
        float[] handedOut = dataset.window(b, new NullProgressMonitor()).samples();
        assertNotSame(into, handedOut);
        assertWindow(read, handedOut, "window after the caller wrote its array");
        float[] again = array((int) b.area());
        dataset.readWindow(b, again, new NullProgressMonitor());
        assertWindow(read, again, "second read");
    }

    @Test
    void aWindowTooBigToCacheIsReadStraightIntoTheArray() throws Exception {
        // A window takes at most an eighth of the cache's budget: 259 x 1100 floats (1.1 MB) does not fit 4 MB / 8.
        cache.setLimits(new CacheLimits(100_000, 4L << 20));
        WindowBounds all = dataset.descriptor().extent();
        float[] expected = dataset.window(all, new NullProgressMonitor()).samples();
        float[] into = array((int) all.area() + 3);
        dataset.readWindow(all, into, new NullProgressMonitor());
        assertWindow(expected, into, "uncached window");
        assertTrue(cache.statistics().bytes() <= 4L << 20);
    }

    @Test
    void badArgumentsAreRefusedAndAnEmptyWindowWritesNothing() throws Exception {
        float[] small = array(99);
        IllegalArgumentException tooSmall = assertThrows(IllegalArgumentException.class,
                () -> dataset.readWindow(new WindowBounds(0, 10, 0, 10), small, new NullProgressMonitor()));
        assertTrue(tooSmall.getMessage().contains("99"), tooSmall.getMessage());
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> dataset.readWindow(new WindowBounds(250, 260, 0, 10), array(100), new NullProgressMonitor()));
        assertTrue(outside.getMessage().contains("outside"), outside.getMessage());
        dataset.readWindow(new WindowBounds(5, 5, 0, 10), small, new NullProgressMonitor());
        assertWindow(new float[0], small, "empty window");
    }

    /**
     * Windows of more chunks than the caller reads alone ({@link WindowAssembler#SOLO_CHUNKS}) are read with the
     * reader threads' help, by both methods, and equal the source file.
     */
    @Test
    void windowsOfManyChunksAreReadWithHelpAndEqualTheSource() throws Exception {
        // 27 x 128 traces, 1100 samples: 27 x 5 = 135 chunks.
        SurveyGeometry big = new SurveyGeometry(27, 128, 1100, 2000, 25.0, 12.5, 5);
        Path segy = tmp.resolve("big.sgy");
        assertTrue(SyntheticSurveyWriter.write(segy, big, SampleFormat.IEEE_FLOAT32, ByteOrder.BIG_ENDIAN,
                shots -> true));
        Path dir = tmp.resolve("big.seislens");
        ServiceTracker<SegyImportService, SegyImportService> importers = Registered.track(SegyImportService.class);
        SegyImportService importer = importers.getService();
        importer.importFile(segy, dir, ImportOptions.defaults(), new NullProgressMonitor());
        importers.close();
        float[][] source;
        try (SegyReader reader = SegyReader.open(segy)) {
            source = new float[(int) reader.layout().traceCount()][];
            for (int t = 0; t < source.length; t++) {
                source[t] = reader.readTrace(t).toFloats();
            }
        }
        DatasetService service = services.getService();
        List<WindowBounds> windows = List.of(new WindowBounds(0, 3456, 0, 1100), new WindowBounds(100, 3400, 10, 1090),
                new WindowBounds(5, 3456, 1, 1100));
        try (Dataset d = service.open(dir, new NullProgressMonitor())) {
            for (WindowBounds b : windows) {
                long chunks = ((b.traceEnd() - 1) / 128 - b.traceStart() / 128 + 1)
                        * ((b.sampleEnd() - 1) / 220 - b.sampleStart() / 220 + 1);
                assertTrue(chunks > WindowAssembler.SOLO_CHUNKS, b + " needs " + chunks + " chunks");
                cache.invalidateAll();
                float[] into = array((int) b.area());
                d.readWindow(b, into, new NullProgressMonitor());
                cache.invalidateAll();
                float[] returned = d.window(b, new NullProgressMonitor()).samples();
                float[] expected = new float[(int) b.area()];
                for (long t = b.traceStart(); t < b.traceEnd(); t++) {
                    System.arraycopy(source[(int) t], b.sampleStart(), expected,
                            (int) (t - b.traceStart()) * b.sampleCount(), b.sampleCount());
                }
                assertWindow(expected, into, "readWindow " + b);
                assertWindow(expected, returned, "window " + b);
            }
        }
    }

    @Test
    void threadsReadingTheSameMissedWindowEachGetItsValues() throws Exception {
        WindowBounds b = new WindowBounds(20, 240, 100, 1000);
        float[] expected = dataset.window(b, new NullProgressMonitor()).samples();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                cache.invalidateAll();
                List<Future<float[]>> reads = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    reads.add(threads.submit(() -> {
                        float[] into = array((int) b.area());
                        dataset.readWindow(b, into, new NullProgressMonitor());
                        return into;
                    }));
                }
                for (Future<float[]> r : reads) {
                    assertWindow(expected, r.get(), "round " + round);
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
