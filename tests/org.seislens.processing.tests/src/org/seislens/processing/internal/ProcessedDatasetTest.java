package org.seislens.processing.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seislens.core.CacheLimits;
import org.seislens.core.DataCache;
import org.seislens.core.Dataset;
import org.seislens.core.ProcessingService;
import org.seislens.core.WindowBounds;
import org.seislens.core.WindowData;

/**
 * Lazily processed windows and gathers equal the same part of the whole processed survey, sample for sample, for
 * every operator and for chains, on windows at trace ends and across chunk edges (chunks of 128 traces x 220
 * samples).
 */
class ProcessedDatasetTest {

    @TempDir
    static Path tmp;

    private static Fixture.Survey survey;
    private static ProcessingService processing;
    private static DataCache cache;
    private static Dataset source;

    /** Windows at the trace ends, across chunk edges, single samples and single traces. */
    private static final List<WindowBounds> WINDOWS = List.of(new WindowBounds(0, 10, 0, 37),
            new WindowBounds(120, 136, 200, 240), new WindowBounds(250, 300, 1063, 1100),
            new WindowBounds(127, 129, 219, 221), new WindowBounds(5, 6, 0, 1100), new WindowBounds(299, 300, 1099, 1100),
            new WindowBounds(60, 200, 300, 800), new WindowBounds(0, 300, 430, 441), new WindowBounds(10, 20, 0, 1));

    @BeforeAll
    static void open() throws Exception {
        survey = Fixture.survey(tmp);
        processing = Fixture.processing();
        cache = Fixture.cache();
        source = Fixture.datasets().open(survey.dataset(), new NullProgressMonitor());
    }

    @AfterAll
    static void close() {
        source.close();
    }

    @BeforeEach
    void emptyCache() {
        cache.setLimits(new CacheLimits(100_000, 256L << 20));
        cache.invalidateAll();
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"steps\":[{\"op\":\"scale\",\"factor\":0.5}]}", "{\"steps\":[{\"op\":\"polarity\"}]}",
            "{\"steps\":[{\"op\":\"dc\"}]}", "{\"steps\":[{\"op\":\"gain\",\"power\":1.5}]}",
            "{\"steps\":[{\"op\":\"agc\",\"window_ms\":500}]}", "{\"steps\":[{\"op\":\"agc\",\"window_ms\":44}]}",
            "{\"steps\":[{\"op\":\"balance\"}]}",
            "{\"steps\":[{\"op\":\"mute\",\"velocity_m_s\":1800,\"t0_ms\":20,\"taper_ms\":40}]}",
            "{\"steps\":[{\"op\":\"bandpass\",\"f1\":5,\"f2\":10,\"f3\":60,\"f4\":80}]}",
            "{\"steps\":[{\"op\":\"agc\",\"window_ms\":500},{\"op\":\"bandpass\",\"f1\":5,\"f2\":10,\"f3\":60,\"f4\":80}]}",
            "{\"steps\":[{\"op\":\"agc\",\"window_ms\":100},{\"op\":\"agc\",\"window_ms\":300},{\"op\":\"gain\",\"power\":2}]}",
            "{\"steps\":[{\"op\":\"mute\",\"velocity_m_s\":1500,\"t0_ms\":0,\"taper_ms\":0},{\"op\":\"agc\",\"window_ms\":250},{\"op\":\"scale\",\"factor\":3}]}" })
    void windowsEqualTheWholeProcessedSurvey(String json) throws Exception {
        try (Dataset processed = processing.open(source, processing.parseChain(json))) {
            WindowData whole = processed.window(processed.descriptor().extent(), new NullProgressMonitor());
            // The whole survey computed again from whole traces, without the cache, gives the same samples.
            cache.invalidateAll();
            for (WindowBounds b : WINDOWS) {
                WindowData w = processed.window(b, new NullProgressMonitor());
                assertEqualSamples(whole, w, json + " " + b);
            }
            long[] gather = { 299, 0, 128, 127, 5, 5, 77, 130 };
            WindowData g = processed.traces(gather, 210, 450, new NullProgressMonitor());
            for (int row = 0; row < gather.length; row++) {
                for (int s = 210; s < 450; s++) {
                    assertEquals(Float.floatToIntBits(whole.value(gather[row], s)), Float.floatToIntBits(g.value(row, s)),
                            json + " gather row " + row + " sample " + s);
                }
            }
        }
    }

    private static void assertEqualSamples(WindowData whole, WindowData w, String what) {
        WindowBounds b = w.bounds();
        for (long t = b.traceStart(); t < b.traceEnd(); t++) {
            for (int s = b.sampleStart(); s < b.sampleEnd(); s++) {
                if (Float.floatToIntBits(whole.value(t, s)) != Float.floatToIntBits(w.value(t, s))) {
                    throw new AssertionError(what + ": trace " + t + " sample " + s + ": whole survey "
                            + whole.value(t, s) + ", window " + w.value(t, s));
                }
            }
        }
    }

    /** {@link Dataset#readWindow} of a processed dataset: the values of its window, on a miss and on a hit. */
    @ParameterizedTest
    @ValueSource(strings = { "{\"steps\":[{\"op\":\"agc\",\"window_ms\":100}]}",
            "{\"steps\":[{\"op\":\"agc\",\"window_ms\":100},{\"op\":\"bandpass\",\"f1\":5,\"f2\":10,\"f3\":60,\"f4\":80}]}" })
    void windowsReadIntoTheCallersArrayEqualTheWindows(String json) throws Exception {
        float untouched = -777.25f;
        try (Dataset processed = processing.open(source, processing.parseChain(json))) {
            for (WindowBounds b : WINDOWS) {
                for (boolean miss : new boolean[] { true, false }) {
                    cache.invalidateAll();
                    float[] expected = processed.window(b, new NullProgressMonitor()).samples().clone();
                    if (miss) {
                        cache.invalidateAll();
                    }
                    float[] into = new float[(int) b.area() + 5];
                    java.util.Arrays.fill(into, untouched);
                    processed.readWindow(b, into, new NullProgressMonitor());
                    for (int i = 0; i < into.length; i++) {
                        float want = i < expected.length ? expected[i] : untouched;
                        assertEquals(Float.floatToIntBits(want), Float.floatToIntBits(into[i]),
                                json + " " + b + (miss ? " miss" : " hit") + " value " + i);
                    }
                }
            }
            assertThrows(IllegalArgumentException.class, () -> processed.readWindow(new WindowBounds(0, 10, 0, 10),
                    new float[99], new NullProgressMonitor()));
            assertThrows(IllegalArgumentException.class, () -> processed.readWindow(new WindowBounds(290, 301, 0, 10),
                    new float[1000], new NullProgressMonitor()));
            // A whole-trace chain copies a missed window out of its cached blocks and does not cache it whole;
            // other chains cache the window they compute.
            cache.invalidateAll();
            WindowBounds b = new WindowBounds(20, 90, 100, 600);
            processed.readWindow(b, new float[(int) b.area()], new NullProgressMonitor());
            assertEquals(!json.contains("bandpass"), cache.contains(new org.seislens.core.CacheKey(processed.cacheId(), b)),
                    json);
        }
    }

    @Test
    void processedWindowsAreCachedApartFromRawOnes() throws Exception {
        String json = "{\"steps\":[{\"op\":\"polarity\"}]}";
        try (Dataset processed = processing.open(source, processing.parseChain(json));
                Dataset other = processing.open(source, processing.parseChain("{\"steps\":[{\"op\":\"scale\",\"factor\":-1}]}"))) {
            assertNotEquals(source.cacheId(), processed.cacheId());
            assertNotEquals(processed.cacheId(), other.cacheId());
            WindowBounds b = new WindowBounds(3, 40, 100, 300);
            WindowData raw = source.window(b, new NullProgressMonitor());
            WindowData p = processed.window(b, new NullProgressMonitor());
            for (int i = 0; i < raw.samples().length; i++) {
                assertEquals(-raw.samples()[i], p.samples()[i]);
            }
            long before = cache.statistics().hits();
            processed.window(b, new NullProgressMonitor());
            assertEquals(before + 1, cache.statistics().hits(), "a second read is one cache hit");
        }
    }

    @Test
    void windowsOfWholeTraceChainsShareCachedBlocksOfProcessedTraces() throws Exception {
        try (Dataset processed = processing.open(source, processing.parseChain(
                "{\"steps\":[{\"op\":\"agc\",\"window_ms\":100},{\"op\":\"bandpass\",\"f1\":5,\"f2\":10,\"f3\":60,\"f4\":80}]}"))) {
            processed.window(new WindowBounds(10, 200, 100, 900), new NullProgressMonitor());
            // Without any raw entry, a window inside the blocks of traces 0-255 reads nothing from storage.
            cache.invalidateDataset(source.cacheId());
            long read = cache.statistics().bytesRead();
            WindowData inside = processed.window(new WindowBounds(0, 256, 0, 1100), new NullProgressMonitor());
            assertEquals(read, cache.statistics().bytesRead());
            // One trace further needs the next block.
            WindowData beyond = processed.window(new WindowBounds(1, 257, 0, 1100), new NullProgressMonitor());
            assertTrue(cache.statistics().bytesRead() > read);
            for (int s = 0; s < 1100; s++) {
                assertEquals(inside.value(100, s), beyond.value(100, s));
            }
        }
    }

    /** Traces of 30 000 samples: blocks of 17 whole traces (their byte budget), a window across two block edges. */
    @Test
    void longTracesMakeBlocksOfFewerTraces() throws Exception {
        Path dir = java.nio.file.Files.createDirectories(tmp.resolve("long"));
        Fixture.Survey longSurvey = Fixture.survey(dir, 40, 30_000);
        String json = "{\"steps\":[{\"op\":\"agc\",\"window_ms\":20},{\"op\":\"dc\"}]}";
        try (Dataset raw = Fixture.datasets().open(longSurvey.dataset(), new NullProgressMonitor());
                Dataset processed = processing.open(raw, processing.parseChain(json))) {
            WindowData whole = processed.window(processed.descriptor().extent(), new NullProgressMonitor());
            cache.invalidateAll();
            // A block does not hold all 40 traces (4.8 MB): traces 0-4 are not computed with traces 20-29.
            processed.window(new WindowBounds(20, 30, 0, 100), new NullProgressMonitor());
            cache.invalidateDataset(raw.cacheId());
            long read = cache.statistics().bytesRead();
            processed.window(new WindowBounds(0, 5, 0, 100), new NullProgressMonitor());
            assertTrue(cache.statistics().bytesRead() > read, "traces 0-4 are read again");
            WindowData w = processed.window(new WindowBounds(10, 36, 1000, 29_000), new NullProgressMonitor());
            assertEqualSamples(whole, w, json);
            double dtMs = Fixture.DT_US / 1000.0;
            for (int t = 10; t < 36; t++) {
                float[] x = longSurvey.samples()[t];
                double[] in = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    in[i] = x[i];
                }
                double[] expected = Reference.dc(Reference.agc(in, 20, dtMs));
                for (int i = 1000; i < 29_000; i++) {
                    assertEquals(expected[i], w.value(t, i), 1e-5, "trace " + t + " sample " + i);
                }
            }
        }
    }

    @Test
    void prefetchFillsTheCache() throws Exception {
        try (Dataset processed = processing.open(source,
                processing.parseChain("{\"steps\":[{\"op\":\"agc\",\"window_ms\":200}]}"))) {
            long[] gather = { 7, 8, 9, 250 };
            assertFalse(processed.isCached(gather, 0, 500));
            assertTrue(processed.prefetchTraces(gather, 0, 500).await(30, TimeUnit.SECONDS));
            assertTrue(processed.isCached(gather, 0, 500));
            WindowBounds b = new WindowBounds(100, 180, 0, 1100);
            assertTrue(processed.prefetch(List.of(b)).await(30, TimeUnit.SECONDS));
            long hits = cache.statistics().hits();
            processed.window(b, new NullProgressMonitor());
            assertEquals(hits + 1, cache.statistics().hits());
        }
    }

    @Test
    void consecutiveTracesShareTheCacheEntryOfTheirWindow() throws Exception {
        // The gather navigator prefetches a shot's traces; the viewer then reads the shot as a window.
        try (Dataset processed = processing.open(source,
                processing.parseChain("{\"steps\":[{\"op\":\"agc\",\"window_ms\":200}]}"))) {
            long[] shot = new long[40];
            for (int i = 0; i < shot.length; i++) {
                shot[i] = 20 + i;
            }
            WindowBounds b = new WindowBounds(20, 60, 0, 500);
            assertFalse(processed.isCached(shot, 0, 500));
            assertTrue(processed.prefetchTraces(shot, 0, 500).await(30, TimeUnit.SECONDS));
            assertTrue(processed.isCached(shot, 0, 500));
            long hits = cache.statistics().hits();
            WindowData w = processed.window(b, new NullProgressMonitor());
            assertEquals(hits + 1, cache.statistics().hits(), "the window is the prefetched gather");
            WindowData t = processed.traces(shot, 0, 500, new NullProgressMonitor());
            assertEquals(new WindowBounds(0, 40, 0, 500), t.bounds());
            assertArrayEquals(w.samples(), t.samples());
        }
    }

    @Test
    void headersAndEnsemblesAreTheSource() throws Exception {
        try (Dataset processed = processing.open(source, processing.parseChain("{\"steps\":[{\"op\":\"dc\"}]}"))) {
            assertEquals(source.ensembleCount("field_record"), processed.ensembleCount("field_record"));
            assertEquals(source.ensembleAt("cdp", 3, new NullProgressMonitor()),
                    processed.ensembleAt("cdp", 3, new NullProgressMonitor()));
            long[] traces = { 0, 3, 299 };
            assertEquals(survey.offsets()[3],
                    processed.headers(traces, List.of("offset"), new NullProgressMonitor()).value(1, "offset"));
            assertEquals(source.descriptor().traceCount(), processed.descriptor().traceCount());
        }
    }
}
